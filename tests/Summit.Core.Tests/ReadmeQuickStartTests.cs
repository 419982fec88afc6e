using NodaTime;
using Summit.Core.Summits;
using Summit.Core.Timing;

namespace Summit.Core.Tests;

/// <summary>The README's quick start, kept compiling and true.</summary>
public sealed class ReadmeQuickStartTests
{
    [Fact]
    public void QuickStart_WorksAsTheReadmeSays()
    {
        var closes = Deadline.Parse("2024-04-01 AoE").Value;
        Assert.Equal("2024-04-02T12:00:00Z", closes.ClosesAt.ToString());
        Assert.Equal("2024-04-02T11:59:59Z", closes.LastMoment.ToString());

        var timeline = Timeline.Create([
            Milestone.StartOfDayAnywhereOnEarth(MilestoneKind.RegistrationOpens, new LocalDate(2024, 3, 1)),
            Milestone.AtDeadline(MilestoneKind.RegistrationCloses, closes),
            Milestone.Exact(MilestoneKind.SummitStarts, Instant.FromUtc(2024, 5, 18, 17, 45)),
        ]).Value;

        var intake = SummitIntake.Open(timeline)
            .Submit(new Registration("r1", "Avery", Instant.FromUtc(2024, 4, 2, 12, 0)));
        Assert.Equal("deadline.passed", intake.Rejection?.Code);
        Assert.Single(intake.Intake.Rejected);
    }
}
