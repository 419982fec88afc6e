using FluentResults;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using Summit.Core;
using Summit.Core.Testing;
using Summit.Core.Testing.Timing;
using Summit.Core.Testing.Voting;
using Summit.Core.Timing;
using Summit.Core.Voting;
using Xunit;

namespace PackageConsumer;

public sealed class ConsumerTests
{
    [Fact]
    public void DeadlineParse_ImpossibleDate_IsACodedFluentResultsError()
    {
        Result<Deadline> r = Deadline.Parse("2024-02-30");
        Assert.True(r.IsFailed);
        Assert.True(r.HasError<SummitError>(e => e.Code == "deadline.invalid"));
        Assert.Equal("deadline.invalid", r.Errors[0].Metadata["code"]);
    }

    [Fact]
    public void DeadlineParse_Aoe_ClosesAtNoonUtcTheNextDay()
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 4, 1, 0, 0));
        var closes = Deadline.Parse("2024-04-01 AoE").Value;
        Assert.Equal(Instant.FromUtc(2024, 4, 2, 12, 0), closes.ClosesAt);
        Assert.True(clock.GetCurrentInstant() < closes.ClosesAt);
    }

    [Property(Arbitrary = [typeof(TimingArbitraries)])]
    public bool AnyDeadline_LastMomentIsBeforeItCloses(Deadline deadline) => deadline.LastMoment < deadline.ClosesAt;

    [Property(Arbitrary = [typeof(VotingArbitraries)])]
    public bool AnyRankedProfile_SchulzeElectsOneOfItsCandidates(RankedBallotProfile profile)
    {
        var result = TallyMethods.Schulze.Tally(profile.Profile, new TallyOptions());
        return result.IsFailed ? result.Codes().Count > 0 : profile.Profile.Candidates.Contains(result.Value.Winners[0]);
    }
}
