using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Summit.Core.Testing;
using Summit.Core.Testing.Timing;
using Summit.Core.Timing;

namespace Summit.Core.Testing.Tests.Timing;

public sealed class TimingGeneratorsTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    public void Timelines_AreAlwaysValid_AndRoundTripThroughCreate() =>
        Check.One(Config, Prop.ForAll(TimingGenerators.Timelines, t => Timeline.Create(t.Milestones).IsSuccess));

    [Fact]
    public void Deadlines_LastMomentIsOneSecondBeforeClose() =>
        Check.One(Config, Prop.ForAll(TimingGenerators.Deadlines, d => d.ClosesAt - d.LastMoment == Duration.FromSeconds(1)));

    [Fact]
    public void Dates_Shrink_TowardsTheOrigin()
    {
        var shrinks = TimingGenerators.Dates.Shrinker(new LocalDate(2030, 6, 1)).ToList();
        Assert.Contains(new LocalDate(2024, 1, 1), shrinks);
        Assert.Empty(TimingGenerators.Dates.Shrinker(new LocalDate(2024, 1, 1)));
    }

    [Fact]
    public void Zones_IncludeAoE_AndAreAllResolvable()
    {
        var zones = TimingGenerators.ZonesArbitrary.Generator.Sample(2000).ToList();
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
}
