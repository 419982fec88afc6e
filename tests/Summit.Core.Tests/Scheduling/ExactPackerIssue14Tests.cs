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
    /// At most this many of them are not proven optimal on every objective within 200,000 nodes (measured: 9 of 150 on
    /// the natural model since the timing bounds and cuts of the #14 performance pass (flow bound, stranded topics, pins'
    /// lost stretches, re-laid orders, the timed minutes bound in the packer); 20 before them; 55 before the timing
    /// reductions of the second #14 session, 19 before cliques were chosen by the minutes they must lose, which took
    /// instance 136 from 196,478 to 201,178 nodes and a fuzz case from over 5,000,000 to under 1,000,000).
    /// </summary>
    private const int MaxUnprovenInStudy = 9;

    /// <summary>At most this many have a weight gap (measured: 5 of 150, 8 before the #14 performance pass; the rest are weight-proven, gap 0).</summary>
    private const int MaxWeightGapsInStudy = 5;

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

    [Theory]
    [InlineData(135, 76, 410)]
    [InlineData(236, 120, 415)]
    public void ExactPack_WhenTheSearchStopsAtItsLimit_TheNeighbourhoodSearchHasFoundABetterAgenda(int instance, double weight, int minutes)
    {
        // Measured without the neighbourhood search (lane pairs searched again from the incumbent): 135 kept 405 minutes
        // (the optimum is 410), 236 a weight of 119 (CP-SAT finds 120). Neither is proven within 200,000 nodes.
        var request = PackingInstances.Study(instance) with { SearchNodeLimit = 200_000 };

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.False(agenda.IsProvenOptimal);
        Assert.Equal((weight, minutes), (agenda.Objective.PlacedWeight, agenda.Objective.TopicMinutes));
        Assert.True(agenda.Objective.WeightUpperBound >= agenda.Objective.PlacedWeight);
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
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

    [Fact]
    public void ExactPack_StudySet_ProvenAndWeightProvenSharesWithin200000NodesAndEveryAgendaValid()
    {
        // Deterministic: node counts, never time. Times are measured by ExactStudyBenchmarks.
        // Not yet every instance: the measured share is in docs/performance.md; this guards against regressions.
        var nodes = new List<long>();
        var unproven = new List<string>();
        var gaps = 0;
        for (var i = 0; i < GuardedInstances; i++)
        {
            var request = PackingInstances.Study(i) with { SearchNodeLimit = 200_000 };
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
        output.WriteLine($"instances {nodes.Count}, nodes median {nodes[nodes.Count / 2]}, p90 {nodes[nodes.Count * 9 / 10]}, max {nodes[^1]}");
        output.WriteLine(string.Join(Environment.NewLine, unproven));
        Assert.True(nodes.Count >= GuardedInstances * 9 / 10);
        Assert.InRange(unproven.Count, 0, MaxUnprovenInStudy);
        Assert.InRange(gaps, 0, MaxWeightGapsInStudy);
    }
}
