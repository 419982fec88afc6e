using FsCheck;
using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.TestSupport;

namespace Summit.Core.Tests.Scheduling;

/// <summary>The lane-pattern bound (<see cref="LagrangianBound"/>): never below any agenda's weight, and below the knapsack bound where no lane's own lengths fill it.</summary>
public sealed class LagrangianBoundTests
{
    private static readonly LocalDate Day = new(2024, 5, 18);

    private static PackingModel Rooms(int minutes, string[] rooms, params SlotRequest[] requests)
    {
        var session = new AgendaBlock("s", "Session", BlockKind.Session, Day, new LocalTime(13, 0), new LocalTime(13, 0).PlusMinutes(minutes)) { Rooms = [.. rooms] };
        var template = new AgendaTemplate("s", "Summit", DateTimeZoneProviders.Tzdb["America/New_York"], rooms[0]) { Blocks = [session] };
        return PackingModel.Build(new PackingRequest(template, [.. requests])).Value;
    }

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
