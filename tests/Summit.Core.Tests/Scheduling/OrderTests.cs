using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;
using static Summit.Core.Tests.Scheduling.SummitDay;

namespace Summit.Core.Tests.Scheduling;

/// <summary>Orders between topics (<see cref="SlotRequest.After"/>): "A before B" binds when both are placed.</summary>
public sealed class OrderTests
{
    private static readonly IAgendaPacker[] Both = [Packers.Exact, Packers.Heuristic];

    private static SlotRequest Topic(string id, int min, int max, double weight = 1, params string[] after) =>
        new(id, id) { DiscussionMinimumMinutes = min, DiscussionMaximumMinutes = max, Weight = weight, After = [.. after] };

    private static AgendaTemplate TwoSessions(params string[] rooms) => new("s", "Summit", NewYork, "Main")
    {
        Blocks =
        [
            new AgendaBlock("session-1", "Session 1", BlockKind.Session, Day, new LocalTime(13, 0), new LocalTime(14, 0)) { Rooms = [.. rooms] },
            new AgendaBlock("session-2", "Session 2", BlockKind.Session, Day, new LocalTime(14, 30), new LocalTime(15, 30)) { Rooms = [.. rooms] },
        ],
    };

    [Fact]
    public void Pack_OneRoom_LaysTheFollowerAfterTheTopicItFollowsEvenWhenItComesFirstInTheRequest()
    {
        // b comes first in the request (and would be laid first), but must follow a.
        var request = new PackingRequest(Session(new LocalTime(13, 0), 60), [Topic("b", 15, 30, 1, "a"), Topic("a", 15, 30)]);

        foreach (var packer in Both)
        {
            var agenda = packer.Pack(request).Value;

            Assert.Empty(AgendaInvariants.Violations(request, agenda));
            Assert.True(agenda.FindTopic("a")!.End <= agenda.FindTopic("b")!.Start, packer.Name);
            Assert.Equal(60, agenda.Objective.TopicMinutes);
        }
    }

    [Fact]
    public void Pack_TwoParallelRooms_OrderedTopicsRunOneAfterTheOtherNotSideBySide()
    {
        // Without the order each would get 45 minutes in its own room (90); one after the other they share 60.
        var request = new PackingRequest(Session(new LocalTime(13, 0), 60, "A", "B"), [Topic("a", 15, 45), Topic("b", 15, 45, 1, "a")]);

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.True(agenda.IsProvenOptimal);
        Assert.Equal(2, agenda.Objective.PlacedTopics);
        Assert.Equal(60, agenda.Objective.TopicMinutes);
        Assert.True(agenda.FindTopic("a")!.End <= agenda.FindTopic("b")!.Start);
        Assert.Equal(90, Packers.Exact.Pack(request with { Requests = [Topic("a", 15, 45), Topic("b", 15, 45)] }).Value.Objective.TopicMinutes);
        Assert.Empty(AgendaInvariants.Violations(request, Packers.Heuristic.Pack(request).Value));
    }

    [Fact]
    public void Pack_FollowerPinnedToAnEarlierSession_TheLighterOfTheTwoIsLeftOut()
    {
        // b must follow a, but b may only use session 1 and a only session 2: they cannot both be placed.
        var request = new PackingRequest(TwoSessions(), [Topic("a", 30, 30, 5) with { PinnedBlockId = "session-2" }, Topic("b", 30, 30, 3, "a") with { PinnedBlockId = "session-1" }]);

        foreach (var packer in Both)
        {
            var agenda = packer.Pack(request).Value;

            Assert.NotNull(agenda.FindTopic("a"));
            Assert.Null(agenda.FindTopic("b"));
            var unplaced = Assert.Single(agenda.Unplaced);
            Assert.Equal(("b", ErrorCodes.Scheduling.OutOfOrder), (unplaced.TopicId, unplaced.Code));
            Assert.Equal("'b' must start after 'a' (in session 'session-2', 14:30–15:30) ends, which has more weight, and no session it may use has 30 minutes on the right side of it.", unplaced.Message);
        }
    }

    [Fact]
    public void Pack_FollowerFitsOnlyInALaterSession_BothArePlacedInOrder()
    {
        var request = new PackingRequest(TwoSessions(), [Topic("a", 60, 60, 5) with { PinnedBlockId = "session-1" }, Topic("b", 60, 60, 3, "a")]);

        foreach (var packer in Both)
        {
            var agenda = packer.Pack(request).Value;

            Assert.Equal(("session-1", "session-2"), (agenda.FindTopic("a")!.BlockId, agenda.FindTopic("b")!.BlockId));
        }
    }

