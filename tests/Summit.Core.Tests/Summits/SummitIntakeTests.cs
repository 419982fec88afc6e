using NodaTime;
using FluentResults;
using Summit.Core.Summits;
using Summit.Core.Testing.Timing;
using Summit.Core.Timing;

namespace Summit.Core.Tests.Summits;

public sealed class SummitIntakeTests
{
    private static readonly Timeline Timeline = TimelineBuilder.PyConUs2024().Build().Value;

    private static Registration Reg(string id, Instant at) => new(id, "Person " + id, at);

    [Fact]
    public void Submit_OnTime_IsAccepted()
    {
        var decision = SummitIntake.Open(Timeline).Submit(Reg("a", Instant.FromUtc(2024, 4, 2, 11, 59, 59)));
        Assert.True(decision.IsAccepted);
        Assert.Single(decision.Intake.Registrations);
    }

    [Fact]
    public void Submit_AtExclusiveEnd_IsRefusedAsLate_AndKept()
    {
        var decision = SummitIntake.Open(Timeline).Submit(Reg("a", Instant.FromUtc(2024, 4, 2, 12, 0)));
        Assert.False(decision.IsAccepted);
        Assert.Equal(ErrorCodes.Timing.DeadlinePassed, decision.Rejection!.Code);
        var rejected = Assert.Single(decision.Intake.Rejected);
        Assert.Equal("a", rejected.Id);
        Assert.Equal(SubmissionKind.Registration, rejected.Kind);
        Assert.Empty(decision.Intake.Registrations);
    }

    [Fact]
    public void Submit_BeforeWindowOpens_IsRefused() =>
        Assert.Equal(ErrorCodes.Summits.WindowNotOpen, SummitIntake.Open(Timeline).Submit(Reg("a", Instant.FromUtc(2024, 2, 1, 0, 0))).Rejection!.Code);

    [Fact]
    public void Submit_Duplicate_UnderRefuse_IsRefusedAndKept()
    {
        var at = Instant.FromUtc(2024, 3, 10, 0, 0);
        var intake = SummitIntake.Open(Timeline).WithResubmissions(ResubmissionPolicy.Refuse).Submit(Reg("a", at)).Intake;
        var second = intake.Submit(Reg("a", at + Duration.FromHours(1)));
        Assert.Equal(ErrorCodes.Summits.DuplicateSubmission, second.Rejection!.Code);
        Assert.Single(second.Intake.Registrations);
        Assert.Single(second.Intake.Rejected);
    }

    [Fact]
    public void Submit_Proposal_UsesProposalWindow_NotRegistrationWindow()
    {
        // 2024: proposals stayed open for a month after registration closed.
        var proposal = new TopicProposal("t1", "Lock files", Instant.FromUtc(2024, 4, 20, 0, 0)) { Proposers = ["Devon"] };
        Assert.True(SummitIntake.Open(Timeline).Submit(proposal).IsAccepted);
    }

    [Fact]
    public void Submit_WithPolicy_GraceAndExtensionApply()
    {
        var policy = DeadlinePolicy.For(Deadline.Parse("2024-04-01 AoE").Value).WithGrace(Duration.FromMinutes(15)).Value
            .WithExtension(new DeadlineExtension("late-ok", Instant.FromUtc(2024, 4, 5, 0, 0), "Pradyun", "flight")).Value;
        var intake = SummitIntake.Open(Timeline, registrationPolicy: policy);
        Assert.True(intake.Submit(Reg("a", Instant.FromUtc(2024, 4, 2, 12, 10))).IsAccepted);
        Assert.False(intake.Submit(Reg("b", Instant.FromUtc(2024, 4, 2, 12, 15))).IsAccepted);
        Assert.True(intake.Submit(Reg("late-ok", Instant.FromUtc(2024, 4, 4, 0, 0))).IsAccepted);
    }

    [Fact]
    public void Submit_AfterCancellation_IsRefused()
    {
        var cancelled = Timeline.CancelAt(Instant.FromUtc(2024, 3, 20, 0, 0), "venue flooded").Value;
        var decision = SummitIntake.Open(cancelled).Submit(Reg("a", Instant.FromUtc(2024, 3, 21, 0, 0)));
        Assert.Equal(ErrorCodes.Summits.SummitCancelled, decision.Rejection!.Code);
    }

    [Fact]
    public void SubmitAll_CountsEverySubmission_AcceptedPlusRejected()
    {
        var regs = Enumerable.Range(0, 30).Select(i => Reg("r" + (i % 20), Instant.FromUtc(2024, 3, 1, 0, 0) + Duration.FromDays(i * 1.5))).ToList();
        var intake = SummitIntake.Open(Timeline).SubmitAll(regs, []);
        Assert.Equal(30, intake.Registrations.Length + intake.Rejected.Length + intake.Superseded.Length);
    }

