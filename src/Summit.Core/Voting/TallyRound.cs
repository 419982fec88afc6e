using System.Collections.Immutable;

namespace Summit.Core.Voting;

/// <summary>One round (stage) of a count, as a returning officer would publish it.</summary>
/// <param name="Number">The 1-based round number.</param>
/// <param name="Action">What happened in the round, in words (for example "Surplus of Smith transferred").</param>
/// <param name="Candidates">Every candidate's votes, transfer and status, in candidate order.</param>
/// <param name="Elected">The candidates elected in this round.</param>
/// <param name="Excluded">The candidates excluded in this round.</param>
/// <param name="Quota">The quota in force, for quota methods; otherwise null.</param>
/// <param name="Exhausted">The votes that can no longer be transferred.</param>
/// <param name="Residual">The value lost to truncation of transfer values (fixed-point STV); otherwise 0.</param>
public sealed record TallyRound(
    int Number,
    string Action,
    EquatableArray<CandidateRoundTally> Candidates,
    EquatableArray<string> Elected,
    EquatableArray<string> Excluded,
    decimal? Quota,
    decimal Exhausted,
    decimal Residual);
