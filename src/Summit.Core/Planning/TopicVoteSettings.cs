using System.Collections.Immutable;
using Summit.Core.Voting.Boxes;

namespace Summit.Core.Planning;

/// <summary>How a summit counts its public topic vote, and the ballots cast.</summary>
/// <param name="Method">The tally method's name (see <c>TallyMethods.Names</c>), for example <c>schulze</c>.</param>
/// <param name="Ballots">The ballots, in the order cast.</param>
public sealed record TopicVoteSettings(string Method, EquatableArray<VoteEntry> Ballots)
{
    /// <summary>Gets the tie-breaker's name (<c>previous-rounds</c>, <c>declared-order</c> or <c>lottery:SEED</c>); null means the method's default.</summary>
    public string? TieBreak { get; init; }

    /// <summary>Gets what happens to a voter's second ballot. The default value is <see cref="DuplicateBallotPolicy.RejectLater"/>.</summary>
    public DuplicateBallotPolicy DuplicatePolicy { get; init; } = DuplicateBallotPolicy.RejectLater;

    /// <summary>Gets who may vote; empty means every accepted registration (unless <see cref="IsOpen"/>).</summary>
    public EquatableArray<string> Electorate { get; init; } = [];

    /// <summary>Gets a value indicating whether anyone with an id may vote, once (a public vote, like 2020's); <see cref="Electorate"/> is then ignored.</summary>
    public bool IsOpen { get; init; }
}
