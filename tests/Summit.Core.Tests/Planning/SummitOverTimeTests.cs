using Summit.Core.Summits.File;
using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Summit.Core.Planning;
using Summit.Core.Selection;
using Summit.Core.Summits;
using Summit.Core.Tests.Summits;
using Summit.Core.Timing;

namespace Summit.Core.Tests.Planning;

/// <summary>The summit over time (issue 9): the state at an instant, decisions, promises, real timelines.</summary>
public sealed class SummitOverTimeTests
{
    private static readonly SummitDocument Doc2024 = SummitFile.Read(SummitFileTests.Example("pycon-us-2024")).Value;
    private static readonly SummitDocument Doc2020 = SummitFile.Read(SummitFileTests.Example("pycon-us-2020")).Value;

    private static SummitDocument With(SummitDocument d, params SummitDecision[] extra) =>
        new(d.Summit, d.Timeline, d.Intake, d.Invented, d.Vote, d.Agenda, d.Selection, d.RejectedRows, d.Registrations, d.Proposals, d.Decisions.AddRange(extra));

    private static SummitDecision Decline(string id, int month, int day) => new(DecisionKind.Declined, Instant.FromUtc(2024, month, day, 12, 0)) { Registration = id };

    private static (string Id, SelectionOutcomeKind Kind, int? Rank)[] Table(SummitPlan plan) =>
        [.. plan.Attendees.Value.Outcomes.Select(o => (o.Id, o.Kind, o.StandbyRank)).OrderBy(t => t.Id, StringComparer.Ordinal)];

    [Fact]
    public void At2024_03_15_RegistrationOpen_NothingIsSelected_VotedOrPacked_AndEachStageSaysWhy()
    {
        var plan = SummitPlanner.Plan(Doc2024, Instant.FromUtc(2024, 3, 15, 0, 0));
        Assert.Equal(SelectionState.NotRun, plan.SelectionState);
        Assert.Equal("selection not run: registration open until 2024-04-02T12:00:00Z", plan.Attendees.NotRunReason);
        Assert.StartsWith("voting not open until", plan.Tally.NotRunReason);
        Assert.False(plan.Topics.HasRun);
        Assert.False(plan.Agenda.HasRun);
        Assert.Empty(plan.Messages);
        Assert.All(plan.Intake.Registrations, r => Assert.True(r.SubmittedAt <= plan.At));
    }

    [Fact]
    public void SelectionState_GoesNotRun_Provisional_Published()
    {
        Assert.Equal(SelectionState.Provisional, SummitPlanner.Plan(Doc2024, Instant.FromUtc(2024, 4, 3, 0, 0)).SelectionState);
        Assert.Equal(SelectionState.Published, SummitPlanner.Plan(Doc2024, Instant.FromUtc(2024, 4, 5, 16, 0)).SelectionState);
    }

    [Fact]
    public void DeclineAndPromote_2024_FullOutcomeTable()
    {
        // The bundled 2024 example: published 2024-04-05; r03 declines (standby 1, r16, is offered the place), r06
        // declines (the new standby 1, r05, is offered it); r17, refused as late, is admitted over capacity.
        var plan = SummitPlanner.Plan(Doc2024, Instant.FromUtc(2024, 6, 1, 0, 0));
        (string, SelectionOutcomeKind, int?)[] expected =
        [
            ("r01", SelectionOutcomeKind.Selected, null), ("r02", SelectionOutcomeKind.Selected, null), ("r03", SelectionOutcomeKind.Declined, null),
            ("r04", SelectionOutcomeKind.Selected, null), ("r05", SelectionOutcomeKind.Selected, null), ("r06", SelectionOutcomeKind.Declined, null),
            ("r07", SelectionOutcomeKind.Selected, null), ("r08", SelectionOutcomeKind.Selected, null), ("r09", SelectionOutcomeKind.Selected, null),
            ("r10", SelectionOutcomeKind.NotSelected, null), ("r11", SelectionOutcomeKind.Standby, 1), ("r12", SelectionOutcomeKind.Selected, null),
            ("r13", SelectionOutcomeKind.Selected, null), ("r14", SelectionOutcomeKind.Selected, null), ("r15", SelectionOutcomeKind.Selected, null),
            ("r16", SelectionOutcomeKind.Selected, null), ("r17", SelectionOutcomeKind.Selected, null),
        ];
        Assert.Equal(expected, Table(plan));
        var result = plan.Attendees.Value;
        Assert.Equal(SelectionReasonCodes.Promoted, result.Find("r16")!.Reasons[0].Code);
        Assert.Equal(SelectionReasonCodes.Promoted, result.Find("r05")!.Reasons[0].Code);
        Assert.Equal(SelectionReasonCodes.Admitted, result.Find("r17")!.Reasons[0].Code);
        Assert.Equal(SelectionReasonCodes.Cap, result.Find("r10")!.Reasons[0].Code); // held back by the cap: never jumps the standby list
        Assert.Contains(plan.Messages, m => m is { RegistrationId: "r16", Template: "offered-place" });
        Assert.Contains(plan.Messages, m => m is { RegistrationId: "r11", Template: "standby-rank", StandbyRank: 1 });
        Assert.Contains(plan.Messages, m => m is { RegistrationId: "r10", Template: "not-selected" });
    }

