using NodaTime;
using FluentResults;
using Summit.Core.Testing.Timing;
using Summit.Core.Timing;

namespace Summit.Core.Tests.Timing;

public sealed class TimelineTests
{
    private static Timeline PyCon2024 => TimelineBuilder.PyConUs2024().Build().Value;

    [Fact]
    public void Create_WindowClosingBeforeItOpens_IsWindowInverted()
    {
        var result = new TimelineBuilder()
            .OpensAoE(MilestoneKind.RegistrationOpens, "2024-04-10")
            .ClosesAoE(MilestoneKind.RegistrationCloses, "2024-04-01")
            .Build();
        Assert.Equal(ErrorCodes.Timing.WindowInverted, Assert.Single(result.SummitErrors()).Code);
    }

    [Fact]
    public void Create_MilestoneAfterSummitStart_IsAfterSummitStart()
    {
        var result = TimelineBuilder.PyConUs2024().ClosesAoE(MilestoneKind.ProposalsClose, "2024-05-20").Build();
        Assert.Contains(result.SummitErrors(), e => e.Code == ErrorCodes.Timing.AfterSummitStart && e.GetMetadataText("milestone") == "ProposalsClose");
    }

    [Fact]
    public void Create_ApproximateAfterSummit_IsAfterSummitStart()
    {
        var result = TimelineBuilder.PyConUs2024().OnOrAbout(MilestoneKind.AgendaPublished, new LocalDate(2024, 5, 25)).Build();
        Assert.Equal(ErrorCodes.Timing.AfterSummitStart, Assert.Single(result.SummitErrors()).Code);
    }

    [Fact]
    public void Create_VotingOpensBeforeProposalsClose_IsCodedError()
    {
        var result = TimelineBuilder.PyConUs2024().OpensAoE(MilestoneKind.VotingOpens, "2024-04-20").ClosesAoE(MilestoneKind.VotingCloses, "2024-05-05").Build();
        Assert.Equal(ErrorCodes.Timing.VotingBeforeProposalsClose, Assert.Single(result.SummitErrors()).Code);
    }

    [Fact]
    public void Create_ReturnsEveryProblem_NotJustTheFirst()
    {
        var result = new TimelineBuilder()
            .OpensAoE(MilestoneKind.RegistrationOpens, "2024-04-10")
            .ClosesAoE(MilestoneKind.RegistrationCloses, "2024-04-01")
            .OpensAoE(MilestoneKind.VotingOpens, "2024-04-02")
            .ClosesAoE(MilestoneKind.VotingCloses, "2024-04-01")
            .ClosesAoE(MilestoneKind.ProposalsClose, "2024-04-05")
            .Build();
        Assert.Equal(3, result.Errors.Count);
    }

    [Fact]
    public void Create_DuplicateKinds_IsCodedError()
    {
        var a = Milestone.Exact(MilestoneKind.RegistrationCloses, Instant.FromUtc(2024, 1, 1, 0, 0));
        Assert.Equal(ErrorCodes.Timing.DuplicateMilestone, Timeline.Create([a, a]).Codes()[0]);
    }

    [Fact]
    public void Create_ProposalsMayCloseBeforeOrAfterRegistration_AndConfirmationsMayPrecedeVotingClose()
    {
        // 2024: proposals closed 30 days after registration; 2020: confirmations before voting closed.
        Assert.True(PyCon2024.Milestones.Length > 0);
        var early = new TimelineBuilder().ClosesAoE(MilestoneKind.RegistrationCloses, "2024-05-01").ClosesAoE(MilestoneKind.ProposalsClose, "2024-04-01").Build();
        Assert.True(early.IsSuccess);
        var overlap = new TimelineBuilder()
            .ClosesAoE(MilestoneKind.ProposalsClose, "2020-03-07")
            .OpensAoE(MilestoneKind.VotingOpens, "2020-03-09")
            .ClosesAoE(MilestoneKind.ConfirmationsSent, "2020-03-15")
            .ClosesAoE(MilestoneKind.VotingCloses, "2020-03-30")
            .Build();
        Assert.True(overlap.IsSuccess);
    }

