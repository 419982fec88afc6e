namespace Summit.Core.Selection;

/// <summary>The stable codes of the reasons the built-in policies give.</summary>
/// <remarks>Filters add their own codes (for example <see cref="RegisteredLate"/>); custom policies may add more.</remarks>
public static class SelectionReasonCodes
{
    /// <summary>Held a place before this selection (already confirmed); never reshuffled.</summary>
    public const string Confirmed = "confirmed";

    /// <summary>Took a place in rank order.</summary>
    public const string Seat = "seat";

    /// <summary>Took a place reserved by a quota's minimum.</summary>
    public const string QuotaMinimum = "quota-minimum";

    /// <summary>Placed on the standby list in rank order.</summary>
    public const string Standby = "standby";

    /// <summary>Ranked below the last place and the last standby rank.</summary>
    public const string BelowStandby = "below-standby";

    /// <summary>Skipped because a quota's maximum was reached.</summary>
    public const string QuotaMaximum = "quota-maximum";

    /// <summary>Skipped because a cap per group (project, organization) was reached.</summary>
    public const string Cap = "cap";

    /// <summary>Left out by a custom policy's ranking.</summary>
    public const string NotRanked = "not-ranked";

    /// <summary>Where the candidate stood in the ranking and why (tier, submission instant, lottery draw).</summary>
    public const string Rank = "rank";

    /// <summary>Filtered out: registered at or after the registration deadline.</summary>
    public const string RegisteredLate = "registered-late";

    /// <summary>Filtered out: asked to attend as an observer only.</summary>
    public const string ObserverOnly = "observer-only";

    /// <summary>Gave up a place or a standby rank.</summary>
    public const string Declined = "declined";

    /// <summary>Moved from standby rank 1 to a place freed by a decline.</summary>
    public const string Promoted = "promoted";

    /// <summary>Moved to a place freed by a decline after the frozen standby list was exhausted: the best-ranked applicant left.</summary>
    public const string PromotedBeyondStandby = "promoted-beyond-standby";

    /// <summary>A decline left a quota below its minimum; the place went by standby order anyway (minimums are not re-reserved after publication).</summary>
    public const string QuotaNotReReserved = "quota-not-re-reserved";

    /// <summary>Let in by an organizers' decision (a special or late registration), with their reason.</summary>
    public const string Admitted = "admitted";

    /// <summary>Given a place because they present a selected topic (the <c>presenters: "seat"</c> option).</summary>
    public const string Presenter = "presenter";

    /// <summary>Took a free place on the day.</summary>
    public const string WalkIn = "walk-in";

    /// <summary>A topic proposal selected in rank order.</summary>
    public const string TopicSelected = "topic-selected";

    /// <summary>A topic proposal selected because curation pinned it.</summary>
    public const string TopicPinned = "topic-pinned";

    /// <summary>A topic proposal not selected: it fits on its own, but not after the better-ranked topics.</summary>
    public const string TopicLowerRanked = "topic-lower-ranked";

    /// <summary>A topic proposal not selected: it does not fit even in the sessions left by the pinned topics alone.</summary>
    public const string TopicDidNotFit = "topic-did-not-fit";

    /// <summary>A topic proposal left out by curation, with the organizers' reason.</summary>
    public const string TopicExcluded = "topic-excluded";

    /// <summary>A topic proposal merged by curation into another topic.</summary>
    public const string TopicMerged = "topic-merged";
}
