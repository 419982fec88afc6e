namespace Summit.Core.Selection;

/// <summary>What a selection decided for one candidate.</summary>
public enum SelectionOutcomeKind
{
    /// <summary>The candidate has a place.</summary>
    Selected,

    /// <summary>The candidate is on the standby list, with a rank; rank 1 is offered the next free place.</summary>
    Standby,

    /// <summary>The candidate has neither a place nor a standby rank.</summary>
    NotSelected,

    /// <summary>The candidate held a place or a standby rank and gave it up (see <see cref="SelectionResult{TCandidate}.Decline"/>).</summary>
    Declined,
}
