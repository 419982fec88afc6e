using Summit.Core.Scheduling;
using Summit.Core.Tests.Scheduling;

namespace Summit.Core.Scheduling.Reference.Tests.Scheduling;

/// <summary>
/// The timing search's feasibility answers (<see cref="LaneTiming.IsFeasible"/>) against an independent one: CP-SAT's
/// natural model of the same topics, each pinned to the session and room of its lane. The properties of the timing
/// compare the search with itself (cached against fresh); this compares it with a solver that shares none of its cuts.
/// </summary>
public sealed class LaneTimingOracleTests
{
    /// <summary>Every how many study instances one is walked (its seed its index).</summary>
    private const int Step = 5;

    /// <summary>
    /// Walks (instance, seed) where a feasibility cut tried in the thirteenth #14 session (active steps only, decision
    /// 0020) called a feasible assignment infeasible.
    /// </summary>
    private static readonly (int Instance, int Seed)[] Exposing = [(182, 0), (202, 4), (209, 4), (209, 5)];

    /// <summary>
    /// Walks a seeded order of topics and lanes through study instances as a packer does (each topic into the first lane,
    /// in a seeded rotation of its lanes, that has room and a timing), and at every step compares the fresh search's
    /// answer (when it decides) with whether CP-SAT places every topic of the assignment, each pinned to its lane; and at
    /// the end of each walk, the most topic minutes of the assignment's timing (when decided) with CP-SAT's.
    /// </summary>
    [Fact]
    public void IsFeasible_OnWalksThroughStudyInstances_AgreesWithCpSatOnThePinnedAssignment()
    {
        var walks = Enumerable.Range(0, PackingInstances.StudySize / Step).Select(i => (Instance: i * Step, Seed: i * Step)).Concat(Exposing);
        var (compared, comparedMinutes) = Compare("Study", i => PackingInstances.Study(i), walks);
        Assert.True(compared >= 600 && comparedMinutes >= 50, $"Only {compared} answers and {comparedMinutes} minutes compared.");
    }

    /// <summary>
    /// The same walks through every <see cref="EightLaneStep"/>th eight-lane instance: one session of up to eight rooms
    /// linked by conflicts, where rooms are full at the shortest lengths and the starts a room leaves its topics decide
    /// (<c>LaneTiming.Solver.Sequenced</c>, fourteenth #14 session).
    /// </summary>
    [Fact]
    public void IsFeasible_OnWalksThroughEightLaneInstances_AgreesWithCpSatOnThePinnedAssignment()
    {
        var walks = Enumerable.Range(0, PackingInstances.StudySize / EightLaneStep).Select(i => (Instance: (i * EightLaneStep) + 3, Seed: i));
        var (compared, comparedMinutes) = Compare("StudyEightLanes", i => PackingInstances.StudyEightLanes(i) with { SearchNodeLimit = 200_000 }, walks);
        Assert.True(compared >= 300 && comparedMinutes >= 10, $"Only {compared} answers and {comparedMinutes} minutes compared.");
    }

    /// <summary>Every how many eight-lane instances one is walked.</summary>
    private const int EightLaneStep = 15;

    /// <summary>
    /// Walks a seeded order of topics and lanes through the instances as a packer does (each topic into the first lane,
    /// in a seeded rotation of its lanes, that has room and a timing), and at every step compares the fresh search's
    /// answer (when it decides) with whether CP-SAT places every topic of the assignment, each pinned to its lane; and at
    /// the end of each walk, the most topic minutes of the assignment's timing (when decided) with CP-SAT's. Fails on any
    /// disagreement; returns how many answers and minutes were compared.
    /// </summary>
    private static (int Answers, int Minutes) Compare(string set, Func<int, PackingRequest> instanceOf, IEnumerable<(int Instance, int Seed)> walks)
    {
        var (compared, comparedMinutes, disagreements) = (0, 0, new List<string>());
        foreach (var (instance, seed) in walks)
        {
            var model = PackingModel.Build(instanceOf(instance)).Value;
            var laneOf = TimingWalk.Walk(model, seed, (assignment, j, t, lane) =>
            {
                var timing = new LaneTiming(model);
                var answer = timing.IsFeasible(assignment, lane);
                if (timing.IsFeasibilityExact && AllPlaced(model, assignment) is { } placed)
                {
                    compared++;
                    if (placed != answer)
                    {
                        disagreements.Add($"{set}({instance}) walk {seed} step {j}: topic {model.Topics[t].Id} into lane {lane}: timing {answer}, CP-SAT {placed}");
                    }
                }

                return answer;
            });

            // The walk's last assignment: the most topic minutes of its timing, when the search decides them.
            var minutesTiming = new LaneTiming(model);
            var minutes = minutesTiming.Minutes(laneOf);
            if (minutesTiming.IsMinutesExact && Solve(model, laneOf) is { Status: ReferenceStatus.Optimal } reference && reference.WeightHundredths == Weight(model, laneOf))
            {
                comparedMinutes++;
                if (reference.TopicMinutes != minutes)
                {
                    disagreements.Add($"{set}({instance}) walk {seed}: the timing's most minutes {minutes}, CP-SAT {reference.TopicMinutes}");
                }
            }
        }

        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements.Take(20)));
        return (compared, comparedMinutes);
    }

    /// <summary>
    /// Whether CP-SAT places every topic of <paramref name="laneOf"/>, each pinned to its lane's session and room (the
    /// topics without a lane and the groupings dropped: the timing does not decide groupings); null when CP-SAT does not
    /// prove its answer.
    /// </summary>
    private static bool? AllPlaced(PackingModel model, int[] laneOf) =>
        Solve(model, laneOf) is { Status: ReferenceStatus.Optimal } result ? result.WeightHundredths == Weight(model, laneOf) : null;

    /// <summary>The weight of the topics <paramref name="laneOf"/> puts in a lane, in hundredths.</summary>
    private static long Weight(PackingModel model, int[] laneOf) =>
        Enumerable.Range(0, laneOf.Length).Where(t => laneOf[t] >= 0).Sum(t => CpSatReference.Hundredths(model.Topics[t].Weight));

    /// <summary>CP-SAT's natural model of the topics <paramref name="laneOf"/> puts in a lane, each pinned to its lane's session and room.</summary>
    private static ReferenceResult Solve(PackingModel model, int[] laneOf)
    {
        var kept = Enumerable.Range(0, laneOf.Length).Where(t => laneOf[t] >= 0).ToArray();
        var ids = kept.Select(t => model.Topics[t].Id).ToHashSet(StringComparer.Ordinal);
        var topics = kept.Select(t =>
        {
            var lane = model.Lanes[laneOf[t]];
            var topic = model.Topics[t];
            return topic with
            {
                PinnedBlockId = lane.Block.Id,
                PinnedRoom = lane.Room,
                SameSessionAs = [],
                Conflicts = [.. topic.Conflicts.Where(ids.Contains)],
                After = [.. topic.After.Where(ids.Contains)],
            };
        });
        return CpSatReference.Solve(model.Request with { Requests = [.. topics], Previous = null });
    }
}
