namespace Summit.Core.Voting;

/// <summary>One candidate's line in one round of a count.</summary>
/// <param name="Candidate">The candidate's name.</param>
/// <param name="Votes">The candidate's votes at the end of the round (exact; STV values are fixed-point).</param>
/// <param name="Transfer">The votes gained (positive) or passed on (negative) in this round.</param>
/// <param name="Status">The candidate's state at the end of the round.</param>
public sealed record CandidateRoundTally(string Candidate, decimal Votes, decimal Transfer, CandidateStatus Status);