    [Fact]
    public void Submit_OnTimeResubmission_ReplacesTheEarlierOne_WhichIsKeptAsSuperseded()
    {
        var at = Instant.FromUtc(2024, 3, 10, 0, 0);
        var intake = SummitIntake.Open(Timeline).Submit(Reg("a", at) with { Name = "First answers" }).Intake;
        var second = intake.Submit(Reg("a", at + Duration.FromHours(1)) with { Name = "Second answers" });
        Assert.True(second.IsAccepted);
        Assert.Equal("Second answers", Assert.Single(second.Intake.Registrations).Name);
        var superseded = Assert.Single(second.Intake.Superseded);
        Assert.Equal(("a", at), (superseded.Id, superseded.SubmittedAt));
    }

    [Fact]
    public void Submit_ResubmissionWithTheSameEmail_ReplacesTheEarlierOne()
    {
        var at = Instant.FromUtc(2024, 3, 10, 0, 0);
        var intake = SummitIntake.Open(Timeline).Submit(Reg("row-1", at) with { Email = "p@example.org" }).Intake;
        var second = intake.Submit(Reg("row-9", at + Duration.FromDays(1)) with { Email = "p@example.org" });
        Assert.Equal("row-9", Assert.Single(second.Intake.Registrations).Id);
        Assert.Equal("row-1", Assert.Single(second.Intake.Superseded).Id);
    }

    [Fact]
    public void Submit_LateResubmission_IsRefusedAsLate_AndTheEarlierOneStands()
    {
        var at = Instant.FromUtc(2024, 3, 10, 0, 0);
        var intake = SummitIntake.Open(Timeline).Submit(Reg("a", at)).Intake;
        var late = intake.Submit(Reg("a", Instant.FromUtc(2024, 6, 1, 0, 0)));
        Assert.Equal(ErrorCodes.Timing.DeadlinePassed, late.Rejection!.Code);
        Assert.Equal(at, Assert.Single(late.Intake.Registrations).SubmittedAt);
        Assert.Empty(late.Intake.Superseded);
    }

    [Fact]
    public void SubmitAll_TwentyThousandRegistrations_SameResultAsOneByOne()
    {
        // Issue 12: SubmitAll was quadratic (20,000 registrations took 4 s); it now uses builders and a hash set.
        var start = Instant.FromUtc(2024, 2, 29, 0, 0);
        var regs = Enumerable.Range(0, 20_000)
            .Select(i => Reg(i % 5 == 0 && i > 100 ? "r" + (i - 100) : "r" + i, start + Duration.FromMinutes(i * 3)))
            .ToList();
        var proposals = Enumerable.Range(0, 50)
            .Select(i => new TopicProposal("t" + (i % 40), "Topic " + i, Instant.FromUtc(2024, 3, 2, 0, 0) + Duration.FromHours(i)) { Proposers = ["r" + i] })
            .ToList();
        var seeded = SummitIntake.Open(Timeline).WithResubmissions(ResubmissionPolicy.Refuse).Submit(Reg("r7", Instant.FromUtc(2024, 3, 2, 0, 0))).Intake;

        var all = seeded.SubmitAll(regs, proposals);

        var oneByOne = seeded;
        foreach (var r in regs.Take(3_000))
        {
            oneByOne = oneByOne.Submit(r).Intake;
        }

        Assert.Equal(oneByOne.Registrations, all.Registrations.Take(oneByOne.Registrations.Length));
        Assert.Equal(oneByOne.Rejected.Select(r => (r.Id, r.Rejection.Code)), all.Rejected.Take(oneByOne.Rejected.Length).Select(r => (r.Id, r.Rejection.Code)));
        Assert.Equal(20_051, all.Registrations.Length + all.Proposals.Length + all.Rejected.Length);
        Assert.Equal(all.Registrations.Length, all.Registrations.Select(r => r.Id).Distinct().Count());
        Assert.Equal("r7", all.Registrations[0].Id);
        Assert.Contains(all.Rejected, r => r.Id == "r7" && r.Rejection.Code == ErrorCodes.Summits.DuplicateSubmission);
        Assert.Contains(all.Rejected, r => r.Rejection.Code == ErrorCodes.Summits.WindowNotOpen);
        Assert.Contains(all.Rejected, r => r.Rejection.Code == ErrorCodes.Timing.DeadlinePassed);
        Assert.Equal(40, all.Proposals.Length);
    }
}
