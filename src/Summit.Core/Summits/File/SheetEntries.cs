namespace Summit.Core.Summits.File;

/// <summary>Reads a list field that holds inline entries, sheets (<c>{ "csv": ... }</c>), or both.</summary>
internal static class SheetEntries
{
    /// <summary>Returns the inline entries and records every sheet descriptor in <paramref name="sheets"/>.</summary>
    /// <remarks>The field may be one sheet object, or an array whose items are inline objects or sheet objects.</remarks>
    public static IEnumerable<JsonTreeObject> Read(FieldReader r, JsonTreeNode? node, string what, string item, SheetKind kind, List<SheetSpec> sheets)
    {
        var nodes = node is JsonTreeObject single && SheetSpecReader.IsSheet(single) ? [single] : r.Array(node, what);
        var inline = new List<JsonTreeObject>();
        foreach (var o in nodes.Select(n => r.Object(n, item)).OfType<JsonTreeObject>())
        {
            if (SheetSpecReader.IsSheet(o))
            {
                if (SheetSpecReader.Read(r, o, kind) is { } spec)
                {
                    sheets.Add(spec);
                }
            }
            else
            {
                inline.Add(o);
            }
        }

        return inline;
    }
}
