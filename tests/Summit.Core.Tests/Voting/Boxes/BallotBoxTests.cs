using NodaTime;
using FluentResults;
using Summit.Core.Voting;
using Summit.Core.Voting.Boxes;

namespace Summit.Core.Tests.Voting.Boxes;

public sealed class BallotBoxTests
{
    private static readonly Instant Opens = Instant.FromUtc(2024, 4, 1, 12, 0);
    private static readonly Instant Closes = Instant.FromUtc(2024, 4, 8, 12, 0);

    private static BallotBox Box(DuplicateBallotPolicy policy = DuplicateBallotPolicy.RejectLater) =>
        BallotBox.Open(["Lockfiles", "Wheel variants", "Metadata 2.5"], ["ann", "bob", "cy"], new Interval(Opens, Closes), policy, new ScoreRange(0, 5)).Value;

    [Fact]
    public void Cast_EveryRefusalReason_KeptWithCodeAndCastEqualsCountedPlusRejected()
    {
        var box = Box()
            .Cast("ann", RankedBallot.FromOrder(0, 1), Opens)
            .Cast("ann", RankedBallot.FromOrder(1), Opens + Duration.FromHours(1))
            .Cast("zed", RankedBallot.FromOrder(0), Opens + Duration.FromHours(1))
            .Cast("bob", RankedBallot.FromOrder(0, 0), Opens + Duration.FromHours(2))
            .Cast("bob", RankedBallot.FromOrder(7), Opens + Duration.FromHours(2))
            .Cast("bob", new ScoreBallot([1, 9, 0]), Opens + Duration.FromHours(2))
            .Cast("cy", RankedBallot.FromOrder(2), Closes)
            .Cast("cy", RankedBallot.FromOrder(2), Opens - Duration.FromSeconds(1))
            .Cast("cy", RankedBallot.FromOrder(2), Closes - Duration.FromSeconds(1));
        var report = box.Report();
        Assert.Equal(9, report.Cast);
        Assert.Equal(2, report.Counted);
        Assert.Equal(report.Cast, report.Counted + report.Rejected.Length);
        Assert.Equal(
            [
                ErrorCodes.Voting.DuplicateBallot, ErrorCodes.Voting.VoterNotEligible, ErrorCodes.Voting.CandidateRankedTwice,
                ErrorCodes.Voting.UnknownCandidate, ErrorCodes.Voting.ScoreOutOfRange, ErrorCodes.Voting.CastTooLate, ErrorCodes.Voting.CastTooEarly,
            ],
            report.Rejected.Select(r => r.Rejection!.Code).ToArray());
        Assert.Equal(2, report.Profile.TotalWeight);
    }

    [Fact]
    public void Cast_LastBallotStandsPolicy_EarlierBallotSuperseded()
    {
        var box = Box(DuplicateBallotPolicy.LastBeforeDeadlineStands)
            .Cast("ann", RankedBallot.FromOrder(0), Opens)
            .Cast("ann", RankedBallot.FromOrder(1), Opens + Duration.FromDays(1))
            .Cast("ann", RankedBallot.FromOrder(2), Closes);
        var report = box.Report();
        Assert.Equal(3, report.Cast);
        Assert.Equal(1, report.Counted);
        Assert.Equal([ErrorCodes.Voting.BallotSuperseded, ErrorCodes.Voting.CastTooLate], report.Rejected.Select(r => r.Rejection!.Code).ToArray());
        Assert.Equal("Wheel variants", TallyMethods.Plurality.Tally(report.Profile, new TallyOptions()).Value.Winners[0]);
    }

    [Fact]
    public void Cast_OriginalBox_Unchanged()
    {
        var empty = Box();
        _ = empty.Cast("ann", RankedBallot.FromOrder(0), Opens);
        Assert.Empty(empty.Ballots);
    }

    [Fact]
    public void Open_DuplicateCandidate_Fails()
    {
        var result = BallotBox.Open(["A", "A"], [], new Interval(Opens, Closes), DuplicateBallotPolicy.RejectLater);
        Assert.Equal(ErrorCodes.Voting.DuplicateCandidate, Assert.Single(result.SummitErrors()).Code);
    }
}
