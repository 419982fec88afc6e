namespace Summit.Core.Summits.Sheets;

/// <summary>A sheet (for example a CSV export of a form's responses) that a summit file names, as the file names it.</summary>
/// <remarks>
/// Immutable. <see cref="Path"/> is exactly the text of the file's <c>csv</c> field: a sheet source resolves it (a file
/// source resolves it relative to the summit file). Summit.Core never opens it itself.
/// </remarks>
/// <param name="Path">The sheet's path as written in the summit file, for example <c>attendance.csv</c>.</param>
/// <param name="Delimiter">The field separator the file declares, or <see langword="null"/> to detect <c>,</c> or <c>;</c> from the header row.</param>
/// <param name="DeclaredIn">The name of the summit file that names the sheet (for messages).</param>
public sealed record SheetReference(string Path, char? Delimiter, string DeclaredIn);
