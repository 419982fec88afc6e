using System.Collections.Immutable;
using FluentResults;
using Summit.Core.Voting.Counting;

namespace Summit.Core.Voting.Methods;

/// <summary>The Schulze method (beatpath, winning votes): ranks by the strongest paths of the pairwise defeats.</summary>
/// <remarks>
/// A defeat of i over j has strength d[i,j] when d[i,j] &gt; d[j,i], else there is no link. The strength of a path is
/// its weakest link; p[i,j] is the strongest path strength (Floyd–Warshall, widest path). i ranks above j when
/// p[i,j] &gt; p[j,i]; this relation is transitive, so the ranking is taken tier by tier of unbeaten candidates. With
/// several seats the best tiers fill them (not proportional).
/// </remarks>
internal sealed class SchulzeMethod : ITallyMethod
{
    public string Name => "schulze";

    public Result<TallyResult> Tally(BallotProfile profile, TallyOptions options) =>
        CountSetup.Prepare(Name, profile, options, singleWinner: false, CountSetup.Any, pairwise: true).Map(setup =>
        {
            var n = profile.Candidates.Length;
            var d = PairwiseCount.ForMethods(profile);
            var p = StrongestPaths(d, setup.Active, n);
            var beats = (int i, int j) => p[(i * n) + j] > p[(j * n) + i];
            var tiers = Tiers(setup.Active, beats);
            var scores = new decimal[n];
            foreach (var i in setup.Active)
            {
                scores[i] = setup.Active.Count(j => beats(i, j));
            }

            var winners = setup.WinnersFromTiers(tiers, 1, []);
            var round = setup.SingleRound("Strongest paths computed (winning votes); each candidate's number shows how many others it beats by strongest path.", scores, winners);
            return setup.Finish(winners, tiers, [round], d.ToMatrix(), new PairwiseMatrix(profile.Candidates, [.. p]));
        });

    internal static long[] StrongestPaths(PairwiseCount d, ImmutableArray<int> active, int n)
    {
        var p = new long[n * n];
        foreach (var i in active)
        {
            foreach (var j in active)
            {
                if (i != j && d[i, j] > d[j, i])
                {
                    p[(i * n) + j] = d[i, j];
                }
            }
        }

        foreach (var k in active)
        {
            foreach (var i in active)
            {
                if (i == k)
                {
                    continue;
                }

                var pik = p[(i * n) + k];
                if (pik == 0)
                {
                    continue;
                }

                foreach (var j in active)
                {
                    if (j != k && j != i)
                    {
                        var via = Math.Min(pik, p[(k * n) + j]);
                        if (via > p[(i * n) + j])
                        {
                            p[(i * n) + j] = via;
                        }
                    }
                }
            }
        }

        return p;
    }

    /// <summary>Splits candidates into tiers: each tier holds those no remaining candidate beats.</summary>
    internal static List<IReadOnlyList<int>> Tiers(IEnumerable<int> candidates, Func<int, int, bool> beats)
    {
        var remaining = candidates.ToList();
        var tiers = new List<IReadOnlyList<int>>();
        while (remaining.Count > 0)
        {
            var top = remaining.Where(x => !remaining.Any(y => beats(y, x))).ToList();
            if (top.Count == 0)
            {
                top = remaining;
            }

            tiers.Add(top);
            remaining = [.. remaining.Except(top)];
        }

        return tiers;
    }
}
