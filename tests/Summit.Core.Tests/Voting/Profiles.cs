using Summit.Core.Voting;

namespace Summit.Core.Tests.Voting;

/// <summary>Builds small profiles for tests.</summary>
internal static class Profiles
{
    /// <summary>Each ballot is a weight and a string of one-letter candidate names, best first ("ACBED").</summary>
    public static BallotProfile Letters(string candidates, params (long Weight, string Order)[] ballots) =>
        BallotProfile.Create(
            candidates.Select(c => c.ToString()),
            ballots.Select(b => new WeightedBallot(RankedBallot.FromOrder([.. b.Order.Select(ch => candidates.IndexOf(ch, StringComparison.Ordinal))]), b.Weight))).Value;

    public static string[] Flat(TallyResult result) => [.. result.Ranking.SelectMany(t => t)];
}
