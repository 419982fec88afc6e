using NodaTime;
using FluentResults;

namespace Summit.Core.Voting.Boxes;

/// <summary>One ballot as it went into a <see cref="BallotBox"/>: who, what, when, and why it does not count (if it does not).</summary>
/// <param name="Sequence">The 1-based order in which the ballot was cast.</param>
/// <param name="Voter">The voter's identifier.</param>
/// <param name="Ballot">The ballot as cast.</param>
/// <param name="CastAt">The instant the ballot was cast.</param>
/// <param name="Rejection">Why the ballot does not count, with its code; <see langword="null"/> when it counts.</param>
public sealed record CastBallot(int Sequence, string Voter, Ballot Ballot, Instant CastAt, SummitError? Rejection)
{
    /// <summary>Gets a value indicating whether the ballot counts.</summary>
    public bool Counts => Rejection is null;
}
