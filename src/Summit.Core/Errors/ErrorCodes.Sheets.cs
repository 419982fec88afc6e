namespace Summit.Core;

public static partial class ErrorCodes
{
    /// <summary>Codes of spreadsheet (form export) sheets that a summit file maps onto registrations, proposals and ballots.</summary>
    /// <remarks>
    /// Row errors carry <c>file</c> (the sheet), <c>row</c> (1-based, the header is row 1), <c>columnName</c> and the
    /// position <c>line</c> = row, <c>column</c> = the 1-based column index; a refused row never stops the others.
    /// </remarks>
    public static class Sheets
    {
        /// <summary>A sheet could not be read: the file is missing, no sheet source was given, or it has no header row.</summary>
        public const string Unreadable = "sheet.unreadable";

        /// <summary>A column the mapping names is not in the sheet's header row.</summary>
        public const string MissingColumn = "sheet.missing-column";

        /// <summary>A cell cannot be read: a required cell is empty, or a timestamp or number does not have the declared form.</summary>
        public const string InvalidCell = "sheet.invalid-cell";

        /// <summary>An answer matches none of the labels declared for its column in <c>values</c>.</summary>
        public const string UnknownLabel = "sheet.unknown-label";

        /// <summary>A wall-clock timestamp occurs twice in the sheet's time zone (the hour repeated when summer time ends).</summary>
        public const string AmbiguousTime = "sheet.ambiguous-time";

        /// <summary>A wall-clock timestamp does not exist in the sheet's time zone (the hour skipped when summer time starts).</summary>
        public const string SkippedTime = "sheet.skipped-time";

        /// <summary>A ballot grid column names a topic that is neither the title nor the id of any proposal.</summary>
        public const string UnknownTopic = "sheet.unknown-topic";
    }
}
