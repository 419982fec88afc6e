using FluentResults;

namespace Summit.Core.Planning;

/// <summary>A ballot of the topic vote that never reached the ballot box (it names a topic that is not on the ballot), with its reason.</summary>
/// <param name="Entry">The ballot as given.</param>
/// <param name="Reason">Why it was refused.</param>
public sealed record RefusedVote(VoteEntry Entry, SummitError Reason);
