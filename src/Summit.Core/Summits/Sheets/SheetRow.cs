using System.Collections.Immutable;

namespace Summit.Core.Summits.Sheets;

/// <summary>One record of a sheet below its header row: the cells as text, in the order of the header.</summary>
/// <remarks>Immutable. A record may hold fewer cells than the header (the missing ones read as empty) or more (ignored).</remarks>
/// <param name="Number">The 1-based row number as a spreadsheet shows it: the header is row 1, the first answer row 2.</param>
/// <param name="Cells">The cells' text, unquoted.</param>
public sealed record SheetRow(int Number, EquatableArray<string> Cells);
