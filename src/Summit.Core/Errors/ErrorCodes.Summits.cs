namespace Summit.Core;

public static partial class ErrorCodes
{
    /// <summary>Codes of the <c>Summit.Core.Summits</c> area: the summit, intake and the summit file.</summary>
    public static class Summits
    {
        /// <summary>A registration or proposal with the same id was already accepted.</summary>
        public const string DuplicateSubmission = "intake.duplicate";

        /// <summary>A submission came before its window opened.</summary>
        public const string WindowNotOpen = "intake.not-open";

        /// <summary>A submission came after the summit was cancelled.</summary>
        public const string SummitCancelled = "intake.cancelled";

        /// <summary>The summit file is not well-formed JSON (with comments and trailing commas allowed).</summary>
        public const string FileSyntax = "file.syntax";

        /// <summary>A required field of the summit file is missing.</summary>
        public const string FileMissingField = "file.missing-field";

        /// <summary>A field of the summit file has a value of the wrong type or form.</summary>
        public const string FileInvalidValue = "file.invalid-value";

        /// <summary>A field of the summit file is not known (a typo would otherwise be ignored).</summary>
        public const string FileUnknownField = "file.unknown-field";

        /// <summary>An object of the summit file gives the same key twice (JSON would silently keep one of them).</summary>
        public const string FileDuplicateKey = "file.duplicate-key";

        /// <summary>A list of the summit file that must hold distinct values (such as <c>electorate</c>) names one twice.</summary>
        public const string FileDuplicateEntry = "file.duplicate-entry";

        /// <summary>A local date-time in the summit file names no time zone (write <c>2024-04-01T17:00 America/New_York</c>, an instant ending in <c>Z</c>, or a date).</summary>
        public const string FileZoneMissing = "file.zone-missing";

        /// <summary>The same date is given as two summit days.</summary>
        public const string DayDuplicate = "summit.day-duplicate";

        /// <summary>The summit's days are not in calendar order.</summary>
        public const string DaysOutOfOrder = "summit.days-out-of-order";

        /// <summary>The summit file uses a field that was removed; the message says what replaces it (for example <c>selection.confirmed</c>, replaced by a <c>selection-published</c> decision).</summary>
        public const string FileRemovedField = "file.removed-field";

        /// <summary>The summit's days are invalid (none, or a day that ends before it starts).</summary>
        public const string DaysInvalid = "summit.days-invalid";
    }
}
