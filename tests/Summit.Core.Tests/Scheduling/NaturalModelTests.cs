using System.Collections.Immutable;
using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;

using static Summit.Core.Tests.Scheduling.SummitDay;

namespace Summit.Core.Tests.Scheduling;

/// <summary>
/// Issue 14: the natural model. Each topic is an interval at a real start, on the grid, in one session and room; windows,
/// conflicts, the changeover and pins are checked on real time. Each test is a case the lane model got wrong or a new rule.
/// </summary>
public sealed class NaturalModelTests
{



    private static Agenda PackBoth(PackingRequest request)
    {
        var exact = Packers.Exact.Pack(request).Value;
        var heuristic = Packers.Heuristic.Pack(request).Value;
        Assert.Empty(AgendaInvariants.Violations(request, exact));
        Assert.Empty(AgendaInvariants.Violations(request, heuristic));
        Assert.True(exact.IsProvenOptimal);
        return exact;
    }

    [Fact]
    public void Pack_WindowInsideTheSession_TheTopicRunsInsideTheWindow()
    {
        // Issue 14: someone free 13:45–14:30 could not take a 15-minute slot in a 13:45–15:15 session.
        var request = new PackingRequest(Session(new LocalTime(13, 45), 90),
        [
            SlotRequest.Fixed("big", "Big", 60, 5),
            SlotRequest.Fixed("ines", "Ines's topic", 15, 1) with { Presenters = ["Ines"], Availability = [Window(13, 45, 14, 30)] },
        ]);

        var agenda = PackBoth(request);

        var ines = agenda.FindTopic("ines")!;
        Assert.True(ines.LocalStart >= Day.At(new LocalTime(13, 45)) && ines.LocalEnd <= Day.At(new LocalTime(14, 30)));
        Assert.NotNull(agenda.FindTopic("big"));
        Assert.Equal(75, agenda.Objective.TopicMinutes);
    }

    [Fact]
    public void Pack_OnePresenterAtTwoTables_RunsThemOneAfterTheOther()
    {
        var request = new PackingRequest(Session(new LocalTime(14, 0), 60, "Table 1", "Table 2"),
        [
            SlotRequest.Fixed("early", "Early", 30, 2) with { Presenters = ["Ada"], AllowedRooms = ["Table 1"] },
            SlotRequest.Fixed("late", "Late", 30, 1) with { Presenters = ["Ada"], AllowedRooms = ["Table 2"] },
        ]);

        var agenda = PackBoth(request);

        var (early, late) = (agenda.FindTopic("early")!, agenda.FindTopic("late")!);
        Assert.True(early.LocalEnd <= late.LocalStart || late.LocalEnd <= early.LocalStart);
    }

    [Theory]
    [InlineData(25, 2)]
    [InlineData(30, 1)]
    public void Pack_ChangeoverBetweenRooms_IsKeptAndLeavesTheLighterOutWhenItDoesNotFit(int minutes, int placed)
    {
        var request = new PackingRequest(Session(new LocalTime(14, 0), 60, "A", "B"),
        [
            SlotRequest.Fixed("a", "A", minutes, 2) with { Presenters = ["Ada"], AllowedRooms = ["A"] },
            SlotRequest.Fixed("b", "B", minutes, 1) with { Presenters = ["Ada"], AllowedRooms = ["B"] },
        ])
        { ChangeoverMinutes = 10 };

        var agenda = PackBoth(request);

        Assert.Equal(placed, agenda.Objective.PlacedTopics);
        if (placed == 2)
        {
            var (a, b) = (agenda.FindTopic("a")!, agenda.FindTopic("b")!);
            Assert.True(a.LocalEnd.PlusMinutes(10) <= b.LocalStart || b.LocalEnd.PlusMinutes(10) <= a.LocalStart);
        }
    }

    [Fact]
    public void Pack_ChangeoverInTheSameRoom_DoesNotApply()
    {
        var request = new PackingRequest(Session(new LocalTime(14, 0), 60),
            [SlotRequest.Fixed("a", "A", 30, 2) with { Presenters = ["Ada"] }, SlotRequest.Fixed("b", "B", 30, 1) with { Presenters = ["Ada"] }])
        { ChangeoverMinutes = 10 };

        Assert.Equal(2, PackBoth(request).Objective.PlacedTopics);
    }

    [Fact]
    public void Pack_ListedConflictInAnotherRoom_RunsAtAnotherTime()
    {
        var request = new PackingRequest(Session(new LocalTime(14, 0), 60, "A", "B"),
        [
            SlotRequest.Fixed("a", "A", 30, 3) with { AllowedRooms = ["A"] },
            SlotRequest.Fixed("b", "B", 30, 2) with { AllowedRooms = ["B"], Conflicts = ["a"] },
            SlotRequest.Fixed("c", "C", 30, 1) with { AllowedRooms = ["A"] },
        ]);

        var agenda = PackBoth(request);

        Assert.Equal(3, agenda.Objective.PlacedTopics);
        var (a, b) = (agenda.FindTopic("a")!, agenda.FindTopic("b")!);
        Assert.False(a.LocalStart < b.LocalEnd && b.LocalStart < a.LocalEnd);
    }

