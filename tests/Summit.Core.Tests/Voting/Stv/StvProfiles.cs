using System.Collections.Immutable;
using Summit.Core.Voting;

namespace Summit.Core.Tests.Voting.Stv;

/// <summary>Builds small ranked profiles from raw integer data, so FsCheck's shrinking of the data shrinks the profile.</summary>
internal static class StvProfiles
{
    private static readonly string[] Bases = ["A", "Bob \"B\" Smith", "#hash", "Élodie", "x y", "0", "=", "[tie]", "Zoë, Z"];

    public static BallotProfile Build(int candidateSeed, int[][] raw, bool allowTies, int withdrawnMask = 0, string? title = null, int? seats = null)
    {
        var n = 2 + (Math.Abs(candidateSeed) % 6);
        var names = Enumerable.Range(0, n).Select(i => Bases[(i + Math.Abs(candidateSeed)) % Bases.Length] + " " + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var ballots = new List<WeightedBallot>();
        foreach (var row in raw ?? [])
        {
            if (row is null || row.Length == 0)
            {
                continue;
            }

            var weight = 1 + (Math.Abs(row[0]) % 20);
            var order = new List<int>();
            var tiers = new List<List<int>>();
            for (var k = 1; k < row.Length; k++)
            {
                var c = Math.Abs(row[k]) % n;
                if (order.Contains(c))
                {
                    continue;
                }

                order.Add(c);
                if (allowTies && tiers.Count > 0 && row[k] < 0)
                {
                    tiers[^1].Add(c);
                }
                else
                {
                    tiers.Add([c]);
                }
            }

            ballots.Add(new WeightedBallot(new RankedBallot([.. tiers.Select(t => t.ToImmutableArray())]), weight));
        }

        var withdrawn = Enumerable.Range(0, n).Where(i => ((withdrawnMask >> i) & 1) == 1 && i < n - 1).ToList();
        return BallotProfile.Create(names, ballots, withdrawn, title, seats).Value;
    }
}
