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

    [Fact]
    public void ScottishTally_NoStageSinglesOutTheLowest_LotDrawnBetweenAllTiedCandidates()
    {
        // Issue 12, bug 1. 2 seats, 12 valid papers: quota = floor(12 / 3) + 1 = 5.
        //   Stage 1 (first preferences): A 4, B 3, C 3, D 2. Nobody has 5, no surplus: exclude the lowest, D (alone).
        //   Stage 2: D's papers D > B and D > C go on at value 1: A 4, B 4, C 4. A, B, C are tied lowest.
        //   Rule 51(2): looking back, stage 1 is the only earlier stage; there B and C share the fewest votes (3), so
        //   no single candidate is "the candidate with the lowest number of votes at that stage": no stage decides.
        //   Lot between all three tied now, A, B, C (droop 0.14); the default lot takes the first in file order: A.
        //   Stage 3: A's 4 papers A > B go to B: B 8, C 4. Two continuing candidates for two seats: rule 52 elects
        //   B (8) and C (4), most votes first. (The old count drew only between B and C and elected [C, A].)
        var result = new ScottishStvMethod().Tally(Profile("4 2\n4 1 2 0\n3 2 3 0\n3 3 0\n1 4 2 0\n1 4 3 0\n0\nA\nB\nC\nD\n"), new TallyOptions(2));
        Assert.True(result.IsSuccess, result.ToString());
        var tally = result.Value;
        Assert.Equal(["B", "C"], tally.Winners.ToArray());
        Assert.Equal(["D"], tally.Rounds[1].Excluded.ToArray());
        Assert.Equal(["A"], tally.Rounds[2].Excluded.ToArray());
        var tie = Assert.Single(tally.TieBreaks);
        Assert.Equal(StvTies.DefaultStrategy, tie.Strategy);
        Assert.Equal(["A", "B", "C"], tie.Tied.ToArray());
        Assert.Equal(["B", "C", "A"], tie.Order.ToArray());
        Assert.DoesNotContain("every earlier stage", tie.Explanation, StringComparison.Ordinal);
        Assert.Contains("at no earlier stage", tie.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ScottishTally_OlderStageSinglesOutTheLowest_ThatStageDecides()
    {
        // 1 seat, 15 papers: quota = floor(15 / 2) + 1 = 8; nobody ever reaches it.
        //   Stage 1: A 5, B 4, C 3, E 2, D 1. D (alone lowest) is excluded: D > C, C 4.
        //   Stage 2: A 5, B 4, C 4, E 2. E is excluded: E > B and E > C, B 5, C 5.
        //   Stage 3: A = B = C = 5. Stage 2 does not decide (B and C share the fewest, 4); stage 1 does: C alone had
        //   the fewest (3), so C is excluded; C's papers have no further preference.
        //   Stage 4: A = B = 5. Stage 3 equal; stage 2: B (4) alone has the fewest, so B is excluded; A is elected.
        var result = new ScottishStvMethod().Tally(Profile("5 1\n5 1 0\n4 2 0\n3 3 0\n1 5 2 0\n1 5 3 0\n1 4 3 0\n0\nA\nB\nC\nD\nE\n"), new TallyOptions(1)).Value;
        Assert.Equal(["A"], result.Winners.ToArray());
        Assert.Equal(["C"], result.Rounds[3].Excluded.ToArray());
        Assert.Equal(["B"], result.Rounds[4].Excluded.ToArray());
        Assert.All(result.TieBreaks, t => Assert.Equal("previous-stages", t.Strategy));
        Assert.Equal(["A", "B", "C"], result.TieBreaks[0].Tied.ToArray());
        Assert.Contains("stage 1 ", result.TieBreaks[0].Explanation, StringComparison.Ordinal);
        Assert.Contains("stage 2 ", result.TieBreaks[1].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ScottishTally_TiedAtEveryStage_LotRecordSaysSo()
    {
        var result = new ScottishStvMethod().Tally(Profile("3 1\n2 1 0\n2 2 0\n3 3 0\n0\nA\nB\nC\n"), new TallyOptions(1)).Value;
        Assert.Contains("equal at every earlier stage", Assert.Single(result.TieBreaks).Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Tally_BallotsNamingOnlyWithdrawnCandidates_AreBlank(string name)
    {
        // Issue 12, bug 2. D is withdrawn; deleting D from every ballot leaves 6 blank papers, 4: A > B and 1: C > B.
        // Valid papers: 5 (not 11).
        // Scottish: quota = floor(5 / 3) + 1 = 2. Stage 1: A 4, B 0, C 1; A elected with a surplus of 2. Stage 2: A's 4
        //   papers go on at 1 × 2 / 4 = 0.5 each, all to B: B 2.00000 = quota, elected. Elected [A, B].
        // Meek: quota = 5 / 3 = 1.666…; A (4) is elected; A's keep factor falls to 1.666… / 4, so B receives
        //   4 − 1.666… = 2.333… > quota and is elected next. Elected [A, B].
        // droop (both rules) agrees: 5 ballots, elects A then B. (The old count had 11 valid papers and elected [A, C].)
        var result = Method(name).Tally(Profile("4 2\n-4\n6 4 0\n4 1 4 2 0\n1 3 4 2 0\n0\nA\nB\nC\nD\n"), new TallyOptions(2));
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(5, result.Value.ValidBallots);
        Assert.Equal(["A", "B"], result.Value.Winners.ToArray());
        Assert.Equal(0m, result.Value.Rounds[0].Exhausted);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Tally_OnlyWithdrawnCandidatesRanked_NoValidBallots(string name)
    {
        var result = Method(name).Tally(Profile("3 1\n-3\n4 3 0\n0\nA\nB\nC\n"), new TallyOptions(1));
        Assert.Equal(ErrorCodes.Stv.NoValidBallots, Assert.Single(result.SummitErrors()).Code);
    }

    [Fact]
    public void MeekTally_WithdrawnCandidateAheadOfEqualRanks_VoteGoesToTheEqualRank()
    {
        // Issue 12, bug 3. E is withdrawn; deleting it leaves 2: D > A > B and 3: C = D > B. 2 seats, 5 valid papers.
        //   First preferences: the equal rank C = D splits 3 papers 1.5 / 1.5: D 2 + 1.5 = 3.5, C 1.5, A 0, B 0.
        //   Quota = 5 / 3 = 1.666…: D is elected. Iterating, D keeps k of each vote with 3.5 k = 5 / 3, k = 10 / 21;
        //   D > A > B passes 2 × 11 / 21 = 1.047619… to A, C = D > B passes D's half on: 1.5 × 11 / 21 = 0.785714… to B.
        //   C 1.5, A 1.047619…, B 0.785714…; the surplus falls below omega with nobody above the quota: B, the
        //   lowest, is excluded. B's 0.785714… is exhausted, so the quota falls to (5 − 0.785714…) / 3 = 1.404761…,
        //   and C (1.5) is elected. Elected [D, C], as droop, and as Summit without E on the ballots at all.
        //   (The old count exhausted the three E > C = D > B papers at once and elected [D, A].)
        var withdrawn = new MeekStvMethod().Tally(Profile("5 2\n-5\n2 4 5 1 2 0\n3 5 3=4 2 0\n0\nA\nB\nC\nD\nE\n"), new TallyOptions(2));
        var deleted = new MeekStvMethod().Tally(Profile("4 2\n2 4 1 2 0\n3 3=4 2 0\n0\nA\nB\nC\nD\n"), new TallyOptions(2));
        Assert.True(withdrawn.IsSuccess, withdrawn.ToString());
        Assert.Equal(["D", "C"], withdrawn.Value.Winners.ToArray());
        Assert.Equal(["D", "C"], deleted.Value.Winners.ToArray());
        Assert.Equal(1.5m, withdrawn.Value.Rounds[0].Candidates[2].Votes);
        Assert.Equal(3.5m, withdrawn.Value.Rounds[0].Candidates[3].Votes);
        Assert.Equal(1.404761904761904762m, withdrawn.Value.Rounds[^1].Quota);
    }

    [Fact]
    public void ScottishTally_EqualRankWithAWithdrawnCandidate_IsAnOrdinaryRank()
    {
        // C is withdrawn, so the rank A = C is just A once C is deleted: the ballot is accepted and counts for A.
        var result = new ScottishStvMethod().Tally(Profile("3 1\n-3\n2 1=3 0\n1 2 0\n0\nA\nB\nC\n"), new TallyOptions(1));
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(["A"], result.Value.Winners.ToArray());
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
