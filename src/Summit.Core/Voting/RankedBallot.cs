using System.Collections.Immutable;

namespace Summit.Core.Voting;

/// <summary>A ranked ballot: tiers of candidate indices, most preferred tier first.</summary>
/// <param name="Ranks">The tiers; candidates in one tier are ranked equal.</param>
/// <remarks>
/// Ties are allowed (a tier with several candidates) and truncation is allowed: candidates the ballot does not
/// list rank equal to each other, below every listed candidate (the Debian rule). A candidate appears at most once.
/// </remarks>
public sealed record RankedBallot(ImmutableArray<ImmutableArray<int>> Ranks) : Ballot
{
    /// <summary>Creates a ballot without ties from candidate indices in order of preference.</summary>
    /// <param name="order">The candidate indices, most preferred first.</param>
    /// <returns>The ballot.</returns>
    public static RankedBallot FromOrder(params ReadOnlySpan<int> order)
    {
        var tiers = ImmutableArray.CreateBuilder<ImmutableArray<int>>(order.Length);
        foreach (var candidate in order)
        {
            tiers.Add([candidate]);
        }

        return new RankedBallot(tiers.MoveToImmutable());
    }
}