    [Fact]
    public void Admission_WithoutOverCapacity_WhenFull_IsRefusedWithACode()
    {
        var doc = With(Doc2024, new SummitDecision(DecisionKind.Admitted, Instant.FromUtc(2024, 4, 25, 0, 0)) { Registration = "r10", Reason = "special" });
        var plan = SummitPlanner.Plan(doc, Instant.FromUtc(2024, 4, 26, 0, 0));
        Assert.Contains(plan.RejectedDecisions, r => r.Decision.Registration == "r10" && r.Rejection.Code == ErrorCodes.Decisions.NoFreePlace);
        Assert.Equal(SelectionOutcomeKind.NotSelected, plan.Attendees.Value.Find("r10")!.Kind);
    }

    [Fact]
    public void StandbyExhausted_NextPlaceGoesToTheBestRankedApplicantLeft_OnceTheCapAllows_AndTheOutcomeSaysSo()
    {
        // Three more declines exhaust the standby list (r11 is the last one); r01 (PyPA) declining frees PyPA's cap for r10.
        var doc = With(Doc2024, Decline("r11", 4, 23), Decline("r01", 4, 24));
        var plan = SummitPlanner.Plan(doc, Instant.FromUtc(2024, 4, 25, 0, 0));
        var r10 = plan.Attendees.Value.Find("r10")!;
        Assert.Equal(SelectionOutcomeKind.Selected, r10.Kind);
        Assert.Equal(SelectionReasonCodes.PromotedBeyondStandby, r10.Reasons[0].Code);
    }

    [Fact]
    public void QuotaMinimum_IsNotReReservedAfterADecline_AndTheReasonSaysSo()
    {
        // Published 2024-04-05: the maintainers r08 and r12 hold the quota's minimum of 2; standby is r16, r05
        // (maintainers) and r11 (a consumer). r16 and r05 give up their standby ranks, then r08 declines: r11, standby 1,
        // takes the place by standby order (the minimum is not re-reserved) and its reason says so.
        var doc = With(Doc2024, Decline("r16", 4, 6), Decline("r05", 4, 7), Decline("r08", 4, 8));
        var plan = SummitPlanner.Plan(doc, Instant.FromUtc(2024, 4, 10, 0, 0));
        var r11 = plan.Attendees.Value.Find("r11")!;
        Assert.Equal(SelectionOutcomeKind.Selected, r11.Kind);
        Assert.Contains(r11.Reasons, r => r.Code == SelectionReasonCodes.QuotaNotReReserved);
    }

    [Fact]
    public void Cancelled2020_DuringVoting_VotingAborted_NoSelection_NoAgenda_LaterBallotsRefused()
    {
        var plan = SummitPlanner.Plan(Doc2020, Instant.FromUtc(2020, 4, 1, 0, 0));
        var cancelledAt = Doc2020.Timeline.Cancellation!.At;
        Assert.Equal(SelectionState.NotRun, plan.SelectionState);
        Assert.Contains("cancelled", plan.Attendees.NotRunReason);
        Assert.False(plan.Agenda.HasRun);
        Assert.False(plan.Topics.HasRun);
        var tally = plan.Tally.Value;
        Assert.Equal(cancelledAt, tally.AbortedAt);
        var refused = Assert.Single(tally.RejectedBeforeBox);
        Assert.Equal(("v4", ErrorCodes.Summits.SummitCancelled), (refused.Entry.Voter, refused.Rejection.Code));
        Assert.Equal(3, tally.Box!.Counted); // the public vote: no electorate list, each id once
        Assert.All(plan.Messages, m => Assert.Equal("cancelled", m.Template));

        var before = SummitPlanner.Plan(Doc2020, cancelledAt - Duration.FromSeconds(1));
        Assert.Null(before.Cancellation);
        Assert.Null(before.Tally.Value.AbortedAt);
    }

