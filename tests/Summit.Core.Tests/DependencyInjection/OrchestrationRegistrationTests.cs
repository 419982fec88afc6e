using Summit.Core.Summits.File;
using NodaTime.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Summit.Core.Planning;
using Summit.Core.Summits;
using Summit.Core.Tests.Summits;
using Summit.Core.Timing;

namespace Summit.Core.Tests.DependencyInjection;

public sealed class OrchestrationRegistrationTests
{
    private static readonly Instant At = Instant.FromUtc(2024, 4, 1, 12, 0);

    private static SummitDocument Document() => SummitFile.Read(SummitFileTests.Example("pycon-us-2024")).Value;

    [Fact]
    public void Planner_Default_PlansAtTheContainersClock()
    {
        using var provider = new ServiceCollection().AddSingleton<IClock>(new FakeClock(At)).AddSummitCore().BuildServiceProvider();
        var document = Document();

        var plan = provider.GetRequiredService<ISummitPlanner>().Plan(document);

        Assert.Equal(At, plan.At);
        Assert.Equal(SummitPlanner.Plan(document, At).Phase.Next, plan.Phase.Next);
        Assert.Equal(Instant.FromUtc(2023, 1, 1, 0, 0), provider.GetRequiredService<ISummitPlanner>().Plan(document, Instant.FromUtc(2023, 1, 1, 0, 0)).At);
    }

    [Fact]
    public void Planner_MockRegistered_ReplacesTheDefault()
    {
        var mock = new RecordingPlanner();
        using var provider = new ServiceCollection().AddSingleton<ISummitPlanner>(mock).AddSummitCore().BuildServiceProvider();
        var document = Document();

        provider.GetRequiredService<ISummitPlanner>().Plan(document);

        Assert.Same(mock, provider.GetRequiredService<ISummitPlanner>());
        Assert.Same(document, Assert.Single(mock.Planned));
    }

    [Fact]
    public void IntakeFactory_DefaultGrace_AcceptsWithinGraceWhereTheStaticIntakeRefuses()
    {
        var closes = Deadline.EndOfDayAnywhereOnEarth(new LocalDate(2024, 3, 1));
        var timeline = Timeline.Create([Milestone.AtDeadline(MilestoneKind.RegistrationCloses, closes)]).Value;
        var late = new Registration("r1", "Late", closes.ClosesAt + Duration.FromMinutes(10));
        using var provider = new ServiceCollection().AddSummitCore(o => o.DefaultGracePeriod = Duration.FromMinutes(15)).BuildServiceProvider();

        var intake = provider.GetRequiredService<ISummitIntakeFactory>().Open(timeline);

        Assert.True(intake.Submit(late).IsAccepted);
        Assert.Equal(Duration.FromMinutes(15), intake.RegistrationPolicy!.Grace);
        Assert.False(SummitIntake.Open(timeline).Submit(late).IsAccepted);
        Assert.False(intake.Submit(late with { SubmittedAt = closes.ClosesAt + Duration.FromMinutes(15) }).IsAccepted);
    }

    [Fact]
    public void IntakeFactory_NoGrace_SameAsTheStaticIntake()
    {
        var timeline = Timeline.Create([Milestone.Exact(MilestoneKind.ProposalsClose, At)]).Value;
        using var provider = new ServiceCollection().AddSummitCore().BuildServiceProvider();

        var intake = provider.GetRequiredService<ISummitIntakeFactory>().Open(timeline);

        Assert.Null(intake.RegistrationPolicy);
        Assert.Null(intake.ProposalPolicy);
    }

    [Fact]
    public void IntakeFactory_ExactClosingMilestone_GraceCountsFromThatInstant()
    {
        var timeline = Timeline.Create([Milestone.Exact(MilestoneKind.RegistrationCloses, At)]).Value;
        using var provider = new ServiceCollection().AddSummitCore(o => o.DefaultGracePeriod = Duration.FromMinutes(5)).BuildServiceProvider();

        var intake = provider.GetRequiredService<ISummitIntakeFactory>().Open(timeline);

        Assert.Equal(At, intake.RegistrationPolicy!.Deadline.ClosesAt);
        Assert.True(intake.Submit(new Registration("r1", "Late", At + Duration.FromMinutes(4))).IsAccepted);
        Assert.Null(intake.ProposalPolicy);
    }

    private sealed class RecordingPlanner : ISummitPlanner
    {
        public List<SummitDocument> Planned { get; } = [];

        public SummitPlan Plan(SummitDocument document, Instant at)
        {
            Planned.Add(document);
            return SummitPlanner.Plan(document, at);
        }

        public SummitPlan Plan(SummitDocument document) => Plan(document, At);
    }
}
