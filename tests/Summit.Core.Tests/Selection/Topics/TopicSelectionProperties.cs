using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Summit.Core.Selection.Topics;
using Summit.Core.Summits;
using Summit.Core.Testing.Selection;

namespace Summit.Core.Tests.Selection.Topics;

public sealed class TopicSelectionProperties
{
    /// <summary>Up to 9 topic proposals, 1 to 3 sessions of 0 to 120 minutes, and a seed for the ranking order.</summary>
    public sealed record TopicCase(ImmutableArray<TopicProposal> Topics, ImmutableArray<int> Sessions, int Seed)
    {
        public override string ToString() =>
            "topics [" + string.Join("; ", Topics) + "], sessions [" + string.Join(",", Sessions) + "], seed " + Seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Arbitraries of this class (no shrinking).</summary>
    public static class Arbitraries
    {
        public static Arbitrary<TopicCase> Cases { get; } = Arb.From(
            from topics in SelectionGenerators.TopicProposals(9)
            from sessions in Gen.Choose(1, 3).SelectMany(n => Gen.ListOf(Gen.Choose(0, 12).Select(x => x * 10), n))
            from seed in Gen.Choose(0, 1000)
            select new TopicCase(topics, sessions.ToImmutableArray(), seed));
    }

    private static TopicBudget Budget(ImmutableArray<int> sessions) =>
        new([.. sessions.Select((m, i) => new TopicSession("S" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), m))]);

    private static ImmutableArray<string> Shuffled(ImmutableArray<TopicProposal> topics, int seed) =>
        [.. topics.Select(t => t.Id).OrderBy(id => (id.Sum(c => c * 7919) ^ seed) & 0xFFFF).ThenBy(id => id, StringComparer.Ordinal)];

    [SummitProperty(Arbitrary = [typeof(Arbitraries)], Runs = 100)]
    public bool Select_Always_EveryProposalOneOutcomeAndSessionsNotOverfull(TopicCase c)
    {
        var budget = Budget(c.Sessions);
        var result = TopicSelection.Select(TopicRanking.FromOrder(c.Topics.Select(t => t.Id).Reverse()), c.Topics, budget).Value;
        var used = result.Selected.GroupBy(s => s.Session).ToDictionary(g => g.Key, g => g.Sum(s => s.Minutes));
        return result.Outcomes.Length == c.Topics.Length
            && result.Outcomes.All(o => o.Reason.Message.Length > 0 && o.Reason.Code.StartsWith("topic-", StringComparison.Ordinal))
            && budget.Sessions.All(s => used.GetValueOrDefault(s.Name) <= s.Minutes)
            && result.FreeMinutes.All(f => f.Value >= 0);
    }

    [SummitProperty(Arbitrary = [typeof(Arbitraries)], Runs = 100)]
    public bool Select_Always_MatchesBruteForceLexicographicOptimum(TopicCase c)
    {
        var order = Shuffled(c.Topics, c.Seed);
        var budget = Budget(c.Sessions);
        var result = TopicSelection.Select(TopicRanking.FromOrder(order), c.Topics, budget).Value;
        var chosen = result.Selected.Select(s => s.Proposal.Id).ToHashSet(StringComparer.Ordinal);
        var byId = c.Topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var best = BruteForce(order.Select(id => budget.MinutesFor(byId[id])).ToArray(), [.. c.Sessions]);
        var expected = order.Where((_, i) => (best & (1L << i)) != 0).ToHashSet(StringComparer.Ordinal);
        return chosen.SetEquals(expected);
    }

    // Tries every subset; the lexicographic best has the highest value of sum(2^(n-1-i)) over chosen positions i.
    private static long BruteForce(int[] costs, int[] sessions)
    {
        var n = costs.Length;
        long best = 0;
        long bestValue = -1;
        for (long mask = 0; mask < 1L << n; mask++)
        {
            var items = Enumerable.Range(0, n).Where(i => (mask & (1L << i)) != 0).Select(i => costs[i]).ToArray();
            if (!Fits(items, 0, sessions.ToArray()))
            {
                continue;
            }

            long value = 0;
            for (var i = 0; i < n; i++)
            {
                if ((mask & (1L << i)) != 0)
                {
                    value |= 1L << (n - 1 - i);
                }
            }

            if (value > bestValue)
            {
                bestValue = value;
                best = mask;
            }
        }

        return best;
    }

    private static bool Fits(int[] items, int next, int[] free)
    {
        if (next == items.Length)
        {
            return true;
        }

        for (var b = 0; b < free.Length; b++)
        {
            if (free[b] >= items[next])
            {
                free[b] -= items[next];
                if (Fits(items, next + 1, free))
                {
                    return true;
                }

                free[b] += items[next];
            }
        }

        return false;
    }
}
