using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.TestSupport;

namespace Summit.Core.Tests.Scheduling;

/// <summary>The lane-by-lane search (<see cref="LaneFillSearch"/>): exact on its own, and stronger than the knapsack bound where rooms cannot be filled.</summary>
public sealed class LaneFillSearchTests
{
    private static readonly LocalDate Day = new(2024, 5, 18);

    private static int[] Order(PackingModel model) =>
        [.. Enumerable.Range(0, model.Topics.Length).Where(t => !model.IsAnchor[t] && model.AllowedLanes[t].Length > 0).OrderByDescending(model.Units).ThenBy(t => t)];

    [Fact]
    public void Run_TwoRoomsTheLengthsCannotFill_ProvesTheWeightTheKnapsackBoundMisses()
    {
        // Three rooms of 60 minutes and fixed lengths 40, 40, 40, 30 and 30: 180 minutes in all, and each room alone can
        // be filled (30 + 30), but no room holds a 40 with anything else, so one 40 stays out.
        var session = new AgendaBlock("s", "Session", BlockKind.Session, Day, new LocalTime(13, 0), new LocalTime(14, 0)) { Rooms = ["A", "B", "C"] };
        var template = new AgendaTemplate("s", "Summit", DateTimeZoneProviders.Tzdb["America/New_York"], "A") { Blocks = [session] };
        var model = PackingModel.Build(new PackingRequest(template,
            [SlotRequest.Fixed("a", "A", 40), SlotRequest.Fixed("b", "B", 40), SlotRequest.Fixed("c", "C", 40), SlotRequest.Fixed("d", "D", 30), SlotRequest.Fixed("e", "E", 30)])).Value;
        var order = Order(model);
        var fill = new LaneFillSearch(model, order, order, LaneFillSearch.LaneOrders(model, order)[0]);

        fill.Run(-1, 10_000);

        Assert.Equal(500, PackingEvaluation.RootWeightBound(model));
        Assert.False(fill.Aborted);
        Assert.Equal(400, fill.BestWeight);
        Assert.True(PackingEvaluation.IsFeasible(model, fill.Best));
    }

    [Fact]
    public void LaneOrders_AreDistinctPermutationsOfTheLanes()
    {
        var model = PackingModel.Build(PackingInstances.Study(153)).Value;

        var orders = LaneFillSearch.LaneOrders(model, Order(model));

        Assert.Equal(orders.Length, orders.Select(o => string.Join(",", o)).Distinct().Count());
        Assert.All(orders, o => Assert.Equal(Enumerable.Range(0, model.Lanes.Count), o.Order()));
    }

    [Fact]
    public void LaneOrders_PutTheLaneSplitByAPinFirstInOneOrder()
    {
        // Study 133: only lane 3 (Room 0 of the second session) has a pinned topic (t18 at 11:55) inside it.
        var model = PackingModel.Build(PackingInstances.Study(133)).Value;

        var orders = LaneFillSearch.LaneOrders(model, Order(model));

        Assert.Equal([1, 1, 1, 2, 1, 1, 1], Enumerable.Range(0, model.Lanes.Count).Select(l => model.Stretches(l).Length));
        Assert.Contains(orders, o => o[0] == 3);
        Assert.DoesNotContain(orders.Take(orders.Length - 1), o => o[0] == 3);
    }

    [Fact]
    public void RunForMinutes_PinnedLaneFirst_ProvesTheMinutesAPinWastes()
    {
        // Study 133 places all its topics (weight 90); t20, a fixed 20-minute topic only lane 3 may take, must go before
        // the pin 30 minutes into that 70-minute lane, and nothing fits the 10 minutes left: 585 of 595 minutes. Filling
        // lane 3 first proves it in a few hundred nodes; the smallest lanes first take 77,464 (longest topics first).
        var model = PackingModel.Build(PackingInstances.Study(133)).Value;
        var order = Order(model);
        var pinnedFirst = LaneFillSearch.LaneOrders(model, order)[^1];
        var fill = new LaneFillSearch(model, order, LaneFillSearch.TopicOrders(model, order)[1], pinnedFirst);

        fill.RunForMinutes(9_000, 585, 2_000);

        Assert.False(fill.Aborted);
        Assert.True(model.Timing.IsExact);
        Assert.Equal((9_000, 585), (fill.BestWeight, fill.BestMinutes));
    }

    /// <summary>
    /// Invariant: in every lane order and topic order, the lane-by-lane search finishes on small instances with the weight of exhaustive
    /// enumeration and, searching for minutes too, its weight and minutes; its agenda keeps every rule of the model.
    /// </summary>
    [SummitProperty(Runs = 150)]
    public bool Run_SmallInstance_EqualsExhaustiveEnumerationInEveryOrder(NonNegativeInt seed)
    {
        var built = PackingModel.Build(PackingInstances.Small(40_000 + seed.Get));
        if (built.IsFailed)
        {
            return true;
        }

        var model = built.Value;
        var best = PackerProperties.BruteForce(model);
        var order = Order(model);
        foreach (var (topics, lanes) in LaneFillSearch.TopicOrders(model, order).SelectMany(topics => LaneFillSearch.LaneOrders(model, order).Select(lanes => (topics, lanes))))
        {
            var weight = new LaneFillSearch(model, order, topics, lanes);
            weight.Run(-1, 1_000_000);
            var minutes = new LaneFillSearch(model, order, topics, lanes);
            minutes.RunForMinutes(-1, -1, 1_000_000);
            if (weight.Aborted || minutes.Aborted || !model.Timing.IsExact
                || weight.BestWeight != best.Weight || (minutes.BestWeight, minutes.BestMinutes) != (best.Weight, best.Minutes)
                || !PackingEvaluation.IsFeasible(model, weight.Best) || PackingEvaluation.Evaluate(model, minutes.Best).Minutes != best.Minutes)
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void Run_FromAnIncumbentAsHeavyAsTheOptimum_FindsNothingBetterAndFinishes()
    {
        var model = PackingModel.Build(PackingInstances.Study(153)).Value;
        var order = Order(model);
        var fill = new LaneFillSearch(model, order, order, LaneFillSearch.LaneOrders(model, order)[2]);

        fill.Run(12_100, 100_000);

        Assert.False(fill.Aborted);
        Assert.Equal(12_100, fill.BestWeight);
    }
}