    [Fact]
    public void Pack_PinnedStart_IsNotStretchedToItsMaximum()
    {
        // The lane model gave the pinned topic 30 minutes and left the heavier 30-minute topic out of a 45-minute session.
        var start = Day.At(new LocalTime(14, 0));
        var request = new PackingRequest(Session(new LocalTime(14, 0), 45),
        [
            new SlotRequest("pinned", "Pinned") { PinnedStart = start, Weight = 1 },
            SlotRequest.Fixed("heavy", "Heavy", 30, 5),
        ]);

        var agenda = PackBoth(request);

        Assert.Equal((start, 15), (agenda.FindTopic("pinned")!.LocalStart, agenda.FindTopic("pinned")!.Minutes));
        Assert.NotNull(agenda.FindTopic("heavy"));
    }

    [Fact]
    public void Pack_Grid_EveryStartAndLengthIsOnTheGrid()
    {
        var request = new PackingRequest(Session(new LocalTime(14, 0), 100),
        [
            new SlotRequest("a", "A") { DiscussionMinimumMinutes = 17, DiscussionMaximumMinutes = 29, Weight = 3 },
            new SlotRequest("b", "B") { DiscussionMinimumMinutes = 12, DiscussionMaximumMinutes = 23, Weight = 2 },
            new SlotRequest("c", "C") { LightningTalkMinutes = 3, DiscussionMinimumMinutes = 15, DiscussionMaximumMinutes = 30, Weight = 1 },
        ]);

        var agenda = PackBoth(request);

        Assert.All(agenda.Topics, i => Assert.Equal((0, 0), (i.Minutes % 5, i.LocalStart.Minute % 5)));
        Assert.Equal(3, agenda.Objective.PlacedTopics);
    }

    [Fact]
    public void Pack_NoLengthOnTheGrid_IsUnplacedWithTheOffGridCode()
    {
        var request = new PackingRequest(Session(new LocalTime(14, 0), 60),
            [new SlotRequest("odd", "Odd") { DiscussionMinimumMinutes = 16, DiscussionMaximumMinutes = 19 }]);

        var agenda = PackBoth(request);

        Assert.Equal(ErrorCodes.Scheduling.TopicOffGrid, Assert.Single(agenda.Unplaced).Code);
        Assert.Equal([ErrorCodes.Scheduling.TopicOffGrid], Packers.Diagnose(request).Select(e => e.Code));
        Assert.Single(Packers.Exact.Pack(request with { GridMinutes = 1 }).Value.Topics);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(61, 0)]
    [InlineData(5, -1)]
    [InlineData(5, 241)]
    public void Pack_GridOrChangeoverOutOfRange_FailsWithRequestInvalid(int grid, int changeover)
    {
        var request = new PackingRequest(Session(new LocalTime(14, 0), 60), [SlotRequest.Fixed("a", "A", 30)]) { GridMinutes = grid, ChangeoverMinutes = changeover };

        Assert.Equal([ErrorCodes.Scheduling.RequestInvalid], Packers.Exact.Pack(request).Codes());
        Assert.Equal([ErrorCodes.Scheduling.RequestInvalid], Packers.Heuristic.Pack(request).Codes());
    }

    [Fact]
    public void Pack_WindowLeftOutForHeavierTopics_SaysWhenTheSlotMustStart()
    {
        var request = new PackingRequest(Session(new LocalTime(13, 45), 90),
        [
            SlotRequest.Fixed("heavy", "Heavy", 90, 5),
            SlotRequest.Fixed("ines", "Ines's topic", 25, 1) with { Presenters = ["Ines"], Availability = [Window(14, 30, 15, 30)] },
        ]);

        var agenda = Packers.Exact.Pack(request).Value;

        var unplaced = Assert.Single(agenda.Unplaced);
        Assert.Equal(ErrorCodes.Scheduling.NotEnoughTime, unplaced.Code);
        Assert.Contains("Ines is available 14:30–15:30; the 25-minute slot must start by 15:05", unplaced.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_WindowTooShortInEverySession_NamesTheMinutesItLeaves()
    {
        var request = new PackingRequest(Session(new LocalTime(13, 45), 90),
            [SlotRequest.Fixed("ines", "Ines's topic", 25, 1) with { Presenters = ["Ines"], Availability = [Window(15, 0, 16, 0)] }]);

        var problem = Assert.Single(Packers.Diagnose(request));

        Assert.Equal(ErrorCodes.Scheduling.AvailabilityMissesSessions, problem.Code);
        Assert.Contains("15:00–15:15, 15 minutes, less than the 25 minutes", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_NothingTight_NeedsNoTimingSearch()
    {
        // The lane model is the fast special case: without windows, pinned starts or conflicts across rooms, topics run back to back.
        var request = PackingInstances.Summit();
        var model = PackingModel.Build(request).Value;
        var search = new ExactPacker.Search(model, request.SearchNodeLimit);
        search.Run();

        Assert.Equal(0, model.Timing.Searches);
    }

    [Fact]
    public void Repack_TopicMovedWithinItsSession_CountsTheMinutesMoved()
    {
        var template = Session(new LocalTime(14, 0), 60);
        var first = Packers.Exact.Pack(new PackingRequest(template, [SlotRequest.Fixed("a", "A", 30, 1), SlotRequest.Fixed("b", "B", 30, 1)])).Value;

        // "a" is cancelled: "b" stays in its session and room (no topic move) but starts 30 minutes earlier.
        var second = Packers.Exact.Pack(new PackingRequest(template, [SlotRequest.Fixed("b", "B", 30, 1)]) { Previous = first }).Value;

        Assert.Equal((0, 30), (second.Objective.MovedTopics, second.Objective.MinutesMoved));
        Assert.Equal(0, first.Objective.MinutesMoved);
    }
}
