using FluentResults;

namespace Summit.Core.Summits.Sheets;

/// <summary>Opens the sheets a summit file names (<c>"registrations": { "csv": "attendance.csv", ... }</c>).</summary>
/// <remarks>
/// Summit.Core has no file-system or CSV dependency: <see cref="File.SummitFile.Read(string, string, ISheetSource?)"/> asks a
/// sheet source for each sheet and maps the rows itself. <c>Summit.Core.Forms</c> provides the CSV implementation.
/// An implementation must not throw on bad input: it returns coded errors (<see cref="ErrorCodes.Sheets.Unreadable"/>).
/// </remarks>
public interface ISheetSource
{
    /// <summary>Reads one sheet.</summary>
    /// <param name="reference">The sheet as the summit file names it.</param>
    /// <returns>The sheet's header and rows, or coded errors.</returns>
    Result<SheetTable> Read(SheetReference reference);
}
