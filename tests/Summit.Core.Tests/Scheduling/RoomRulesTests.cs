using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;

using static Summit.Core.Tests.Scheduling.SummitDay;

namespace Summit.Core.Tests.Scheduling;

/// <summary>
/// Room rules (<see cref="PackingRequest.Rooms"/>): a room available only part of a day holds topics only then (one lane
/// per piece of a session), and a room never holds a topic expecting more people than it seats.
/// </summary>
public sealed class RoomRulesTests
{




    private static Agenda PackBoth(PackingRequest request)
    {
        var exact = Packers.Exact.Pack(request).Value;
        var heuristic = Packers.Heuristic.Pack(request).Value;
        Assert.Empty(AgendaInvariants.Violations(request, exact));
        Assert.Empty(AgendaInvariants.Violations(request, heuristic));
        Assert.True(exact.IsProvenOptimal);
        Assert.Equal(exact.Objective.PlacedWeight, heuristic.Objective.PlacedWeight);
        return exact;
    }

    [Fact]
    public void Pack_RoomAvailablePartOfTheSession_TopicRunsOnlyInsideItsWindow()
    {
        var request = new PackingRequest(Session(new LocalTime(13, 0), 180, "A", "B"),
        [
            SlotRequest.Fixed("a", "In A", 180, 5) with { AllowedRooms = ["A"] },
            SlotRequest.Fixed("b", "In B", 60, 1) with { AllowedRooms = ["B"] },
        ])
        { Rooms = [new RoomRules("B") { Availability = [Window(14, 0, 16, 0)] }] };

        var agenda = PackBoth(request);

        var b = agenda.FindTopic("b")!;
        Assert.True(b.LocalStart >= At(14, 0) && b.LocalEnd <= At(16, 0), $"{b.LocalStart}–{b.LocalEnd}");
        Assert.All(agenda.Items.Where(i => i.Room == "B"), i => Assert.True(i.LocalStart >= At(14, 0) && i.LocalEnd <= At(16, 0), $"{i.Kind} {i.LocalStart}"));
        Assert.Equal(60, agenda.Items.Where(i => i.Room == "B" && i.Kind == AgendaItemKind.Overflow).Sum(i => i.Minutes));
    }

    [Fact]
    public void Pack_RoomFreeInTwoPieces_OneLanePerPieceAndNothingInTheGap()
    {
        var request = new PackingRequest(Session(new LocalTime(13, 0), 240),
        [
            SlotRequest.Fixed("x", "X", 60, 3),
            SlotRequest.Fixed("y", "Y", 60, 2),
            SlotRequest.Fixed("z", "Z", 60, 1),
        ])
        { Rooms = [new RoomRules("Main") { Availability = [Window(13, 0, 14, 0), Window(15, 0, 16, 0)] }] };

        var agenda = PackBoth(request);

        Assert.Equal([At(13, 0), At(15, 0)], agenda.Topics.Select(t => t.LocalStart).Order());
        Assert.DoesNotContain(agenda.Items, i => i.Room == "Main" && i.LocalStart < At(15, 0) && At(14, 0) < i.LocalEnd);
        Assert.DoesNotContain(agenda.Items, i => i.LocalEnd > At(16, 0));
        var z = Assert.Single(agenda.Unplaced);
        Assert.Equal(("z", ErrorCodes.Scheduling.NotEnoughTime), (z.TopicId, z.Code));
    }

