using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Summit.Core.Testing.Voting;
using Summit.Core.Voting;
using Summit.Core.Voting.Counting;

namespace Summit.Core.Tests.Voting;

public sealed class CountingProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(150);

    private static Arbitrary<(BallotProfile A, BallotProfile B)> Pairs() =>
        Arb.From(
            VotingGenerators.RankedProfile(6, 20).SelectMany(
                a => VotingGenerators.RankedProfile(6, 20).Select(b => Reshape(b, a)),
                (a, b) => (A: a, B: b)),
            p => VotingGenerators.Shrink(p.A).Select(a => (A: a, B: Reshape(p.B, a))));

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

    [Fact]
    public void PairwiseMerge_DisjointProfiles_EqualsCountOfUnion()
    {
        Check.One(Quick, Prop.ForAll(Pairs(), p =>
        {
            var merged = PairwiseCount.Of(p.A).Merge(PairwiseCount.Of(p.B)).Value;
            var union = PairwiseCount.Of(p.A.Merge(p.B).Value);
            return merged.ToMatrix().Values.SequenceEqual(union.ToMatrix().Values) && merged.Ballots == union.Ballots;
        }));
    }

    [Fact]
    public void FirstPreferenceMerge_DisjointProfiles_EqualsCountOfUnion()
    {
        Check.One(Quick, Prop.ForAll(Pairs(), p =>
        {
            var merged = FirstPreferenceCount.Of(p.A).Merge(FirstPreferenceCount.Of(p.B)).Value;
            var union = FirstPreferenceCount.Of(p.A.Merge(p.B).Value);
            return merged.Votes.SequenceEqual(union.Votes) && merged.SetAside == union.SetAside;
        }));
    }

    [Fact]
    public void ProfileMerge_AnyMethod_SameResultAsCountingTheUnionInOneProfile()
    {
        Check.One(Quick, Prop.ForAll(Pairs(), p =>
        {
            var union = BallotProfile.Create(p.A.Candidates, p.A.Ballots.Concat(p.B.Ballots)).Value;
            var merged = p.A.Merge(p.B).Value;
            return TallyMethods.All.Take(8).All(m =>
                Describe(m.Tally(merged, new TallyOptions())) == Describe(m.Tally(union, new TallyOptions())));
        }));
    }

    [Fact]
    public void PairwiseParallel_AnyProfile_EqualsSequential()
    {
        Check.One(Quick, Prop.ForAll(VotingGenerators.RankedProfiles(8, 40), p =>
            PairwiseCount.OfParallel(p, 3).ToMatrix().Values.SequenceEqual(PairwiseCount.Of(p).ToMatrix().Values)));
    }

    [Fact]
    public void PairwiseKernel_AnyProfile_EqualsNaiveCount()
    {
        Check.One(Quick, Prop.ForAll(VotingGenerators.RankedProfiles(11, 30), p =>
        {
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
        }));
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

    [Fact]
    public void OfPositions_ParallelAndSequential_Agree()
    {
        var gen = Gen.ArrayOf(Gen.Choose(0, 4), 5 * 200);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(30), Prop.ForAll(Arb.From(gen), positions =>
        {
            ImmutableArray<string> names = ["a", "b", "c", "d", "e"];
            var one = PairwiseCount.OfPositions(names, positions, 1);
            var two = PairwiseCount.OfPositions(names, positions, 2);
            return one.ToMatrix().Values.SequenceEqual(two.ToMatrix().Values) && one.Ballots == 200;
        }));
    }

    [Fact]
    public void OfPositions_UpTo32Candidates_EqualsProfileCount()
    {
        var gen = Gen.Choose(1, 32).SelectMany(n => Gen.Choose(0, 40).SelectMany(k => Gen.ArrayOf(Gen.Choose(0, 5), n * k)), (n, pos) => (N: n, Positions: pos));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(Arb.From(gen), x =>
        {
            ImmutableArray<string> names = [.. Enumerable.Range(0, x.N).Select(i => "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
            var ballots = Enumerable.Range(0, x.Positions.Length / x.N).Select(b => new WeightedBallot(
                new RankedBallot([.. Enumerable.Range(0, x.N).GroupBy(c => x.Positions[(b * x.N) + c]).OrderBy(g => g.Key).Select(g => g.ToImmutableArray())]), 1));
            var viaProfile = PairwiseCount.Of(BallotProfile.Create(names, ballots).Value);
            var fast = PairwiseCount.OfPositions(names, x.Positions);
            return fast.ToMatrix().Values.SequenceEqual(viaProfile.ToMatrix().Values);
        }));
    }

    private static string Describe(FluentResults.Result<TallyResult> r) =>
        r.IsFailed
            ? string.Join(",", r.Codes())
            : string.Join(",", r.Value.Winners) + "|" + string.Join(">", r.Value.Ranking.Select(t => string.Join("=", t)))
              + "|" + string.Join(";", r.Value.Rounds.SelectMany(x => x.Candidates).Select(c => c.Votes));
}
