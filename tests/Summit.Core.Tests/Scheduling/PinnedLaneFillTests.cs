using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;
using static Summit.Core.Tests.Scheduling.SummitDay;

namespace Summit.Core.Tests.Scheduling;

/// <summary>The most minutes of a lane's pinned and confined topics (<see cref="PinnedLaneFill"/>) and the flow bound that carries them (<see cref="CliqueFlowBound"/>).</summary>
public sealed class PinnedLaneFillTests
{
    /// <summary>
    /// Rooms A and B from 9:00 to 10:30. In A, a 25–35-minute topic pinned to 9:15 and two topics that may use no other
    /// room (15–20 and 20–35 minutes); in B, anything: one 15–30-minute topic. The 15 minutes before the pin take one
    /// confined topic at 15 at most, so A's three give 85 minutes, not the 90 their longest lengths (and A) allow.
    /// </summary>
    private static PackingRequest PinnedAtQuarterPast() =>
        new(
            Session(new LocalTime(9, 0), 90, "A", "B"),
            [
                new SlotRequest("pin", "Pinned") { DiscussionMinimumMinutes = 25, DiscussionMaximumMinutes = 35, PinnedRoom = "A", PinnedStart = At(9, 15) },
                new SlotRequest("short", "Short") { DiscussionMinimumMinutes = 15, DiscussionMaximumMinutes = 20, AllowedRooms = ["A"] },
                new SlotRequest("long", "Long") { DiscussionMinimumMinutes = 20, DiscussionMaximumMinutes = 35, AllowedRooms = ["A"] },
                new SlotRequest("free", "Free"),
            ]);

    [Fact]
    public void Minutes_StretchBeforeThePinTooShortForTheLongest_IsBelowTheLongestLengths()
    {
        var model = PackingModel.Build(PinnedAtQuarterPast()).Value;
        var a = model.Lanes.Single(l => l.Room == "A").Index;

        Assert.Equal(85, PinnedLaneFill.Minutes(model, a, out var topics));
        Assert.Equal(3, topics.Length);
        Assert.Equal([new PinnedLaneFill.Group(a, topics, 85)], PinnedLaneFill.Binding(model), GroupComparer.Instance);
    }

    [Fact]
    public void Minutes_NothingPinned_IsNull()
    {
        var model = PackingModel.Build(PinnedAtQuarterPast()).Value;
        var b = model.Lanes.Single(l => l.Room == "B").Index;

        Assert.Null(PinnedLaneFill.Minutes(model, b, out _));
    }

    [Fact]
    public void CliqueFlowBound_PinnedLane_CarriesItsMostMinutes()
    {
        var model = PackingModel.Build(PinnedAtQuarterPast()).Value;

        Assert.Equal(120, PackingEvaluation.MinutesByCountBound(model));
        Assert.Equal(115, CliqueFlowBound.Minutes(model));
    }

    [Fact]
    public void ExactPack_PinnedLane_IsProvenAtTheFlowBound()
    {
        var request = PinnedAtQuarterPast();

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.Equal((4, 115), (agenda.Objective.PlacedTopics, agenda.Objective.TopicMinutes));
        Assert.True(agenda.IsProvenOptimal);
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
    }

    [Theory]
    [InlineData(89, 94.0, 510)]
    [InlineData(172, 130.0, 860)]
    public void ExactPack_EightLaneInstanceWithAPinnedLane_IsProven(int instance, double weight, int minutes)
    {
        // Both stopped unproven before (89 at the default limit too; CP-SAT: both optimal). 89: a 25–35-minute topic pinned
        // to 9:15 in a 9:00–10:30 room with two topics that may use no other room, as in the example above. 172: a
        // 25–35-minute topic pinned to 9:30 in a 9:00–10:45 room, with a 30–45-minute topic confined there.
        Assert.NotEmpty(PinnedLaneFill.Binding(PackingModel.Build(PackingInstances.StudyEightLanes(instance)).Value));
        PackerProperties.AssertProvenWithin(PackingInstances.StudyEightLanes(instance), weight, minutes, 200_000);
    }

    /// <summary>One room, no availability windows, the first topic pinned to a start: the lane's most minutes are exactly the most of any feasible assignment (exhaustive enumeration).</summary>
    [SummitProperty(Arbitrary = [typeof(PinnedRequests)], Runs = 300)]
    public bool Minutes_OneRoomWithoutWindows_IsTheMostMinutesOfAnyFeasibleAssignment(PinnedRequest pinned)
    {
        var request = pinned.Request with { Requests = [.. pinned.Request.Requests.Select(r => r with { Availability = [] })] };
        var built = PackingModel.Build(request);
        if (built.IsFailed || built.Value.Lanes.Count != 1)
        {
            return true;
        }

        return PinnedLaneFill.Minutes(built.Value, 0, out _) is not { } most || most == PackerProperties.MostMinutes(built.Value);
    }

    /// <summary>Two sessions, two rooms, the first topic pinned to a start: the flow bound with pinned lanes is at least the minutes of every feasible assignment.</summary>
    [SummitProperty(Arbitrary = [typeof(PinnedRequests)], Runs = 300)]
    public bool CliqueFlowBound_PinnedStart_IsAtLeastTheMinutesOfEveryFeasibleAssignment(PinnedRequest pinned)
    {
        var built = PackingModel.Build(pinned.TwoRooms);
        return built.IsFailed || CliqueFlowBound.Minutes(built.Value) >= PackerProperties.MostMinutes(built.Value);
    }

    /// <summary>A one-room request and a two-session, two-room one, each with its first topic pinned to a start in the first session's first room.</summary>
    public sealed record PinnedRequest(PackingRequest Request, PackingRequest TwoRooms);

    /// <summary>Requests with a start pin.</summary>
    public static class PinnedRequests
    {
        public static Arbitrary<PinnedRequest> Requests { get; } = Arb.From(
            from one in SchedulingGenerators.PackingRequests(6, 1, 1, 90)
            from two in SchedulingGenerators.PackingRequests(6, 2, 2, 60)
            from offset in Gen.Choose(0, 17)
            where one.Requests.Length > 0 && two.Requests.Length > 0
            select new PinnedRequest(Pinned(one, offset), Pinned(two, offset)));

        private static PackingRequest Pinned(PackingRequest request, int offset)
        {
            var session = request.Template.Blocks.First(b => b.Kind == BlockKind.Session);
            var start = session.LocalStart.PlusMinutes(offset * 5 % session.Minutes);
            var first = request.Requests[0] with { PinnedBlockId = null, PinnedRoom = request.Template.RoomsOf(session)[0], PinnedStart = start };
            return request with { Requests = [first, .. request.Requests.Skip(1)] };
        }
    }

    private sealed class GroupComparer : IEqualityComparer<PinnedLaneFill.Group>
    {
        public static readonly GroupComparer Instance = new();

        public bool Equals(PinnedLaneFill.Group? x, PinnedLaneFill.Group? y) =>
            x is not null && y is not null && x.Lane == y.Lane && x.Minutes == y.Minutes && x.Topics.SequenceEqual(y.Topics);

        public int GetHashCode(PinnedLaneFill.Group obj) => obj.Lane;
    }
}
