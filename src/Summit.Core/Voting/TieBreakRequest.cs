using System.Collections.Immutable;

namespace Summit.Core.Voting;

/// <summary>What a <see cref="ITieBreaker"/> sees: the tied candidates and the votes of every earlier round.</summary>
/// <param name="Candidates">The names of all candidates of the profile, by index.</param>
/// <param name="Tied">The indices of the tied candidates.</param>
/// <param name="History">Per earlier round (oldest first), every candidate's votes by index.</param>
/// <param name="Round">The 1-based round in which the tie occurs.</param>
public sealed record TieBreakRequest(
    EquatableArray<string> Candidates,
    EquatableArray<int> Tied,
    EquatableArray<EquatableArray<decimal>> History,
    int Round);
