using System.Collections.Immutable;
using System.Globalization;
using Summit.Core.Randomness;

namespace Summit.Core.Voting.TieBreaking;

/// <summary>Draws one order of all candidates from a published text seed and breaks every tie by it.</summary>
/// <remarks>
/// The order is a Fisher–Yates shuffle of the candidate indices 0..n-1 with <see cref="SplitMix64"/> seeded from the
/// text, so anyone can recompute it; the same seed always gives the same order, and ties are broken consistently.
/// </remarks>
internal sealed class LotteryTieBreaker(string seed) : ITieBreaker
{
    public string Name => "lottery";

    public string Seed { get; } = seed;

    public ImmutableArray<int> Order(TieBreakRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rank = Draw(request.Candidates.Length);
        return [.. request.Tied.OrderBy(c => c >= 0 && c < rank.Length ? rank[c] : int.MaxValue).ThenBy(c => c)];
    }

    public string Explain(TieBreakRequest request, ImmutableArray<int> order)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rank = Draw(request.Candidates.Length);
        var drawn = Enumerable.Range(0, rank.Length).OrderBy(c => rank[c]).Select(c => request.Candidates[c]);
        return string.Create(CultureInfo.InvariantCulture, $"Lottery with seed \"{Seed}\" (SplitMix64 from SHA-256 of the seed, Fisher-Yates): drawn order {string.Join(" > ", drawn)}.");
    }

    /// <summary>The lottery position of each candidate index (0 = drawn first).</summary>
    internal int[] Draw(int n)
    {
        var order = Enumerable.Range(0, n).ToArray();
        var rng = SplitMix64.FromText(Seed);
        rng.Shuffle(order.AsSpan());
        var rank = new int[n];
        for (var p = 0; p < n; p++)
        {
            rank[order[p]] = p;
        }

        return rank;
    }
}
