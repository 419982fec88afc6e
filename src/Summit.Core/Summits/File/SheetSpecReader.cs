using NodaTime.Text;
using Summit.Core.Summits.Sheets;
using Summit.Core.Timing;

namespace Summit.Core.Summits.File;

/// <summary>Reads a sheet descriptor (<c>{ "csv": ..., "columns": { ... }, "values": { ... } }</c>) of a summit file.</summary>
internal static class SheetSpecReader
{
    private static readonly string[] Fields = ["csv", "delimiter", "timeZone", "timestampFormat", "columns", "values", "id"];

    public static bool IsSheet(JsonTreeNode node) => node is JsonTreeObject o && o["csv"] is not null;

    public static string[] ColumnsOf(SheetKind kind) => kind switch
    {
        SheetKind.Registrations => ["submittedAt", "id", "email", "name", "organization", "roles", "projects", "firstTime", "activeToolContributor", "attendance"],
        SheetKind.Proposals => ["submittedAt", "id", "title", "abstract", "proposers", "lightningTalk", "lightningTalkMinutes", "discussionMinutes"],
        _ => ["castAt", "voter", "email", "ranking", "grid"],
    };

    private static string[] ValuesOf(SheetKind kind) => kind switch
    {
        SheetKind.Registrations => ["roles", "projects", "firstTime", "activeToolContributor", "attendance"],
        SheetKind.Proposals => ["proposers", "lightningTalk", "lightningTalkMinutes", "discussionMinutes"],
        _ => ["grid"],
    };

    public static SheetSpec? Read(FieldReader r, JsonTreeObject o, SheetKind kind)
    {
        var what = $"a {Singular(kind)} sheet";
        r.CheckKnown(o, what, Fields);
        var path = r.RequiredString(o, "csv", what);
        char? delimiter = null;
        if (r.String(o["delimiter"], "'delimiter'") is { } d)
        {
            if (d.Length == 1 && d[0] is not ('"' or '\r' or '\n'))
            {
                delimiter = d[0];
            }
            else
            {
                r.Add(ErrorCodes.Summits.FileInvalidValue, o["delimiter"]!, $"'delimiter' must be one character such as ',' or ';', not '{d}'.");
            }
        }

        var timestamp = ReadTimestamp(r, o, what);
        var columnsNode = r.Object(r.Required(o, "columns", what), "'columns'");
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = new Dictionary<string, List<KeyValuePair<string, JsonTreeScalar>>>(StringComparer.Ordinal);
        if (columnsNode is not null)
        {
            r.CheckKnown(columnsNode, "'columns'", ColumnsOf(kind));
            foreach (var (name, node) in columnsNode.Properties)
            {
                if (!name.StartsWith('$') && r.String(node, $"the column of '{name}'") is { } header)
                {
                    columns[name] = header;
                }
            }
        }

        if (r.Object(o["values"], "'values'") is { } valuesNode)
        {
            r.CheckKnown(valuesNode, "'values'", ValuesOf(kind));
            foreach (var (name, node) in valuesNode.Properties)
            {
                if (name.StartsWith('$') || r.Object(node, $"the values of '{name}'") is not { } labels)
                {
                    continue;
                }

                var list = new List<KeyValuePair<string, JsonTreeScalar>>();
                foreach (var (label, value) in labels.Properties)
                {
                    if (CheckValue(r, kind, name, label, value) is { } scalar)
                    {
                        list.Add(new(label.Trim(), scalar));
                    }
                }

                values[name] = list;
            }
        }

        var idMode = ReadIdMode(r, o, columns, kind, what);
        if (path is null || timestamp is null || columnsNode is null || idMode is null || !HasRequiredColumns(r, columnsNode, columns, kind, what))
        {
            return null;
        }

        return new SheetSpec(kind, o["csv"]!, new SheetReference(path, delimiter, r.Source), idMode.Value, timestamp, columns, values);
    }

    private static string Singular(SheetKind kind) => kind switch
    {
        SheetKind.Registrations => "registration",
        SheetKind.Proposals => "proposal",
        _ => "ballot",
    };

    private static SheetTimestamp? ReadTimestamp(FieldReader r, JsonTreeObject o, string what)
    {
        NodaTime.DateTimeZone? zone = null;
        if (r.String(o["timeZone"], "'timeZone'") is { } zoneText)
        {
            var found = Zones.Find(zoneText);
            if (found.IsFailed)
            {
                r.Add(found.FirstError(), o["timeZone"]!);
                return null;
            }

            zone = found.Value;
        }

        var format = r.String(o["timestampFormat"], "'timestampFormat'");
        if (format is null)
        {
            return new SheetTimestamp(zone, zone is null ? null : LocalDateTimePattern.ExtendedIso, OffsetDateTimePattern.ExtendedIso, null);
        }

        try
        {
            if (format.Contains("o<", StringComparison.Ordinal))
            {
                return new SheetTimestamp(zone, null, OffsetDateTimePattern.CreateWithInvariantCulture(format), format);
            }

            var local = LocalDateTimePattern.CreateWithInvariantCulture(format);
            if (zone is null)
            {
                r.Add(ErrorCodes.Summits.FileMissingField, o, $"{char.ToUpperInvariant(what[0])}{what[1..]} with a 'timestampFormat' without an offset needs the field 'timeZone': the sheet's times are wall-clock times.");
                return null;
            }

            return new SheetTimestamp(zone, local, null, format);
        }
        catch (InvalidPatternException ex)
        {
            r.Add(ErrorCodes.Summits.FileInvalidValue, o["timestampFormat"]!, $"'timestampFormat' is not a valid NodaTime pattern such as 'M/d/yyyy H:mm:ss': {ex.Message}");
            return null;
        }
    }

