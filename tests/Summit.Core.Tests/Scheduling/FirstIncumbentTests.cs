using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;

namespace Summit.Core.Tests.Scheduling;

/// <summary>The exact packer's first incumbent (the heuristic's agenda) with provisional minutes (<see cref="LaneTiming.ProvisionalMinutes"/>).</summary>
public sealed class FirstIncumbentTests
{
    [Fact]
    public void ProvisionalMinutes_ComponentNoSearchSettles_GivesATimingItFoundAndLeavesTheMinutesExact()
    {
        // Eight-lane instance 126: the heuristic's agenda has a component of eight rooms whose most minutes a search of
        // 50,000 nodes does not settle.
        var model = PackingModel.Build(PackingInstances.StudyEightLanes(126) with { SearchNodeLimit = 200_000 }).Value;
        var laneOf = HeuristicPacker.Solve(model, out _);

        var score = PackingEvaluation.Evaluate(model, laneOf, x => model.Timing.ProvisionalMinutes(x, 5_000));
        var provisional = score.Minutes;
        var agenda = AgendaBuilder.Build(model, laneOf, score, score.Weight, false, 0, "test").Value;

        Assert.True(model.Timing.IsMinutesExact);
        Assert.Equal(provisional, agenda.Objective.TopicMinutes);
        Assert.True(model.Timing.LaidMinutes(laneOf) >= provisional);
        Assert.True(model.Timing.Minutes(laneOf) >= provisional);
        Assert.False(model.Timing.IsMinutesExact);
    }

    [Theory]
    [InlineData(126, 122.0, 680, 140_000)]
    [InlineData(204, 154.0, 800, 120_000)]
    public void ExactPack_EightLaneInstance_SpendsNoMinutesSearchOnTheFirstIncumbent(int instance, double weight, int minutes, int mostNodes) =>
        // Before: 161,145 and 162,597 nodes, 55,002 of them timing the heuristic's agenda (a search that stopped at its limit).
        // Then 111,167 and 80,330; since the fourteenth #14 session 136,169 and 109,124: a minutes search held to a stage's
        // share no longer leaves the timing it found on the way as the component's most minutes for later stages (126
        // searches them again), and 204's heuristic agenda changed (the climb now starts at 655 minutes, not 675).
        PackerProperties.AssertProvenWithin(PackingInstances.StudyEightLanes(instance), weight, minutes, mostNodes);

    [Fact]
    public void ExactPack_EightLaneInstance182_StopsTheHeuristicsUndecidedChecksSooner() =>
        // Before: 200,188 nodes, 112,287 of them in 56 feasibility checks of the heuristic that stopped undecided at 2,000.
        PackerProperties.AssertProvenWithin(PackingInstances.StudyEightLanes(182), 129, 560, 150_000);

    [Fact]
    public void HeuristicSolve_WithATentativeLimit_LeavesTheTimingAsItWas()
    {
        var model = PackingModel.Build(PackingInstances.StudyEightLanes(182)).Value;

        HeuristicPacker.Solve(model, out _, 250);

        Assert.False(model.Timing.Tentative);
        Assert.Equal(LaneTiming.DefaultTentativeLimit, model.Timing.TentativeLimit);
    }

    /// <summary>Invariant: with every first incumbent's minutes provisional (searches of one node), the exact packer still proves the brute-force optimum.</summary>
    [SummitProperty(Arbitrary = [typeof(PackerProperties.SmallRequests)], Runs = 300)]
    public bool ExactPack_ProvisionalFirstIncumbent_ObjectiveEqualsBruteForceOptimum(PackingRequest request)
    {
        var built = PackingModel.Build(request);
        var packed = new ExactPacker { FirstIncumbentLimit = 1 }.Pack(request);
        if (built.IsFailed)
        {
            return packed.IsFailed;
        }

        var best = PackerProperties.BruteForce(built.Value);
        return packed.IsSuccess && packed.Value.IsProvenOptimal && AgendaInvariants.Violations(request, packed.Value).IsEmpty
            && packed.Value.Objective.PlacedWeight == PackingScore.ToWeight(best.Weight) && packed.Value.Objective.TopicMinutes == best.Minutes;
    }

    [Fact]
    public void ExactPack_MinutesSearchStoppedAtItsOwnLimit_IsSettledOnceTheSearchFinishes()
    {
        // The property below, run with the random seed (7199644724992613789,13476372432784139617) in CI, failed at its
        // 181st case, shrunk to this request. With provisional first-incumbent minutes, the search takes another path on
        // which one component's minutes search stops at its own 50,000 nodes; the search finished after 114,382 nodes with
        // the weight proven and the minutes not. Asked again once the search has finished, no timing of that component
        // gives more than it answered, so the minutes are proven too (123,456 more nodes).
        var provisional = new ExactPacker { FirstIncumbentLimit = 1 }.Pack(ThreeRoomsFourBusyPresenters()).Value;
        var plain = Packers.Exact.Pack(ThreeRoomsFourBusyPresenters()).Value;

        Assert.True(provisional.IsProvenOptimal);
        Assert.True(plain.IsProvenOptimal);
        Assert.Equal((63.0, 235), (provisional.Objective.PlacedWeight, provisional.Objective.TopicMinutes));
        Assert.Equal((63.0, 235), (plain.Objective.PlacedWeight, plain.Objective.TopicMinutes));
        Assert.InRange(provisional.Objective.SearchNodes, 114_383, 250_000);
        Assert.Empty(AgendaInvariants.Violations(ThreeRoomsFourBusyPresenters(), provisional));
    }

