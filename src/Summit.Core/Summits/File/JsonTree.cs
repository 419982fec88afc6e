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
/// <remarks>
/// Positions are 1-based lines and columns counted in characters (UTF-16 code units, as editors count them), not UTF-8
/// bytes. They are found in one forward pass over the bytes, so parsing stays linear in the size of the file even
/// when it is one long line.
/// </remarks>
internal static class JsonTree
{
    /// <summary>The most duplicate keys reported for one file.</summary>
    private const int MaxDuplicateKeys = 100;

    private static readonly JsonReaderOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static Result<JsonTreeNode> Parse(string text, string source)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var locator = new Locator(bytes);
        try
        {
            var reader = new Utf8JsonReader(bytes, Options);
            if (!reader.Read())
            {
                return Syntax(source, 1, 1, "The file is empty; expected a JSON object.");
            }

            var root = ReadValue(ref reader, locator);
            if (locator.BadString is { } bad)
            {
                return Syntax(source, bad.Line, bad.Column, "The string holds an escape that is not valid Unicode (an unpaired surrogate such as \\uD800).");
            }

            if (locator.DuplicateKeys.Count > 0)
            {
                return Result.Fail<JsonTreeNode>(locator.DuplicateKeys.Select(d => Positioned(ErrorCodes.Summits.FileDuplicateKey, source, d.Line, d.Column,
                    string.Create(CultureInfo.InvariantCulture, $"The key '{d.Name}' appears twice in the same object (first on line {d.FirstLine}, column {d.FirstColumn}); each key may appear once."))));
            }

            if (reader.Read())
            {
                var (l, c) = locator.At(reader.TokenStartIndex);
                return Syntax(source, l, c, "Unexpected content after the end of the JSON document.");
            }

            return root;
        }
        catch (JsonException ex)
        {
            var offset = Locator.OffsetOf(bytes, ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
            var (line, column) = locator.At(offset);
            return Syntax(source, line, column, Describe(ex.Message, bytes, offset));
        }
    }

    private static JsonTreeNode ReadValue(ref Utf8JsonReader reader, Locator locator)
    {
        var (line, column) = locator.At(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                {
                    var obj = new JsonTreeObject(line, column);
                    Dictionary<string, (int Line, int Column)>? seen = null;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var at = locator.At(reader.TokenStartIndex);
                        var name = ReadString(ref reader, locator);
                        seen ??= new(StringComparer.Ordinal);
                        if (!seen.TryAdd(name, at) && locator.DuplicateKeys.Count < MaxDuplicateKeys)
                        {
                            var first = seen[name];
                            locator.DuplicateKeys.Add((name, at.Line, at.Column, first.Line, first.Column));
                        }

                        reader.Read();
                        obj.Properties.Add(new(name, ReadValue(ref reader, locator)));
                    }

                    return obj;
                }

            case JsonTokenType.StartArray:
                {
                    var array = new JsonTreeArray(line, column);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        array.Items.Add(ReadValue(ref reader, locator));
                    }

                    return array;
                }

            case JsonTokenType.String:
                return new JsonTreeScalar(line, column, JsonTokenType.String, ReadString(ref reader, locator));
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

