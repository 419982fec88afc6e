using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Summit.Core.Testing;
using Summit.Core.Testing.Timing;
using Summit.Core.Timing;

namespace Summit.Core.Testing.Tests.Timing;

public sealed class TimingArbitrariesTests
{
    [Property(Arbitrary = [typeof(TimingArbitraries)], MaxTest = 300)]
    public bool Timelines_AreAlwaysValid_AndRoundTripThroughCreate(Timeline timeline) =>
        Timeline.Create(timeline.Milestones).IsSuccess;

    [SummitProperty(Arbitrary = [typeof(TimingArbitraries)], Runs = 300)]
    public bool Deadlines_LastMomentIsOneSecondBeforeClose(Deadline deadline) =>
        deadline.ClosesAt - deadline.LastMoment == Duration.FromSeconds(1);

    [SummitProperty(Arbitrary = [typeof(TimingArbitraries)], Runs = 200)]
    public bool ShrinkTimeline_GeneratedTimeline_EveryShrinkIsValidAndSimpler(Timeline timeline)
    {
        var hours = Hours(timeline);
        return TimingArbitraries.ShrinkTimeline(timeline).All(s =>
            Timeline.Create(s.Milestones).IsSuccess
            && (s.Milestones.Length < timeline.Milestones.Length || Hours(s) <= hours)
            && !s.Milestones.SequenceEqual(timeline.Milestones));
    }

    [Fact]
    public void ShrinkTimeline_GeneratedTimeline_ReachesTheSimplestShape()
    {
        var timeline = TimingGenerators.Timelines().Sample(50, 20).First(t => t.Get(MilestoneKind.VotingOpens) is not null);

        while (TimingArbitraries.ShrinkTimeline(timeline).FirstOrDefault() is { } smaller)
        {
            timeline = smaller;
        }

        Assert.Null(timeline.Get(MilestoneKind.VotingOpens));
        Assert.Equal(Instant.FromUtc(2024, 1, 1, 13, 45), timeline.Get(MilestoneKind.SummitStarts)!.At);
        Assert.Equal(2, Hours(timeline));
    }

    [Fact]
    public void Dates_Shrink_TowardsTheOrigin()
    {
        var shrinks = TimingArbitraries.Dates.Shrinker(new LocalDate(2030, 6, 1)).ToList();
        Assert.Contains(new LocalDate(2024, 1, 1), shrinks);
        Assert.Empty(TimingArbitraries.Dates.Shrinker(new LocalDate(2024, 1, 1)));
    }

    [Fact]
    public void Zones_IncludeAoE_AndAreAllResolvable()
    {
        var zones = TimingGenerators.Zones().Sample(2000).ToList();
        Assert.All(zones, z => Assert.NotNull(DateTimeZoneProviders.Tzdb.GetZoneOrNull(z.Id)));
        Assert.True(zones.Select(z => z.Id).Distinct().Count() > 100);
    }

    [Fact]
    public void TimelineBuilder_PyConUs2024_BuildsTheRealTimeline()
    {
        var timeline = TimelineBuilder.PyConUs2024().Build().Value;
        Assert.Equal(Instant.FromUtc(2024, 4, 2, 12, 0), timeline.Get(MilestoneKind.RegistrationCloses)!.At);
        Assert.True(timeline.Get(MilestoneKind.ConfirmationsSent)!.IsApproximate);
    }

    [Fact]
    public void TimelineBuilder_InvalidTimeline_ReturnsErrorsNotException()
    {
        var result = new TimelineBuilder().ClosesAoE(MilestoneKind.RegistrationCloses, "2024-04-01").OpensAoE(MilestoneKind.RegistrationOpens, "2024-05-01").Build();
        Assert.True(result.IsFailed);
    }

    [Fact]
    public void SummitBuilder_DefaultsToPyConUs2024()
    {
        var summit = new SummitBuilder().Build();
        Assert.Equal("America/New_York", summit.Zone.Id);
        Assert.Equal(Instant.FromUtc(2024, 5, 18, 17, 45), summit.Intervals().Value[0].Start);
        var twoDays = new SummitBuilder().InZone("America/Denver")
            .OnDay(new LocalDate(2023, 4, 21), new LocalTime(10, 30), new LocalTime(12, 30))
            .OnDay(new LocalDate(2023, 4, 23), new LocalTime(13, 0), new LocalTime(15, 0)).Build();
        Assert.Equal(2, twoDays.Days.Length);
    }

    private static double Hours(Timeline t) => (t.Get(MilestoneKind.SummitEnds)!.At!.Value - t.Get(MilestoneKind.SummitStarts)!.At!.Value).TotalHours;
}