    [Fact]
    public void ExactPack_MinutesNotSettledWithinTheLimit_StaysUnprovenWithTheWeightProven()
    {
        // The same request with the search's nodes but not the settling's: the answer is the same, and honest about it.
        var agenda = new ExactPacker { FirstIncumbentLimit = 1 }.Pack(ThreeRoomsFourBusyPresenters() with { SearchNodeLimit = 200_000 }).Value;

        Assert.False(agenda.IsProvenOptimal);
        Assert.Equal((63.0, 235, 63.0), (agenda.Objective.PlacedWeight, agenda.Objective.TopicMinutes, agenda.Objective.WeightUpperBound));
    }

    /// <summary>Nine topics in one 110-minute session of three rooms; Ada, Bo, Cy and Ed each present three to five of them.</summary>
    private static PackingRequest ThreeRoomsFourBusyPresenters()
    {
        var template = new AgendaTemplate("generated-summit", "Generated summit", SummitDay.NewYork, "Main room")
        {
            Blocks =
            [
                new AgendaBlock("welcome", "Welcome", BlockKind.Welcome, SummitDay.Day, new LocalTime(9, 0), new LocalTime(9, 10)),
                new AgendaBlock("session-1", "Session 1", BlockKind.Session, SummitDay.Day, new LocalTime(9, 10), new LocalTime(11, 0)) { Rooms = ["Room 1", "Room 2", "Room 3"] },
            ],
        };
        static SlotRequest Topic(int i, int lightning, int least, int most, int wrapUp, double weight, params string[] presenters) =>
            new("t" + i, "Topic " + i)
            {
                LightningTalkMinutes = lightning, DiscussionMinimumMinutes = least, DiscussionMaximumMinutes = most, WrapUpMinutes = wrapUp,
                Weight = weight, Presenters = [.. presenters],
            };
        return new PackingRequest(template,
        [
            Topic(0, 0, 20, 25, 0, 5, "Ada", "Ed"), Topic(1, 5, 20, 35, 0, 9), Topic(2, 0, 15, 25, 5, 5, "Ada", "Bo"),
            Topic(4, 5, 15, 30, 0, 4, "Ada", "Ed"), Topic(5, 5, 15, 20, 5, 6, "Bo", "Cy"), Topic(6, 5, 15, 30, 0, 10, "Bo"),
            Topic(7, 5, 15, 20, 0, 8, "Cy", "Ed"), Topic(8, 0, 15, 20, 5, 8, "Ada", "Bo"), Topic(9, 0, 15, 30, 0, 8, "Bo", "Di"),
        ]);
    }

    /// <summary>Invariant: on larger requests (ten topics, three sessions, three rooms), provisional first-incumbent minutes change no proven objective.</summary>
    /// <remarks>
    /// CI runs a fixed seed so that it is reproducible; a fuzz run (SUMMIT_FUZZ) draws random ones. A random seed found
    /// a minutes search stopped at its own limit that kept a finished search from proving the minutes, settled since
    /// (<see cref="ExactPack_MinutesSearchStoppedAtItsOwnLimit_IsSettledOnceTheSearchFinishes"/>).
    /// </remarks>
    [SummitProperty(Arbitrary = [typeof(PackerProperties.Requests10x3x3)], Runs = 300, SeedUnlessFuzzing = "(1846507420628042719,11023241434531793959)")]
    public bool ExactPack_ProvisionalFirstIncumbent_ProvesWhatTheDefaultProves(PackingRequest request)
    {
        var provisional = new ExactPacker { FirstIncumbentLimit = 1 }.Pack(request);
        var plain = new ExactPacker { FirstIncumbentLimit = long.MaxValue }.Pack(request);
        if (plain.IsFailed || provisional.IsFailed)
        {
            return plain.IsFailed == provisional.IsFailed;
        }

        var (a, b) = (provisional.Value, plain.Value);
        return a.IsProvenOptimal == b.IsProvenOptimal && AgendaInvariants.Violations(request, a).IsEmpty
            && (!a.IsProvenOptimal || (a.Objective.PlacedWeight == b.Objective.PlacedWeight && a.Objective.TopicMinutes == b.Objective.TopicMinutes));
    }
}
