using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using FluentResults;

namespace Summit.Core.Summits.File;

/// <summary>Reads typed values out of a <see cref="JsonTreeNode"/>, collecting every problem with its line and column.</summary>
internal sealed class FieldReader(string source)
{
    private static readonly LocalTimePattern ShortTime = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public string Source { get; } = source;

    public List<SummitError> Errors { get; } = [];

    public void Add(string code, JsonTreeNode at, string message) =>
        Errors.Add(new SummitError(code, string.Create(CultureInfo.InvariantCulture, $"{Source}:{at.Line}:{at.Column}: {message}"))
            .WithMetadata("file", Source)
            .WithMetadata("line", at.Line)
            .WithMetadata("column", at.Column));

    /// <summary>Adds <paramref name="inner"/> (an error of the library's own checks) at a place in the file: its message and metadata (<c>room</c>, <c>block</c>, …) are kept, its position is the file's.</summary>
    public void Add(SummitError inner, JsonTreeNode at)
    {
        var error = new SummitError(inner.Code, string.Create(CultureInfo.InvariantCulture, $"{Source}:{at.Line}:{at.Column}: {inner.Message}"));
        foreach (var (key, value) in inner.Metadata)
        {
            error.WithMetadata(key, value);
        }

        Errors.Add(error
            .WithMetadata("file", Source)
            .WithMetadata("line", at.Line)
            .WithMetadata("column", at.Column));
    }

    public JsonTreeObject? Object(JsonTreeNode? node, string what)
    {
        if (node is null)
        {
            return null;
        }

        if (node is JsonTreeObject obj)
        {
            return obj;
        }

        Add(ErrorCodes.Summits.FileInvalidValue, node, $"{what} must be an object, not {node.KindName}.");
        return null;
    }

    public void CheckKnown(JsonTreeObject obj, string what, params string[] known)
    {
        foreach (var (name, value) in obj.Properties)
        {
            if (!known.Contains(name, StringComparer.Ordinal) && !name.StartsWith('$'))
            {
                Add(ErrorCodes.Summits.FileUnknownField, value, $"Unknown field '{name}' in {what}; expected one of: {string.Join(", ", known)}.");
            }
        }
    }

    public JsonTreeNode? Required(JsonTreeObject obj, string name, string what)
    {
        var node = obj[name];
        if (node is null or JsonTreeScalar { Type: System.Text.Json.JsonTokenType.Null })
        {
            Add(ErrorCodes.Summits.FileMissingField, obj, $"{what} needs the field '{name}'.");
            return null;
        }

        return node;
    }

    public string? String(JsonTreeNode? node, string what)
    {
        if (node is null)
        {
            return null;
        }

        if (node is JsonTreeScalar { Type: System.Text.Json.JsonTokenType.String, Text: { } text })
        {
            return text;
        }

        Add(ErrorCodes.Summits.FileInvalidValue, node, $"{what} must be a string, not {node.KindName}.");
        return null;
    }

    public string? RequiredString(JsonTreeObject obj, string name, string what)
    {
        var value = String(Required(obj, name, what), $"'{name}' in {what}");
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            Add(ErrorCodes.Summits.FileInvalidValue, obj[name]!, $"'{name}' in {what} must not be empty.");
            return null;
        }

        return value;
    }

    public bool? Bool(JsonTreeNode? node, string what)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonTreeScalar { Type: System.Text.Json.JsonTokenType.True }:
                return true;
            case JsonTreeScalar { Type: System.Text.Json.JsonTokenType.False }:
                return false;
            default:
                Add(ErrorCodes.Summits.FileInvalidValue, node, $"{what} must be true or false, not {node.KindName}.");
                return null;
        }
    }

    public int? Int(JsonTreeNode? node, string what, int min = int.MinValue, int max = int.MaxValue)
    {
        if (node is null)
        {
            return null;
        }

        if (node is JsonTreeScalar { Type: System.Text.Json.JsonTokenType.Number, Text: { } text }
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            if (value < min || value > max)
            {
                Add(ErrorCodes.Summits.FileInvalidValue, node, string.Create(CultureInfo.InvariantCulture, $"{what} must be between {min} and {max}, not {value}."));
                return null;
            }

            return value;
        }

        Add(ErrorCodes.Summits.FileInvalidValue, node, $"{what} must be a whole number, not {Describe(node)}.");
        return null;
    }

    /// <summary>Reads a share: a number above 0 and at most 1 (for example 0.2 for 20%).</summary>
    public double? Share(JsonTreeNode? node, string what)
    {
        if (node is null)
        {
            return null;
        }

        if (node is JsonTreeScalar { Type: System.Text.Json.JsonTokenType.Number, Text: { } text }
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= 1)
        {
            return value;
        }

        Add(ErrorCodes.Summits.FileInvalidValue, node, $"{what} must be a number above 0 and at most 1 (a share of the places, for example 0.2), not {Describe(node)}.");
        return null;
    }

    public ImmutableArray<JsonTreeNode> Array(JsonTreeNode? node, string what)
    {
        if (node is null)
        {
            return [];
        }

        if (node is JsonTreeArray array)
        {
            return [.. array.Items];
        }

        Add(ErrorCodes.Summits.FileInvalidValue, node, $"{what} must be an array, not {node.KindName}.");
        return [];
    }

    public ImmutableArray<string> Strings(JsonTreeNode? node, string what) =>
        [.. Array(node, what).Select(n => String(n, $"an item of {what}")).OfType<string>()];

    public LocalDate? Date(JsonTreeNode? node, string what)
    {
        var date = Parse(node, what, LocalDatePattern.Iso, "a date YYYY-MM-DD");
        if (date is { } d && !Timing.Deadline.IsSupported(d))
        {
            Add(Timing.Deadline.OutOfRangeError(LocalDatePattern.Iso.Format(d)), node!);
            return null;
        }

        return date;
    }

    public LocalTime? Time(JsonTreeNode? node, string what)
    {
        var text = String(node, what);
        if (text is null)
        {
            return null;
        }

        var parsed = ShortTime.Parse(text);
        if (!parsed.Success)
        {
            parsed = LocalTimePattern.ExtendedIso.Parse(text);
        }

        if (parsed.Success)
        {
            return parsed.Value;
        }

        Add(ErrorCodes.Summits.FileInvalidValue, node!, $"{what} must be a time HH:MM, not '{text}'.");
        return null;
    }

    public Instant? Instant(JsonTreeNode? node, string what)
    {
        var instant = Parse(node, what, InstantPattern.ExtendedIso, "an instant like 2024-03-05T14:00:00Z");
        if (instant is { } i && !Timing.Deadline.IsSupported(i))
        {
            Add(Timing.Deadline.OutOfRangeError(InstantPattern.ExtendedIso.Format(i)), node!);
            return null;
        }

        return instant;
    }

    public Uri? Uri(JsonTreeNode? node, string what)
    {
        var text = String(node, what);
        if (text is null)
        {
            return null;
        }

        if (System.Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            return uri;
        }

        Add(ErrorCodes.Summits.FileInvalidValue, node!, $"{what} must be an absolute URL, not '{text}'.");
        return null;
    }

    private T? Parse<T>(JsonTreeNode? node, string what, IPattern<T> pattern, string expected)
        where T : struct
    {
        var text = String(node, what);
        if (text is null)
        {
            return null;
        }

        var parsed = pattern.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        Add(ErrorCodes.Summits.FileInvalidValue, node!, $"{what} must be {expected}, not '{text}'.");
        return null;
    }

    private static string Describe(JsonTreeNode node) =>
        node is JsonTreeScalar { Text: { } t } ? $"'{t}'" : node.KindName;
}
