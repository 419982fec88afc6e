using System.Collections.Immutable;
using NodaTime;
using FluentResults;
using Summit.Core.Scheduling;
using Summit.Core.Summits;
using Summit.Core.Testing.Scheduling;

namespace Summit.Core.Tests.Scheduling;

public sealed class PackerTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly LocalDate Day = new(2024, 5, 18);

    private static AgendaTemplate OneSession(int minutes, params string[] rooms) =>
        new("s", "Summit", NewYork, "Main")
        {
            Blocks = [new AgendaBlock("session-1", "Session 1", BlockKind.Session, Day, new LocalTime(14, 0), new LocalTime(14, 0).PlusMinutes(minutes)) { Rooms = [.. rooms] }],
        };

    private static AgendaTemplate TwoSessions(int first, int second) =>
        new("s", "Summit", NewYork, "Main")
        {
            Blocks =
            [
                new AgendaBlock("session-1", "Session 1", BlockKind.Session, Day, new LocalTime(9, 0), new LocalTime(9, 0).PlusMinutes(first)),
                new AgendaBlock("session-2", "Session 2", BlockKind.Session, Day, new LocalTime(13, 0), new LocalTime(13, 0).PlusMinutes(second)),
            ],
        };

    [Fact]
    public void Pack_TooMuchWork_PlacesTheHeaviestTopicsAndExplainsTheRest()
    {
        var request = new PackingRequest(OneSession(60), [SlotRequest.Fixed("a", "A", 30, 1), SlotRequest.Fixed("b", "B", 30, 5), SlotRequest.Fixed("c", "C", 30, 3)]);

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.Equal(["b", "c"], agenda.Topics.Select(i => i.TopicId));
        var unplaced = Assert.Single(agenda.Unplaced);
        Assert.Equal(("a", ErrorCodes.Scheduling.NotEnoughTime), (unplaced.TopicId, unplaced.Code));
        Assert.Equal(8, agenda.Objective.PlacedWeight);
        Assert.True(agenda.IsProvenOptimal);
    }

    [Fact]
    public void Pack_KnapsackTrap_ExactFindsTheOptimumGreedyMisses()
    {
        // Greedy by weight takes 60 (weight 10) and leaves 40 minutes idle; two 50s (weights 7+7) are better.
        var request = new PackingRequest(OneSession(100), [SlotRequest.Fixed("big", "Big", 60, 10), SlotRequest.Fixed("x", "X", 50, 7), SlotRequest.Fixed("y", "Y", 50, 7)]);

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.Equal(14, agenda.Objective.PlacedWeight);
        Assert.Equal(["x", "y"], agenda.Topics.Select(i => i.TopicId));
    }

    [Fact]
    public void Pack_SpareMinutes_SharedInProportionToWeightUpToEachMaximum()
    {
        var elastic = new SlotRequest("a", "A") { DiscussionMinimumMinutes = 15, DiscussionMaximumMinutes = 30, Weight = 3 };
        var request = new PackingRequest(OneSession(50), [elastic, elastic with { Id = "b", Title = "B", Weight = 1 }]);

        var agenda = Packers.Exact.Pack(request).Value;

        // 20 spare minutes, D'Hondt 3:1 → a gets 15 (its cap), b gets 5.
        Assert.Equal([30, 20], agenda.Topics.Select(i => i.DiscussionMinutes));
        Assert.Equal(0, agenda.Objective.OverflowMinutes);
    }

    [Fact]
    public void Pack_EqualSlackRule_SharesSpareMinutesEvenly()
    {
        var elastic = new SlotRequest("a", "A") { DiscussionMinimumMinutes = 15, DiscussionMaximumMinutes = 30, Weight = 3 };
        var request = new PackingRequest(OneSession(50), [elastic, elastic with { Id = "b", Title = "B", Weight = 1 }]) { Slack = SlackDistribution.Equal };

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.Equal([25, 25], agenda.Topics.Select(i => i.DiscussionMinutes));
    }

    [Fact]
    public void Pack_EveryDiscussionAtItsMaximum_RestBecomesOverflow()
    {
        var request = new PackingRequest(OneSession(120), [new SlotRequest("a", "A") { LightningTalkMinutes = 5, WrapUpMinutes = 5 }]);

        var agenda = Packers.Exact.Pack(request).Value;

        var topic = Assert.Single(agenda.Topics);
        Assert.Equal((5, 30, 5, 40), (topic.LightningTalkMinutes, topic.DiscussionMinutes, topic.WrapUpMinutes, topic.Minutes));
        var overflow = Assert.Single(agenda.Items, i => i.Kind == AgendaItemKind.Overflow);
        Assert.Equal(80, overflow.Minutes);
    }

    [Fact]
    public void Pack_SharedPresenterAndParallelRooms_NeverAtTheSameTime()
    {
        var request = new PackingRequest(OneSession(60, "A", "B"),
        [
            SlotRequest.Fixed("x", "X", 60, 5) with { Presenters = ["Ada"] },
            SlotRequest.Fixed("y", "Y", 60, 4) with { Presenters = ["Ada"] },
            SlotRequest.Fixed("z", "Z", 60, 1),
        ]);

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.Equal(["x", "z"], agenda.Topics.Select(i => i.TopicId).Order());
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
    }

    [Fact]
    public void Pack_PinnedStart_TopicStartsExactlyThere()
    {
        var request = new PackingRequest(OneSession(120),
        [
            SlotRequest.Fixed("a", "A", 30, 9),
            SlotRequest.Fixed("pinned", "Pinned", 30, 1) with { PinnedStart = Day + new LocalTime(15, 0) },
            SlotRequest.Fixed("b", "B", 30, 8),
        ]);

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.Equal(Day + new LocalTime(15, 0), agenda.FindTopic("pinned")!.LocalStart);
        Assert.Empty(agenda.Unplaced);
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
    }

    [Fact]
    public void Pack_AvailabilityWindow_KeepsTheTopicInsideIt()
    {
        var request = new PackingRequest(TwoSessions(60, 60),
        [
            SlotRequest.Fixed("a", "A", 60, 1) with { Availability = [new LocalWindow(Day + new LocalTime(12, 0), Day + new LocalTime(18, 0))] },
            SlotRequest.Fixed("b", "B", 60, 9),
        ]);

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.Equal("session-2", agenda.FindTopic("a")!.BlockId);
        Assert.Equal("session-1", agenda.FindTopic("b")!.BlockId);
    }

    [Fact]
    public void Diagnose_OrganizerMistakes_ExplainsEachInWords()
    {
        var request = new PackingRequest(TwoSessions(60, 60),
        [
            SlotRequest.Fixed("long", "Long", 90),
            SlotRequest.Fixed("away", "Away", 30) with { Availability = [new LocalWindow(Day + new LocalTime(18, 0), Day + new LocalTime(20, 0))] },
            SlotRequest.Fixed("ok", "Fine", 30),
        ]);

        var problems = Packers.Diagnose(request);

        Assert.Equal([ErrorCodes.Scheduling.TopicTooLong, ErrorCodes.Scheduling.AvailabilityMissesSessions], problems.Select(p => p.Code));
        Assert.Equal(["long", "away"], problems.Select(p => p.GetMetadataText("topic")));
        Assert.Contains("longer than every session", problems[0].Message, StringComparison.Ordinal);
        var agenda = Packers.Exact.Pack(request).Value;
        Assert.Equal(problems.Select(p => p.Code), agenda.Unplaced.Select(u => u.Code));
    }

    [Fact]
    public void Pack_PresenterPinnedIntoTwoParallelRooms_LeavesTheLighterOutWithCode()
    {
        // Before issue 14 this refused the whole request; now the lighter topic is left out with the reason
        // (in 40 minutes the two 30-minute topics cannot run one after the other either).
        var request = new PackingRequest(OneSession(40, "A", "B"),
        [
            SlotRequest.Fixed("x", "X", 30, 2) with { Presenters = ["Ada"], PinnedBlockId = "session-1", PinnedRoom = "A" },
            SlotRequest.Fixed("y", "Y", 30, 1) with { Presenters = ["Ada"], PinnedBlockId = "session-1", PinnedRoom = "B" },
        ]);

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.Equal(["x"], agenda.Topics.Select(i => i.TopicId));
        var unplaced = Assert.Single(agenda.Unplaced);
        Assert.Equal(("y", ErrorCodes.Scheduling.PresenterDoublePinned), (unplaced.TopicId, unplaced.Code));
        Assert.Contains("Ada", unplaced.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_MorePinnedMinutesThanTheSessionHolds_LeavesTheLightestOutAndDiagnoses()
    {
        // Before issue 14 this refused the whole request; now the lighter pinned topic is left out.
        var request = new PackingRequest(TwoSessions(60, 60),
        [
            SlotRequest.Fixed("x", "X", 40) with { PinnedBlockId = "session-1" },
            SlotRequest.Fixed("y", "Y", 40, 2) with { PinnedBlockId = "session-1" },
        ]);

        var agenda = Packers.Heuristic.Pack(request).Value;

        Assert.Equal(["y"], agenda.Topics.Select(i => i.TopicId));
        Assert.Equal(("x", ErrorCodes.Scheduling.PinnedMinutesExceedSession), (agenda.Unplaced[0].TopicId, agenda.Unplaced[0].Code));
        var note = Assert.Single(Packers.Diagnose(request));
        Assert.Equal(ErrorCodes.Scheduling.PinnedMinutesExceedSession, note.Code);
        Assert.Equal(80, note.Metadata["minutes"]);
    }

    [Fact]
    public void Pack_BadInput_ReturnsEveryErrorWithCodesNeverThrows()
    {
        var template = OneSession(60) with
        {
            Blocks = [.. OneSession(60).Blocks, new AgendaBlock("session-1", "Again", BlockKind.Session, Day, new LocalTime(16, 0), new LocalTime(15, 0))],
        };
        var request = new PackingRequest(template,
        [
            new SlotRequest("a", "A") { DiscussionMinimumMinutes = 30, DiscussionMaximumMinutes = 15 },
            SlotRequest.Fixed("a", "Again", 10),
            SlotRequest.Fixed("w", "W", 10, double.NaN),
        ]);

        var result = Packers.Exact.Pack(request);

        Assert.Equal(
            [ErrorCodes.Scheduling.BlockInvalid, ErrorCodes.Scheduling.BlockInvalid, ErrorCodes.Scheduling.RequestInvalid, ErrorCodes.Scheduling.DuplicateTopic, ErrorCodes.Scheduling.RequestInvalid],
            result.Codes());
    }

    [Fact]
    public void Pack_UnknownReferences_FailWithCodes()
    {
        var request = new PackingRequest(OneSession(60),
        [
            SlotRequest.Fixed("a", "A", 10) with { Conflicts = ["ghost"] },
            SlotRequest.Fixed("b", "B", 10) with { PinnedBlockId = "nowhere" },
            SlotRequest.Fixed("c", "C", 10) with { PinnedBlockId = "session-1", PinnedRoom = "Attic" },
        ]);

        var result = Packers.Exact.Pack(request);

        Assert.Equal([ErrorCodes.Scheduling.UnknownTopic, ErrorCodes.Scheduling.UnknownBlock, ErrorCodes.Scheduling.UnknownRoom], result.Codes());
    }

    [Fact]
    public void Pack_SessionInADstGap_FailsWithSkippedLocalTimeCode()
    {
        var template = new AgendaTemplate("s", "Night summit", NewYork, "Main")
        {
            Blocks = [new AgendaBlock("session-1", "Night", BlockKind.Session, new LocalDate(2024, 3, 10), new LocalTime(2, 30), new LocalTime(4, 0))],
        };

        var result = Packers.Exact.Pack(new PackingRequest(template, [SlotRequest.Fixed("a", "A", 30)]));

        Assert.Equal(ErrorCodes.Scheduling.LocalTimeSkipped, Assert.Single(result.SummitErrors()).Code);
    }

    [Fact]
    public void Pack_SessionAcrossTheRepeatedHour_FailsWithTheClockChangeCodeBeforeAnyItemBoundaryIsAmbiguous()
    {
        // A 60-minute topic at 00:30 would end at 01:30, which happens twice; the session itself runs across the change
        // (00:30–03:00 wall time is 210 real minutes), so the request is refused up front.
        var template = new AgendaTemplate("s", "Night summit", NewYork, "Main")
        {
            Blocks = [new AgendaBlock("session-1", "Night", BlockKind.Session, new LocalDate(2024, 11, 3), new LocalTime(0, 30), new LocalTime(3, 0))],
        };

        var result = Packers.Exact.Pack(new PackingRequest(template, [SlotRequest.Fixed("a", "A", 60)]));

        Assert.Equal([ErrorCodes.Scheduling.BlockSpansClockChange], result.SummitErrors().Select(e => e.Code));
    }

    [Fact]
    public void Pack_UtcRollover_InstantsFollowTheLocalDate()
    {
        var template = AgendaTemplates.Standard("pycon-us-2026-packaging", "PyCon US 2026", DateTimeZoneProviders.Tzdb["America/Los_Angeles"], new LocalDate(2026, 5, 15), new LocalTime(13, 45), "Room 201A");

        var agenda = Packers.Exact.Pack(new PackingRequest(template, [])).Value;

        Assert.Equal(Instant.FromUtc(2026, 5, 15, 20, 45), agenda.Items[0].Start);
        Assert.Equal(Instant.FromUtc(2026, 5, 16, 0, 45), agenda.Items[^1].End);
    }

    [Fact]
    public void Repack_DayOfTopicAdded_KeepsEveryEarlierTopicWhereItWas()
    {
        var template = TwoSessions(90, 90);
        ImmutableArray<SlotRequest> topics = [.. Enumerable.Range(0, 5).Select(i => SlotRequest.Fixed("t" + i, "T" + i, 30, 5 - i))];
        var first = Packers.Exact.Pack(new PackingRequest(template, topics)).Value;

        var second = Packers.Exact.Pack(new PackingRequest(template, topics.Add(SlotRequest.Fixed("day-of", "Brought on the day", 30, 1))) { Previous = first }).Value;

        Assert.All(first.Topics, i => Assert.Equal((i.BlockId, i.LocalStart), (second.FindTopic(i.TopicId!)!.BlockId, second.FindTopic(i.TopicId!)!.LocalStart)));
        Assert.NotNull(second.FindTopic("day-of"));
        Assert.Equal(1, second.Objective.MovedTopics);
    }

    [Fact]
    public void Repack_NewTopicFitsEitherSession_GoesWhereNoStartMoves()
    {
        // Session 1: a 15–45-minute discussion, then a fixed 15-minute topic, fill its hour. Session 2: a fixed topic,
        // then a 15–45 one. A new fixed 15-minute topic fits either: the first shrinks by 15 minutes, so the one after
        // it in session 1 would start 15 minutes earlier; in session 2 the topic that shrinks is the last, and no start
        // moves. Same weight, minutes and moved topics both ways; rule 4 alone would pick session 1.
        var template = TwoSessions(60, 60);
        ImmutableArray<SlotRequest> topics =
        [
            new SlotRequest("a", "A") { DiscussionMaximumMinutes = 45, PinnedBlockId = "session-1" },
            SlotRequest.Fixed("b", "B", 15) with { PinnedBlockId = "session-1" },
            SlotRequest.Fixed("d", "D", 15) with { PinnedBlockId = "session-2" },
            new SlotRequest("c", "C") { DiscussionMaximumMinutes = 45, PinnedBlockId = "session-2" },
        ];
        var first = Packers.Exact.Pack(new PackingRequest(template, topics)).Value;
        Assert.Equal((SummitDay.At(9, 45), SummitDay.At(13, 15)), (first.FindTopic("b")!.LocalStart, first.FindTopic("c")!.LocalStart));

        var second = Packers.Exact.Pack(new PackingRequest(template, topics.Add(SlotRequest.Fixed("n", "New", 15))) { Previous = first }).Value;

        Assert.True(second.IsProvenOptimal);
        Assert.Equal(("session-2", SummitDay.At(13, 45)), (second.FindTopic("n")!.BlockId, second.FindTopic("n")!.LocalStart));
        Assert.Equal((1, 0, 120), (second.Objective.MovedTopics, second.Objective.MinutesMoved, second.Objective.TopicMinutes));
        Assert.Equal(30, second.FindTopic("c")!.DiscussionMinutes);
    }

    [Fact]
    public void Pack_NodeLimitReached_ReportsBoundAndGapWithoutProof()
    {
        var topics = Enumerable.Range(0, 20).Select(i => SlotRequest.Fixed("t" + i, "T" + i, 20 + (i * 7 % 23), 1 + (i * 5 % 9))).ToImmutableArray();
        var request = new PackingRequest(TwoSessions(100, 110), topics) { SearchNodeLimit = 50, GridMinutes = 1 };

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.False(agenda.IsProvenOptimal);
        Assert.True(agenda.Objective.WeightUpperBound >= agenda.Objective.PlacedWeight);
        Assert.InRange(agenda.Objective.Gap, 0, 1);
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
    }

    [Fact]
    public void FromProposal_TopicProposal_TakesIdTitlePresentersAndMinutes()
    {
        var proposal = new TopicProposal("p1", "Lock files", Instant.FromUtc(2024, 4, 1, 0, 0))
        {
            Proposers = ["Brett"], WantsLightningTalk = true, LightningTalkMinutes = 5, DesiredDiscussionMinutes = 25,
        };

        var request = SlotRequest.FromProposal(proposal, 42);

        Assert.Equal(("p1", "Lock files", 5, 15, 25, 42.0), (request.Id, request.Title, request.LightningTalkMinutes, request.DiscussionMinimumMinutes, request.DiscussionMaximumMinutes, request.Weight));
        Assert.Equal(new[] { "Brett" }, request.Presenters.AsEnumerable());
    }

    [Fact]
    public void TryGetAndGet_BuiltInNames_FoundCaseInsensitively()
    {
        Assert.True(Packers.TryGet("EXACT", out var exact));
        Assert.Same(Packers.Exact, exact);
        Assert.Same(Packers.Heuristic, Packers.Get(" heuristic ").Value);
        Assert.Equal(Packers.All.Select(p => p.Name), Packers.Names);
    }

    [Fact]
    public void TryGetAndGet_UnknownName_FalseAndCodedErrorListingTheNames()
    {
        Assert.False(Packers.TryGet("ilp", out var packer));
        Assert.Null(packer);
        var result = Packers.Get("ilp");
        Assert.Equal([ErrorCodes.Scheduling.UnknownPacker], result.Codes());
        Assert.Contains("exact, heuristic", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_DefaultShape_Is240MinutesOfThe2024Frame()
    {
        var template = AgendaTemplates.Standard("x", "X", NewYork, Day, new LocalTime(13, 45), "Room 319");

        Assert.Equal(["welcome", "session-1", "break", "session-2", "open-time"], template.Blocks.Select(b => b.Id));
        Assert.Equal([15, 105, 30, 75, 15], template.Blocks.Select(b => b.Minutes));
        Assert.Equal(15, template.Blocks[1].ReservedMinutes);
    }
    [Fact]
    public void ExactPack_30TopicsInto4Sessions_ProvesOptimality()
    {
        var request = PackingInstances.Summit();

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.True(agenda.IsProvenOptimal);
        Assert.Equal(agenda.Objective.PlacedWeight, agenda.Objective.WeightUpperBound);
        Assert.True(agenda.Objective.PlacedWeight >= Packers.Heuristic.Pack(request).Value.Objective.PlacedWeight);
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
    }
    [Fact]
    public void Repack_UnchangedInput_ChangesNothing()
    {
        var template = AgendaTemplates.PyConUs2024();
        ImmutableArray<SlotRequest> topics = [.. Enumerable.Range(0, 9).Select(i => new SlotRequest("t" + i, "T" + i) { Weight = 9 - i, Presenters = ["P" + (i % 4)] })];
        var request = new PackingRequest(template, topics);
        var first = Packers.Exact.Pack(request).Value;

        var again = Packers.Exact.Pack(request with { Previous = first }).Value;
        Assert.Equal(first.Objective with { SearchNodes = 0 }, again.Objective with { SearchNodes = 0 });

        // ImmutableArray's own Equals compares array references, so compare the items one by one.
        Assert.Equal(first.Items.AsEnumerable(), again.Items.AsEnumerable());
        Assert.Equal(first.Unplaced.AsEnumerable(), again.Unplaced.AsEnumerable());
        Assert.Equal(0, again.Objective.MovedTopics);
    }

    [Fact]
    public void ExactPack_TenBreakoutsForFiveTables_PlacesTheFiveHeaviestInParallel()
    {
        var template = AgendaTemplates.PyConUs2024();
        var breakouts = Enumerable.Range(0, 10).Select(i => SlotRequest.Fixed("b" + i, "Breakout " + i, 75, 10 - i) with { AllowedRooms = ["Table 1", "Table 2", "Table 3", "Table 4", "Table 5"] }).ToImmutableArray();

        var agenda = Packers.Exact.Pack(new PackingRequest(template, breakouts)).Value;

        Assert.True(agenda.IsProvenOptimal);
        Assert.Equal(["b0", "b1", "b2", "b3", "b4"], agenda.Topics.Select(i => i.TopicId!).Order());
        Assert.Equal(5, agenda.Topics.Select(i => i.Room).Distinct().Count());
    }
}
