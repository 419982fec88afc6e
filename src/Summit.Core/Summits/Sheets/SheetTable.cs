using System.Collections.Immutable;

namespace Summit.Core.Summits.Sheets;

/// <summary>The content of one sheet: its header row and its records, as text.</summary>
/// <remarks>
/// Immutable. A <see cref="ISheetSource"/> produces it; Summit.Core maps it onto registrations, proposals or ballots
/// with the columns and values the summit file declares.
/// </remarks>
/// <param name="Name">The name to report in row errors, for example the sheet's path.</param>
/// <param name="Headers">The header row (row 1): one name per column.</param>
/// <param name="Rows">The records below the header, in file order.</param>
public sealed record SheetTable(string Name, EquatableArray<string> Headers, EquatableArray<SheetRow> Rows);
