using Summit.Core.Summits.File;
using Summit.Core.Planning;
using FluentResults;
using Summit.Core.Summits;

namespace Summit.Core.Forms;

/// <summary>Reads a summit file from disk together with the CSV form exports it names.</summary>
/// <remarks>
/// The sheets' paths are relative to the summit file's folder. Everything else is <see cref="SummitFile.Read(string, string, Summits.Sheets.ISheetSource?)"/>:
/// bad rows are listed in <see cref="SummitDocument.RejectedRows"/>, a missing sheet or column fails the read.
/// </remarks>
public static class SummitForms
{
    /// <summary>Reads a summit file and the sheets it names.</summary>
    /// <param name="path">The summit file's path.</param>
    /// <returns>The document, or coded errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The summit file itself cannot be read (a missing sheet is a coded error instead).</exception>
    /// <exception cref="UnauthorizedAccessException">The summit file may not be read.</exception>
    public static Result<SummitDocument> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = File.ReadAllText(path);
        return SummitFile.Read(text, path, CsvSheetSource.ForDirectory(Path.GetDirectoryName(path) ?? string.Empty));
    }
}
