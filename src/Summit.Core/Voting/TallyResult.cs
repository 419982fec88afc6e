using System.Collections.Immutable;

namespace Summit.Core.Voting;

/// <summary>The outcome of a count: winners, a full ranking and the explanation anyone can check.</summary>
/// <param name="Method">The name of the method that counted.</param>
/// <param name="Seats">The number of seats counted for.</param>
/// <param name="Winners">The winners' names, in order of election.</param>
/// <param name="Ranking">Every candidate, in tiers of equally ranked candidates, best tier first.</param>
/// <param name="Rounds">The rounds of the count (one round for single-pass methods).</param>
/// <param name="TieBreaks">Every tie the count had to break, with how it was broken.</param>
/// <param name="Pairwise">The pairwise preference matrix, for Condorcet methods; otherwise null.</param>
/// <param name="StrongestPaths">The strongest-path matrix, for Schulze; otherwise null.</param>
/// <param name="ValidBallots">The total weight of the ballots counted.</param>
public sealed record TallyResult(
    string Method,
    int Seats,
    EquatableArray<string> Winners,
    EquatableArray<EquatableArray<string>> Ranking,
    EquatableArray<TallyRound> Rounds,
    EquatableArray<TieBreakRecord> TieBreaks,
    PairwiseMatrix? Pairwise,
    PairwiseMatrix? StrongestPaths,
    long ValidBallots);