    [Fact]
    public void Pack_TopicLongerThanEveryPiece_IsLeftOutSayingWhenTheRoomIsFree()
    {
        var request = new PackingRequest(Session(new LocalTime(13, 0), 240),
        [
            SlotRequest.Fixed("long", "Long", 90),
            SlotRequest.Fixed("short", "Short", 30),
        ])
        { Rooms = [new RoomRules("Main") { Availability = [Window(13, 0, 14, 0), Window(15, 0, 16, 0)] }] };

        var agenda = PackBoth(request);

        var left = Assert.Single(agenda.Unplaced);
        Assert.Equal(("long", ErrorCodes.Scheduling.RoomUnavailable), (left.TopicId, left.Code));
        Assert.Contains("Main is available 13:00–14:00, 15:00–16:00 only", left.Message, StringComparison.Ordinal);
        var diagnosis = Assert.Single(Packers.Diagnose(request));
        Assert.Equal((ErrorCodes.Scheduling.RoomUnavailable, "long"), (diagnosis.Code, diagnosis.GetMetadataText("topic")));
        Assert.Contains("Main is available 13:00–14:00, 15:00–16:00 only", diagnosis.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_WindowOffTheGrid_LaneStartsAtTheNextGridStepOfTheSession()
    {
        var request = new PackingRequest(Session(new LocalTime(14, 0), 60),
        [
            SlotRequest.Fixed("t", "T", 30),
        ])
        { Rooms = [new RoomRules("Main") { Availability = [Window(14, 2, 15, 0)] }] };

        var agenda = PackBoth(request);

        Assert.Equal(At(14, 5), agenda.FindTopic("t")!.LocalStart);
    }

    [Fact]
    public void Pack_TopicTooBigForTheSmallRoom_GoesToTheBigOne()
    {
        var request = new PackingRequest(Session(new LocalTime(14, 0), 60, "Small", "Big"),
        [
            SlotRequest.Fixed("niche", "Niche", 60, 5) with { ExpectedInterest = 10 },
            SlotRequest.Fixed("popular", "Popular", 60, 1) with { ExpectedInterest = 50 },
        ])
        { Rooms = [new RoomRules("Small") { Seats = 20 }, new RoomRules("Big") { Seats = 100 }] };

        var agenda = PackBoth(request);

        Assert.Equal("Big", agenda.FindTopic("popular")!.Room);
        Assert.Equal("Small", agenda.FindTopic("niche")!.Room);
    }

    [Fact]
    public void Pack_NoRoomLargeEnough_LeftOutNamingTheLargestRoom()
    {
        var request = new PackingRequest(Session(new LocalTime(14, 0), 60, "Small", "Big"),
        [
            SlotRequest.Fixed("keynote", "Keynote", 30) with { ExpectedInterest = 200 },
            SlotRequest.Fixed("other", "Other", 30) with { ExpectedInterest = 15 },
        ])
        { Rooms = [new RoomRules("Small") { Seats = 20 }, new RoomRules("Big") { Seats = 100 }] };

        var agenda = PackBoth(request);

        var left = Assert.Single(agenda.Unplaced);
        Assert.Equal(("keynote", ErrorCodes.Scheduling.RoomTooSmall), (left.TopicId, left.Code));
        Assert.Equal("'Keynote' expects 200 people, more than any room it may use seats (the largest, Big, seats 100).", left.Message);
        var diagnosis = Assert.Single(Packers.Diagnose(request));
        Assert.Equal((ErrorCodes.Scheduling.RoomTooSmall, left.Message), (diagnosis.Code, diagnosis.Message));
    }

    [Fact]
    public void Pack_PinnedStartOutsideTheRoomsAvailability_LeftOutWithTheReasonOthersPlaced()
    {
        var request = new PackingRequest(Session(new LocalTime(13, 0), 180, "A", "B"),
        [
            SlotRequest.Fixed("early", "Early", 30) with { PinnedRoom = "B", PinnedStart = At(13, 30) },
            SlotRequest.Fixed("late", "Late", 30) with { PinnedRoom = "B", PinnedStart = At(15, 45) },
            SlotRequest.Fixed("free", "Free", 30),
        ])
        { Rooms = [new RoomRules("B") { Availability = [Window(14, 0, 16, 0)] }] };

        var agenda = PackBoth(request);

        Assert.Equal(["early", "late"], agenda.Unplaced.Select(u => u.TopicId));
        Assert.All(agenda.Unplaced, u => Assert.Equal(ErrorCodes.Scheduling.RoomUnavailable, u.Code));
        Assert.Equal("'Early' is pinned to 13:30–14:00 (at least 30 minutes) in B, but B is available 14:00–16:00 only.", agenda.Unplaced[0].Message);
        Assert.NotNull(agenda.FindTopic("free"));
        var diagnosis = Packers.Diagnose(request);
        Assert.Equal([ErrorCodes.Scheduling.RoomUnavailable, ErrorCodes.Scheduling.RoomUnavailable], diagnosis.Select(d => d.Code));
        Assert.All(diagnosis, d => Assert.Contains("B is available 14:00–16:00 only", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_PinnedStartWithoutRoom_TakesTheFirstRoomFreeAndLargeEnoughThen()
    {
        var request = new PackingRequest(Session(new LocalTime(13, 0), 180, "B", "C", "A"),
        [
            SlotRequest.Fixed("pinned", "Pinned", 30) with { PinnedStart = At(13, 30), ExpectedInterest = 40 },
        ])
        { Rooms = [new RoomRules("B") { Availability = [Window(14, 0, 16, 0)] }, new RoomRules("C") { Seats = 30 }] };

        var agenda = PackBoth(request);

        Assert.Equal(("A", At(13, 30)), (agenda.FindTopic("pinned")!.Room, agenda.FindTopic("pinned")!.LocalStart));
    }

    [Fact]
    public void Pack_PinnedToARoomTooSmall_LeftOutWithTheReason()
    {
        var request = new PackingRequest(Session(new LocalTime(13, 0), 60, "A", "B"),
        [
            SlotRequest.Fixed("start", "At a time", 30) with { PinnedRoom = "B", PinnedStart = At(13, 0), ExpectedInterest = 40 },
            SlotRequest.Fixed("session", "In a session", 30) with { PinnedRoom = "B", PinnedBlockId = "session-1", ExpectedInterest = 40 },
        ])
        { Rooms = [new RoomRules("B") { Seats = 30 }] };

        var agenda = PackBoth(request);

        Assert.Equal([ErrorCodes.Scheduling.RoomTooSmall, ErrorCodes.Scheduling.RoomTooSmall], agenda.Unplaced.Select(u => u.Code));
        Assert.Equal("'At a time' expects 40 people, but B, where it is pinned to start at 13:00, seats 30.", agenda.Unplaced[0].Message);
    }

    [Fact]
    public void Pack_PinnedToARoomClosedDuringTheSession_LeftOutSayingWhenTheRoomIsFree()
    {
        var request = new PackingRequest(Session(new LocalTime(13, 0), 60, "A", "B"),
        [
            SlotRequest.Fixed("t", "T", 30) with { PinnedRoom = "B" },
        ])
        { Rooms = [new RoomRules("B") { Availability = [Window(15, 0, 16, 0)] }] };

        var agenda = PackBoth(request);

        var left = Assert.Single(agenda.Unplaced);
        Assert.Equal(ErrorCodes.Scheduling.RoomUnavailable, left.Code);
        Assert.Contains("B is available 15:00–16:00 only", left.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_ReservedMinutesOfAClosedRoom_HaveNoDayOfItemThere()
    {
        var template = Session(new LocalTime(14, 0), 120, "A", "B");
        template = template with { Blocks = [template.Blocks[0] with { ReservedMinutes = 30 }] };
        var request = new PackingRequest(template, [SlotRequest.Fixed("t", "T", 30)])
        { Rooms = [new RoomRules("B") { Availability = [Window(14, 0, 15, 0)] }] };

        var agenda = PackBoth(request);

        var dayOf = Assert.Single(agenda.Items, i => i.Kind == AgendaItemKind.DayOf);
        Assert.Equal("A", dayOf.Room);
    }

    [Fact]
    public void Align_RoomInTwoPieces_KeepsEveryTopicInsideItsPiece()
    {
        var request = new PackingRequest(Session(new LocalTime(13, 0), 240),
        [
            new SlotRequest("x", "X") { DiscussionMinimumMinutes = 20, DiscussionMaximumMinutes = 40, Weight = 2 },
            new SlotRequest("y", "Y") { DiscussionMinimumMinutes = 20, DiscussionMaximumMinutes = 40, Weight = 1 },
            new SlotRequest("z", "Z") { DiscussionMinimumMinutes = 20, DiscussionMaximumMinutes = 40, Weight = 1 },
        ])
        { Rooms = [new RoomRules("Main") { Availability = [Window(13, 0, 14, 0), Window(15, 0, 15, 30)] }] };
        var agenda = PackBoth(request);

        var aligned = AgendaGrid.Align(agenda, request, 5).Value;

        Assert.Empty(AgendaInvariants.Violations(request, aligned));
        Assert.Equal(3, aligned.Topics.Count());
        Assert.DoesNotContain(aligned.Items, i => i.LocalStart < At(15, 0) && At(14, 0) < i.LocalEnd);
        Assert.Equal(agenda.Objective.TopicMinutes + agenda.Objective.OverflowMinutes, aligned.Objective.TopicMinutes + aligned.Objective.OverflowMinutes);
    }

    [Fact]
    public void Repack_WithThePreviousAgendaAndARoomInPieces_MovesNothing()
    {
        var request = new PackingRequest(Session(new LocalTime(13, 0), 240),
        [
            SlotRequest.Fixed("x", "X", 60, 1),
            SlotRequest.Fixed("y", "Y", 60, 1),
        ])
        { Rooms = [new RoomRules("Main") { Availability = [Window(13, 0, 14, 0), Window(15, 0, 16, 0)] }] };
        var first = PackBoth(request);

        var again = PackBoth(request with { Previous = first });

        Assert.Equal(0, again.Objective.MovedTopics);
        Assert.Equal(first.Items, again.Items);
    }

    [Fact]
    public void Pack_UnknownRoomInTheRules_FailsWithUnknownRoom()
    {
        var request = new PackingRequest(Session(new LocalTime(14, 0), 60, "A"), [SlotRequest.Fixed("t", "T", 30)])
        { Rooms = [new RoomRules("Atrium") { Seats = 10 }] };

        foreach (var packer in Packers.All)
        {
            var error = Assert.Single(packer.Pack(request).SummitErrors());
            Assert.Equal((ErrorCodes.Scheduling.UnknownRoom, "Atrium"), (error.Code, error.GetMetadataText("room")));
        }

        Assert.Equal([ErrorCodes.Scheduling.UnknownRoom], Packers.Diagnose(request).Select(e => e.Code));
    }

    [Fact]
    public void Pack_BadRoomRulesOrInterest_FailWithRequestInvalid()
    {
        var template = Session(new LocalTime(14, 0), 60, "A");
        PackingRequest[] requests =
        [
            new(template, [SlotRequest.Fixed("t", "T", 30)]) { Rooms = [new RoomRules("A") { Availability = [Window(15, 0, 14, 0)] }] },
            new(template, [SlotRequest.Fixed("t", "T", 30)]) { Rooms = [new RoomRules("A") { Availability = [Window(14, 0, 14, 0)] }] },
            new(template, [SlotRequest.Fixed("t", "T", 30)]) { Rooms = [new RoomRules("A") { Seats = 0 }] },
            new(template, [SlotRequest.Fixed("t", "T", 30)]) { Rooms = [new RoomRules("A"), new RoomRules("A")] },
            new(template, [SlotRequest.Fixed("t", "T", 30) with { ExpectedInterest = -1 }]),
        ];

        foreach (var request in requests)
        {
            Assert.Equal([ErrorCodes.Scheduling.RequestInvalid], Packers.Exact.Pack(request).SummitErrors().Select(e => e.Code));
        }
    }
}
