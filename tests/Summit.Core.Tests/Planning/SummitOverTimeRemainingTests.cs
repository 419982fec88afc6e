using Summit.Core.Summits.File;
using System.Collections.Immutable;
using NodaTime;
using Summit.Core.Planning;
using Summit.Core.Scheduling;
using Summit.Core.Selection;
using Summit.Core.Summits;
using Summit.Core.Tests.Summits;
using Summit.Core.Timing;

namespace Summit.Core.Tests.Planning;

/// <summary>The rest of issue 9: day-of topics, quotas beyond roles, walk-in messages, re-packing against the published agenda.</summary>
public sealed class SummitOverTimeRemainingTests
{
    private static readonly string Text2024 = SummitFileTests.Example("pycon-us-2024");
    private static readonly SummitDocument Doc2024 = SummitFile.Read(Text2024).Value;

    /// <summary>2024-05-18 13:45 New York, when the 2024 summit starts.</summary>
    private static readonly Instant SummitStarts = Instant.FromUtc(2024, 5, 18, 17, 45);

    private static SummitDocument With(SummitDocument d, params SummitDecision[] extra) =>
        new(d.Summit, d.Timeline, d.Intake, d.Invented, d.Vote, d.Agenda, d.Selection, d.RejectedRows, d.Registrations, d.Proposals, d.Decisions.AddRange(extra));

    private static SummitDecision DayOf(string id, int minutes, Instant at) =>
        new(DecisionKind.DayOfTopic, at) { Topic = new TopicProposal(id, "Day-of: " + id, at) { Proposers = ["Someone On The Day"], DesiredDiscussionMinutes = minutes } };

    // ---- 1. day-of topics ----

    [Fact]
    public void DayOfTopic_2024_TakesTheStartOfTheReservedCallOutMinutes_AndTheRestStaysReserved()
    {
        var before = SummitPlanner.Plan(Doc2024, SummitStarts).Agenda.Value;
        var reserved = Assert.Single(before.Items, i => i.Kind == AgendaItemKind.DayOf);
        Assert.Equal(15, reserved.Minutes);

        var doc = With(Doc2024, DayOf("wheel-variants", 10, SummitStarts.Plus(Duration.FromMinutes(5))));
        var plan = SummitPlanner.Plan(doc, SummitStarts.Plus(Duration.FromMinutes(10)));
        var agenda = plan.Agenda.Value;
        var topic = agenda.FindTopic("wheel-variants")!;
        Assert.Equal(reserved.Start, topic.Start);
        Assert.Equal(10, topic.Minutes);
        Assert.Equal(reserved.Room, topic.Room);
        Assert.Equal(["Someone On The Day"], topic.Presenters.ToArray());
        var rest = Assert.Single(agenda.Items, i => i.Kind == AgendaItemKind.DayOf);
        Assert.Equal(topic.End, rest.Start);
        Assert.Equal(reserved.End, rest.End);
        Assert.Empty(plan.RejectedDecisions);

        // Every other item is where it was.
        Assert.Equal(before.Items.Where(i => i.Kind != AgendaItemKind.DayOf), agenda.Items.Where(i => i.Kind != AgendaItemKind.DayOf && i.TopicId != "wheel-variants"));
    }

