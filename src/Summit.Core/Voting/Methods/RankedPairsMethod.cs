using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using FluentResults;
using Summit.Core.Voting.Counting;

namespace Summit.Core.Voting.Methods;

/// <summary>Ranked pairs (Tideman, winning votes): lock the pairwise victories strongest first unless they would close a cycle.</summary>
/// <remarks>
/// Victories are sorted by the winner's votes (descending), then the loser's votes (ascending). Victories of equal
/// strength are ordered by one order of the candidates from the tie-breaker (recorded): the victory whose winner comes
/// first, then whose loser comes last. The ranking is read from the locked graph, tier by tier of candidates no
/// remaining candidate is locked over.
/// </remarks>
internal sealed class RankedPairsMethod : ITallyMethod
{
    public string Name => "ranked-pairs";

    public Result<TallyResult> Tally(BallotProfile profile, TallyOptions options) =>
        CountSetup.Prepare(Name, profile, options, singleWinner: false, CountSetup.Any, pairwise: true).Map(setup =>
        {
            var n = profile.Candidates.Length;
            var names = profile.Candidates;
            var d = PairwiseCount.ForMethods(profile);
            var pairs = new List<(int W, int L)>();
            foreach (var i in setup.Active)
            {
                foreach (var j in setup.Active)
                {
                    if (i != j && d[i, j] > d[j, i])
                    {
                        pairs.Add((i, j));
                    }
                }
            }

            var strength = pairs.GroupBy(x => (d[x.W, x.L], d[x.L, x.W]));
            var rank = new int[n];
            for (var c = 0; c < n; c++)
            {
                rank[c] = c;
            }

            if (strength.Any(g => g.Count() > 1))
            {
                var order = setup.Break(setup.Active, 1, [], "Victories of equal strength are locked in the order of this candidate order.");
                for (var k = 0; k < order.Length; k++)
                {
                    rank[order[k]] = k;
                }
            }

            var sorted = pairs
                .OrderByDescending(x => d[x.W, x.L])
                .ThenBy(x => d[x.L, x.W])
                .ThenBy(x => rank[x.W])
                .ThenByDescending(x => rank[x.L])
                .ToList();
            var locked = new bool[n, n];
            var text = new StringBuilder("Victories considered strongest first: ");
            var first = true;
            foreach (var (w, l) in sorted)
            {
                var cycle = Reaches(locked, l, w, n);
                if (!cycle)
                {
                    locked[w, l] = true;
                }

                text.Append(first ? string.Empty : "; ")
                    .Append(CultureInfo.InvariantCulture, $"{names[w]} > {names[l]} ({d[w, l]}-{d[l, w]}) {(cycle ? "skipped (cycle)" : "locked")}");
                first = false;
            }

            var tiers = SchulzeMethod.Tiers(setup.Active, (a, b) => locked[a, b]);
            var scores = new decimal[n];
            foreach (var i in setup.Active)
            {
                scores[i] = setup.Active.Count(j => locked[i, j]);
            }

            var winners = setup.WinnersFromTiers(tiers, 1, []);
            var round = setup.SingleRound(text.Append('.').ToString(), scores, winners);
            return setup.Finish(winners, tiers, [round], d.ToMatrix());
        });

    private static bool Reaches(bool[,] locked, int from, int to, int n)
    {
        var seen = new bool[n];
        var stack = new Stack<int>();
        stack.Push(from);
        while (stack.Count > 0)
        {
            var x = stack.Pop();
            if (x == to)
            {
                return true;
            }

            if (seen[x])
            {
                continue;
            }

            seen[x] = true;
            for (var y = 0; y < n; y++)
            {
                if (locked[x, y] && !seen[y])
                {
                    stack.Push(y);
                }
            }
        }

        return false;
    }
}
