namespace Summit.Core.Planning;

/// <summary>A ballot of the topic vote that never reached the ballot box (it names a topic that is not on the ballot), with the reason.</summary>
/// <param name="Entry">The ballot as given.</param>
/// <param name="Rejection">Why it was rejected: a coded error.</param>
public sealed record RejectedVote(VoteEntry Entry, SummitError Rejection);