    /// <summary>Reads a string or property name; an escape that is not valid Unicode (a lone <c>\uD800</c>) is reported at the string.</summary>
    private static string ReadString(ref Utf8JsonReader reader, Locator locator)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            locator.BadString ??= locator.At(reader.TokenStartIndex);
            return string.Empty;
        }
    }

    /// <summary>Turns System.Text.Json's reader messages, which speak of bytes and buffers, into messages about the file.</summary>
    private static string Describe(string message, byte[] bytes, long offset)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        if (text.Contains("does not contain any JSON tokens", StringComparison.Ordinal)
            || text.Contains("does not contain any complete JSON tokens", StringComparison.Ordinal))
        {
            return "The file holds no JSON value (it is empty or only comments); expected a JSON object.";
        }

        if (text.Contains("Expected depth to be zero", StringComparison.Ordinal))
        {
            return "The file ends inside an object or array: a closing '}' or ']' is missing.";
        }

        if (text.Contains("reached end of data", StringComparison.Ordinal) || text.Contains("isFinalBlock", StringComparison.Ordinal))
        {
            return "The file ends in the middle of a value (an unclosed string, comment, object or array).";
        }

        // The reader names a non-ASCII or control character by its first UTF-8 byte ('0xC3'); name the character instead.
        var hex = text.IndexOf("'0x", StringComparison.Ordinal);
        if (hex >= 0 && hex + 6 <= text.Length && text[hex + 5] == '\'')
        {
            text = string.Concat(text.AsSpan(0, hex), CharacterAt(bytes, offset), text.AsSpan(hex + 6));
        }

        return text.Replace("JSON payload", "file", StringComparison.Ordinal);
    }

    private static string CharacterAt(byte[] bytes, long offset)
    {
        if (offset < 0 || offset >= bytes.Length)
        {
            return "the end of the file";
        }

        var length = Math.Min(4, bytes.Length - (int)offset);
        var status = System.Text.Rune.DecodeFromUtf8(bytes.AsSpan((int)offset, length), out var rune, out _);
        if (status != System.Buffers.OperationStatus.Done)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the byte 0x{bytes[offset]:X2}");
        }

        return System.Text.Rune.IsControl(rune) || System.Text.Rune.IsWhiteSpace(rune)
            ? string.Create(CultureInfo.InvariantCulture, $"the character U+{rune.Value:X4}")
            : "'" + rune.ToString() + "'";
    }

    private static Result<JsonTreeNode> Syntax(string source, int line, int column, string message) =>
        Positioned(ErrorCodes.Summits.FileSyntax, source, line, column, message);

    private static SummitError Positioned(string code, string source, int line, int column, string message) =>
        new SummitError(code, string.Create(CultureInfo.InvariantCulture, $"{source}:{line}:{column}: {message}"))
            .WithMetadata("file", source)
            .WithMetadata("line", line)
            .WithMetadata("column", column);

    /// <summary>Maps UTF-8 byte offsets to 1-based (line, character column), moving forward from the last offset asked for.</summary>
    private sealed class Locator(byte[] bytes)
    {
        private long _offset;
        private int _line;
        private int _column;

        /// <summary>Gets or sets the position of the first string that is not valid Unicode, if any.</summary>
        public (int Line, int Column)? BadString { get; set; }

        /// <summary>Gets the keys given twice in one object: the second occurrence and where the first one is.</summary>
        public List<(string Name, int Line, int Column, int FirstLine, int FirstColumn)> DuplicateKeys { get; } = [];

        /// <summary>The byte offset of a position that the reader gives as a 0-based line and a byte position in it.</summary>
        public static long OffsetOf(byte[] bytes, long line, long bytePositionInLine)
        {
            var start = 0;
            for (var l = 0L; l < line; l++)
            {
                var nl = bytes.AsSpan(start).IndexOf((byte)'\n');
                if (nl < 0)
                {
                    break;
                }

                start += nl + 1;
            }

            return Math.Min(bytes.Length, start + bytePositionInLine);
        }

        public (int Line, int Column) At(long offset)
        {
            if (offset < _offset)
            {
                // Only error positions can go back; start over once.
                _offset = 0;
                _line = 0;
                _column = 0;
            }

            for (var i = _offset; i < offset && i < bytes.Length; i++)
            {
                var b = bytes[i];
                if (b == (byte)'\n')
                {
                    _line++;
                    _column = 0;
                }
                else if ((b & 0xC0) != 0x80)
                {
                    // A lead byte starts one character; four-byte sequences are two UTF-16 code units.
                    _column += b >= 0xF0 ? 2 : 1;
                }
            }

            _offset = Math.Max(_offset, Math.Min(offset, bytes.Length));
            return (_line + 1, _column + 1);
        }
    }
}
