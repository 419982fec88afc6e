using Summit.Core.Summits.File;
using NodaTime;
using Summit.Core.Planning;
using FluentResults;
using Summit.Core.Scheduling;
using Summit.Core.Selection;
using Summit.Core.Selection.Topics;
using Summit.Core.Summits;
using Summit.Core.Tests.Summits;

namespace Summit.Core.Tests.Planning;

public sealed class SummitPlannerTests
{
    private static readonly Instant At = Instant.FromUtc(2024, 5, 10, 0, 0);

    private static SummitPlan Plan2024() => SummitPlanner.Plan(SummitFile.Read(SummitFileTests.Example("pycon-us-2024")).Value, At);

    [Fact]
    public void Plan2024_SelectsExactlyCapacity_WithStandbyAndReasons()
    {
        // Before the selection is published (2024-04-05) and before any decline or admission.
        var attendees = SummitPlanner.Plan(SummitFile.Read(SummitFileTests.Example("pycon-us-2024")).Value, Instant.FromUtc(2024, 4, 3, 0, 0)).Attendees!.Value;
        Assert.Equal(12, attendees.Selected.Length);
        Assert.Equal([1, 2, 3], attendees.Standby.Select(o => o.StandbyRank!.Value).ToArray());
        Assert.All(attendees.Outcomes, o => Assert.NotEmpty(o.Reasons));
        Assert.Equal(16, attendees.Outcomes.Length);
    }

    [Fact]
    public void Plan2024_IsDeterministic()
    {
        var a = Plan2024();
        var b = Plan2024();
        Assert.Equal(a.Attendees.Value.Outcomes.Select(o => (o.Id, o.Kind, o.StandbyRank)), b.Attendees.Value.Outcomes.Select(o => (o.Id, o.Kind, o.StandbyRank)));
        var first = a.Agenda.Value.Items;
        var second = b.Agenda.Value.Items;
        Assert.Equal(first.Length, second.Length);
        for (var i = 0; i < first.Length; i++)
        {
            Assert.True(first[i].Equals(second[i]), $"item {i}: {first[i]} vs {second[i]}");
        }
    }

    [Fact]
    public void Plan2024_Vote_AccountsForEveryBallot()
    {
        var tally = Plan2024().Tally.Value;
        Assert.Equal(18, tally.Cast);
        Assert.Equal(tally.Cast, tally.Box!.Counted + tally.Box.Rejected.Length + tally.RejectedBeforeBox.Length);
        Assert.Contains(tally.Box.Rejected, b => b.Rejection!.Code == ErrorCodes.Voting.CastTooLate);
        Assert.Contains(tally.Box.Rejected, b => b.Rejection!.Code == ErrorCodes.Voting.DuplicateBallot);
        Assert.Contains(tally.Box.Rejected, b => b.Rejection!.Code == ErrorCodes.Voting.VoterNotEligible);
        Assert.Equal(ErrorCodes.Voting.UnknownCandidate, Assert.Single(tally.RejectedBeforeBox).Rejection.Code);
        Assert.Equal("arbitrary-metadata", tally.Outcome.Value.Winners[0]);
    }

    [Fact]
    public void Plan2024_Topics_EveryProposalHasAnOutcomeWithAReason()
    {
        var topics = Plan2024().Topics!.Value;
        Assert.Equal(5, topics.Outcomes.Length);
        Assert.All(topics.Outcomes, o => Assert.False(string.IsNullOrWhiteSpace(o.Reason.Message) || !o.Reason.Code.StartsWith("topic-", StringComparison.Ordinal)));
        Assert.Equal("arbitrary-metadata", topics.Outcomes.Single(o => o.Kind == TopicOutcomeKind.Merged).MergedInto);
    }

    [Fact]
    public void Plan2024_Agenda_IsInside1345To1745NewYork_LikeTheRealOne()
    {
        var agenda = Plan2024().Agenda!.Value;
        Assert.True(agenda.IsProvenOptimal);
        Assert.All(agenda.Items, i =>
        {
            Assert.True(i.Start >= Instant.FromUtc(2024, 5, 18, 17, 45));
            Assert.True(i.End <= Instant.FromUtc(2024, 5, 18, 21, 45));
        });
        var session1 = agenda.Topics.Where(i => i.Room == "Room 319").OrderBy(i => i.Start).ToList();
        Assert.Equal(3, session1.Count);
        Assert.Equal(new LocalTime(14, 0), session1[0].LocalStart.TimeOfDay);
        Assert.All(session1, i => Assert.Equal(30, i.Minutes));
        Assert.Equal("arbitrary-metadata", session1[0].TopicId);
    }

    [Fact]
    public void Plan_VoteWithoutVotingWindow_IsCodedError_OtherStepsStillRun()
    {
        var text = SummitFileTests.Example("pycon-us-2024")
            .Replace("\"votingOpens\": \"2024-05-02 AoE\",", string.Empty, StringComparison.Ordinal)
            .Replace("\"votingCloses\": \"2024-05-05 AoE\",", string.Empty, StringComparison.Ordinal);
        var plan = SummitPlanner.Plan(SummitFile.Read(text).Value, At);
        Assert.Equal(ErrorCodes.Planning.NoVotingWindow, plan.Tally.Value.Outcome.Errors[0].Code);
        Assert.True(plan.Attendees.IsSuccess);
        Assert.True(plan.Agenda.IsSuccess);
    }

