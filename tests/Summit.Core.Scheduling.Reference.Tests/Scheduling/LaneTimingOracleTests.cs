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
        var (compared, comparedMinutes, _) = Compare("Study", i => PackingInstances.Study(i), walks, thresholds: false);
        Assert.True(compared >= 600 && comparedMinutes >= 50, $"Only {compared} answers and {comparedMinutes} minutes compared.");
    }

    /// <summary>
    /// The same walks through every <see cref="EightLaneStep"/>th eight-lane instance: one session of up to eight rooms
    /// linked by conflicts, where rooms are full at the shortest lengths and the starts a room leaves its topics decide
    /// (<c>LaneTiming.Solver.Sequenced</c>, fourteenth #14 session; instance 168 is one of them). At every step whose
    /// assignment CP-SAT places whole, the threshold form of the minutes is compared too: asked whether the minutes reach
    /// CP-SAT's most, the timing must answer exactly them, and asked for a grid step more, no (each when decided): a
    /// search that must beat a floor cuts by the idle minutes the floor leaves, and only this sees a cut that is wrong.
    /// </summary>
    [Fact]
    public void IsFeasible_OnWalksThroughEightLaneInstances_AgreesWithCpSatOnThePinnedAssignment()
    {
        var walks = Enumerable.Range(0, PackingInstances.StudySize / EightLaneStep).Select(i => (Instance: (i * EightLaneStep) + 3, Seed: i));
        var (compared, comparedMinutes, thresholds) = Compare("StudyEightLanes", i => PackingInstances.StudyEightLanes(i) with { SearchNodeLimit = 200_000 }, walks, thresholds: true);
        Assert.True(compared >= 300 && comparedMinutes >= 10 && thresholds >= 300, $"Only {compared} answers, {comparedMinutes} minutes and {thresholds} thresholds compared.");
    }

    /// <summary>Every how many eight-lane instances one is walked.</summary>
    private const int EightLaneStep = 15;

    /// <summary>
    /// Walks a seeded order of topics and lanes through the instances as a packer does (each topic into the first lane,
    /// in a seeded rotation of its lanes, that has room and a timing), and at every step compares the fresh search's
    /// answer (when it decides) with whether CP-SAT places every topic of the assignment, each pinned to its lane; and at
    /// the end of each walk, the most topic minutes of the assignment's timing (when decided) with CP-SAT's. Fails on any
    /// disagreement; returns how many answers, minutes and (with <paramref name="thresholds"/>, at every step CP-SAT
    /// places whole) threshold answers were compared.
    /// </summary>
    private static (int Answers, int Minutes, int Thresholds) Compare(string set, Func<int, PackingRequest> instanceOf, IEnumerable<(int Instance, int Seed)> walks, bool thresholds)
    {
        var (compared, comparedMinutes, comparedThresholds, disagreements) = (0, 0, 0, new List<string>());
        foreach (var (instance, seed) in walks)
        {
            var model = PackingModel.Build(instanceOf(instance)).Value;
            var laneOf = TimingWalk.Walk(model, seed, (assignment, j, t, lane) =>
            {
                var timing = new LaneTiming(model);
                var answer = timing.IsFeasible(assignment, lane);
                if (timing.IsFeasibilityExact && Solve(model, assignment) is { Status: ReferenceStatus.Optimal } reference)
                {
                    compared++;
                    var placed = reference.WeightHundredths == Weight(model, assignment);
                    if (placed != answer)
                    {
                        disagreements.Add($"{set}({instance}) walk {seed} step {j}: topic {model.Topics[t].Id} into lane {lane}: timing {answer}, CP-SAT {placed}");
                    }

                    if (thresholds && placed)
                    {
                        comparedThresholds += Thresholds(model, assignment, (int)reference.TopicMinutes, $"{set}({instance}) walk {seed} step {j}", disagreements);
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
        return (compared, comparedMinutes, comparedThresholds);
    }

    /// <summary>
    /// Asks fresh timings whether the minutes of <paramref name="laneOf"/> reach CP-SAT's <paramref name="most"/> (they
    /// must, exactly) and a grid step more (they must not); adds a disagreement for each wrong answer the search decided.
    /// Returns how many answers were decided.
    /// </summary>
    private static int Thresholds(PackingModel model, int[] laneOf, int most, string where, List<string> disagreements)
    {
        var decided = 0;
        foreach (var (needed, expected) in new[] { (most, most), (most + model.Grid, -1) })
        {
            var timing = new LaneTiming(model);
            var answer = timing.MinutesIfAtLeast(laneOf, needed);
            if (timing.IsMinutesExact)
            {
                decided++;
                if (answer != expected)
                {
                    disagreements.Add($"{where}: minutes if at least {needed}: timing {answer}, CP-SAT's most {most}");
                }
            }
        }

        return decided;
    }

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
