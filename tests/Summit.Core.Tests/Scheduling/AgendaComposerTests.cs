using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;

namespace Summit.Core.Tests.Scheduling;

public sealed class AgendaComposerTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly LocalDate Day = new(2024, 5, 18);

    private static LocalDateTime At(int hour, int minute) => Day + new LocalTime(hour, minute);

    private static PackingRequest Request(params SlotRequest[] topics) =>
        new(new AgendaTemplate("s", "Summit", NewYork, "Main")
        {
            Blocks =
            [
                new AgendaBlock("welcome", "Welcome", BlockKind.Welcome, Day, new LocalTime(8, 45), new LocalTime(9, 0)),
                new AgendaBlock("a", "Session A", BlockKind.Session, Day, new LocalTime(9, 0), new LocalTime(10, 0)) { Rooms = ["A", "B"], ReservedMinutes = 10 },
            ],
        }, [.. topics]) { ChangeoverMinutes = 10 };

    private static IEnumerable<TopicPlacement> PlacementsOf(Agenda agenda) =>
        agenda.Topics.Select(i => new TopicPlacement(i.TopicId!, i.BlockId, i.Room, i.LocalStart, i.Minutes));

    private static SummitError Single(Result<Agenda> result)
    {
        Assert.True(result.IsFailed);
        return Assert.Single(result.SummitErrors());
    }

    [Fact]
    public void Compose_TheExactPackersPlacements_RebuildsItsAgenda()
    {
        for (var i = 0; i < 12; i++)
        {
            var request = PackingInstances.Study(i) with { SearchNodeLimit = 50_000 };
            var exact = Packers.Exact.Pack(request).Value;

            var composed = AgendaComposer.Compose(request, PlacementsOf(exact), exact.PackerName, exact.IsProvenOptimal, exact.Objective.WeightUpperBound, exact.Objective.SearchNodes);

            Assert.True(composed.IsSuccess, string.Join("; ", composed.Errors.Select(e => e.Message)));
            Assert.Equal(exact, composed.Value);
        }
    }

    [Fact]
    public void Compose_FrameDayOfOverflowAndUnplaced_AllThere()
    {
        var request = Request(SlotRequest.Fixed("x", "X", 20, 2), SlotRequest.Fixed("y", "Y", 60, 1));

        var agenda = AgendaComposer.Compose(request, [new("x", "a", "B", At(9, 10), 20)], "mine").Value;

        Assert.Empty(AgendaInvariants.Violations(request, agenda));
        Assert.Contains(agenda.Items, i => i.Kind == AgendaItemKind.Welcome);
        Assert.Equal(2, agenda.Items.Count(i => i.Kind == AgendaItemKind.DayOf));
        // Like the built-in packers: a room with no topic gets no overflow item.
        Assert.Equal(new[] { 20, 10 }, agenda.Items.Where(i => i.Kind == AgendaItemKind.Overflow).Select(i => i.Minutes).OrderByDescending(m => m));
        Assert.Equal(ErrorCodes.Scheduling.TopicTooLong, Assert.Single(agenda.Unplaced).Code);
        Assert.Equal(2, agenda.Objective.PlacedWeight);
        Assert.Equal(20, agenda.Objective.TopicMinutes);
        Assert.False(agenda.IsProvenOptimal);
        Assert.Equal("mine", agenda.PackerName);
    }

    [Fact]
    public void Compose_AgainstAPreviousAgenda_CountsMovesAndMinutesMoved()
    {
        var request = Request(SlotRequest.Fixed("x", "X", 20), SlotRequest.Fixed("y", "Y", 20));
        var before = AgendaComposer.Compose(request, [new("x", "a", "A", At(9, 0), 20), new("y", "a", "A", At(9, 20), 20)], "mine").Value;

        var after = AgendaComposer.Compose(request with { Previous = before }, [new("x", "a", "A", At(9, 15), 20), new("y", "a", "B", At(9, 20), 20)], "mine").Value;

        Assert.Equal(1, after.Objective.MovedTopics);
        Assert.Equal(15, after.Objective.MinutesMoved);
    }

    [Theory]
    [InlineData("nobody", "a", "A", 9, 0, 20, "unknown-topic")]
    [InlineData("x", "a", "C", 9, 0, 20, "session-room")]
    [InlineData("x", "a", "A", 9, 0, 22, "length")]
    [InlineData("x", "a", "A", 9, 3, 20, "grid")]
    [InlineData("x", "a", "A", 9, 35, 20, "session-span")]
    public void Compose_OnePlacementBreaksARule_PlacementInvalidNamingTopicAndRule(string topic, string block, string room, int hour, int minute, int minutes, string rule)
    {
        var request = Request(new SlotRequest("x", "X") { DiscussionMinimumMinutes = 15, DiscussionMaximumMinutes = 25 });

        var error = Single(AgendaComposer.Compose(request, [new(topic, block, room, At(hour, minute), minutes)], "mine"));

        Assert.Equal(ErrorCodes.Scheduling.PlacementInvalid, error.Code);
        Assert.Equal(topic, error.Metadata["topic"]);
        Assert.Equal(rule, error.Metadata["rule"]);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_TwoTopicsAtOnceInOneRoom_RoomOverlap()
    {
        var request = Request(SlotRequest.Fixed("x", "X", 20), SlotRequest.Fixed("y", "Y", 20));

        var error = Single(AgendaComposer.Compose(request, [new("x", "a", "A", At(9, 0), 20), new("y", "a", "A", At(9, 15), 20)], "mine"));

        Assert.Equal("room-overlap", error.Metadata["rule"]);
    }

    [Fact]
    public void Compose_SharedPresenterInTheOtherRoomTooSoon_Changeover()
    {
        var request = Request(SlotRequest.Fixed("x", "X", 20) with { Presenters = ["Ines"] }, SlotRequest.Fixed("y", "Y", 20) with { Presenters = ["Ines"] });

        var error = Single(AgendaComposer.Compose(request, [new("x", "a", "A", At(9, 0), 20), new("y", "a", "B", At(9, 25), 20)], "mine"));

        Assert.Equal("changeover", error.Metadata["rule"]);
        Assert.True(AgendaComposer.Compose(request, [new("x", "a", "A", At(9, 0), 20), new("y", "a", "B", At(9, 30), 20)], "mine").IsSuccess);
    }

    [Fact]
    public void Compose_PinnedStartElsewhere_Pin()
    {
        var request = Request(SlotRequest.Fixed("x", "X", 20) with { PinnedStart = At(9, 10) });

        Assert.Equal("pin", Single(AgendaComposer.Compose(request, [new("x", "a", "A", At(9, 0), 20)], "mine")).Metadata["rule"]);
        Assert.Equal("pin", Single(AgendaComposer.Compose(request, [new("x", "a", "B", At(9, 10), 20)], "mine")).Metadata["rule"]);
        Assert.True(AgendaComposer.Compose(request, [new("x", "a", "A", At(9, 10), 20)], "mine").IsSuccess);
    }

    [Fact]
    public void Compose_TopicTheLibraryCannotPlace_NotPlaceable()
    {
        var request = Request(SlotRequest.Fixed("x", "X", 60));

        Assert.Equal("not-placeable", Single(AgendaComposer.Compose(request, [new("x", "a", "A", At(9, 0), 60)], "mine")).Metadata["rule"]);
    }

    [Fact]
    public void Compose_SessionsOnEitherSideOfTheSpringForwardGap_PlaceTopicsAtTheirRealInstants()
    {
        // 2024-03-10 in New York: at 02:00 EST the clocks jump to 03:00 EDT. One session before the change, one after.
        var day = new LocalDate(2024, 3, 10);
        var template = new AgendaTemplate("s", "Summit", SummitDay.NewYork, "Main")
        {
            Blocks =
            [
                new AgendaBlock("session-1", "Session 1", BlockKind.Session, day, new LocalTime(0, 30), new LocalTime(1, 30)) { Rooms = ["A", "B"] },
                new AgendaBlock("session-2", "Session 2", BlockKind.Session, day, new LocalTime(3, 0), new LocalTime(4, 0)) { Rooms = ["A", "B"] },
            ],
        };
        var request = new PackingRequest(template, [SlotRequest.Fixed("x", "X", 30), SlotRequest.Fixed("y", "Y", 30), SlotRequest.Fixed("z", "Z", 45)]);
        LocalDateTime Wall(int hour, int minute) => day.At(new LocalTime(hour, minute));

        var agenda = AgendaComposer.Compose(request, [new("x", "session-1", "A", Wall(0, 30), 30), new("y", "session-2", "A", Wall(3, 0), 30), new("z", "session-2", "B", Wall(3, 15), 45)], "mine").Value;

        Assert.Empty(AgendaInvariants.Violations(request, agenda));
        var x = agenda.FindTopic("x")!;
        var y = agenda.FindTopic("y")!;
        var z = agenda.FindTopic("z")!;
        Assert.Equal((Wall(0, 30), Wall(1, 0), "A"), (x.LocalStart, x.LocalEnd, x.Room));
        Assert.Equal((Wall(3, 0), Wall(3, 30), "A"), (y.LocalStart, y.LocalEnd, y.Room));
        Assert.Equal((Wall(3, 15), Wall(4, 0), "B"), (z.LocalStart, z.LocalEnd, z.Room));
        // Before the change EST (UTC-5), after it EDT (UTC-4): 00:30 EST and 03:00 EDT are 90 real minutes apart, not 150.
        Assert.Equal((Instant.FromUtc(2024, 3, 10, 5, 30), Instant.FromUtc(2024, 3, 10, 6, 0)), (x.Start, x.End));
        Assert.Equal((Instant.FromUtc(2024, 3, 10, 7, 0), Instant.FromUtc(2024, 3, 10, 7, 30)), (y.Start, y.End));
        Assert.Equal((Instant.FromUtc(2024, 3, 10, 7, 15), Instant.FromUtc(2024, 3, 10, 8, 0)), (z.Start, z.End));
        Assert.Equal(Offset.FromHours(-5), SummitDay.NewYork.GetUtcOffset(x.Start));
        Assert.Equal(Offset.FromHours(-4), SummitDay.NewYork.GetUtcOffset(y.Start));
        Assert.Equal([30, 30, 45], new[] { x.Minutes, y.Minutes, z.Minutes });
        Assert.Equal(agenda.Items.OrderBy(i => i.Start).Select(i => i.Start), agenda.Items.Select(i => i.Start));
    }

    [Theory]
    [InlineData(3, 10, 1, 0, 4, 0, 120, 180, "2024-03-10 02:00")]
    [InlineData(11, 3, 0, 0, 3, 0, 240, 180, "2024-11-03 02:00")]
    public void Pack_SessionAcrossAClockChange_IsRefusedWithItsRealLength(int month, int dayOfMonth, int fromHour, int fromMinute, int toHour, int toMinute, int real, int wall, string change)
    {
        // Every length is counted in wall-clock minutes, so a 90-minute topic placed 01:30–03:00 on the spring-forward
        // day would really last 30: a block across a change is refused instead (split it at the change).
        var day = new LocalDate(2024, month, dayOfMonth);
        var template = new AgendaTemplate("s", "Summit", SummitDay.NewYork, "Main")
        {
            Blocks = [new AgendaBlock("session-1", "Session 1", BlockKind.Session, day, new LocalTime(fromHour, fromMinute), new LocalTime(toHour, toMinute))],
        };
        var request = new PackingRequest(template, [SlotRequest.Fixed("x", "X", 30)]);

        foreach (var result in new[]
        {
            AgendaComposer.Compose(request, [new("x", "session-1", "Main", day.At(new LocalTime(fromHour, fromMinute)), 30)], "mine"),
            Packers.Exact.Pack(request),
            Packers.Heuristic.Pack(request),
        })
        {
            var error = Assert.Single(result.SummitErrors());
            Assert.Equal(ErrorCodes.Scheduling.BlockSpansClockChange, error.Code);
            Assert.Equal(change, error.Metadata["local"]);
            Assert.Contains($"lasts {real} real minutes, not {wall}", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Compose_InvalidRequest_TheBuiltInPackersErrors()
    {
        var request = Request(SlotRequest.Fixed("x", "X", 20), SlotRequest.Fixed("x", "Again", 20));

        var expected = Packers.Exact.Pack(request).SummitErrors().Select(e => (e.Code, e.Message));

        Assert.Equal(expected, AgendaComposer.Compose(request, [], "mine").SummitErrors().Select(e => (e.Code, e.Message)));
    }
}