    private static JsonTreeScalar? CheckValue(FieldReader r, SheetKind kind, string field, string label, JsonTreeNode value)
    {
        var expected = field switch
        {
            "firstTime" or "activeToolContributor" or "lightningTalk" => "true or false",
            "lightningTalkMinutes" or "discussionMinutes" or "grid" => "a whole number",
            "roles" => "a role id",
            "attendance" => "'participant' or 'observer'",
            _ => "a string",
        };
        var ok = value is JsonTreeScalar s && expected switch
        {
            "true or false" => s.Type is System.Text.Json.JsonTokenType.True or System.Text.Json.JsonTokenType.False,
            "a whole number" => s.Type == System.Text.Json.JsonTokenType.Number && int.TryParse(s.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0,
            "a role id" => s.Type == System.Text.Json.JsonTokenType.String && SummitReader.TryRole(s.Text!, out _),
            "'participant' or 'observer'" => s.Text is "participant" or "observer",
            _ => s.Type == System.Text.Json.JsonTokenType.String && !string.IsNullOrWhiteSpace(s.Text),
        };
        if (string.IsNullOrWhiteSpace(label))
        {
            r.Add(ErrorCodes.Summits.FileInvalidValue, value, $"A label in the values of '{field}' must not be empty.");
            return null;
        }

        if (!ok)
        {
            var known = field == "roles" ? $" (one of: {string.Join(", ", SummitReader.RoleIds)})" : string.Empty;
            r.Add(ErrorCodes.Summits.FileInvalidValue, value, $"The value of '{label}' in the values of '{field}' of a {Singular(kind)} sheet must be {expected}{known}.");
            return null;
        }

        return (JsonTreeScalar)value;
    }

    private static SheetIdMode? ReadIdMode(FieldReader r, JsonTreeObject o, Dictionary<string, string> columns, SheetKind kind, string what)
    {
        var idColumn = kind == SheetKind.Ballots ? "voter" : "id";
        var text = r.String(o["id"], "'id'");
        SheetIdMode mode;
        switch (text)
        {
            case null:
                mode = columns.ContainsKey(idColumn) ? SheetIdMode.Column : kind == SheetKind.Proposals ? SheetIdMode.Title : SheetIdMode.Email;
                break;
            case "column":
                mode = SheetIdMode.Column;
                break;
            case "email" when kind != SheetKind.Proposals:
                mode = SheetIdMode.Email;
                break;
            case "title" when kind == SheetKind.Proposals:
                mode = SheetIdMode.Title;
                break;
            default:
                var allowed = kind == SheetKind.Proposals ? "'title' or 'column'" : "'email' or 'column'";
                r.Add(ErrorCodes.Summits.FileInvalidValue, o["id"]!, $"'id' of {what} must be {allowed}, not '{text}'.");
                return null;
        }

        var needed = mode switch
        {
            SheetIdMode.Column => idColumn,
            SheetIdMode.Email => "email",
            _ => "title",
        };
        if (!columns.ContainsKey(needed) && o["columns"] is JsonTreeObject columnsNode)
        {
            r.Add(ErrorCodes.Summits.FileMissingField, columnsNode, $"The columns of {what} need '{needed}': the rows' ids are made from it.");
            return null;
        }

        return mode;
    }

    private static bool HasRequiredColumns(FieldReader r, JsonTreeObject columnsNode, Dictionary<string, string> columns, SheetKind kind, string what)
    {
        string[] required = kind switch
        {
            SheetKind.Registrations => ["submittedAt", "name"],
            SheetKind.Proposals => ["submittedAt", "title"],
            _ => ["castAt"],
        };
        var ok = true;
        foreach (var name in required.Where(n => !columns.ContainsKey(n)))
        {
            r.Add(ErrorCodes.Summits.FileMissingField, columnsNode, $"The columns of {what} need '{name}'.");
            ok = false;
        }

        if (kind == SheetKind.Ballots && columns.ContainsKey("ranking") == columns.ContainsKey("grid"))
        {
            r.Add(ErrorCodes.Summits.FileMissingField, columnsNode, $"The columns of {what} need exactly one of 'ranking' (one column 'a > b = c') or 'grid' (the question of a multiple-choice grid, one column per topic).");
            ok = false;
        }

        return ok;
    }
}
