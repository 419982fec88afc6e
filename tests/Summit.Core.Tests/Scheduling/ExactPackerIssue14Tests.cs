using System.Collections.Immutable;
using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;
using Xunit.Abstractions;

namespace Summit.Core.Tests.Scheduling;

/// <summary>Issue 14: the proof no longer gives up early, weights are exact, over-constrained pins leave topics out, ties follow the docs.</summary>
public sealed class ExactPackerIssue14Tests(ITestOutputHelper output)
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly LocalDate Day = new(2024, 5, 18);

    private static AgendaBlock Session(string id, int hour, int minute, int minutes, params string[] rooms) =>
        new(id, id, BlockKind.Session, Day, new LocalTime(hour, minute), new LocalTime(hour, minute).PlusMinutes(minutes)) { Rooms = [.. rooms] };

    private static AgendaTemplate Template(params AgendaBlock[] blocks) => new("s", "Summit", NewYork, "Main") { Blocks = [.. blocks] };

    /// <summary>The first half of the study set, packed by the regression guard below (the whole set is measured by the benchmarks).</summary>
    private const int GuardedInstances = 150;

    /// <summary>
    /// At most this many of them are not proven optimal on every objective within 200,000 nodes (measured: none since
    /// the seventh #14 session's lane order with the pinned lanes first proved 133; 1 since the group knapsack's minutes
    /// of the sixth (133); 2 since the lane-by-lane proofs of the fifth (133 and 134); 9 since the timing bounds and cuts
    /// of the #14 performance pass; 20 before them; 55 before the timing reductions of the second #14 session).
    /// </summary>
    private const int MaxUnprovenInStudy = 0;

    /// <summary>
    /// At most this many nodes in all (measured: 377,319 since the seventh #14 session's lane-pattern bounds, whose
    /// knapsacks count as nodes; 378,718 once the pinned lanes first proved 133 in 28,229; 549,500 with 133 unproven at
    /// 200,000; node counts are the same on every machine, so a bound or search order that gets weaker shows here first).
    /// </summary>
    private const long MaxNodesInStudy = 450_000;

    /// <summary>At most this many have a weight gap (measured: 0 of 150 since the lane-by-lane proofs; 5 before them, 8 before the #14 performance pass).</summary>
    private const int MaxWeightGapsInStudy = 0;

    [Fact]
    public void ExactPack_SixteenIdenticalTopicsInThreeShortSessions_ProvesTheOptimumAtOnce()
    {
        var template = Template(Session("a", 9, 0, 40), Session("b", 11, 0, 45), Session("c", 13, 0, 50));
        var topics = Enumerable.Range(0, 16).Select(i => new SlotRequest("t" + i, "T" + i)).ToImmutableArray();

        var agenda = Packers.Exact.Pack(new PackingRequest(template, topics)).Value;

        Assert.True(agenda.IsProvenOptimal);
        Assert.Equal((8, 135), (agenda.Objective.PlacedTopics, agenda.Objective.TopicMinutes));
        Assert.InRange(agenda.Objective.SearchNodes, 1, 100);

        // Ties go to earlier topics: t0..t7 are placed.
        Assert.Equal(Enumerable.Range(0, 8).Select(i => "t" + i), agenda.Topics.Select(i => i.TopicId!).OrderBy(id => int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void ExactPack_EqualWeightsDifferentMinimums_TheEarlierTopicWins()
    {
        var template = Template(Session("a", 9, 0, 25));
        var request = new PackingRequest(template,
        [
            new SlotRequest("t1", "Lightning and fixed discussion") { LightningTalkMinutes = 10, DiscussionMinimumMinutes = 15, DiscussionMaximumMinutes = 15 },
            new SlotRequest("t4", "Elastic"),
        ]);

        foreach (var packer in Packers.All)
        {
            var agenda = packer.Pack(request).Value;
            Assert.Equal(["t1"], agenda.Topics.Select(i => i.TopicId));
        }
    }

    [Fact]
    public void Pack_ManyFractionalWeights_PlacedWeightIsTheExactDecimalSumForBothPackers()
    {
        var template = Template(Session("a", 9, 0, 600, "A", "B"));
        var topics = Enumerable.Range(0, 40).Select(i => SlotRequest.Fixed("t" + i, "T" + i, 15, 7.73 + (i * 0.01))).ToImmutableArray();
        var request = new PackingRequest(template, topics);
        var expected = (double)topics.Sum(t => (decimal)t.Weight);

        var exact = Packers.Exact.Pack(request).Value;
        var heuristic = Packers.Heuristic.Pack(request).Value;

        Assert.Equal(expected, exact.Objective.PlacedWeight);
        Assert.Equal(expected, heuristic.Objective.PlacedWeight);
        Assert.Equal(exact.Objective.PlacedWeight, exact.Objective.WeightUpperBound);
    }

    [Fact]
    public void Pack_GroupedTopicsPinnedToStartsInDifferentSessions_LeavesTheLighterOutAndDiagnoses()
    {
        var template = Template(Session("s1", 13, 0, 60), Session("s2", 14, 30, 60));
        var request = new PackingRequest(template,
        [
            SlotRequest.Fixed("a", "A", 30, 2) with { PinnedStart = Day + new LocalTime(13, 0) },
            SlotRequest.Fixed("b", "B", 30) with { PinnedStart = Day + new LocalTime(14, 30), SameSessionAs = ["a"] },
        ]);

        foreach (var packer in Packers.All)
        {
            var agenda = packer.Pack(request).Value;
            Assert.Equal(["a"], agenda.Topics.Select(i => i.TopicId));
            Assert.Equal(("b", ErrorCodes.Scheduling.GroupedPinsApart), (agenda.Unplaced[0].TopicId, agenda.Unplaced[0].Code));
            Assert.Empty(AgendaInvariants.Violations(request, agenda));
        }

        var problem = Assert.Single(Packers.Diagnose(request));
        Assert.Equal((ErrorCodes.Scheduling.GroupedPinsApart, "b"), (problem.Code, problem.GetMetadataText("topic")));
    }

    [Fact]
    public void Pack_GroupedTopicsPinnedToDifferentSessions_DiagnosedAndTheLighterLeftOut()
    {
        var template = Template(Session("s1", 13, 0, 60), Session("s2", 14, 30, 60));
        var request = new PackingRequest(template,
        [
            SlotRequest.Fixed("a", "A", 30, 2) with { PinnedBlockId = "s1" },
            SlotRequest.Fixed("b", "B", 30) with { PinnedBlockId = "s2", SameSessionAs = ["a"] },
        ]);

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.Equal(["a"], agenda.Topics.Select(i => i.TopicId));
        Assert.Equal(ErrorCodes.Scheduling.GroupedPinsApart, Assert.Single(agenda.Unplaced).Code);
        var problem = Assert.Single(Packers.Diagnose(request));
        Assert.Equal((ErrorCodes.Scheduling.GroupedPinsApart, "b", "a"), (problem.Code, problem.GetMetadataText("topic"), problem.GetMetadataText("other")));
    }

    [Fact]
    public void Pack_ConflictingTopicsPinnedToTheSameTime_LeavesTheLighterOutInsteadOfFailing()
    {
        var template = Template(Session("s1", 13, 0, 60, "A", "B"));
        var at = Day + new LocalTime(13, 0);
        var request = new PackingRequest(template,
        [
            SlotRequest.Fixed("light", "Light", 30, 1) with { Presenters = ["Ines"], PinnedStart = at, PinnedRoom = "A" },
            SlotRequest.Fixed("heavy", "Heavy", 30, 3) with { Presenters = ["Ines"], PinnedStart = at, PinnedRoom = "B" },
            SlotRequest.Fixed("other", "Other", 30, 2),
        ]);

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.True(agenda.IsProvenOptimal);
        Assert.Equal(("light", ErrorCodes.Scheduling.PresenterDoublePinned), (agenda.Unplaced[0].TopicId, agenda.Unplaced[0].Code));
        Assert.Contains("Ines", agenda.Unplaced[0].Message, StringComparison.Ordinal);
        Assert.Equal(["heavy", "other"], agenda.Topics.Select(i => i.TopicId!).Order());
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
    }

    [Fact]
    public void Pack_WindowInsideASession_IsNoProblemAndTheTopicRunsInsideIt()
    {
        // Before the natural model this was `availability-misses-sessions`: the window had to cover the whole lane.
        var template = Template(Session("session-1", 13, 45, 90));
        var window = new LocalWindow(Day + new LocalTime(14, 30), Day + new LocalTime(15, 30));
        var request = new PackingRequest(template, [SlotRequest.Fixed("t", "T", 25) with { Presenters = ["Ines"], Availability = [window] }]);

        Assert.Empty(Packers.Diagnose(request));
        var item = Packers.Exact.Pack(request).Value.FindTopic("t")!;
        Assert.True(window.Contains(item.LocalStart, item.LocalEnd));
    }

    [Fact]
    public void Repack_EqualSlackTie_GoesToTheEarlierRequestNotTheEarlierLanePosition()
    {
        var template = Template(Session("a", 9, 0, 35));
        var elastic = new SlotRequest("first", "First") { DiscussionMinimumMinutes = 15, DiscussionMaximumMinutes = 30 };
        var later = elastic with { Id = "second", Title = "Second" };

        // The previous agenda ran "second" before "first"; re-packing keeps that order in the lane.
        var previous = Packers.Exact.Pack(new PackingRequest(template, [later, elastic]) { Slack = SlackDistribution.Equal, GridMinutes = 1 }).Value;
        var agenda = Packers.Exact.Pack(new PackingRequest(template, [elastic, later]) { Slack = SlackDistribution.Equal, Previous = previous, GridMinutes = 1 }).Value;

        Assert.Equal(["second", "first"], agenda.Topics.Select(i => i.TopicId));
        Assert.Equal(18, agenda.FindTopic("first")!.DiscussionMinutes);
        Assert.Equal(17, agenda.FindTopic("second")!.DiscussionMinutes);
    }

    [Fact]
    public void ExactPack_StudyInstanceNoLaneOfWhichTheKnapsackFills_IsProvenByTheNeighbourhoodSearchAndTheLanePatternBound()
    {
        // Measured without the neighbourhood search (lane pairs searched again from the incumbent): 236 kept a weight of
        // 119 (CP-SAT finds 120, and proves nothing in 60 s). The knapsack bound says 122; the lane-pattern bound (each
        // lane's stretches their own knapsacks, priced so that a topic counts once) says 120 after 20 steps, so the
        // neighbourhood search's 120 is proven. Before the lane-pattern bound: 200,000 nodes without a proof (one
        // lane-by-lane order proved it in 1,639,310). Measured 26,769 nodes in all.
        AssertProvenWithin(236, 120, 415, 40_000);
    }

    /// <summary>Study(<paramref name="instance"/>) at 200,000 nodes is proven optimal with this weight and these minutes, within <paramref name="maxNodes"/>, and keeps every hard rule.</summary>
    private static void AssertProvenWithin(int instance, double weight, int minutes, int maxNodes) =>
        PackerProperties.AssertProvenWithin(PackingInstances.Study(instance), weight, minutes, maxNodes);

    [Theory]
    [InlineData(153, 121, 480, 30_000)] // two rooms of 60 minutes the lengths that must go there cannot fill: knapsack bound 125
    [InlineData(225, 82, 340, 20_000)] // knapsack bound 84
    [InlineData(21, 115, 405, 30_000)] // knapsack bound 117
    public void ExactPack_StudyInstanceWhoseKnapsackBoundIsTooHigh_IsProvenByTheLaneByLaneSearch(int instance, double weight, int minutes, int maxNodes)
    {
        // Before the lane-by-lane search each stopped at 200,000 nodes with a weight gap (3,000,000 nodes proved only 21),
        // although its agenda was already optimal (CP-SAT, NaturalModelDifferentialTests).
        AssertProvenWithin(instance, weight, minutes, maxNodes);
    }

    [Theory]
    [InlineData(134, 134, 650, 55_000)] // 200,000 nodes without a proof before; 50,088 measured (42,166 until the neighbourhood search got a tenth of the limit)
    [InlineData(38, 107, 535, 5_000)] // 38,388 nodes before
    [InlineData(32, 71, 390, 8_000)] // 40,096 nodes before
    public void ExactPack_StudyInstanceWhoseMinutesTheGroupKnapsackBounds_IsProvenSooner(int instance, double weight, int minutes, int maxNodes)
    {
        // The weight bound's knapsack of the topics confined to the same lanes also bounds the minutes: an agenda as heavy
        // as the bound places a heaviest set of every group, so at most that set's longest lengths (38: of the three
        // topics only one 40-minute session may take, the heaviest, not the longest; 134: the one of two topics confined to
        // a room with a pinned topic that fits beside it). Measured since the sixth #14 session.
        AssertProvenWithin(instance, weight, minutes, maxNodes);
    }

    [Fact]
    public void ExactPack_StudyInstanceWhosePinnedLaneWastesMinutes_IsProvenByFillingThatLaneFirst()
    {
        // Every topic is placed (weight 90 of 90), so t20, a fixed 20-minute topic only Room 0 of the second session may
        // take, goes before t18, pinned 30 minutes into that 70-minute session: 10 minutes there are lost, 585 of 595. No
        // bound sees it until that lane is filled; the lane-by-lane order with the pinned lanes first proves it in 61
        // nodes. Before that order: 200,000 nodes without a proof of the minutes. Measured 28,229 nodes in all.
        AssertProvenWithin(133, 90, 585, 40_000);
    }

    [Theory]
    [InlineData(24, 106, 495)] // was 105 of a 106 bound
    [InlineData(111, 99, 430)] // was 98 of 99
    [InlineData(116, 135, 570)] // was 133 of 135
    [InlineData(135, 76, 410)] // weight proven, minutes not
    [InlineData(137, 101, 525)] // was 520 minutes
    public void ExactPack_ProvenByTheLaneByLaneSearch_FindsTheOptimumAndKeepsTheLocalTieRule(int instance, double weight, int minutes)
    {
        // The lane-by-lane search proves the weight and the minutes. It then finds the search's own first optimal leaf
        // topic by topic (24, 116) or, when that is not decided within a tenth of the limit (111, 135, 137), breaks the
        // ties locally: either way no topic is left out while a later topic of the same weight sits in a lane it may use
        // and swapping them keeps every rule, the minutes and the moves.
        var request = PackingInstances.Study(instance) with { SearchNodeLimit = 200_000 };
        var model = PackingModel.Build(request).Value;

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.True(agenda.IsProvenOptimal);
        Assert.Equal((weight, minutes, weight), (agenda.Objective.PlacedWeight, agenda.Objective.TopicMinutes, agenda.Objective.WeightUpperBound));
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
        Assert.Null(PackerRuleProperties.EarlierTopicThatCouldTakeAPlace(model, PackerRuleProperties.LanesOf(model, agenda)));
    }

    [Fact]
    public void ExactPack_StudyInstanceWithGroupedTopics_IsProvenWithFewerNodesThanBeforeTheGroupingBound()
    {
        // Grouped topics in the weight bound (a topic grouped with an assigned one needs a lane in its session, and two
        // grouped topics with no session in common count once): measured 3,742 nodes, 6,374 without.
        var request = PackingInstances.Study(212) with { SearchNodeLimit = 200_000 };

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.True(agenda.IsProvenOptimal);
        Assert.InRange(agenda.Objective.SearchNodes, 1, 5_000);
    }

    /// <summary>
    /// Instances <paramref name="first"/> to <paramref name="first"/> + <see cref="GuardedInstances"/> − 1 at 200,000 nodes:
    /// the committed study set's first half (its limits above), and the same generator's Study(300..449), past the
    /// committed set and never tuned on (measured in the seventh #14 session: every valid request proven, 390,016 nodes
    /// in all; Study(335) is a request the generator made invalid and is refused), so that a change tuned to the
    /// committed set cannot quietly lose the instances it was not tuned on.
    /// </summary>
    [Theory]
    [InlineData(0, MaxUnprovenInStudy, MaxNodesInStudy)]
    [InlineData(300, 0, 470_000)]
    public void ExactPack_StudySet_ProvenAndWeightProvenSharesWithin200000NodesAndEveryAgendaValid(int first, int maxUnproven, long maxNodes) =>
        Guard(i => PackingInstances.Study(i), first, GuardedInstances, maxUnproven, MaxWeightGapsInStudy, maxNodes);

    /// <summary>
    /// The eight-lane set's first 60 instances (<see cref="PackingInstances.StudyEightLanes"/>: issue 14 says up to 8
    /// parallel lanes, the study set stops at 7), at 200,000 nodes. Measured in the fifteenth #14 session: none unproven,
    /// 779,292 nodes (48 and 49 proven); in the fourteenth: 2 unproven, 1,007,040 nodes; in the twelfth: 2 unproven, no
    /// weight gap, 1,060,555 nodes (the first incumbent's provisional minutes and shorter tentative checks, the first
    /// optimal leaf's search held to its share); eleventh: 2 unproven, no weight gap, 1,097,555 nodes (the fail-first search proved 33 and found 49's weight); tenth: 3 unproven, 1 gap,
    /// 1,295,786 nodes (the minutes climb proved 4, 31 and 37); ninth: 6 unproven, 1 gap, 1,898,346
    /// nodes; eighth: 6 unproven, 3 gaps, 2,047,243 nodes (the conflict cliques closed two gaps). Not the target yet: a guard that the figures do not get worse, and that every agenda keeps every rule.
    /// </summary>
    [Fact]
    public void ExactPack_EightLaneSet_ProvenSharesWithin200000NodesAndEveryAgendaValid() =>
        Guard(PackingInstances.StudyEightLanes, 0, 60, maxUnproven: 0, maxGaps: 0, maxNodes: 900_000);

    [Theory]
    [InlineData(110, 110.0, 480, 80_000)]
    [InlineData(182, 129.0, 560, 60_000)]
    public void ExactPack_ProvenAtTheCeilings_HoldsTheTimingOfTheFirstOptimalLeafSearchToItsShare(int instance, double weight, int minutes, int mostNodes) =>
        // Before: 112,823 and 128,825 nodes; the search for the first optimal leaf, given a tenth of the round's share
        // (20,000), spent 76,000 and 114,000 in feasibility searches that ran to their own limit of 100,000, and failed.
        PackerProperties.AssertProvenWithin(PackingInstances.StudyEightLanes(instance), weight, minutes, mostNodes);

    [Fact]
    public void ExactPack_ProvenInALaterRound_SearchesTheFirstOptimalLeafWithTheFirstRoundsTenth()
    {
        // Eight-lane 49 is proven only in the third round (shares of 5,000,000); its first optimal leaf is not found
        // there either, and the search for it took a tenth of that round (500,000 nodes, 2,071,026 in all) before the
        // thirteenth #14 session, a tenth of the first round's share (20,000) since. No instance of either study set found
        // its first optimal leaf with more than 15,434 nodes.
        var request = PackingInstances.StudyEightLanes(49) with { SearchNodeLimit = 5_000_000 };

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.True(agenda.IsProvenOptimal);
        Assert.Equal((163.0, 600), (agenda.Objective.PlacedWeight, agenda.Objective.TopicMinutes));
        Assert.InRange(agenda.Objective.SearchNodes, 1, 1_600_000);
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
    }

    [Fact]
    public void ExactPack_FeasibilityCheckLongerThanItsStage_WaitsForALaterStage() =>
        // Before: 129,506 nodes, 100,000 of them in one feasibility check of the fail-first proof (a fortieth of the round).
        PackerProperties.AssertProvenWithin(PackingInstances.StudyEightLanes(123), 131, 600, 100_000);

    [Fact]
    public void IsFeasible_CheckStoppedAtTheStagesShare_IsANoForThatStageOnly()
    {
        // A no that clears IsFeasibilityExact only until the next stage, and is not remembered as an answer, so the
        // same check with no stage limit says yes.
        var (timing, laneOf, lane) = CheckOf123UndecidedWithinOneNode();

        Assert.True(timing.StageUndecided);
        Assert.False(timing.IsFeasibilityExact);

        (timing.StageUndecided, timing.StageWorkLimit) = (false, long.MaxValue);

        Assert.True(timing.IsFeasibilityExact);
        Assert.True(timing.IsFeasible(laneOf, lane));
        Assert.True(timing.IsFeasibilityExact);
    }

    [Fact]
    public void IsFeasible_CheckUndecidedBefore_WithNoMoreNodes_IsANoWithoutASearch()
    {
        // The same check held to one node again answers no (and marks its stage undecided) without searching again;
        // given more nodes, it searches, and says yes.
        var (timing, laneOf, lane) = CheckOf123UndecidedWithinOneNode();
        (timing.StageUndecided, timing.StageWorkLimit) = (false, timing.Work);
        var (searches, nodes) = (timing.Searches, timing.FeasibilityNodes);

        Assert.False(timing.IsFeasible(laneOf, lane));
        Assert.True(timing.StageUndecided);
        Assert.Equal((searches, nodes), (timing.Searches, timing.FeasibilityNodes));

        (timing.StageUndecided, timing.StageWorkLimit) = (false, long.MaxValue);

        Assert.True(timing.IsFeasible(laneOf, lane));
        Assert.Equal(searches + 1, timing.Searches);
    }

    [Fact]
    public void MinutesIfAtLeast_SearchStoppedAtTheStagesShare_IsNotReachedForThatStageOnly()
    {
        // Eight-lane instance 126: the heuristic's agenda has a component of eight rooms whose most minutes no search of
        // 50,000 nodes settles. Held to a stage of one node, asking whether it reaches its bound is a no for the
        // stage (not remembered as an answer, and IsMinutesExact false only until the stage ends); asked again within
        // the same nodes, it searches no more; without the stage's limit it searches again.
        var model = PackingModel.Build(PackingInstances.StudyEightLanes(126) with { SearchNodeLimit = 200_000 }).Value;
        var laneOf = HeuristicPacker.Solve(model, out _);
        var timing = PackingModel.Build(PackingInstances.StudyEightLanes(126) with { SearchNodeLimit = 200_000 }).Value.Timing;
        var bound = timing.MinutesBound(laneOf);
        timing.StageWorkLimit = timing.Work;

        Assert.Equal(-1, timing.MinutesIfAtLeast(laneOf, bound));
        Assert.True(timing.StageMinutesUndecided);
        Assert.False(timing.IsMinutesExact);
        Assert.True(timing.IsFeasibilityExact);
        var (searches, nodes) = (timing.Searches, timing.MinutesNodes);

        Assert.Equal(-1, timing.MinutesIfAtLeast(laneOf, bound));
        Assert.Equal((searches, nodes), (timing.Searches, timing.MinutesNodes));

        (timing.StageMinutesUndecided, timing.StageWorkLimit) = (false, long.MaxValue);

        Assert.True(timing.IsMinutesExact);
        timing.MinutesIfAtLeast(laneOf, bound);
        Assert.Equal(searches + 1, timing.Searches);
        Assert.False(timing.StageMinutesUndecided);
    }

    [Fact]
    public void ExactPack_ConflictingTopicsInFullRooms_ProvenWithinTheFirstRound() =>
        // Eight-lane instance 168: unproven at 200,000 nodes before the fourteenth #14 session (595 of 600 minutes, its
        // feasibility checks of 22-24 topics in eight full rooms stopping at each stage's 20,000 nodes); the starts each
        // lane leaves its clique members decide them (LaneTimingTests.IsFeasible_ConflictingTopicsInFullRooms_...). Proven
        // in 62,269 nodes then; 104,097 since the fifteenth session's clique-aware layouts in time order (another path).
        PackerProperties.AssertProvenWithin(PackingInstances.StudyEightLanes(168), 139, 600, 120_000);

    [Fact]
    public void ExactPack_MinutesSearchesHeldToTheStagesShare_LeaveTheBudgetToLaterStages() =>
        // Eight-lane instance 106, the slowest proven one at 187-254 ms before the fourteenth #14 session: 100,067 nodes,
        // minutes searches of its leaves running to their own 50,000 nodes inside stages of a few thousand.
        PackerProperties.AssertProvenWithin(PackingInstances.StudyEightLanes(106), 119, 715, 70_000);

    [Fact]
    public void ExactPack_MinutesSearchForFullRooms_SeesThatNoRoomMayIdle() =>
        // Eight-lane instance 213: 25 topics, eight rooms of 70 minutes. Before: 97,512 nodes, 42,000 of them in one minutes
        // search asking whether a 24-topic component fills every room (it does); a timing that fills every room leaves no
        // idle minute, so each clique member's starts are the sums of lengths its lane mates can take (Sequenced).
        PackerProperties.AssertProvenWithin(PackingInstances.StudyEightLanes(213), 98, 560, 2_000);

    [Fact]
    public void ExactPack_NeighbourhoodSearch_TriesTheLanesWithSpareMinutesFirst() =>
        // Eight-lane instance 49: one session of eight 75-minute rooms; the proven weight (163) gives 600 minutes only with
        // every room full. The incumbent gave 595 (one room 5 minutes short), and the neighbourhood search, taking pairs
        // of lanes in index order, did not find more within its tenth: unproven at 200,000 nodes (203,159), proven only by
        // the second round at the default limit. Pairs with the most spare minutes first find the full rooms in the first
        // round (110,935 nodes; 110,492 with the clique-aware layouts in time order).
        PackerProperties.AssertProvenWithin(PackingInstances.StudyEightLanes(49), 163, 600, 130_000);

    /// <summary>
    /// The heuristic's agenda of eight-lane instance 123 (feasible) on a fresh model, checked lane by lane with the stage
    /// held to one node: the first lane whose component's check stops undecided.
    /// </summary>
    private static (LaneTiming Timing, int[] LaneOf, int Lane) CheckOf123UndecidedWithinOneNode()
    {
        var laneOf = HeuristicPacker.Solve(PackingModel.Build(PackingInstances.StudyEightLanes(123)).Value, out _);
        var timing = PackingModel.Build(PackingInstances.StudyEightLanes(123)).Value.Timing;
        timing.StageWorkLimit = 0;
        var lane = Enumerable.Range(0, laneOf.Max() + 1).First(l => !timing.IsFeasible(laneOf, l));
        return (timing, laneOf, lane);
    }

    /// <summary>
    /// Invariant: with a first round of 100 nodes, so that every stage's share (and the feasibility checks held to it)
    /// binds, the exact packer proves what it proves with the default shares (ten topics, three sessions, three rooms).
    /// </summary>
    [SummitProperty(Arbitrary = [typeof(PackerProperties.Requests10x3x3)], Runs = 200)]
    public bool ExactPack_TinyStageShares_ProvesWhatTheDefaultProves(PackingRequest request)
    {
        var tiny = new ExactPacker { FirstRoundShare = 100 }.Pack(request);
        var plain = Packers.Exact.Pack(request);
        if (plain.IsFailed || tiny.IsFailed)
        {
            return plain.IsFailed == tiny.IsFailed;
        }

        var (a, b) = (tiny.Value, plain.Value);
        return AgendaInvariants.Violations(request, a).IsEmpty
            && (!a.IsProvenOptimal || !b.IsProvenOptimal || (a.Objective.PlacedWeight == b.Objective.PlacedWeight && a.Objective.TopicMinutes == b.Objective.TopicMinutes));
    }

    [Fact]
    public void ExactPack_IncumbentAtBothCeilingsFoundAfterTheLaneSearches_IsProvenWhenTheSearchStops()
    {
        // Eight-lane instance 73: the weight is proven (the conflict cliques' bound), and the search finds an agenda that
        // fills every lane (520 minutes, the most any agenda gives) while still exploring ties when the limit stops it.
        var request = PackingInstances.StudyEightLanes(73) with { SearchNodeLimit = 200_000 };
        var model = PackingModel.Build(request).Value;

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.Equal(PackingEvaluation.MinutesByCountBound(model), agenda.Objective.TopicMinutes);
        Assert.True(agenda.IsProvenOptimal);
        Assert.Equal(0, agenda.Objective.Gap);
    }

    [Fact]
    public void ExactPack_LanePatternMinutesBoundOnTheGrid_ProvesTheIncumbent()
    {
        // Eight-lane instance 293 places every topic. The lane-pattern bound on the minutes came to 459 with an incumbent of
        // 455, which it did not prove, and the search did not finish within 200,000 nodes. Every length is on the 5-minute
        // grid, so no agenda gives 459: a bound on minutes is brought down to the grid, here 455, which proves the incumbent.
        var request = PackingInstances.StudyEightLanes(293) with { SearchNodeLimit = 200_000 };

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.Equal((92.0, 455), (agenda.Objective.PlacedWeight, agenda.Objective.TopicMinutes));
        Assert.True(agenda.IsProvenOptimal);
        Assert.True(agenda.Objective.SearchNodes < 60_000, $"{agenda.Objective.SearchNodes} nodes");
    }

    [Theory]
    [InlineData(true, 33, 97.0, 490, 100_000)]
    [InlineData(true, 83, 92.0, 515, 100_000)]
    [InlineData(true, 247, 98.0, 510, 100_000)]
    [InlineData(false, 209, 117.0, 370, 110_000)]
    public void ExactPack_SearchedFailFirst_ProvesTheIncumbent(bool eightLanes, int instance, double weight, int minutes, long maxNodes)
    {
        // Eight-lane instances whose weight was proven but whose minutes were not within 200,000 nodes: the search by
        // weight decides last the topics that settle the minutes (247: a 45-minute talk that fits only the five-room
        // session, a 30-minute one it conflicts with, and that one's grouped partner). Searched again with the topics of
        // fewest lanes, then longest, first, the minutes are proven (CP-SAT agrees on all three optima). Study instance
        // 209, the committed set's slowest, took 124,274 nodes; fail first proves its weight and minutes in fewer.
        var request = (eightLanes ? PackingInstances.StudyEightLanes(instance) : PackingInstances.Study(instance)) with { SearchNodeLimit = 200_000 };
        var model = PackingModel.Build(request).Value;

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.Equal((weight, minutes), (agenda.Objective.PlacedWeight, agenda.Objective.TopicMinutes));
        Assert.True(agenda.IsProvenOptimal);
        Assert.True(agenda.Objective.SearchNodes < maxNodes, $"{agenda.Objective.SearchNodes} nodes");
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
        Assert.Null(PackerRuleProperties.EarlierTopicThatCouldTakeAPlace(model, PackerRuleProperties.LanesOf(model, agenda)));
    }

    [Theory]
    [InlineData(191, 103.0, 640)]
    [InlineData(213, 98.0, 560)]
    public void ExactPack_SearchFinishesWithAMinutesSearchUndecided_ProvesAnIncumbentAtBothCeilings(int instance, double weight, int minutes)
    {
        // At the default limit (5,000,000 nodes) the first stage has a fiftieth, 100,000 nodes, and finishes; one
        // component's minutes search stopped at its own limit, so the finished search proves the weight only. The
        // incumbent already gives the most minutes any agenda can (the count bound), which proves it: unproven before.
        var request = PackingInstances.StudyEightLanes(instance);
        var model = PackingModel.Build(request).Value;

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.Equal(5_000_000, request.SearchNodeLimit);
        Assert.Equal((weight, minutes), (agenda.Objective.PlacedWeight, agenda.Objective.TopicMinutes));
        Assert.Equal(minutes, PackingEvaluation.MinutesByCountBound(model));
        Assert.True(agenda.IsProvenOptimal);
        Assert.True(agenda.Objective.SearchNodes < 150_000, $"{agenda.Objective.SearchNodes} nodes");
    }

    [Fact]
    public void ExactPack_AtTheDefaultLimit_ProvesInTheFirstRoundWhatItProvesAt200000Nodes()
    {
        // The stages take shares of 200,000 nodes first, then of five times more: study instance 111 at the default limit
        // took 626,539 nodes when the shares were of the whole limit, 29,099 at 200,000.
        var request = PackingInstances.Study(111);

        var agenda = Packers.Exact.Pack(request).Value;
        var at200000 = Packers.Exact.Pack(request with { SearchNodeLimit = 200_000 }).Value;

        Assert.Equal(5_000_000, request.SearchNodeLimit);
        Assert.True(agenda.IsProvenOptimal);
        Assert.Equal(at200000.Objective, agenda.Objective);
        Assert.Equal(at200000.Items, agenda.Items);
    }

    private void Guard(Func<int, PackingRequest> instance, int first, int count, int maxUnproven, int maxGaps, long maxNodes)
    {
        // Deterministic: node counts, never time. Times are measured by ExactStudyBenchmarks.
        var nodes = new List<long>();
        var unproven = new List<string>();
        var gaps = 0;
        for (var i = first; i < first + count; i++)
        {
            var request = instance(i) with { SearchNodeLimit = 200_000 };
            var result = Packers.Exact.Pack(request);
            if (result.IsFailed)
            {
                continue;
            }

            var agenda = result.Value;
            if (!agenda.IsProvenOptimal)
            {
                unproven.Add($"instance {i} ({request.Requests.Length} topics): {agenda.Objective}");
                Assert.True(agenda.Objective.WeightUpperBound >= agenda.Objective.PlacedWeight);
                gaps += agenda.Objective.Gap > 0 ? 1 : 0;
            }
            else
            {
                Assert.Equal(0, agenda.Objective.Gap);
            }

            Assert.Empty(AgendaInvariants.Violations(request, agenda));
            nodes.Add(agenda.Objective.SearchNodes);
        }

        nodes.Sort();
        output.WriteLine($"instances {nodes.Count}, nodes {nodes.Sum()} in all, median {nodes[nodes.Count / 2]}, p90 {nodes[nodes.Count * 9 / 10]}, max {nodes[^1]}");
        output.WriteLine(string.Join(Environment.NewLine, unproven));
        Assert.True(nodes.Count >= count * 9 / 10);
        Assert.InRange(unproven.Count, 0, maxUnproven);
        Assert.InRange(gaps, 0, maxGaps);
        Assert.InRange(nodes.Sum(), 1, maxNodes);
    }
}
