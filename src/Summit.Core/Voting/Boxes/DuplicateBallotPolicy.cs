namespace Summit.Core.Voting.Boxes;

/// <summary>What a <see cref="BallotBox"/> does when a voter casts a second ballot.</summary>
/// <remarks>Either way both ballots stay in the box; the one that does not count carries its coded reason.</remarks>
public enum DuplicateBallotPolicy
{
    /// <summary>The first counted ballot stands; later ones are refused with <c>voting.duplicate-ballot</c>.</summary>
    RejectLater,

    /// <summary>The last valid ballot cast inside the window stands; the one it replaces is marked <c>voting.ballot-superseded</c>.</summary>
    LastBeforeDeadlineStands,
}
