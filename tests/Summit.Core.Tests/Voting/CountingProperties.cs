using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Summit.Core.Testing.Voting;
using Summit.Core.Voting;
using Summit.Core.Voting.Counting;
using Summit.Core.Voting.Formats;

namespace Summit.Core.Tests.Voting;

public sealed class CountingProperties
{
    /// <summary>Two ranked profiles over the same candidates, so they can merge.</summary>
    public sealed record ProfilePair(BallotProfile A, BallotProfile B)
    {
        public override string ToString() => PreferenceListFormat.Write(A) + "\n---\n" + PreferenceListFormat.Write(B);
    }

    /// <summary>Arbitraries of this class: pairs of profiles (shrinking the first), and larger ranked profiles than the package's default.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<ProfilePair> Pairs { get; } = Arb.From(
            VotingGenerators.RankedProfile(6, 20).SelectMany(
                a => VotingGenerators.RankedProfile(6, 20).Select(b => Reshape(b, a)),
                (a, b) => new ProfilePair(a, b)),
            p => VotingArbitraries.ShrinkProfile(p.A).Select(a => new ProfilePair(a, Reshape(p.B, a))));
    }

    /// <summary>Ranked profiles of up to 8 candidates and 40 ballot groups.</summary>
    public static class Profiles8x40
    {
        public static Arbitrary<RankedBallotProfile> Profiles { get; } = Arb.From(
            VotingGenerators.RankedProfile(8, 40).Select(p => new RankedBallotProfile(p)),
            p => VotingArbitraries.ShrinkProfile(p.Profile).Select(s => new RankedBallotProfile(s)));
    }

    /// <summary>Ranked profiles of up to 11 candidates and 30 ballot groups.</summary>
    public static class Profiles11x30
    {
        public static Arbitrary<RankedBallotProfile> Profiles { get; } = Arb.From(
            VotingGenerators.RankedProfile(11, 30).Select(p => new RankedBallotProfile(p)),
            p => VotingArbitraries.ShrinkProfile(p.Profile).Select(s => new RankedBallotProfile(s)));
    }

    /// <summary>Position arrays: 200 ballots over 5 candidates; and (candidates, positions) pairs of up to 32 candidates.</summary>
    public static class Positions
    {
        public static Arbitrary<int[]> FiveBy200 { get; } = Arb.From(Gen.ArrayOf(Gen.Choose(0, 4), 5 * 200));

        public static Arbitrary<PositionTable> Tables { get; } = Arb.From(
            Gen.Choose(1, 32).SelectMany(n => Gen.Choose(0, 40).SelectMany(k => Gen.ArrayOf(Gen.Choose(0, 5), n * k)), (n, pos) => new PositionTable(n, pos)));
    }

    /// <summary>Ballots as positions: ballot b ranks candidate c at <c>Positions[b * N + c]</c>.</summary>
    public sealed record PositionTable(int N, int[] Positions)
    {
        public override string ToString() => $"{N} candidates: [{string.Join(",", Positions)}]";
    }

    /// <summary>Re-expresses b's ballots over a's candidates (dropping indices a lacks) so the two profiles can merge.</summary>
    private static BallotProfile Reshape(BallotProfile b, BallotProfile a)
    {
        var n = a.Candidates.Length;
        var ballots = b.Ballots.Select(wb => wb with
        {
            Ballot = new RankedBallot([.. ((RankedBallot)wb.Ballot).Ranks.Select(t => t.Where(c => c < n).ToImmutableArray()).Where(t => !t.IsEmpty)]),
        });
        return BallotProfile.Create(a.Candidates, ballots).Value;
    }

    [SummitProperty(Arbitrary = [typeof(Arbitraries)], Runs = 150)]
    public bool PairwiseMerge_DisjointProfiles_EqualsCountOfUnion(ProfilePair p)
    {
        var merged = PairwiseCount.Of(p.A).Merge(PairwiseCount.Of(p.B)).Value;
        var union = PairwiseCount.Of(p.A.Merge(p.B).Value);
        return merged.ToMatrix().Values.SequenceEqual(union.ToMatrix().Values) && merged.Ballots == union.Ballots;
    }

    [SummitProperty(Arbitrary = [typeof(Arbitraries)], Runs = 150)]
    public bool FirstPreferenceMerge_DisjointProfiles_EqualsCountOfUnion(ProfilePair p)
    {
        var merged = FirstPreferenceCount.Of(p.A).Merge(FirstPreferenceCount.Of(p.B)).Value;
        var union = FirstPreferenceCount.Of(p.A.Merge(p.B).Value);
        return merged.Votes.SequenceEqual(union.Votes) && merged.SetAside == union.SetAside;
    }

    [SummitProperty(Arbitrary = [typeof(Arbitraries)], Runs = 150)]
    public bool ProfileMerge_AnyMethod_SameResultAsCountingTheUnionInOneProfile(ProfilePair p)
    {
        var union = BallotProfile.Create(p.A.Candidates, p.A.Ballots.Concat(p.B.Ballots)).Value;
        var merged = p.A.Merge(p.B).Value;
        return TallyMethods.All.Take(8).All(m =>
            Describe(m.Tally(merged, new TallyOptions())) == Describe(m.Tally(union, new TallyOptions())));
    }

    [SummitProperty(Arbitrary = [typeof(Profiles8x40)], Runs = 150)]
    public bool PairwiseParallel_AnyProfile_EqualsSequential(RankedBallotProfile ranked) =>
        PairwiseCount.OfParallel(ranked.Profile, 3).ToMatrix().Values.SequenceEqual(PairwiseCount.Of(ranked.Profile).ToMatrix().Values);

    [SummitProperty(Arbitrary = [typeof(Profiles11x30)], Runs = 150)]
    public bool PairwiseKernel_AnyProfile_EqualsNaiveCount(RankedBallotProfile ranked)
    {
        var p = ranked.Profile;
        var n = p.Candidates.Length;
        var naive = new long[n, n];
        foreach (var wb in p.Ballots)
        {
            var pos = new int[n];
            Array.Fill(pos, int.MaxValue);
            var ranks = ((RankedBallot)wb.Ballot).Ranks;
            for (var t = 0; t < ranks.Length; t++)
            {
                foreach (var c in ranks[t])
                {
                    pos[c] = t;
                }
            }

            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    naive[i, j] += pos[i] < pos[j] ? wb.Weight : 0;
                }
            }
        }

        var fast = PairwiseCount.Of(p);
        return Enumerable.Range(0, n * n).All(k => fast[k / n, k % n] == naive[k / n, k % n]);
    }

    [Fact]
    public void PairwiseKernel_WeightsBeyondThirtyTwoBits_CountedExactly()
    {
        var profile = BallotProfile.Create(
            ["A", "B", "C"],
            [
                new WeightedBallot(RankedBallot.FromOrder(0, 1, 2), 3_000_000_000),
                new WeightedBallot(RankedBallot.FromOrder(1, 0), 1_500_000_000),
                new WeightedBallot(RankedBallot.FromOrder(2), 1_200_000_000),
                new WeightedBallot(RankedBallot.FromOrder(2, 1), 1_100_000_000),
            ]).Value;
        var count = PairwiseCount.Of(profile);
        Assert.Equal(3_000_000_000L, count[0, 1]);
        Assert.Equal(2_600_000_000L, count[1, 0]);
        Assert.Equal(4_500_000_000L, count[0, 2]);
        Assert.Equal(2_300_000_000L, count[2, 0]);
        Assert.Equal(4_500_000_000L, count[1, 2]);
        Assert.Equal(2_300_000_000L, count[2, 1]);
    }

    [SummitProperty(Arbitrary = [typeof(Positions)], Runs = 30)]
    public bool OfPositions_ParallelAndSequential_Agree(int[] positions)
    {
        ImmutableArray<string> names = ["a", "b", "c", "d", "e"];
        var one = PairwiseCount.OfPositions(names, positions, 1);
        var two = PairwiseCount.OfPositions(names, positions, 2);
        return one.ToMatrix().Values.SequenceEqual(two.ToMatrix().Values) && one.Ballots == 200;
    }

    [SummitProperty(Arbitrary = [typeof(Positions)], Runs = 150)]
    public bool OfPositions_UpTo32Candidates_EqualsProfileCount(PositionTable x)
    {
        ImmutableArray<string> names = [.. Enumerable.Range(0, x.N).Select(i => "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        var ballots = Enumerable.Range(0, x.Positions.Length / x.N).Select(b => new WeightedBallot(
            new RankedBallot([.. Enumerable.Range(0, x.N).GroupBy(c => x.Positions[(b * x.N) + c]).OrderBy(g => g.Key).Select(g => g.ToImmutableArray())]), 1));
        var viaProfile = PairwiseCount.Of(BallotProfile.Create(names, ballots).Value);
        var fast = PairwiseCount.OfPositions(names, x.Positions);
        return fast.ToMatrix().Values.SequenceEqual(viaProfile.ToMatrix().Values);
    }

    private static string Describe(FluentResults.Result<TallyResult> r) =>
        r.IsFailed
            ? string.Join(",", r.Codes())
            : string.Join(",", r.Value.Winners) + "|" + string.Join(">", r.Value.Ranking.Select(t => string.Join("=", t)))
              + "|" + string.Join(";", r.Value.Rounds.SelectMany(x => x.Candidates).Select(c => c.Votes));
}
