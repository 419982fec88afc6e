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
    public void Compose_InvalidRequest_TheBuiltInPackersErrors()
    {
        var request = Request(SlotRequest.Fixed("x", "X", 20), SlotRequest.Fixed("x", "Again", 20));

        var expected = Packers.Exact.Pack(request).SummitErrors().Select(e => (e.Code, e.Message));

        Assert.Equal(expected, AgendaComposer.Compose(request, [], "mine").SummitErrors().Select(e => (e.Code, e.Message)));
    }
}
