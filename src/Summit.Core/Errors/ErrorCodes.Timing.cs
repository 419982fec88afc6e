namespace Summit.Core;

public static partial class ErrorCodes
{
    /// <summary>Codes of the <c>Summit.Core.Timing</c> area: deadlines, grace periods, extensions and timelines.</summary>
    public static class Timing
    {
        /// <summary>A submission came after its deadline (and after any grace or extension).</summary>
        public const string DeadlinePassed = "deadline.passed";

        /// <summary>A deadline's text could not be understood (for example <c>2024-02-30</c>).</summary>
        public const string DeadlineInvalid = "deadline.invalid";

        /// <summary>A zone name is not an IANA time zone id.</summary>
        public const string UnknownZone = "deadline.unknown-zone";

        /// <summary>A local date-time does not exist in its zone (it falls in a DST gap).</summary>
        public const string LocalTimeSkipped = "deadline.local-time-skipped";

        /// <summary>A date, local date-time or instant lies outside the supported range (years 1900 to 9998, see <c>Deadline.MinDate</c>/<c>Deadline.MaxDate</c>).</summary>
        public const string OutOfRange = "deadline.out-of-range";

        /// <summary>A grace period is negative.</summary>
        public const string GraceNegative = "deadline.grace-negative";

        /// <summary>An extension does not move the deadline later, or has no grantor or reason.</summary>
        public const string ExtensionInvalid = "deadline.extension-invalid";

        /// <summary>A window closes at or before the instant it opens.</summary>
        public const string WindowInverted = "timeline.window-inverted";

        /// <summary>A milestone lies at or after the start of the summit.</summary>
        public const string AfterSummitStart = "timeline.after-summit-start";

        /// <summary>Voting opens before topic proposals close.</summary>
        public const string VotingBeforeProposalsClose = "timeline.voting-before-proposals-close";

        /// <summary>The same milestone is given twice.</summary>
        public const string DuplicateMilestone = "timeline.duplicate-milestone";

        /// <summary>An approximate milestone's date range ends before it starts.</summary>
        public const string ApproximateRangeInverted = "timeline.approximate-range-inverted";

        /// <summary>The timeline is already cancelled.</summary>
        public const string AlreadyCancelled = "timeline.already-cancelled";
    }
}
