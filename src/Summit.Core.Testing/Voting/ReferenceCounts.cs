using Summit.Core.Voting;

namespace Summit.Core.Testing.Voting;

/// <summary>
/// Plain, obviously-correct counts that the conformance kit checks methods against: independent of the library's
/// optimized counting, so a bug there cannot hide itself.
/// </summary>
internal static class ReferenceCounts
{
    /// <summary>
    /// Returns d[i, j]: the total weight of ranked ballots that rank i strictly above j (a ranked candidate is above
    /// every unranked one); withdrawn candidates are skipped.
    /// </summary>
    public static long[,] Pairwise(BallotProfile profile)
    {
        var n = profile.Candidates.Length;
        var d = new long[n, n];
        var withdrawn = profile.Withdrawn.ToHashSet();
        foreach (var (ballot, weight) in profile.Ballots)
        {
            if (ballot is not RankedBallot ranked)
            {
                continue;
            }

            var level = new int[n];
            Array.Fill(level, int.MaxValue);
            for (var r = 0; r < ranked.Ranks.Length; r++)
            {
                foreach (var c in ranked.Ranks[r])
                {
                    level[c] = Math.Min(level[c], r);
                }
            }

            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    if (i != j && !withdrawn.Contains(i) && !withdrawn.Contains(j) && level[i] < level[j])
                    {
                        d[i, j] += weight;
                    }
                }
            }
        }

        return d;
    }

    /// <summary>
    /// Returns the weight of ranked ballots whose first rank holding a candidate not withdrawn names exactly that
    /// candidate alone; ballots whose first such rank is a tie count for nobody.
    /// </summary>
    public static long[] SoleFirstPreferences(BallotProfile profile)
    {
        var votes = new long[profile.Candidates.Length];
        var withdrawn = profile.Withdrawn.ToHashSet();
        foreach (var (ballot, weight) in profile.Ballots)
        {
            if (ballot is not RankedBallot ranked)
            {
                continue;
            }

            var first = ranked.Ranks.Select(r => r.Where(c => !withdrawn.Contains(c)).Distinct().ToArray()).FirstOrDefault(r => r.Length > 0);
            if (first is { Length: 1 })
            {
                votes[first[0]] += weight;
            }
        }

        return votes;
    }
}
