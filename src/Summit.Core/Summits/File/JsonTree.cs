using System.Globalization;
using System.Text;
using System.Text.Json;
using FluentResults;

namespace Summit.Core.Summits.File;

/// <summary>A JSON value with the line and column (1-based) where it starts, so semantic errors can point at it.</summary>
internal abstract class JsonTreeNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    public abstract string KindName { get; }
}

internal sealed class JsonTreeObject(int line, int column) : JsonTreeNode(line, column)
{
    public List<KeyValuePair<string, JsonTreeNode>> Properties { get; } = [];

    public override string KindName => "an object";

    public JsonTreeNode? this[string name] => Properties.FirstOrDefault(p => p.Key == name).Value;
}

internal sealed class JsonTreeArray(int line, int column) : JsonTreeNode(line, column)
{
    public List<JsonTreeNode> Items { get; } = [];

    public override string KindName => "an array";
}

internal sealed class JsonTreeScalar(int line, int column, JsonTokenType type, string? text) : JsonTreeNode(line, column)
{
    public JsonTokenType Type { get; } = type;

    /// <summary>The string value, the raw number text, or "true"/"false"; null for JSON null.</summary>
    public string? Text { get; } = text;

    public override string KindName => Type switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };
}

/// <summary>Parses JSON (comments and trailing commas allowed) into a positioned tree; never throws on bad input.</summary>
internal static class JsonTree
{
    private static readonly JsonReaderOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static Result<JsonTreeNode> Parse(string text, string source)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        (int Line, int Column) Position(long offset)
        {
            var index = lineStarts.BinarySearch((int)offset);
            var line = index >= 0 ? index : ~index - 1;
            var column = Encoding.UTF8.GetCharCount(bytes.AsSpan(lineStarts[line], (int)offset - lineStarts[line])) + 1;
            return (line + 1, column);
        }

        try
        {
            var reader = new Utf8JsonReader(bytes, Options);
            if (!reader.Read())
            {
                return Syntax(source, 1, 1, "The file is empty; expected a JSON object.");
            }

            var root = ReadValue(ref reader, Position);
            if (reader.Read())
            {
                var (l, c) = Position(reader.TokenStartIndex);
                return Syntax(source, l, c, "Unexpected content after the end of the JSON document.");
            }

            return root;
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            return Syntax(source, line, column, Clean(ex.Message));
        }
        catch (InvalidOperationException ex)
        {
            return Syntax(source, 1, 1, Clean(ex.Message));
        }
    }

    private static JsonTreeNode ReadValue(ref Utf8JsonReader reader, Func<long, (int Line, int Column)> position)
    {
        var (line, column) = position(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                {
                    var obj = new JsonTreeObject(line, column);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var name = reader.GetString()!;
                        reader.Read();
                        obj.Properties.Add(new(name, ReadValue(ref reader, position)));
                    }

                    return obj;
                }

            case JsonTokenType.StartArray:
                {
                    var array = new JsonTreeArray(line, column);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        array.Items.Add(ReadValue(ref reader, position));
                    }

                    return array;
                }

            case JsonTokenType.String:
                return new JsonTreeScalar(line, column, JsonTokenType.String, reader.GetString());
            case JsonTokenType.Number:
                return new JsonTreeScalar(line, column, JsonTokenType.Number, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return new JsonTreeScalar(line, column, JsonTokenType.True, "true");
            case JsonTokenType.False:
                return new JsonTreeScalar(line, column, JsonTokenType.False, "false");
            default:
                return new JsonTreeScalar(line, column, JsonTokenType.Null, null);
        }
    }

    private static string Clean(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static Result<JsonTreeNode> Syntax(string source, int line, int column, string message) =>
        new SummitError(ErrorCodes.Summits.FileSyntax, string.Create(CultureInfo.InvariantCulture, $"{source}:{line}:{column}: {message}"))
            .WithMetadata("file", source)
            .WithMetadata("line", line)
            .WithMetadata("column", column);
}
