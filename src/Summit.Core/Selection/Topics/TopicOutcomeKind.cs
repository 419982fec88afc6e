namespace Summit.Core.Selection.Topics;

/// <summary>What topic selection decided for one proposal.</summary>
public enum TopicOutcomeKind
{
    /// <summary>Selected (pinned or ranked high enough to fit).</summary>
    Selected,

    /// <summary>Not selected: it fits in the sessions on its own (with the pinned topics) but not after the better-ranked topics.</summary>
    LowerRanked,

    /// <summary>Not selected: it does not fit even in the sessions left by the pinned topics alone.</summary>
    DidNotFit,

    /// <summary>Left out by curation, with the organizers' reason.</summary>
    Excluded,

    /// <summary>Merged into another topic, which carries its proposers.</summary>
    Merged,
}
