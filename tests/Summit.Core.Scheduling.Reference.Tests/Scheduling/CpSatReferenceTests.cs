using System.Collections.Immutable;
using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;

namespace Summit.Core.Scheduling.Reference.Tests.Scheduling;

/// <summary>The reference on hand-made instances whose natural optimum is known, and the two new hard rules of <see cref="AgendaInvariants"/>.</summary>
public sealed class CpSatReferenceTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly LocalDate Day = new(2024, 5, 18);

    private static LocalDateTime At(int hour, int minute) => Day + new LocalTime(hour, minute);

    private static AgendaBlock Session(string id, int hour, int minute, int minutes, params string[] rooms) =>
        new(id, id, BlockKind.Session, Day, new LocalTime(hour, minute), new LocalTime(hour, minute).PlusMinutes(minutes)) { Rooms = [.. rooms] };

    private static PackingRequest Request(AgendaBlock[] blocks, params SlotRequest[] topics) =>
        new(new AgendaTemplate("s", "Summit", NewYork, "Main") { Blocks = [.. blocks] }, [.. topics]);

    /// <summary>Solves, checks the status is optimal and the solution keeps every hard rule, and returns it.</summary>
    private static ReferenceResult SolveOptimal(PackingRequest request, Agenda? exact = null)
    {
        var result = CpSatReference.Solve(request, exact);
        Assert.Equal(ReferenceStatus.Optimal, result.Status);
        Assert.Empty(AgendaInvariants.Violations(request, result.ToAgenda(request)));
        return result;
    }

    private static ReferencePlacement Placement(ReferenceResult result, string id) => Assert.Single(result.Placements, p => p.TopicId == id);

    [Fact]
    public void Solve_ThreeFixedTopicsInOneHour_PlacesTheTwoHeaviest()
    {
        var request = Request(
            [Session("a", 9, 0, 60)],
            SlotRequest.Fixed("t3", "Three", 25, 3), SlotRequest.Fixed("t2", "Two", 25, 2), SlotRequest.Fixed("t1", "One", 25, 1));

        var result = SolveOptimal(request);

        Assert.Equal((500L, 50L), (result.WeightHundredths, result.TopicMinutes));
        Assert.Equal(["t2", "t3"], result.Placements.Select(p => p.TopicId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Solve_ElasticTopicsInAShortSession_FillItOnTheGrid()
    {
        // 15–30 each, 50 minutes: both fit and share the 50 minutes in multiples of 5.
        var request = Request([Session("a", 9, 0, 50)], new SlotRequest("x", "X"), new SlotRequest("y", "Y"));

        var result = SolveOptimal(request);

        Assert.Equal((200L, 50L), (result.WeightHundredths, result.TopicMinutes));
        Assert.All(result.Placements, p => Assert.Equal(0, p.Minutes % 5));
    }

    [Fact]
    public void Solve_ReservedMinutes_AreNotUsed()
    {
        var request = Request(
            [Session("a", 9, 0, 60) with { ReservedMinutes = 15 }],
            SlotRequest.Fixed("t3", "Three", 25, 3), SlotRequest.Fixed("t2", "Two", 25, 2));

        var result = SolveOptimal(request);

        Assert.Equal((300L, 25L), (result.WeightHundredths, result.TopicMinutes));
    }

    [Fact]
    public void Solve_PresenterAvailableForTheFirst45MinutesOfA90MinuteSession_TakesASlotInsideTheWindow()
    {
        var request = Request(
            [Session("a", 13, 45, 90)],
            SlotRequest.Fixed("short", "Short", 15) with { Presenters = ["Ines"], Availability = [new LocalWindow(At(13, 45), At(14, 30))] });

        var result = SolveOptimal(request);

        Assert.Equal((100L, 15L), (result.WeightHundredths, result.TopicMinutes));
        var p = Placement(result, "short");
        Assert.True(p.Start >= At(13, 45) && p.End <= At(14, 30), $"placed {p.Start}–{p.End}");
    }

    [Fact]
    public void Solve_ElasticTopicWithAWindowInTheSessionsMiddle_GetsTheWholeWindowOnTheGrid()
    {
        // 15–30 minutes, available 14:10–14:35 only: 25 minutes (the window), starting 14:10 (on the 5-minute grid from 13:45).
        var request = Request(
            [Session("a", 13, 45, 90)],
            new SlotRequest("w", "W") { Availability = [new LocalWindow(At(14, 10), At(14, 35))] });

        var result = SolveOptimal(request);

        var p = Placement(result, "w");
        Assert.Equal((At(14, 10), 25), (p.Start, p.Minutes));
    }

    [Fact]
    public void Solve_OnePresenterInTwoRoomsAtDifferentTimes_PlacesBoth()
    {
        var request = Request(
            [Session("a", 9, 0, 60, "A", "B")],
            SlotRequest.Fixed("x", "X", 30) with { Presenters = ["Pat"], AllowedRooms = ["A"] },
            SlotRequest.Fixed("y", "Y", 30) with { Presenters = ["Pat"], AllowedRooms = ["B"] });

        var result = SolveOptimal(request);

        Assert.Equal((200L, 60L), (result.WeightHundredths, result.TopicMinutes));
        var (x, y) = (Placement(result, "x"), Placement(result, "y"));
        Assert.True(x.End <= y.Start || y.End <= x.Start, "Pat is in two places at once");
    }

    [Fact]
    public void Solve_ListedConflictInParallelRooms_NeverOverlapsButMayRunOneAfterTheOther()
    {
        var overlapOnly = Request(
            [Session("a", 9, 0, 30, "A", "B")],
            SlotRequest.Fixed("x", "X", 30, 2), SlotRequest.Fixed("y", "Y", 30) with { Conflicts = ["x"] });
        var oneAfterTheOther = Request(
            [Session("a", 9, 0, 60, "A", "B")],
            SlotRequest.Fixed("x", "X", 30, 2) with { AllowedRooms = ["A"] }, SlotRequest.Fixed("y", "Y", 30) with { Conflicts = ["x"], AllowedRooms = ["B"] });

        Assert.Equal((200L, 30L), (SolveOptimal(overlapOnly).WeightHundredths, SolveOptimal(overlapOnly).TopicMinutes));
        Assert.Equal((300L, 60L), (SolveOptimal(oneAfterTheOther).WeightHundredths, SolveOptimal(oneAfterTheOther).TopicMinutes));
    }

    [Fact]
    public void Solve_ChangeoverTen_ForbidsBackToBackInDifferentRoomsButAllowsTheSameRoom()
    {
        SlotRequest Talk(string id, string room) => SlotRequest.Fixed(id, id, 30) with { Presenters = ["Pat"], AllowedRooms = [room] };
        var block = Session("a", 9, 0, 60, "A", "B");
        var differentRooms = Request([block], Talk("x", "A"), Talk("y", "B")) with { ChangeoverMinutes = 10 };
        var sameRoom = Request([block], Talk("x", "A"), Talk("y", "A")) with { ChangeoverMinutes = 10 };
        var roomForTheChange = Request([Session("a", 9, 0, 70, "A", "B")], Talk("x", "A"), Talk("y", "B")) with { ChangeoverMinutes = 10 };

        Assert.Equal((100L, 30L), (SolveOptimal(differentRooms).WeightHundredths, SolveOptimal(differentRooms).TopicMinutes));
        Assert.Equal((200L, 60L), (SolveOptimal(sameRoom).WeightHundredths, SolveOptimal(sameRoom).TopicMinutes));
        var both = SolveOptimal(roomForTheChange);
        Assert.Equal((200L, 60L), (both.WeightHundredths, both.TopicMinutes));
        var (x, y) = (Placement(both, "x"), Placement(both, "y"));
        Assert.True(x.End.PlusMinutes(10) <= y.Start || y.End.PlusMinutes(10) <= x.Start, $"x {x.Start}–{x.End}, y {y.Start}–{y.End}");
    }

    [Fact]
    public void Solve_TopicWithNoLengthOnTheGrid_IsNeverPlaced()
    {
        // 16–19 minutes has no multiple of 5; on a 1-minute grid it takes 19.
        var offGrid = new SlotRequest("odd", "Odd") { DiscussionMinimumMinutes = 16, DiscussionMaximumMinutes = 19 };
        var request = Request([Session("a", 9, 0, 60)], offGrid);

        Assert.Empty(SolveOptimal(request).Placements);
        Assert.Equal(19, Placement(SolveOptimal(request with { GridMinutes = 1 }), "odd").Minutes);
    }

    [Fact]
    public void Solve_ThirtyTwoMinuteSession_ElasticTopicGetsThirtyOnTheFiveMinuteGridAndAllOnAOneMinuteGrid()
    {
        var request = Request([Session("a", 9, 0, 32)], new SlotRequest("e", "E") { DiscussionMaximumMinutes = 40 });

        Assert.Equal(30, Placement(SolveOptimal(request), "e").Minutes);
        Assert.Equal(32, Placement(SolveOptimal(request with { GridMinutes = 1 }), "e").Minutes);
    }

    [Fact]
    public void Solve_PinnedStartOffTheGrid_IsKeptAndOthersStayOnTheGrid()
    {
        var request = Request(
            [Session("a", 9, 0, 60)],
            SlotRequest.Fixed("pin", "Pinned", 15) with { PinnedStart = At(9, 7) },
            SlotRequest.Fixed("free", "Free", 30));

        var result = SolveOptimal(request);

        Assert.Equal((200L, 45L), (result.WeightHundredths, result.TopicMinutes));
        Assert.Equal(At(9, 7), Placement(result, "pin").Start);
        Assert.Equal(At(9, 25), Placement(result, "free").Start);
    }

    [Fact]
    public void Solve_PinnedStartTopic_FollowsTheExactAgendasDecision()
    {
        var request = Request(
            [Session("a", 9, 0, 60)],
            SlotRequest.Fixed("pin", "Pinned", 30) with { PinnedStart = At(9, 15) },
            SlotRequest.Fixed("free", "Free", 15, 2));
        var exact = Packers.Exact.Pack(request).Value;
        var leftOut = exact with { Items = [.. exact.Items.Where(i => i.TopicId != "pin")], Unplaced = [new UnplacedTopic("pin", "Pinned", "test", "left out")] };

        var free = SolveOptimal(request);
        var forcedOut = SolveOptimal(request, leftOut);

        Assert.Equal((300L, 45L), (free.WeightHundredths, free.TopicMinutes));
        Assert.Equal((200L, 15L), (forcedOut.WeightHundredths, forcedOut.TopicMinutes));
        Assert.DoesNotContain(forcedOut.Placements, p => p.TopicId == "pin");
    }

    [Fact]
    public void Solve_GroupedTopics_ShareASession()
    {
        var request = Request(
            [Session("a", 9, 0, 30), Session("b", 10, 0, 30)],
            SlotRequest.Fixed("x", "X", 30, 2), SlotRequest.Fixed("y", "Y", 30) with { SameSessionAs = ["x"] });

        var result = SolveOptimal(request);

        Assert.Equal((200L, 30L), (result.WeightHundredths, result.TopicMinutes));
        Assert.Equal("x", Assert.Single(result.Placements).TopicId);
    }

    [Fact]
    public void Solve_PinsToSessionAndRoom_AreKept()
    {
        var request = Request(
            [Session("a", 9, 0, 30, "A", "B"), Session("b", 10, 0, 30, "A", "B")],
            SlotRequest.Fixed("x", "X", 30) with { PinnedBlockId = "b", PinnedRoom = "B" },
            SlotRequest.Fixed("y", "Y", 30) with { PinnedBlockId = "b" },
            SlotRequest.Fixed("z", "Z", 30) with { PinnedRoom = "B" });

        var result = SolveOptimal(request);

        Assert.Equal(300L, result.WeightHundredths);
        Assert.Equal(("b", "B"), (Placement(result, "x").BlockId, Placement(result, "x").Room));
        Assert.Equal(("b", "A"), (Placement(result, "y").BlockId, Placement(result, "y").Room));
        Assert.Equal(("a", "B"), (Placement(result, "z").BlockId, Placement(result, "z").Room));
    }

    [Fact]
    public void Solve_FractionalWeights_AreCountedInWholeHundredths()
    {
        var request = Request([Session("a", 9, 0, 60)], SlotRequest.Fixed("x", "X", 30, 0.125), SlotRequest.Fixed("y", "Y", 30, 2.005));

        Assert.Equal(CpSatReference.Hundredths(0.125) + CpSatReference.Hundredths(2.005), SolveOptimal(request).WeightHundredths);
    }

    [Fact]
    public void Violations_TopicOffTheGrid_AreReported()
    {
        var request = Request([Session("a", 9, 0, 60)], new SlotRequest("x", "X"), SlotRequest.Fixed("p", "P", 15) with { PinnedStart = At(9, 33) });
        var offStart = new ReferenceResult(ReferenceStatus.Feasible, 200, 35, [new("x", "a", "Main", At(9, 3), 20), new("p", "a", "Main", At(9, 33), 15)], 0).ToAgenda(request);
        var offLength = new ReferenceResult(ReferenceStatus.Feasible, 200, 38, [new("x", "a", "Main", At(9, 5), 23), new("p", "a", "Main", At(9, 33), 15)], 0).ToAgenda(request);
        var onGrid = new ReferenceResult(ReferenceStatus.Feasible, 200, 40, [new("x", "a", "Main", At(9, 5), 25), new("p", "a", "Main", At(9, 33), 15)], 0).ToAgenda(request);

        Assert.Contains(AgendaInvariants.Violations(request, offStart), v => v.Contains("not a multiple of 5 minutes after session 'a'", StringComparison.Ordinal));
        Assert.Contains(AgendaInvariants.Violations(request, offLength), v => v.Contains("not a multiple of the 5-minute grid", StringComparison.Ordinal));
        Assert.Empty(AgendaInvariants.Violations(request, onGrid));
        Assert.Empty(AgendaInvariants.Violations(request with { GridMinutes = 1 }, offStart));
    }

    [Fact]
    public void Violations_SamePresenterTooSoonInAnotherRoom_IsReported()
    {
        var request = Request([Session("a", 9, 0, 90, "A", "B")],
            SlotRequest.Fixed("x", "X", 30) with { Presenters = ["Pat"] }, SlotRequest.Fixed("y", "Y", 30) with { Presenters = ["Pat"] }) with { ChangeoverMinutes = 10 };
        ImmutableArray<string> Check(string roomY, int startY) =>
            AgendaInvariants.Violations(request, new ReferenceResult(ReferenceStatus.Feasible, 200, 60, [new("x", "a", "A", At(9, 0), 30), new("y", "a", roomY, At(9, startY), 30)], 0).ToAgenda(request));

        Assert.Contains(Check("B", 35), v => v.Contains("less than the 10-minute changeover", StringComparison.Ordinal));
        Assert.Empty(Check("B", 40));
        Assert.Empty(Check("A", 30));
        Assert.Empty(AgendaInvariants.Violations(request with { ChangeoverMinutes = 0 },
            new ReferenceResult(ReferenceStatus.Feasible, 200, 60, [new("x", "a", "A", At(9, 0), 30), new("y", "a", "B", At(9, 30), 30)], 0).ToAgenda(request)));
    }
}