    [Fact]
    public void AmendedDeadline2024_ProposalOfMay5_RefusedBeforeTheAmendment_AcceptedAfter()
    {
        const string file = """
        {
          "summit": { "id": "s", "name": "S", "timeZone": "America/New_York", "days": [ { "date": "2024-05-18", "start": "13:45", "end": "17:45" } ] },
          "timeline": { "proposalsOpen": "2024-03-01 AoE", "proposalsClose": "2024-05-01 AoE" },
          "proposals": [ { "id": "late-idea", "title": "Late idea", "submittedAt": "2024-05-05T12:00:00Z" } ],
          "decisions": [ { "at": "2024-05-06T00:00:00Z", "kind": "deadline-amended", "milestone": "proposalsClose", "to": "2024-05-08 AoE", "reason": "more time for topics" } ]
        }
        """;
        var doc = SummitFile.Read(file).Value;
        var before = SummitPlanner.Plan(doc, Instant.FromUtc(2024, 5, 5, 18, 0));
        Assert.Empty(before.Intake.Proposals);
        Assert.Equal(ErrorCodes.Timing.DeadlinePassed, Assert.Single(before.Intake.Rejected).Rejection.Code);
        Assert.Empty(before.Amendments);

        var after = SummitPlanner.Plan(doc, Instant.FromUtc(2024, 5, 6, 1, 0));
        Assert.Equal("late-idea", Assert.Single(after.Intake.Proposals).Id);
        var amendment = Assert.Single(after.Amendments);
        Assert.Equal("2024-05-01 AoE", amendment.Original.Deadline!.ToString());
        Assert.Equal("2024-05-08 AoE", amendment.Amended.Deadline!.ToString());
    }

    [Fact]
    public void SelectionConfirmed_IsRemoved_WithAnErrorPointingToDecisions()
    {
        var text = SummitFileTests.Example("pycon-us-2024").Replace("\"standby\": 3,", "\"standby\": 3, \"confirmed\": [\"r01\"],", StringComparison.Ordinal);
        var read = SummitFile.Read(text);
        var error = Assert.Single(read.SummitErrors());
        Assert.Equal(ErrorCodes.Summits.FileRemovedField, error.Code);
        Assert.Contains("selection-published", error.Message);
    }

    [Fact]
    public void Presenters_WithoutASeat_AreCodedWarnings_NamingPersonAndTopic()
    {
        var plan = SummitPlanner.Plan(Doc2024, Instant.FromUtc(2024, 6, 1, 0, 0));
        var warning = Assert.Single(plan.Warnings, w => w.GetMetadataText("person") == "Deb Nicholson");
        Assert.Equal(ErrorCodes.Decisions.PresenterWithoutSeat, warning.Code);
        Assert.Equal("psf-support", warning.GetMetadataText("topic"));
    }

    [Fact]
    public void Messages_NeverLeakEmailsIntoReasons()
    {
        var plan = SummitPlanner.Plan(Doc2024, Instant.FromUtc(2024, 6, 1, 0, 0));
        Assert.All(plan.Attendees.Value.Outcomes.SelectMany(o => o.Reasons), r => Assert.DoesNotContain("@", r.Message));
    }

    // ---- Properties ----

    private static readonly Instant Start = Instant.FromUtc(2024, 2, 25, 0, 0);

    /// <summary>Instants from late February to early June 2024, by the hour.</summary>
    public static class Arbitraries
    {
        /// <summary>Gets hours since <see cref="Start"/>.</summary>
        public static Arbitrary<int> Hours => Gen.Choose(0, 100 * 24).ToArbitrary();
    }

    private static object State(SummitPlan p) => string.Join("|",
        p.SelectionState,
        string.Join(",", p.Attendees.ValueOrDefault?.Outcomes.Select(o => $"{o.Id}:{o.Kind}:{o.StandbyRank}") ?? [p.Attendees.NotRunReason ?? "failed"]),
        string.Join(",", p.Intake.Registrations.Select(r => r.Id)), string.Join(",", p.Intake.Proposals.Select(r => r.Id)),
        p.Tally.ValueOrDefault?.Cast, p.Topics.Status, string.Join(",", p.Messages.Select(m => m.RegistrationId + m.Template)));