    [Fact]
    public void Pack_OrdersInACycle_FailsNamingTheCycle()
    {
        var request = new PackingRequest(Session(new LocalTime(13, 0), 90), [Topic("a", 15, 30, 1, "c"), Topic("b", 15, 30, 1, "a"), Topic("c", 15, 30, 1, "b")]);

        foreach (var packer in Both)
        {
            var error = Assert.Single(packer.Pack(request).SummitErrors());
            Assert.Equal(ErrorCodes.Scheduling.OrderCycle, error.Code);
            Assert.Equal("a,c,b", error.Metadata["cycle"]);
            Assert.Contains("'a' after 'c' after 'b' after 'a'", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("x")]
    [InlineData("a")]
    public void Pack_OrderNamingAnUnknownTopicOrItself_FailsWithUnknownTopic(string other)
    {
        var request = new PackingRequest(Session(new LocalTime(13, 0), 60), [Topic("a", 15, 30, 1, other)]);

        var error = Assert.Single(Packers.Exact.Pack(request).SummitErrors());

        Assert.Equal(ErrorCodes.Scheduling.UnknownTopic, error.Code);
        Assert.Equal(other, error.Metadata["other"]);
    }

    [Fact]
    public void Pack_PinnedStartsInTheWrongOrder_LeaveTheLighterOutWithTheReason()
    {
        var request = new PackingRequest(Session(new LocalTime(13, 0), 120), [
            Topic("a", 30, 30, 5) with { PinnedStart = At(14, 0) },
            Topic("b", 30, 30, 3, "a") with { PinnedStart = At(13, 0) },
        ]);

        foreach (var packer in Both)
        {
            var agenda = packer.Pack(request).Value;

            var unplaced = Assert.Single(agenda.Unplaced);
            Assert.Equal(("b", ErrorCodes.Scheduling.PinsOutOfOrder), (unplaced.TopicId, unplaced.Code));
            Assert.Equal("'b' must start after 'a' ends, but 'b' is pinned to 2024-05-18 13:00 and 'a', pinned to 2024-05-18 14:00 with more weight, ends at 2024-05-18 14:30 at the earliest.", unplaced.Message);
            Assert.Equal(At(14, 0), agenda.FindTopic("a")!.LocalStart);
        }
    }

    [Fact]
    public void Compose_PlacementsAgainstTheOrder_FailWithTheOrderRule()
    {
        var request = new PackingRequest(Session(new LocalTime(13, 0), 60, "A", "B"), [Topic("a", 30, 30), Topic("b", 30, 30, 1, "a")]);

        var result = AgendaComposer.Compose(request, [new("a", "session-1", "A", At(13, 15), 30), new("b", "session-1", "B", At(13, 30), 30)], "mine");

        var error = Assert.Single(result.SummitErrors());
        Assert.Equal((ErrorCodes.Scheduling.PlacementInvalid, "order", "b"), (error.Code, error.Metadata["rule"], error.Metadata["topic"]));
        Assert.True(AgendaComposer.Compose(request, [new("a", "session-1", "A", At(13, 0), 30), new("b", "session-1", "B", At(13, 30), 30)], "mine").IsSuccess);
    }

    [Fact]
    public void Violations_AnAgendaAgainstTheOrder_IsReported()
    {
        var free = new PackingRequest(Session(new LocalTime(13, 0), 60, "A", "B"), [Topic("a", 30, 30), Topic("b", 30, 30)]);
        var agenda = AgendaComposer.Compose(free, [new("a", "session-1", "A", At(13, 0), 30), new("b", "session-1", "B", At(13, 0), 30)], "mine").Value;

        var violations = AgendaInvariants.Violations(free with { Requests = [Topic("a", 30, 30), Topic("b", 30, 30, 1, "a")] }, agenda);

        Assert.Equal("Topic 'b' must start after 'a' ends, but starts at 2024-05-18 13:00 and 'a' ends at 2024-05-18 13:30.", Assert.Single(violations));
        Assert.Empty(AgendaInvariants.Violations(free, agenda));
    }

    [Fact]
    public void Repack_WithOrders_ComesBackUnchanged()
    {
        var request = PackingInstances.WithOrders(PackingInstances.Study(3), 3);

        PackerConformance.Check(Packers.Exact, request);
        PackerConformance.Check(Packers.Heuristic, request);
    }

    /// <summary>Generated requests with random orders (each topic may follow earlier ones, so no cycle).</summary>
    public static class OrderedRequests
    {
        public static Arbitrary<PackingRequest> Requests { get; } = Arb.From(
            from request in SchedulingGenerators.PackingRequests(8, 3, 2)
            from picks in Gen.ArrayOf(Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, 7))), request.Requests.Length)
            select request with
            {
                Requests = [.. request.Requests.Select((r, j) => picks[j] >= 0 && picks[j] < j ? r with { After = [request.Requests[picks[j]].Id] } : r)],
            },
            SchedulingArbitraries.ShrinkRequest);
    }

    [SummitProperty(Arbitrary = [typeof(OrderedRequests)], Runs = 100)]
    public void Pack_RandomOrders_BothPackersKeepEveryRuleAndTheExactOneIsNoWorse(PackingRequest request)
    {
        var exact = Packers.Exact.Pack(request);
        var heuristic = Packers.Heuristic.Pack(request);

        Assert.Equal(exact.IsSuccess, heuristic.IsSuccess);
        if (exact.IsSuccess)
        {
            Assert.Empty(AgendaInvariants.Violations(request, exact.Value));
            Assert.Empty(AgendaInvariants.Violations(request, heuristic.Value));
            Assert.True(heuristic.Value.Objective.PlacedWeight <= exact.Value.Objective.PlacedWeight);
        }
    }
}
