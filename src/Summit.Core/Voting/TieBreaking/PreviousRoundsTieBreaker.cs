using System.Collections.Immutable;
using System.Globalization;

namespace Summit.Core.Voting.TieBreaking;

/// <summary>Favours the candidate with more votes at the most recent earlier round where the tied candidates differed.</summary>
/// <remarks>Rounds are looked at backwards; groups still tied after the first round fall to the fallback strategy.</remarks>
internal sealed class PreviousRoundsTieBreaker(ITieBreaker fallback) : ITieBreaker
{
    public string Name => "previous-rounds";

    public ImmutableArray<int> Order(TieBreakRequest request) => Decide(request).Order;

    public string Explain(TieBreakRequest request, ImmutableArray<int> order)
    {
        var (_, rounds, usedFallback) = Decide(request);
        var parts = new List<string>();
        if (rounds.Count > 0)
        {
            parts.Add("Decided by the votes at earlier round(s) " + string.Join(", ", rounds.Select(r => r.ToString(CultureInfo.InvariantCulture))) + ", looking backwards; more votes favoured.");
        }
        else
        {
            parts.Add("No earlier round separated the candidates.");
        }

        if (usedFallback)
        {
            parts.Add($"Remaining ties: {fallback.Name} ({fallback.Explain(request, order)})");
        }

        return string.Join(" ", parts);
    }

    private (ImmutableArray<int> Order, List<int> Rounds, bool UsedFallback) Decide(TieBreakRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var groups = new List<List<int>> { request.Tied.Order().ToList() };
        var used = new List<int>();
        for (var r = request.History.Length - 1; r >= 0 && groups.Any(g => g.Count > 1); r--)
        {
            var votes = request.History[r];
            var next = new List<List<int>>();
            var split = false;
            foreach (var g in groups)
            {
                if (g.Count == 1)
                {
                    next.Add(g);
                    continue;
                }

                var parts = g.GroupBy(c => c < votes.Length ? votes[c] : 0m).OrderByDescending(x => x.Key).Select(x => x.ToList()).ToList();
                split |= parts.Count > 1;
                next.AddRange(parts);
            }

            if (split)
            {
                used.Add(r + 1);
            }

            groups = next;
        }

        var order = ImmutableArray.CreateBuilder<int>(request.Tied.Length);
        var usedFallback = false;
        foreach (var g in groups)
        {
            if (g.Count == 1)
            {
                order.Add(g[0]);
                continue;
            }

            usedFallback = true;
            order.AddRange(fallback.Order(request with { Tied = [.. g] }));
        }

        return (order.MoveToImmutable(), used, usedFallback);
    }
}
