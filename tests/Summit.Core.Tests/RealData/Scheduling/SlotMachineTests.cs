using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;
using Xunit.Abstractions;

namespace Summit.Core.Tests.RealData.Scheduling;

// Data: emfcamp/slotmachine sample_schedules (98 talks, 3 venues, speakers, per-venue availability windows), copied
// under Fixtures/slotmachine with a NOTICE: no licence stated, test fixture only, never shipped.
public sealed class SlotMachineTests(ITestOutputHelper output)
{
    public static TheoryData<string> Files => new()
    {
        "scheduled_hard.json",
        "unscheduled_easy.json",
        "unscheduled_hard.json",
        "unscheduled_very_hard.json",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void HeuristicPack_SlotMachineProblem_PlacesEveryTalkWithEveryHardConstraintMet(string file)
    {
        var problem = SlotMachineProblem.Load(file);

        var result = Packers.Heuristic.Pack(problem.Request);

        Assert.True(result.IsSuccess, result.ToString());
        var agenda = result.Value;
        Assert.Empty(agenda.Unplaced);
        Assert.Equal(98, agenda.Objective.PlacedTopics);
        Assert.Empty(problem.HardConstraintViolations(agenda));
        Assert.Empty(AgendaInvariants.Violations(problem.Request, agenda));
        Assert.Equal(0, agenda.Objective.Gap, 9);
    }

    [Fact]
    public void HeuristicPack_ScheduledHard_KeepsMostTalksWhereTheyWere()
    {
        var problem = SlotMachineProblem.Load("scheduled_hard.json");

        var agenda = Packers.Heuristic.Pack(problem.Request).Value;

        // The previous schedule breaks today's windows for some talks; those must move, the rest should stay.
        Assert.InRange(agenda.Objective.MovedTopics, 0, 49);
        var stayed = problem.Talks.Count(t => agenda.FindTopic(SlotMachineProblem.Id(t.Id)) is { } item
            && item.LocalStart == t.Time && item.Room == SlotMachineProblem.Room(t.Venue!.Value));
        output.WriteLine($"moved {agenda.Objective.MovedTopics}, stayed at the same time and venue {stayed} of {problem.Talks.Length}");
        Assert.True(stayed > 0, "no talk stayed where it was");
    }
}
