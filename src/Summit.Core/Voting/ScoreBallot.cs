using System.Collections.Immutable;

namespace Summit.Core.Voting;

/// <summary>A score ballot: one score per candidate, by candidate index, inside the vote's bounded range.</summary>
/// <param name="Scores">The scores; <c>Scores[i]</c> is the score of candidate <c>i</c>.</param>
public sealed record ScoreBallot(EquatableArray<int> Scores) : Ballot;
