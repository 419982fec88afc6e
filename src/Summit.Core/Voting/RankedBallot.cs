using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Summit.Core.Voting;

/// <summary>A ranked ballot: tiers of candidate indices, most preferred tier first.</summary>
/// <param name="Ranks">The tiers; candidates in one tier are ranked equal.</param>
/// <remarks>
/// Ties are allowed (a tier with several candidates) and truncation is allowed: candidates the ballot does not
/// list rank equal to each other, below every listed candidate (the Debian rule). A candidate appears at most once.
/// </remarks>
public sealed record RankedBallot(EquatableArray<EquatableArray<int>> Ranks) : Ballot
{
    /// <summary>Creates a ballot without ties from candidate indices in order of preference.</summary>
    /// <param name="order">The candidate indices, most preferred first.</param>
    /// <returns>The ballot.</returns>
    public static RankedBallot FromOrder(params ReadOnlySpan<int> order)
    {
        var tiers = new EquatableArray<int>[order.Length];
        for (var i = 0; i < tiers.Length; i++)
        {
            tiers[i] = new EquatableArray<int>([order[i]]);
        }

        return new RankedBallot(new EquatableArray<EquatableArray<int>>(ImmutableCollectionsMarshal.AsImmutableArray(tiers)));
    }
}
