using System.Collections.Immutable;
using Summit.Core.Scheduling;

namespace Summit.Core.Tests.Scheduling;

/// <summary>The minutes bound that counts topics (<see cref="PackingEvaluation.MinutesByCountBound"/>).</summary>
public sealed class MinutesByCountBoundTests
{
    private static PackingRequest EightRoomsOf95Minutes() =>
        new(
            SummitDay.Session(new NodaTime.LocalTime(9, 0), 95, [.. Enumerable.Range(0, 8).Select(r => "Room " + r)]),
            [.. Enumerable.Range(0, 29).Select(i => new SlotRequest("t" + i, "T" + i))]);

    [Fact]
    public void Bound_TooFewTopicsToFillEveryLane_IsBelowTheLanesCaps()
    {
        // Eight rooms of 95 minutes and 29 topics of 15–30: a room needs four topics to fill its 95 minutes (three give
        // 90), and there are not 32; five rooms of four and three of three give 745.
        var model = PackingModel.Build(EightRoomsOf95Minutes()).Value;

        Assert.Equal(760, Enumerable.Range(0, 8).Sum(model.MinutesCap));
        Assert.Equal(745, PackingEvaluation.MinutesByCountBound(model));
    }

    [Fact]
    public void ExactPack_TooFewTopicsToFillEveryLane_ProvesItsMinutes()
    {
        // Before the bound, the same shape (StudyEightLanes(22)) stopped unproven at 200,000 nodes. Now the first agenda
        // the lane-by-lane search finds is proven at once; most of the nodes find the search's own first optimal agenda
        // (rule 4) topic by topic, after the neighbourhood search's tenth of the limit (53,006 measured).
        var agenda = Packers.Exact.Pack(EightRoomsOf95Minutes() with { SearchNodeLimit = 200_000 }).Value;

        Assert.True(agenda.IsProvenOptimal);
        Assert.Equal((29, 745), (agenda.Objective.PlacedTopics, agenda.Objective.TopicMinutes));
        Assert.InRange(agenda.Objective.SearchNodes, 1, 60_000);
    }

    [Fact]
    public void Bound_AnchorsAndLongestLengths_AddUpPerLane()
    {
        // One 60-minute room: a pinned fixed 20-minute topic, and two topics of 15–20 and 10–15. Two topics at their
        // longest give 35 beside the pin: 55, below the room's 60.
        var request = new PackingRequest(
            SummitDay.Session(new NodaTime.LocalTime(9, 0), 60, "A"),
            [
                SlotRequest.Fixed("pin", "Pinned", 20) with { PinnedStart = SummitDay.At(9, 0) },
                new SlotRequest("a", "A") { DiscussionMinimumMinutes = 15, DiscussionMaximumMinutes = 20 },
                new SlotRequest("b", "B") { DiscussionMinimumMinutes = 10, DiscussionMaximumMinutes = 15 },
            ]);
        var model = PackingModel.Build(request).Value;

        Assert.Equal(55, PackingEvaluation.MinutesByCountBound(model));
    }

    /// <summary>The bound is at least the topic minutes of every feasible assignment (exhaustive enumeration).</summary>
    [SummitProperty(Arbitrary = [typeof(PackerProperties.SmallRequests)], Runs = 200)]
    public bool Bound_SmallRandomInstance_IsAtLeastTheMinutesOfEveryFeasibleAssignment(PackingRequest request)
    {
        var built = PackingModel.Build(request);
        if (built.IsFailed)
        {
            return true;
        }

        var model = built.Value;
        var most = 0;
        PackerProperties.ForEachFeasible(model, laneOf => most = Math.Max(most, model.Timing.Minutes(laneOf)));
        return PackingEvaluation.MinutesByCountBound(model) >= most;
    }
}
