using System.Collections.Immutable;

namespace Summit.Core.Voting;

/// <summary>An approval ballot: the set of candidate indices the voter approves of.</summary>
/// <param name="Approved">The approved candidates, each at most once.</param>
public sealed record ApprovalBallot(EquatableArray<int> Approved) : Ballot;