    [SummitProperty(Runs = 15, Arbitrary = [typeof(Arbitraries)])]
    public bool Causality_FactsDatedAfterT_NeverChangeTheStateAtT(int hours)
    {
        var at = Start + Duration.FromHours(hours);
        var truncated = new SummitDocument(
            Doc2024.Summit, Doc2024.Timeline, Doc2024.Intake, Doc2024.Invented,
            Doc2024.Vote! with { Ballots = [.. Doc2024.Vote!.Ballots.Where(b => b.CastAt <= at)] }, Doc2024.Agenda, Doc2024.Selection, Doc2024.RejectedRows,
            [.. Doc2024.Registrations.Where(r => r.SubmittedAt <= at)], [.. Doc2024.Proposals.Where(p => p.SubmittedAt <= at)],
            [.. Doc2024.Decisions.Where(d => d.At <= at)]);
        return State(SummitPlanner.Plan(Doc2024, at)).Equals(State(SummitPlanner.Plan(truncated, at)));
    }

    [SummitProperty(Runs = 15, Arbitrary = [typeof(Arbitraries)])]
    public bool PromisesKept_AfterPublication_SelectedStaySelectedUnlessDeclined_StandbyRanksNeverWorsen(int hours)
    {
        var published = Instant.FromUtc(2024, 4, 5, 16, 0);
        var earlier = published + Duration.FromHours(hours % (60 * 24));
        var later = earlier + Duration.FromHours(hours % 97);
        var a = SummitPlanner.Plan(Doc2024, earlier).Attendees.Value;
        var b = SummitPlanner.Plan(Doc2024, later).Attendees.Value;
        return a.Outcomes.All(o => o.Kind switch
        {
            SelectionOutcomeKind.Selected => b.Find(o.Id)!.Kind is SelectionOutcomeKind.Selected or SelectionOutcomeKind.Declined,
            SelectionOutcomeKind.Standby => b.Find(o.Id)!.Kind is SelectionOutcomeKind.Selected or SelectionOutcomeKind.Declined || b.Find(o.Id)!.StandbyRank <= o.StandbyRank,
            _ => true,
        });
    }

    [SummitProperty(Runs = 15, Arbitrary = [typeof(Arbitraries)])]
    public bool Accounting_EveryApplicantHasExactlyOneOutcome_CapacityOnlyExceededByAnOverCapacityDecision(int hours)
    {
        var plan = SummitPlanner.Plan(Doc2024, Start + Duration.FromHours(hours));
        if (!plan.Attendees.IsSuccess)
        {
            return true;
        }

        var r = plan.Attendees.Value;
        var ids = r.Outcomes.Select(o => o.Id).ToList();
        var overCapacity = plan.Document.Decisions.Count(d => d.OverCapacity && d.At <= plan.At);
        return ids.Distinct().Count() == ids.Count
            && plan.Intake.Registrations.All(reg => ids.Contains(reg.Id))
            && r.Selected.Length <= r.Capacity + overCapacity;
    }

    [SummitProperty(Runs = 10, Arbitrary = [typeof(Arbitraries)])]
    public bool Determinism_SameRecordSameInstant_SameState(int hours)
    {
        var at = Start + Duration.FromHours(hours);
        return State(SummitPlanner.Plan(Doc2024, at)).Equals(State(SummitPlanner.Plan(Doc2024, at)));
    }

    [SummitProperty(Runs = 10, Arbitrary = [typeof(Arbitraries)])]
    public bool Cancellation_NothingAfterItTakesEffect(int hours)
    {
        var at = Instant.FromUtc(2020, 3, 20, 16, 0) + Duration.FromHours(hours % (40 * 24));
        var plan = SummitPlanner.Plan(Doc2020, at);
        return !plan.Agenda.HasRun && !plan.Topics.HasRun && plan.SelectionState == SelectionState.NotRun
            && plan.Intake.Registrations.All(r => r.SubmittedAt < plan.Cancellation!.At)
            && (plan.Tally.ValueOrDefault?.Box?.Profile is null || plan.Tally.Value.RejectedBeforeBox.All(v => v.Entry.CastAt >= plan.Cancellation!.At));
    }
}