    [Fact]
    public void PhaseAt_ReportsOpenWindowsNextMilestoneAndTimeLeft()
    {
        var phase = PyCon2024.PhaseAt(Instant.FromUtc(2024, 4, 1, 12, 0));
        Assert.Equal([TimelineWindow.Registration, TimelineWindow.Proposals], phase.OpenWindows.ToArray());
        Assert.Equal(MilestoneKind.RegistrationCloses, phase.Next!.Kind);
        Assert.Equal(Duration.FromDays(1), phase.TimeToNext);
        Assert.False(phase.IsCancelled);
    }

    [Fact]
    public void PhaseAt_ExactlyAtClose_WindowIsClosed()
    {
        var phase = PyCon2024.PhaseAt(Instant.FromUtc(2024, 4, 2, 12, 0));
        Assert.False(phase.IsOpen(TimelineWindow.Registration));
        Assert.True(phase.IsOpen(TimelineWindow.Proposals));
    }

    [Fact]
    public void PhaseAt_DuringSummit_SummitWindowOpen()
    {
        var phase = PyCon2024.PhaseAt(Instant.FromUtc(2024, 5, 18, 18, 0));
        Assert.Equal([TimelineWindow.Summit], phase.OpenWindows.ToArray());
        Assert.Equal(MilestoneKind.SummitEnds, phase.Next!.Kind);
    }

    [Fact]
    public void CancelAt_AbortsLaterMilestones_AndNothingOpensAfterwards()
    {
        var timeline = new TimelineBuilder()
            .OpensAoE(MilestoneKind.RegistrationOpens, "2020-02-17")
            .ClosesAoE(MilestoneKind.RegistrationCloses, "2020-03-07")
            .OpensAoE(MilestoneKind.VotingOpens, "2020-03-09")
            .ClosesAoE(MilestoneKind.VotingCloses, "2020-03-30")
            .Summit(Instant.FromUtc(2020, 4, 16, 13, 30), Instant.FromUtc(2020, 4, 16, 22, 0))
            .Build().Value;
        var cancelAt = Instant.FromUtc(2020, 3, 20, 16, 0);
        var cancelled = timeline.CancelAt(cancelAt, "COVID-19").Value;

        Assert.True(cancelled.PhaseAt(cancelAt - Duration.FromSeconds(1)).IsOpen(TimelineWindow.Voting));
        var after = cancelled.PhaseAt(cancelAt);
        Assert.Empty(after.OpenWindows);
        Assert.Null(after.Next);
        Assert.True(after.IsCancelled);
        Assert.False(cancelled.IsOpen(TimelineWindow.Summit, Instant.FromUtc(2020, 4, 16, 14, 0)));
        Assert.True(cancelled.IsAborted(cancelled.Get(MilestoneKind.VotingCloses)!));
        Assert.False(cancelled.IsAborted(cancelled.Get(MilestoneKind.RegistrationCloses)!));
        Assert.Equal(ErrorCodes.Timing.AlreadyCancelled, cancelled.CancelAt(cancelAt, "again").Codes()[0]);
    }

    [Fact]
    public void RenderIn_GivesDstCorrectOffsets()
    {
        var views = PyCon2024.RenderIn(DateTimeZoneProviders.Tzdb["America/New_York"]);
        var registrationOpens = views.Single(v => v.Milestone.Kind == MilestoneKind.RegistrationOpens);
        var registrationCloses = views.Single(v => v.Milestone.Kind == MilestoneKind.RegistrationCloses);
        Assert.Equal(Offset.FromHours(-5), registrationOpens.At!.Value.Offset);
        Assert.Equal(Offset.FromHours(-4), registrationCloses.At!.Value.Offset);
        Assert.Equal(new LocalDateTime(2024, 4, 2, 7, 59, 59), registrationCloses.LastMoment!.Value.LocalDateTime);
        var approximate = views.Single(v => v.Milestone.Kind == MilestoneKind.ConfirmationsSent);
        Assert.Null(approximate.At);
        Assert.True(approximate.Milestone.IsApproximate);
    }
}