    [Fact]
    public void DayOfTopics_FillTheReservedTimeInTheOrderOfTheirInstants_ThenAreRefusedWithAReason()
    {
        var doc = With(Doc2024,
            DayOf("third", 5, SummitStarts.Plus(Duration.FromMinutes(30))),
            DayOf("first", 10, SummitStarts.Plus(Duration.FromMinutes(10))),
            DayOf("second", 10, SummitStarts.Plus(Duration.FromMinutes(20))));
        var plan = SummitPlanner.Plan(doc, SummitStarts.Plus(Duration.FromHours(1)));
        var agenda = plan.Agenda.Value;
        var first = agenda.FindTopic("first")!;
        var third = agenda.FindTopic("third")!;
        Assert.Null(agenda.FindTopic("second"));
        Assert.Equal(first.End, third.Start);
        Assert.DoesNotContain(agenda.Items, i => i.Kind == AgendaItemKind.DayOf);
        var refused = Assert.Single(plan.RejectedDecisions);
        Assert.Equal("second", refused.Decision.Topic!.Id);
        Assert.Equal(ErrorCodes.Decisions.NoDayOfTime, refused.Rejection.Code);
        Assert.Contains("5 reserved minutes are left", refused.Rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DayOfTopic_DatedAfterT_HasNoEffect_AndBeforeTheDay_IsRefused()
    {
        var later = SummitStarts.Plus(Duration.FromHours(2));
        var doc = With(Doc2024, DayOf("late", 10, later), DayOf("early", 10, SummitStarts.Minus(Duration.FromDays(1))));
        var plan = SummitPlanner.Plan(doc, SummitStarts.Plus(Duration.FromHours(1)));
        Assert.Null(plan.Agenda.Value.FindTopic("late"));
        Assert.Null(plan.Agenda.Value.FindTopic("early"));
        Assert.Equal(15, Assert.Single(plan.Agenda.Value.Items, i => i.Kind == AgendaItemKind.DayOf).Minutes);
        Assert.Equal(ErrorCodes.Decisions.BeforeTheDay, Assert.Single(plan.RejectedDecisions).Rejection.Code);
        Assert.NotNull(SummitPlanner.Plan(doc, later).Agenda.Value.FindTopic("late"));
    }

    [Fact]
    public void DayOfTopic_FromTheFile_IsPlaced()
    {
        var text = Text2024.Replace(
            "{ \"at\": \"2024-05-10T16:00:00Z\", \"kind\": \"agenda-published\" },",
            "{ \"at\": \"2024-05-10T16:00:00Z\", \"kind\": \"agenda-published\" },\n    { \"at\": \"2024-05-18T18:30:00Z\", \"kind\": \"day-of-topic\", \"id\": \"pep-999\", \"title\": \"PEP 999 on the day\", \"proposers\": [\"Ada Day\"], \"minutes\": 15 },",
            StringComparison.Ordinal);
        var doc = SummitFile.Read(text).Value;
        var plan = SummitPlanner.Plan(doc, Instant.FromUtc(2024, 5, 18, 19, 0));
        Assert.Equal(15, plan.Agenda.Value.FindTopic("pep-999")!.Minutes);
        Assert.DoesNotContain(plan.Agenda.Value.Items, i => i.Kind == AgendaItemKind.DayOf);
    }

    // ---- 2. quotas on organization, project, firstTime ----

    private static string FirstTimers(string quota) => Text2024
        .Replace("\"organization\": \"NumFOCUS\" },", "\"organization\": \"NumFOCUS\", \"firstTime\": true },", StringComparison.Ordinal) // r05 and r16
        .Replace("\"attendance\": \"observer\" },", "\"attendance\": \"observer\", \"firstTime\": true },", StringComparison.Ordinal) // r11
        .Replace("\"quotas\": [ { \"role\": \"library-maintainer\", \"minimum\": 2, \"maximum\": 5 } ],", "\"quotas\": [ { \"role\": \"library-maintainer\", \"minimum\": 2, \"maximum\": 5 }, " + quota + " ],", StringComparison.Ordinal);

    [Fact]
    public void FirstTimeQuota_MinimumShare_ChangesTheSelection_WithExplainedReasons()
    {
        var at = Instant.FromUtc(2024, 4, 3, 0, 0); // registration closed, nothing published
        var without = SummitPlanner.Plan(SummitFile.Read(FirstTimers("{ \"firstTime\": true, \"maximum\": 12 }")).Value, at).Attendees.Value;
        Assert.All(["r05", "r11", "r16"], id => Assert.Equal(SelectionOutcomeKind.Standby, without.Find(id)!.Kind));

        var doc = SummitFile.Read(FirstTimers("{ \"firstTime\": true, \"minimumShare\": 0.2 }")).Value;
        var quota = Assert.Single(doc.Selection!.Policy.Quotas, q => q.Subject == QuotaSubject.FirstTime);
        Assert.Equal(0.2, quota.MinimumShare);
        var with = SummitPlanner.Plan(doc, at).Attendees.Value;

        // 20% of 12 places is 2.4: three places are reserved for first-time attendees.
        Assert.Equal(3, with.Selected.Count(o => o.Candidate.FirstTime == true));
        foreach (var id in new[] { "r05", "r11", "r16" })
        {
            var o = with.Find(id)!;
            Assert.Equal(SelectionOutcomeKind.Selected, o.Kind);
            Assert.Contains(o.Reasons, r => r.Code == SelectionReasonCodes.QuotaMinimum && r.Message.Contains("first-time attendees", StringComparison.Ordinal));
        }

        Assert.Equal(12, with.Selected.Count());
    }

    [Fact]
    public void FirstTimeQuota_MinimumCount_ReservesThatMany()
    {
        var with = SummitPlanner.Plan(SummitFile.Read(FirstTimers("{ \"firstTime\": true, \"minimum\": 1 }")).Value, Instant.FromUtc(2024, 4, 3, 0, 0)).Attendees.Value;
        Assert.Equal(1, with.Selected.Count(o => o.Candidate.FirstTime == true));
    }

    [Fact]
    public void OrganizationAndProjectQuotas_AreReadAndApplied()
    {
        var doc = SummitFile.Read(FirstTimers("{ \"organization\": \"pypa\", \"maximum\": 1 }, { \"project\": \"Pandas\", \"minimum\": 1 }")).Value;
        Assert.Contains(doc.Selection!.Policy.Quotas, q => q is { Subject: QuotaSubject.Organization, Name: "pypa", Maximum: 1 });
        Assert.Contains(doc.Selection.Policy.Quotas, q => q is { Subject: QuotaSubject.Project, Name: "Pandas", Minimum: 1 });
        var result = SummitPlanner.Plan(doc, Instant.FromUtc(2024, 4, 3, 0, 0)).Attendees.Value;
        Assert.Equal(1, result.Selected.Count(o => o.Candidate.Organization == "PyPA"));
        var r16 = result.Find("r16")!;
        Assert.Equal(SelectionOutcomeKind.Selected, r16.Kind);
        Assert.Contains(r16.Reasons, r => r.Code == SelectionReasonCodes.QuotaMinimum && r.Message.Contains("project 'Pandas'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ \"minimum\": 1 }", "exactly one of")]
    [InlineData("{ \"role\": \"consumer\", \"firstTime\": true }", "exactly one of")]
    [InlineData("{ \"firstTime\": true, \"minimum\": 1, \"minimumShare\": 0.1 }", "not both")]
    [InlineData("{ \"firstTime\": true, \"minimumShare\": 1.5 }", "at most 1")]
    [InlineData("{ \"organization\": \" \", \"minimum\": 1 }", "must name one")]
    public void BadQuotas_AreCodedFileErrors(string quota, string message)
    {
        var read = SummitFile.Read(FirstTimers(quota));
        Assert.True(read.IsFailed);
        Assert.Contains(read.Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void SelectionQuota_ForCapacity_ResolvesTheShare_AndThePolicyRefusesAnUnresolvedShare()
    {
        var quota = SelectionQuota.ForFirstTime(0, 10) with { MinimumShare = 0.2 };
        Assert.Equal(2, quota.ForCapacity(10).Minimum);
        Assert.Equal(3, quota.ForCapacity(12).Minimum);
        Assert.Null(quota.ForCapacity(12).MinimumShare);
        var policy = SelectionPolicies.DefaultSummit(new DefaultSummitPolicyOptions { Quotas = [quota] });
        Assert.Equal(ErrorCodes.Selection.PolicyConfigurationInvalid, Assert.IsType<SummitError>(policy.Errors[0]).Code);
    }

    // ---- 3. walk-in messages ----

    private const string WalkInFile = """
        {
          "summit": { "id": "w", "name": "W", "timeZone": "UTC", "days": [ { "date": "2024-05-18", "start": "13:00", "end": "17:00" } ], "capacity": 3 },
          "timeline": { "registrationOpens": "2024-03-01T00:00:00Z", "registrationCloses": "2024-04-01T00:00:00Z" },
          "registrations": [
            { "id": "a", "name": "Ann", "email": "ann@example.org", "submittedAt": "2024-03-02T00:00:00Z" },
            { "id": "b", "name": "Bob", "submittedAt": "2024-03-03T00:00:00Z" },
          ],
          "decisions": [
            { "at": "2024-04-02T00:00:00Z", "kind": "selection-published" },
            { "at": "2024-05-18T13:05:00Z", "kind": "walk-in", "registration": "w1", "name": "Walker One" },
            { "at": "2024-05-18T13:10:00Z", "kind": "walk-in", "registration": "w2", "name": "Walker Two" },
          ],
        }
        """;

    [Fact]
    public void WalkIn_OwesAMessage_AdmittedAtTheDoor_OrRefusedForLackOfRoom()
    {
        var plan = SummitPlanner.Plan(SummitFile.Read(WalkInFile).Value, Instant.FromUtc(2024, 5, 18, 14, 0));
        var admitted = Assert.Single(plan.Messages, m => m.Template == "walk-in");
        Assert.Equal(("w1", "Walker One", "walk-in", "Selected"), (admitted.RegistrationId, admitted.Name, admitted.Decision, admitted.Outcome));
        var refused = Assert.Single(plan.Messages, m => m.Template == "walk-in-refused");
        Assert.Equal(("w2", "Walker Two", "walk-in", (string?)null), (refused.RegistrationId, refused.Name, refused.Decision, refused.Outcome));
        Assert.Equal(ErrorCodes.Decisions.NoFreePlace, Assert.Single(plan.RejectedDecisions).Rejection.Code);

        // Before the second walk-in only the first one's message is owed.
        var earlier = SummitPlanner.Plan(SummitFile.Read(WalkInFile).Value, Instant.FromUtc(2024, 5, 18, 13, 7));
        Assert.DoesNotContain(earlier.Messages, m => m.Template == "walk-in-refused");
        Assert.Single(earlier.Messages, m => m.Template == "walk-in");
    }

    // ---- 4. re-packing against the published agenda ----

    [Fact]
    public void AfterAgendaPublished_ALaterTopic_RePacksWithMinimalChange_OthersKeepSessionRoomAndStart()
    {
        // Published 2024-05-10. Then a proposer gets a personal extension and submits a new topic: the plan re-packs
        // against the published agenda (PackingRequest.Previous).
        var extension = new SummitDecision(DecisionKind.Extension, Instant.FromUtc(2024, 5, 11, 0, 0))
        {
            Name = "Zed Late",
            Milestone = MilestoneKind.ProposalsClose,
            To = Milestone.Exact(MilestoneKind.ProposalsClose, Instant.FromUtc(2024, 5, 14, 0, 0)),
            Reason = "asked in time",
        };
        var late = new TopicProposal("late-topic", "A topic after publication", Instant.FromUtc(2024, 5, 12, 0, 0)) { Proposers = ["Zed Late"], DesiredDiscussionMinutes = 15 };
        var doc = With(Doc2024, extension);
        doc = new(doc.Summit, doc.Timeline, doc.Intake, doc.Invented, doc.Vote, doc.Agenda, doc.Selection, doc.RejectedRows, doc.Registrations, doc.Proposals.Add(late), doc.Decisions);

        var plan = SummitPlanner.Plan(doc, Instant.FromUtc(2024, 5, 15, 0, 0));
        var published = plan.PublishedAgenda!;
        Assert.Null(published.FindTopic("late-topic"));
        var agenda = plan.Agenda.Value;
        Assert.NotNull(agenda.FindTopic("late-topic"));
        foreach (var before in published.Topics)
        {
            var after = agenda.FindTopic(before.TopicId!)!;
            Assert.Equal((before.BlockId, before.Room, before.Start), (after.BlockId, after.Room, after.Start));
        }
    }

    [Fact]
    public void AfterAgendaPublished_ADayOfTopic_LeavesEveryPublishedTopicWhereItWas()
    {
        var doc = With(Doc2024, DayOf("on-the-day", 10, SummitStarts.Plus(Duration.FromMinutes(30))));
        var plan = SummitPlanner.Plan(doc, SummitStarts.Plus(Duration.FromHours(1)));
        var published = plan.PublishedAgenda!;
        foreach (var before in published.Topics)
        {
            Assert.Equal(before, plan.Agenda.Value.FindTopic(before.TopicId!));
        }

        Assert.NotNull(plan.Agenda.Value.FindTopic("on-the-day"));
    }
}
