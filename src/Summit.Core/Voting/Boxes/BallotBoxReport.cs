using System.Collections.Immutable;

namespace Summit.Core.Voting.Boxes;

/// <summary>What a <see cref="BallotBox"/> hands to the count: the profile of counted ballots and every refused one.</summary>
/// <param name="Profile">The counted ballots, grouped.</param>
/// <param name="Cast">The number of ballots cast.</param>
/// <param name="Counted">The number of ballots counted.</param>
/// <param name="Rejected">Every ballot that does not count, in order cast, with its reason.</param>
/// <remarks>Invariant: <c>Cast == Counted + Rejected.Length</c>.</remarks>
public sealed record BallotBoxReport(BallotProfile Profile, int Cast, int Counted, EquatableArray<CastBallot> Rejected);
