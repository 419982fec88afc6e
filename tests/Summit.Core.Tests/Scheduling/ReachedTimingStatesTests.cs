using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Summit.Core.Scheduling;

namespace Summit.Core.Tests.Scheduling;

/// <summary>The table of partial timings behind the timing search's dominance cut.</summary>
public sealed class ReachedTimingStatesTests
{
    /// <summary>
    /// Over any sequence of states (few sets, small values, so that dominance is common), the table answers exactly as a
    /// plain list per set does: dominated when an earlier kept state of the set has at least the minutes and bounds no
    /// larger everywhere, each set keeping its first <see cref="ReachedTimingStates.PerSet"/> states.
    /// </summary>
    [Property(MaxTest = 200)]
    public bool DominatedOrRecord_AnswersAsAPlainListPerSet(PositiveInt width, NonEmptyArray<(NonNegativeInt Set, NonNegativeInt Minutes, int[] Bounds)> states)
    {
        var w = 1 + (width.Get % 20);
        var table = new ReachedTimingStates();
        table.Claim(this, w);
        var plain = new Dictionary<ulong, List<(int[] Bounds, int Minutes)>>();
        foreach (var (set, minutes, raw) in states.Get)
        {
            var key = (ulong)(set.Get % 3);
            var bounds = Enumerable.Range(0, w).Select(i => raw is { Length: > 0 } ? Math.Abs(raw[i % raw.Length] % 4) : 0).ToArray();
            var m = minutes.Get % 5;
            var kept = plain.TryGetValue(key, out var list) ? list : plain[key] = [];
            var expected = kept.Any(s => s.Minutes >= m && s.Bounds.Zip(bounds).All(p => p.Second >= p.First));
            if (!expected && kept.Count < ReachedTimingStates.PerSet)
            {
                kept.Add((bounds, m));
            }

            if (table.DominatedOrRecord(key, bounds, m) != expected)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Thousands of states of width 100 fill many chunks (159 records each), 50 states per set, each with more minutes and
    /// later bounds than the one before: every one is found again afterwards (it dominates itself), and none dominates
    /// the same state with one bound a minute earlier (earlier states have fewer minutes, later ones later bounds).
    /// </summary>
    [Fact]
    public void DominatedOrRecord_StatesAcrossChunks_AreEachFoundAgain()
    {
        const int width = 100;
        var table = new ReachedTimingStates();
        table.Claim(this, width);
        int[] Bounds(int state) => [.. Enumerable.Range(0, width).Select(i => (state * 7) + i)];
        for (var state = 0; state < 3_000; state++)
        {
            Assert.False(table.DominatedOrRecord((ulong)(state % 60), Bounds(state), state));
        }

        for (var state = 0; state < 3_000; state++)
        {
            var (set, bounds) = ((ulong)(state % 60), Bounds(state));
            Assert.True(table.DominatedOrRecord(set, bounds, state));
            bounds[^1]--;
            Assert.False(table.DominatedOrRecord(set, bounds, state));
        }
    }

    /// <summary>A search claiming the table starts it empty (its width its own); the same search claiming it again keeps its states.</summary>
    [Fact]
    public void Claim_ByAnotherSearch_StartsTheTableAfresh()
    {
        var (first, second) = (new object(), new object());
        var table = new ReachedTimingStates();
        table.Claim(first, 2);
        Assert.False(table.DominatedOrRecord(1, [10, 10], 30));
        table.Claim(first, 2);
        Assert.True(table.DominatedOrRecord(1, [10, 12], 30));

        table.Claim(second, 3);
        Assert.False(table.DominatedOrRecord(1, [10, 12, 0], 30));
        Assert.True(table.DominatedOrRecord(1, [11, 12, 0], 25));
    }
}
