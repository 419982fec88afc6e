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
        var (compared, comparedMinutes, disagreements) = (0, 0, new List<string>());
        var walks = Enumerable.Range(0, PackingInstances.StudySize / Step).Select(i => (Instance: i * Step, Seed: i * Step)).Concat(Exposing);
        foreach (var (instance, seed) in walks)
        {
            var model = PackingModel.Build(PackingInstances.Study(instance)).Value;
            var laneOf = TimingWalk.Walk(model, seed, (assignment, j, t, lane) =>
            {
                var timing = new LaneTiming(model);
                var answer = timing.IsFeasible(assignment, lane);
                if (timing.IsFeasibilityExact && AllPlaced(model, assignment) is { } placed)
                {
                    compared++;
                    if (placed != answer)
                    {
                        disagreements.Add($"Study({instance}) walk {seed} step {j}: topic {model.Topics[t].Id} into lane {lane}: timing {answer}, CP-SAT {placed}");
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
                    disagreements.Add($"Study({instance}) walk {seed}: the timing's most minutes {minutes}, CP-SAT {reference.TopicMinutes}");
                }
            }
        }

        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements.Take(20)));
        Assert.True(compared >= 600 && comparedMinutes >= 50, $"Only {compared} answers and {comparedMinutes} minutes compared.");
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
