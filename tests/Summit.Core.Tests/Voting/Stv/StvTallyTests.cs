using System.Collections.Immutable;
using FluentResults;
using Summit.Core.Voting;
using Summit.Core.Voting.Formats;
using Summit.Core.Voting.Stv;

namespace Summit.Core.Tests.Voting.Stv;

public sealed class StvTallyTests
{
    private static BallotProfile Profile(string blt) => BltFormat.Read(blt).Value;

    public static TheoryData<string> Methods() => [ScottishStvMethod.MethodName, MeekStvMethod.MethodName];

    private static ITallyMethod Method(string name) => name == ScottishStvMethod.MethodName ? new ScottishStvMethod() : new MeekStvMethod();

    [Theory]
    [MemberData(nameof(Methods))]
    public void Tally_ZeroSeats_SeatsInvalid(string name)
    {
        var result = Method(name).Tally(Profile("2 1\n1 1 0\n0\nA\nB\n"), new TallyOptions(0));
        Assert.Equal(ErrorCodes.Stv.SeatsInvalid, Assert.Single(result.SummitErrors()).Code);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Tally_MoreSeatsThanContinuingCandidates_TooFewCandidates(string name)
    {
        var result = Method(name).Tally(Profile("3 2\n-3\n1 1 0\n0\nA\nB\nC\n"), new TallyOptions(3));
        Assert.Equal(ErrorCodes.Stv.TooFewCandidates, Assert.Single(result.SummitErrors()).Code);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Tally_ApprovalBallots_BallotKindUnsupported(string name)
    {
        var profile = BallotProfile.Create(["A", "B"], [new WeightedBallot(new ApprovalBallot([0]), 1)]).Value;
        Assert.Equal(ErrorCodes.Stv.BallotKindUnsupported, Assert.Single(Method(name).Tally(profile, new TallyOptions(1)).SummitErrors()).Code);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Tally_OnlyBlankBallots_NoValidBallots(string name)
    {
        Assert.Equal(ErrorCodes.Stv.NoValidBallots, Assert.Single(Method(name).Tally(Profile("2 1\n3 0\n0\nA\nB\n"), new TallyOptions(1)).SummitErrors()).Code);
    }

    [Fact]
    public void ScottishTally_EqualRanks_EqualRanksUnsupported()
    {
        var result = new ScottishStvMethod().Tally(Profile("2 1\n1 1=2 0\n0\nA\nB\n"), new TallyOptions(1));
        Assert.Equal(ErrorCodes.Stv.EqualRanksUnsupported, Assert.Single(result.SummitErrors()).Code);
    }

    [Fact]
    public void MeekTally_EqualRanks_SplitsTheVote()
    {
        var result = new MeekStvMethod().Tally(Profile("3 1\n2 1=2 0\n1 3 0\n0\nA\nB\nC\n"), new TallyOptions(1));
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(1m, result.Value.Rounds[0].Candidates[0].Votes);
        Assert.Equal(1m, result.Value.Rounds[0].Candidates[1].Votes);
    }

    [Fact]
    public void ScottishTally_TieAtEveryStage_DefaultLotExcludesFirstInFileOrderAndRecordsIt()
    {
        var result = new ScottishStvMethod().Tally(Profile("3 1\n2 1 0\n2 2 0\n3 3 0\n0\nA\nB\nC\n"), new TallyOptions(1)).Value;
        var tie = Assert.Single(result.TieBreaks);
        Assert.Equal(StvTies.DefaultStrategy, tie.Strategy);
        Assert.Equal(["A"], result.Rounds[1].Excluded.ToArray());
    }

    [Fact]
    public void ScottishTally_TieBrokenByEarlierStage_PreviousStagesRecorded()
    {
        // Quota 7. A's surplus of 1 (at 0.125) lifts B from 2 to 3, level with C; at stage 1 B had fewer, so B is excluded.
        var result = new ScottishStvMethod().Tally(Profile("4 2\n8 1 2 0\n2 2 0\n3 3 0\n5 4 0\n0\nA\nB\nC\nD\n"), new TallyOptions(2)).Value;
        Assert.Equal("previous-stages", Assert.Single(result.TieBreaks).Strategy);
        Assert.Equal(["B"], result.Rounds[2].Excluded.ToArray());
    }

    [Fact]
    public void ScottishTally_GivenTieBreaker_UsedForTheLot()
    {
        var breaker = new ReverseTieBreaker();
        var result = new ScottishStvMethod().Tally(Profile("3 1\n2 1 0\n2 2 0\n3 3 0\n0\nA\nB\nC\n"), new TallyOptions(1, breaker)).Value;
        Assert.Equal("reverse", Assert.Single(result.TieBreaks).Strategy);
        Assert.Equal(["A"], result.Rounds[1].Excluded.ToArray());
    }

    [Fact]
    public void ScottishTally_BrokenTieBreaker_TieBreakerInvalid()
    {
        var result = new ScottishStvMethod().Tally(Profile("3 1\n2 1 0\n2 2 0\n3 3 0\n0\nA\nB\nC\n"), new TallyOptions(1, new EmptyTieBreaker()));
        Assert.Equal(ErrorCodes.Stv.TieBreakerInvalid, Assert.Single(result.SummitErrors()).Code);
    }

    [Fact]
    public void ScottishTally_Surplus_TransferValueTruncatedToFiveDecimals()
    {
        // 3 seats, 5 ballots: quota 2. A has 3 (surplus 1): each of A's papers goes on at 1/3 -> 0.33333.
        var result = new ScottishStvMethod().Tally(Profile("4 3\n3 1 2 0\n1 3 0\n1 4 0\n0\nA\nB\nC\nD\n"), new TallyOptions(3)).Value;
        var afterSurplus = result.Rounds[1];
        Assert.Equal(0.99999m, afterSurplus.Candidates[1].Votes);
        Assert.Equal(0.00001m, afterSurplus.Residual);
    }

    private sealed class ReverseTieBreaker : ITieBreaker
    {
        public string Name => "reverse";

        public ImmutableArray<int> Order(TieBreakRequest request) => [.. request.Tied.OrderDescending()];
    }

    private sealed class EmptyTieBreaker : ITieBreaker
    {
        public string Name => "empty";

        public ImmutableArray<int> Order(TieBreakRequest request) => [];
    }
}
