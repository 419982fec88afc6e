using System.Collections.Immutable;
using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;

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
    public void Bound_AtMostSoManyTopics_CountsNoMore()
    {
        // The same rooms with at most 28 of the 29 topics placed: four rooms of four and four of three give 740.
        var model = PackingModel.Build(EightRoomsOf95Minutes()).Value;

        Assert.Equal(740, PackingEvaluation.MinutesByCountBound(model, mostTopics: 28));
        Assert.Equal(745, PackingEvaluation.MinutesByCountBound(model, mostTopics: 29));
        Assert.Equal(2 * 30, PackingEvaluation.MinutesByCountBound(model, mostTopics: 2));
    }

    [Fact]
    public void ExactPack_OneTopicOutAtTheProvenWeight_ProvesTheMinutesByCount()
    {
        // Eight-lane instance 99: eight lanes of 45–55 minutes and topics of at most 40, so a full lane needs two; the
        // proven weight leaves one of the 16 topics out, so one lane is short of its cap and no agenda gives 370 minutes.
        // The count bound for 15 topics says 365, which proves the incumbent (unproven at 200,000 nodes before).
        var request = PackingInstances.StudyEightLanes(99) with { SearchNodeLimit = 200_000 };
        var model = PackingModel.Build(request).Value;

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.Equal(370, PackingEvaluation.MinutesByCountBound(model));
        Assert.Equal((15, 73.0, 365), (agenda.Objective.PlacedTopics, agenda.Objective.PlacedWeight, agenda.Objective.TopicMinutes));
        Assert.True(agenda.IsProvenOptimal);
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
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

        return PackingEvaluation.MinutesByCountBound(built.Value) >= PackerProperties.MostMinutes(built.Value);
    }

    /// <summary>With at most <c>k</c> topics, the bound is at least the topic minutes of every feasible assignment placing <c>k</c> or fewer.</summary>
    [SummitProperty(Arbitrary = [typeof(PackerProperties.SmallRequests)], Runs = 200)]
    public bool Bound_AtMostSoManyTopics_IsAtLeastTheMinutesOfEveryFeasibleAssignmentWithThatMany(PackingRequest request)
    {
        var built = PackingModel.Build(request);
        if (built.IsFailed)
        {
            return true;
        }

        var model = built.Value;
        var most = new int[model.Topics.Length + 1];
        PackerProperties.ForEachFeasible(model, laneOf =>
        {
            var placed = model.PlaceableTopics.Count(t => laneOf[t] >= 0);
            most[placed] = Math.Max(most[placed], model.Timing.Minutes(laneOf));
        });
        for (var k = 0; k <= model.PlaceableTopics.Length; k++)
        {
            if (PackingEvaluation.MinutesByCountBound(model, k) < most.Take(k + 1).Max())
            {
                return false;
            }
        }

        return true;
    }
}
