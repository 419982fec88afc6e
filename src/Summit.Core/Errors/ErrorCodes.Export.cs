namespace Summit.Core;

public static partial class ErrorCodes
{
    /// <summary>Codes of the <c>Summit.Core.Export</c> area: calendars and schedule files.</summary>
    public static class Export
    {
        /// <summary>A calendar milestone is malformed: empty uid or summary.</summary>
        public const string MilestoneInvalid = "export.milestone-invalid";

        /// <summary>Two calendar milestones have the same uid.</summary>
        public const string DuplicateUid = "export.duplicate-uid";
    }
}