    [Fact]
    public void Plan_AgendaLongerThanTheDay_IsCodedError()
    {
        var text = SummitFileTests.Example("pycon-us-2024").Replace("\"session2\": 75", "\"session2\": 175", StringComparison.Ordinal);
        var plan = SummitPlanner.Plan(SummitFile.Read(text).Value, At);
        Assert.Equal(ErrorCodes.Planning.AgendaExceedsDay, plan.Agenda.Errors[0].Code);
    }

    [Fact]
    public void Plan_UnknownPacker_IsCodedError()
    {
        var text = SummitFileTests.Example("pycon-us-2024").Replace("\"packer\": \"exact\"", "\"packer\": \"magic\"", StringComparison.Ordinal);
        var read = SummitFile.Read(text);
        Assert.Equal([ErrorCodes.Planning.UnknownPacker], read.Codes());
        Assert.NotNull(read.FirstError().Line);
        var d = SummitFile.Read(SummitFileTests.Example("pycon-us-2024")).Value;
        var programmatic = new SummitDocument(d.Summit, d.Timeline, d.Intake, d.Invented, d.Vote, d.Agenda! with { Packer = "magic" }, d.Selection, d.RejectedRows, d.Registrations, d.Proposals, d.Decisions);
        Assert.Equal(ErrorCodes.Planning.UnknownPacker, SummitPlanner.Plan(programmatic, At).Agenda.Errors[0].Code);
    }

    [Fact]
    public void Plan_NoCapacityNoVoteNoAgenda_OnlyTopicsFromSubmissionOrder()
    {
        var d = SummitFile.Read(SummitFileTests.Example("pycon-us-2023")).Value;
        var noAgenda = new SummitDocument(d.Summit, d.Timeline, d.Intake, d.Invented, d.Vote, null, d.Selection, d.RejectedRows, d.Registrations, d.Proposals, d.Decisions);
        var plan = SummitPlanner.Plan(noAgenda, Instant.FromUtc(2023, 4, 15, 0, 0));
        Assert.Equal(StageStatus.NotRun, plan.Tally.Status);
        Assert.Equal("the summit file has no topic vote", plan.Tally.NotRunReason);
        Assert.Equal(StageStatus.NotRun, plan.Agenda.Status);
        Assert.Equal("the summit file asks for no agenda", plan.Agenda.NotRunReason);
        Assert.Equal(StageStatus.NotRun, plan.Attendees.Status);
        Assert.Throws<InvalidOperationException>(() => plan.Agenda.Value);
        Assert.Equal([ErrorCodes.Planning.StageNotRun], plan.Agenda.ToResult().Codes());
        Assert.NotSame(plan.Topics.ToResult(), plan.Topics.ToResult());
        Assert.Equal(8, plan.Topics.Value.Selected.Length);
        Assert.Empty(plan.Errors);
    }

    [Fact]
    public void SelectionSection_BadValues_AreFileErrors()
    {
        var text = SummitFileTests.Example("pycon-us-2024").Replace("\"standby\": 3,", "\"standby\": 3, \"observers\": \"maybe\",", StringComparison.Ordinal);
        var errors = SummitFile.Read(text).SummitErrors();
        Assert.Contains(errors, e => e.Code == ErrorCodes.Summits.FileInvalidValue && e.Message.Contains("observers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("arbitrary-metadata > > psf-support")]
    [InlineData("psf-support = psf-support")]
    [InlineData("")]
    public void VoteSection_BadRanking_IsFileErrorAtTheRanking(string ranking)
    {
        var text = SummitFileTests.Example("pycon-us-2024").Replace(
            "\"ranking\": \"psf-support > apps-not-wheels\"", $"\"ranking\": \"{ranking}\"", StringComparison.Ordinal);
        var error = Assert.Single(SummitFile.Read(text).SummitErrors());
        Assert.Equal(ErrorCodes.Summits.FileInvalidValue, error.Code);
        Assert.Contains("'ranking'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VoteSection_RankingUsesThePreferenceListNotation()
    {
        var text = SummitFileTests.Example("pycon-us-2024").Replace(
            "\"ranking\": \"psf-support > apps-not-wheels\"", "\"ranking\": \"\\\"psf-support\\\" > apps-not-wheels = lockfile-status\"", StringComparison.Ordinal);
        var entry = SummitFile.Read(text).Value.Vote!.Ballots.Single(b => b.Voter == "r09");
        Assert.Equal(["psf-support"], entry.Ranking[0].ToArray());
        Assert.Equal(["apps-not-wheels", "lockfile-status"], entry.Ranking[1].ToArray());
    }

    [Fact]
    public void Settings_AreReadFromTheFile()
    {
        var doc = SummitFile.Read(SummitFileTests.Example("pycon-us-2024")).Value;
        Assert.Equal(3, doc.Selection!.Standby);
        Assert.Equal(ObserverHandling.Last, doc.Selection.Policy.Observers);
        Assert.Equal("schulze", doc.Vote!.Method);
        Assert.Equal(["Breakout A", "Breakout B"], doc.Agenda!.Shape.Session2Rooms.ToArray());
        Assert.Equal(240, doc.Agenda.Shape.TotalMinutes);
        Assert.Equal(SlackDistribution.ProportionalToWeight, doc.Agenda.Slack);
    }
}
