using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Summit.Core.Voting;

namespace Summit.Core.Testing.Voting;

/// <summary>FsCheck generators for ballots and ballot profiles.</summary>
/// <remarks>
/// <para>Candidates are named <c>C0</c>, <c>C1</c>, .... Ranked ballots may tie and truncate; weights are small positive
/// numbers.</para>
/// <para>Naming rule of this package: a <c>…Generators</c> class has static methods that return a <see cref="Gen{T}"/>
/// (no shrinking; pass sizes, compose freely); the matching <c>…Arbitraries</c> class (<see cref="VotingArbitraries"/>)
/// has static properties that return an <see cref="Arbitrary{T}"/>, built from these generators plus a shrinker, ready
/// for <c>[Property(Arbitrary = [typeof(VotingArbitraries)])]</c>. To shrink a profile of your own size, pair a
/// generator with the public shrinker: <c>Arb.From(VotingGenerators.RankedProfile(8, 40), VotingArbitraries.ShrinkProfile)</c>.</para>
/// </remarks>
public static class VotingGenerators
{
    /// <summary>Generates a ranked ballot over <paramref name="candidates"/> candidates, with ties and truncation.</summary>
    /// <param name="candidates">The number of candidates; at least 1.</param>
    /// <param name="allowTies">Whether tiers may hold several candidates.</param>
    /// <param name="allowTruncation">Whether the ballot may leave candidates unranked.</param>
    /// <returns>The generator.</returns>
    public static Gen<RankedBallot> RankedBallot(int candidates, bool allowTies = true, bool allowTruncation = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(candidates, 1);
        var order = Gen.Shuffle(Enumerable.Range(0, candidates));
        var listed = allowTruncation ? Gen.Choose(0, candidates) : Gen.Constant(candidates);
        var cuts = Gen.ArrayOf(Gen.Elements(true, false, false), candidates);
        return order.SelectMany(o => listed, (o, k) => (o, k)).SelectMany(x => cuts, (x, tie) =>
        {
            var tiers = ImmutableArray.CreateBuilder<EquatableArray<int>>();
            var current = new List<int>();
            for (var p = 0; p < x.k; p++)
            {
                if (current.Count > 0 && !(allowTies && tie[p]))
                {
                    tiers.Add([.. current]);
                    current.Clear();
                }

                current.Add(x.o[p]);
            }

            if (current.Count > 0)
            {
                tiers.Add([.. current]);
            }

            return new RankedBallot(tiers.ToImmutable());
        });
    }

    /// <summary>Generates profiles of ranked ballots (ties and truncation allowed unless switched off).</summary>
    /// <param name="maxCandidates">The most candidates; at least 1.</param>
    /// <param name="maxGroups">The most distinct ballot lines before grouping.</param>
    /// <param name="allowTies">Whether ballots may rank candidates equal.</param>
    /// <param name="allowTruncation">Whether ballots may leave candidates unranked.</param>
    /// <returns>The generator.</returns>
    public static Gen<BallotProfile> RankedProfile(int maxCandidates = 6, int maxGroups = 25, bool allowTies = true, bool allowTruncation = true) =>
        Gen.Choose(1, maxCandidates).SelectMany(n =>
            Gen.Choose(0, maxGroups)
                .SelectMany(k => Gen.ArrayOf(Gen.Zip(RankedBallot(n, allowTies, allowTruncation), Gen.Choose(1, 9)), k))
                .Select(lines => Build(n, lines.Select(l => new WeightedBallot(l.Item1, l.Item2)))));

    /// <summary>Generates profiles of approval ballots.</summary>
    /// <param name="maxCandidates">The most candidates; at least 1.</param>
    /// <param name="maxGroups">The most ballot lines.</param>
    /// <returns>The generator.</returns>
    public static Gen<BallotProfile> ApprovalProfile(int maxCandidates = 6, int maxGroups = 25) =>
        Gen.Choose(1, maxCandidates).SelectMany(n =>
            Gen.Choose(0, maxGroups).SelectMany(k => Gen.ArrayOf(
                Gen.Zip(Gen.SubListOf(Enumerable.Range(0, n)).Select(s => (Ballot)new ApprovalBallot([.. s])), Gen.Choose(1, 9)), k))
            .Select(lines => Build(n, lines.Select(l => new WeightedBallot(l.Item1, l.Item2)))));

    /// <summary>Generates profiles of score ballots with scores in 0..<paramref name="maxScore"/>.</summary>
    /// <param name="maxCandidates">The most candidates; at least 1.</param>
    /// <param name="maxGroups">The most ballot lines.</param>
    /// <param name="maxScore">The highest score.</param>
    /// <returns>The generator.</returns>
    public static Gen<BallotProfile> ScoreProfile(int maxCandidates = 6, int maxGroups = 25, int maxScore = 5) =>
        Gen.Choose(1, maxCandidates).SelectMany(n =>
            Gen.Choose(0, maxGroups).SelectMany(k => Gen.ArrayOf(
                Gen.Zip(Gen.ArrayOf(Gen.Choose(0, maxScore), n).Select(s => (Ballot)new ScoreBallot([.. s])), Gen.Choose(1, 9)), k))
            .Select(lines => Build(n, lines.Select(l => new WeightedBallot(l.Item1, l.Item2)))));

    private static BallotProfile Build(int n, IEnumerable<WeightedBallot> ballots) =>
        BallotProfile.Create(Enumerable.Range(0, n).Select(i => "C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), ballots).Value;
}
