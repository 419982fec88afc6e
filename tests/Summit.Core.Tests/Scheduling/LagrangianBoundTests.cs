using FsCheck;
using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;
using Summit.Core.TestSupport;

namespace Summit.Core.Tests.Scheduling;

/// <summary>
/// The lane-pattern bounds: on the weight (<see cref="LagrangianBound"/>), never below any agenda's weight, and below the
/// knapsack bound where no lane's own lengths fill it; on the minutes of an agenda that places every topic
/// (<see cref="LagrangianMinutesBound"/>), never below its minutes, and below the lanes' caps where no split of the
/// topics fills every lane.
/// </summary>
public sealed class LagrangianBoundTests
{
    private static readonly LocalDate Day = new(2024, 5, 18);

    private static PackingModel Rooms(int minutes, string[] rooms, params SlotRequest[] requests)
    {
        var session = new AgendaBlock("s", "Session", BlockKind.Session, Day, new LocalTime(13, 0), new LocalTime(13, 0).PlusMinutes(minutes)) { Rooms = [.. rooms] };
        var template = new AgendaTemplate("s", "Summit", DateTimeZoneProviders.Tzdb["America/New_York"], rooms[0]) { Blocks = [session] };
        return PackingModel.Build(new PackingRequest(template, [.. requests])).Value;
    }

    /// <summary>The weight of every topic that may be placed, anchors included: an optimum this heavy places them all.</summary>
    private static long AllUnits(PackingModel model) =>
        model.Anchors.Sum(a => model.Units(a.Topic))
        + model.PlaceableTopics.Sum(model.Units);

    [Fact]
    public void Compute_ThreeRoomsNoneOfWhichHoldsAFortyWithAnythingElse_BoundsTheWeightByFour()
    {
        // Three rooms of 60 minutes and fixed lengths 40, 40, 40, 30 and 30: 180 minutes in all, so the knapsack over
        // all minutes places all five; a room holds one 40 or two 30s, so at most four are placed.
        var model = Rooms(60, ["A", "B", "C"],
            SlotRequest.Fixed("a", "A", 40), SlotRequest.Fixed("b", "B", 40), SlotRequest.Fixed("c", "C", 40), SlotRequest.Fixed("d", "D", 30), SlotRequest.Fixed("e", "E", 30));

        var bound = new LagrangianBound(model);

        Assert.Equal(500, PackingEvaluation.RootWeightBound(model));
        Assert.Equal(400, bound.Compute(-1, 10_000));
        Assert.InRange(bound.Knapsacks, 3, 10_000);
    }

    [Fact]
    public void Compute_StopsAsSoonAsTheBoundReachesTheTarget()
    {
        var model = Rooms(60, ["A", "B", "C"],
            SlotRequest.Fixed("a", "A", 40), SlotRequest.Fixed("b", "B", 40), SlotRequest.Fixed("c", "C", 40), SlotRequest.Fixed("d", "D", 30), SlotRequest.Fixed("e", "E", 30));
        var full = new LagrangianBound(model);
        full.Compute(-1, 10_000);

        var early = new LagrangianBound(model);
        var value = early.Compute(400, 10_000);

        Assert.Equal(400, value);
        Assert.True(early.Knapsacks <= full.Knapsacks);
    }

    [Fact]
    public void Compute_WithABudgetOfOneKnapsack_StillTakesOneStepAndBoundsTheWeight()
    {
        var model = Rooms(60, ["A", "B"], SlotRequest.Fixed("a", "A", 40, 3), SlotRequest.Fixed("b", "B", 30, 2), SlotRequest.Fixed("c", "C", 30, 2));

        var bound = new LagrangianBound(model);
        var value = bound.Compute(-1, 1);

        // The first step prices nothing: each room takes its best alone (two 30s: weight 4), so 8 in all.
        Assert.Equal(2, bound.Knapsacks);
        Assert.Equal(800, value);
    }

    [Fact]
    public void ExactPack_StudyInstance236_IsProvenWithThePricedLanesBound()
    {
        // The knapsack over all minutes says 122; the lane patterns say 120, the weight the neighbourhood search finds.
        var model = PackingModel.Build(PackingInstances.Study(236)).Value;

        var bound = new LagrangianBound(model).Compute(12_000, 4_000);

        Assert.Equal(12_200, PackingEvaluation.RootWeightBound(model));
        Assert.Equal(12_000, bound);
    }

