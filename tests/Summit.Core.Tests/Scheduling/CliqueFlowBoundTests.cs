using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;
using static Summit.Core.Tests.Scheduling.SummitDay;

namespace Summit.Core.Tests.Scheduling;

/// <summary>The minutes bound from a flow with conflict cliques across sessions (<see cref="CliqueFlowBound"/>).</summary>
public sealed class CliqueFlowBoundTests
{
    /// <summary>
    /// Two rooms from 9:00 to 10:00, one room from 11:00 to 11:30; four fixed 30-minute topics led by Ana (never two at
    /// once) and one other. Ana's topics give at most 60 minutes in the first session and 30 in the second; with the other
    /// topic, 120 minutes, where the lanes and the count of topics allow 150.
    /// </summary>
    private static PackingRequest AnaTwiceInTheMorning() =>
        new(
            new AgendaTemplate("s", "Summit", NewYork, "Main")
            {
                Blocks =
                [
                    new AgendaBlock("morning", "Morning", BlockKind.Session, Day, new LocalTime(9, 0), new LocalTime(10, 0)) { Rooms = ["A", "B"] },
                    new AgendaBlock("late", "Late morning", BlockKind.Session, Day, new LocalTime(11, 0), new LocalTime(11, 30)) { Rooms = ["A"] },
                ],
            },
            [
                .. Enumerable.Range(0, 4).Select(i => SlotRequest.Fixed("ana" + i, "Ana " + i, 30) with { Presenters = ["Ana"] }),
                SlotRequest.Fixed("other", "Other", 30),
            ]);

    [Fact]
    public void Minutes_CliqueFreeToGoAnywhere_IsHeldToEachSessionsSpan()
    {
        var model = PackingModel.Build(AnaTwiceInTheMorning()).Value;

        Assert.Equal(150, PackingEvaluation.MinutesByCountBound(model));
        Assert.Equal(120, CliqueFlowBound.Minutes(model));
    }

    [Fact]
    public void Minutes_NoConflicts_BindsNothing()
    {
        var request = AnaTwiceInTheMorning();
        request = request with { Requests = [.. request.Requests.Select(r => r with { Presenters = [] })] };

        Assert.Equal(int.MaxValue, CliqueFlowBound.Minutes(PackingModel.Build(request).Value));
    }

    [Fact]
    public void ExactPack_CliqueAcrossSessions_IsProvenAtTheFlowBound()
    {
        var agenda = Packers.Exact.Pack(AnaTwiceInTheMorning()).Value;

        Assert.Equal((4, 120), (agenda.Objective.PlacedTopics, agenda.Objective.TopicMinutes));
        Assert.True(agenda.IsProvenOptimal);
    }

    [Theory]
    [InlineData(128, 104.0, 625)]
    [InlineData(299, 119.0, 680)]
    public void ExactPack_EightLaneInstance_IsProvenAtTheFlowBound(int instance, double weight, int minutes)
    {
        // Both stopped unproven at 200,000 nodes before the bound (CP-SAT: both optimal). 299: six mutually conflicting
        // topics free to go anywhere want 170 minutes; the sessions other than the first have 25 to spare.
        var request = PackingInstances.StudyEightLanes(instance) with { SearchNodeLimit = 200_000 };
        var model = PackingModel.Build(request).Value;

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.Equal((weight, minutes), (agenda.Objective.PlacedWeight, agenda.Objective.TopicMinutes));
        Assert.True(agenda.IsProvenOptimal);
        Assert.True(CliqueFlowBound.Minutes(model) < PackingEvaluation.MinutesByCountBound(model));
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
    }

    /// <summary>The bound is at least the topic minutes of every feasible assignment (exhaustive enumeration).</summary>
    [SummitProperty(Arbitrary = [typeof(PackerProperties.SmallRequests)], Runs = 300)]
    public bool Minutes_SmallRandomInstance_IsAtLeastTheMinutesOfEveryFeasibleAssignment(PackingRequest request)
    {
        var built = PackingModel.Build(request);
        if (built.IsFailed)
        {
            return true;
        }

        return CliqueFlowBound.Minutes(built.Value) >= PackerProperties.MostMinutes(built.Value);
    }
}
