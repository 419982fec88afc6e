using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using FluentResults;
using Summit.Core.Summits.Sheets;

namespace Summit.Core.Forms;

/// <summary>Reads the CSV sheets a summit file names: form exports such as Google Forms' "Download responses (.csv)".</summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe. Quoted fields, quotes doubled inside them, embedded newlines, a UTF-8 byte order mark,
/// CRLF or LF line ends, and <c>,</c> or <c>;</c> separators are all read; the separator is the one the summit file
/// declares (<c>"delimiter"</c>) or else the one the header row uses most (<c>,</c>, <c>;</c> or a tab).
/// </para>
/// <para>
/// Rows are numbered as a spreadsheet shows them: the header is row 1. Blank lines keep their number (they are
/// skipped later, not renumbered). Only CsvHelper's low-level <c>CsvParser</c> is used: no reflection-based class
/// mapping, so the reader suits trimmed and Native AOT applications.
/// </para>
/// </remarks>
public sealed class CsvSheetSource : ISheetSource
{
    private readonly Func<string, string?> readText;
    private readonly Func<string, string> nameOf;

    private CsvSheetSource(Func<string, string?> readText, Func<string, string> nameOf)
    {
        this.readText = readText;
        this.nameOf = nameOf;
    }

    /// <summary>Creates a source that resolves sheet paths relative to a folder (normally the summit file's folder).</summary>
    /// <param name="directory">The folder; an empty string is the current folder.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    public static CsvSheetSource ForDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return new CsvSheetSource(
            path =>
            {
                var full = Path.Combine(directory, path);
                try
                {
                    return File.Exists(full) ? File.ReadAllText(full) : null;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return null;
                }
            },
            path => Path.Combine(directory, path));
    }

    /// <summary>Creates a source that asks a function for each sheet's text (for embedded resources, archives or tests).</summary>
    /// <param name="readText">Returns the text of the sheet at a path as the summit file writes it, or <see langword="null"/> when there is none.</param>
    /// <param name="namePrefix">Put before the path in error messages, for example <c>example:forms/</c>. The default value is empty.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="readText"/> or <paramref name="namePrefix"/> is null.</exception>
    public static CsvSheetSource ForFunction(Func<string, string?> readText, string namePrefix = "")
    {
        ArgumentNullException.ThrowIfNull(readText);
        ArgumentNullException.ThrowIfNull(namePrefix);
        return new CsvSheetSource(readText, path => namePrefix + path);
    }

    /// <summary>Parses CSV text into a sheet: the first record is the header row.</summary>
    /// <param name="text">The CSV text (a leading byte order mark is ignored).</param>
    /// <param name="name">The name to report in errors, for example the file's path.</param>
    /// <param name="delimiter">The separator, or <see langword="null"/> to detect it from the header row.</param>
    /// <returns>The sheet, or a <see cref="ErrorCodes.Sheets.Unreadable"/> error when the text has no header row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="name"/> is null.</exception>
    public static Result<SheetTable> Parse(string text, string name, char? delimiter = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = (delimiter ?? DetectDelimiter(text)).ToString(),
            IgnoreBlankLines = false,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            Mode = CsvMode.RFC4180,
        };
        var row = 1;
        try
        {
            using var parser = new CsvParser(new StringReader(text), config);
            if (!parser.Read() || parser.Record is not { } header || header.All(string.IsNullOrWhiteSpace))
            {
                return Unreadable(name, 1, "the sheet is empty; its first row must name the columns (the form's questions).");
            }

            var rows = ImmutableArray.CreateBuilder<SheetRow>();
            while (parser.Read())
            {
                row++;
                rows.Add(new SheetRow(row, [.. parser.Record ?? []]));
            }

            return new SheetTable(name, [.. header], rows.ToImmutable());
        }
        catch (CsvHelperException ex)
        {
            return Unreadable(name, row + 1, $"the CSV cannot be read after row {row}: {ex.GetType().Name}.");
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    public Result<SheetTable> Read(SheetReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var name = nameOf(reference.Path);
        var text = readText(reference.Path);
        return text is null
            ? Unreadable(name, 1, $"the sheet named in {reference.DeclaredIn} does not exist or cannot be read.")
            : Parse(text, name, reference.Delimiter);
    }

    /// <summary>The separator the header row uses most, outside quotes: ',' unless ';' or a tab is more frequent.</summary>
    private static char DetectDelimiter(string text)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                if (c is '\n' or '\r')
                {
                    break;
                }

                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
    }

    private static Result<SheetTable> Unreadable(string name, int row, string message) =>
        Result.Fail<SheetTable>(new SummitError(ErrorCodes.Sheets.Unreadable, string.Create(CultureInfo.InvariantCulture, $"{name}: row {row}: {message}"))
            .AtPosition(row, 1)
            .WithMetadata(SummitError.SourceKey, name)
            .WithMetadata("row", row)
            .WithMetadata("columnName", string.Empty));
}