    [Fact]
    public void MinutesBound_TwoRoomsWhoseTopicsCannotFillBoth_BoundsTheMinutesBelowTheCaps()
    {
        // Two rooms of 50 minutes and three fixed topics of 30, 20 and 25 minutes (weight 1 each) with one elastic 15–20:
        // all four fit (30 + 20 and 25 + 15–20), but the second room then gets at most 45: 95 of the caps' 100.
        var model = Rooms(50, ["A", "B"],
            SlotRequest.Fixed("a", "A", 30), SlotRequest.Fixed("b", "B", 20), SlotRequest.Fixed("c", "C", 25),
            new SlotRequest("d", "D") { DiscussionMinimumMinutes = 15, DiscussionMaximumMinutes = 20 });

        var bound = new LagrangianMinutesBound(model).Compute(-1, 10_000);

        Assert.Equal(100, Enumerable.Range(0, model.Lanes.Count).Sum(model.MinutesCap));
        Assert.Equal(95, bound);
    }

    [Fact]
    public void ExactPack_SeededInstanceWhoseRoomsNoSplitFills_IsProvenByTheMinutesBound()
    {
        // Study(459), past the committed set: 13 topics, all placed, 375 of the caps' 380 minutes (a 120-minute room's
        // topics reach 115). Before the lane-pattern bound on the minutes it stopped at 200,000 nodes without a proof.
        var request = PackingInstances.Study(459) with { SearchNodeLimit = 200_000 };

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.True(agenda.IsProvenOptimal);
        Assert.Equal((38d, 375), (agenda.Objective.PlacedWeight, agenda.Objective.TopicMinutes));
        Assert.Empty(agenda.Unplaced);
        Assert.InRange(agenda.Objective.SearchNodes, 1, 40_000);
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
    }

    /// <summary>Invariant: on the seeded small instances, when the optimum places every topic, the minutes bound is never below its minutes (exhaustive enumeration); the same twice.</summary>
    [SummitProperty(Runs = 200)]
    public bool MinutesBound_SeededSmallInstanceThatPlacesEveryTopic_IsAtLeastTheOptimumsMinutes(NonNegativeInt seed)
    {
        var built = PackingModel.Build(PackingInstances.Small(70_000 + seed.Get));
        if (built.IsFailed)
        {
            return true;
        }

        var model = built.Value;
        var best = PackerProperties.BruteForce(model);
        if (best.Weight != AllUnits(model))
        {
            return true;
        }

        var bound = new LagrangianMinutesBound(model);
        var minutes = bound.Compute(-1, 5_000);
        return minutes >= best.Minutes && bound.Compute(-1, 5_000) == minutes;
    }

    /// <summary>Invariant: the same on small random requests (pins, windows, conflicts, groupings, two rooms).</summary>
    [SummitProperty(Arbitrary = [typeof(PackerProperties.SmallRequests)], Runs = 200)]
    public bool MinutesBound_SmallRandomRequestThatPlacesEveryTopic_IsAtLeastTheOptimumsMinutes(PackingRequest request)
    {
        var built = PackingModel.Build(request);
        if (built.IsFailed)
        {
            return true;
        }

        var model = built.Value;
        var best = PackerProperties.BruteForce(model);
        return best.Weight != AllUnits(model) || new LagrangianMinutesBound(model).Compute(-1, 5_000) >= best.Minutes;
    }

    /// <summary>Invariant: on small random requests (pins, windows, conflicts, groupings, two rooms) the bound is never below the optimum's weight (exhaustive enumeration).</summary>
    [SummitProperty(Arbitrary = [typeof(PackerProperties.SmallRequests)], Runs = 200)]
    public bool Compute_SmallRandomRequest_IsAtLeastTheOptimumsWeight(PackingRequest request)
    {
        var built = PackingModel.Build(request);
        if (built.IsFailed)
        {
            return true;
        }

        var model = built.Value;
        return new LagrangianBound(model).Compute(-1, 5_000) >= PackerProperties.BruteForce(model).Weight;
    }

    /// <summary>Invariant: the same on the seeded small instances of the differential test, which have presenters and start pins (Small(60,065) caught anchors' weights rounded to the searched topics' step); and a second call gives the same bound.</summary>
    [SummitProperty(Runs = 150)]
    public bool Compute_SeededSmallInstance_IsAtLeastTheOptimumsWeight(NonNegativeInt seed)
    {
        var built = PackingModel.Build(PackingInstances.Small(60_000 + seed.Get));
        if (built.IsFailed)
        {
            return true;
        }

        var model = built.Value;
        var bound = new LagrangianBound(model);
        var value = bound.Compute(-1, 5_000);
        return value >= PackerProperties.BruteForce(model).Weight && bound.Compute(-1, 5_000) == value;
    }
}
