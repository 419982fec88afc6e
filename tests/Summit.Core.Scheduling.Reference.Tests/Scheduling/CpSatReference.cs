using System.Collections.Immutable;
using System.Globalization;
using Google.OrTools.Sat;
using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.Scheduling.OrTools;
using Summit.Core.Testing.Scheduling;

namespace Summit.Core.Scheduling.Reference.Tests.Scheduling;

/// <summary>How far CP-SAT got with an instance.</summary>
internal enum ReferenceStatus
{
    /// <summary>The optimum was proven: the objective values are the natural model's optimum.</summary>
    Optimal,

    /// <summary>A solution was found but not proven optimal within the time limit: inconclusive.</summary>
    Feasible,

    /// <summary>The model has no solution (for example the exact agenda's pinned-start topics cannot all be placed): inconclusive.</summary>
    Infeasible,

    /// <summary>Nothing was found within the time limit: inconclusive.</summary>
    Unknown,
}

/// <summary>One topic of the reference solution: session, room, local start and length.</summary>
/// <param name="TopicId">The topic id.</param>
/// <param name="BlockId">The session block id.</param>
/// <param name="Room">The room.</param>
/// <param name="Start">The local start.</param>
/// <param name="Minutes">The length in minutes.</param>
internal sealed record ReferencePlacement(string TopicId, string BlockId, string Room, LocalDateTime Start, int Minutes)
{
    /// <summary>Gets the local end (excluded).</summary>
    public LocalDateTime End => Start.PlusMinutes(Minutes);
}

/// <summary>What CP-SAT returned for one request.</summary>
/// <param name="Status">Whether the optimum was proven.</param>
/// <param name="WeightHundredths">(1) The placed weight in whole hundredths (of the best solution found).</param>
/// <param name="TopicMinutes">(2) The total minutes of the placed topics (of the best solution found).</param>
/// <param name="Placements">The best solution found, in request order (empty when there is none).</param>
/// <param name="Seconds">The solver's wall time, both objectives together.</param>
internal sealed record ReferenceResult(ReferenceStatus Status, long WeightHundredths, long TopicMinutes, ImmutableArray<ReferencePlacement> Placements, double Seconds)
{
    /// <summary>Gets the solver's wall time for (1), the weight, alone.</summary>
    public double WeightSeconds { get; init; }

    /// <summary>Gets the solver's deterministic time (a measure of work independent of the machine's load), both objectives together.</summary>
    public double DeterministicTime { get; init; }

    /// <summary>Gets a value indicating whether a solution (proven or not) is there.</summary>
    public bool HasSolution => Status is ReferenceStatus.Optimal or ReferenceStatus.Feasible;

    /// <summary>Turns the solution into an <see cref="Agenda"/> of topic items only, so <see cref="AgendaInvariants"/> can check it.</summary>
    /// <param name="request">The request that was solved.</param>
    /// <returns>The agenda: topic items with local times and instants, every other topic listed as not placed.</returns>
    public Agenda ToAgenda(PackingRequest request)
    {
        var template = request.Template;
        var byId = Placements.ToDictionary(p => p.TopicId, StringComparer.Ordinal);
        var items = new List<AgendaItem>();
        var unplaced = new List<UnplacedTopic>();
        foreach (var r in request.Requests)
        {
            if (!byId.TryGetValue(r.Id, out var p))
            {
                unplaced.Add(new UnplacedTopic(r.Id, r.Title, "reference.not-placed", "CP-SAT left it out."));
                continue;
            }

            items.Add(new AgendaItem(
                AgendaItemKind.Topic, r.Title, p.BlockId, p.Room, p.Start, p.End,
                p.Start.InZoneStrictly(template.Zone).ToInstant(), p.End.InZoneStrictly(template.Zone).ToInstant())
            {
                TopicId = r.Id,
                Presenters = r.Presenters,
                LightningTalkMinutes = r.LightningTalkMinutes,
                DiscussionMinutes = p.Minutes - r.LightningTalkMinutes - r.WrapUpMinutes,
                WrapUpMinutes = r.WrapUpMinutes,
            });
        }

        var weight = WeightHundredths / 100.0;
        var objective = new PackingObjective(weight, (int)TopicMinutes, 0, weight) { PlacedTopics = items.Count };
        var ordered = items.OrderBy(i => i.LocalStart).ThenBy(i => i.Room, StringComparer.Ordinal).ToImmutableArray();
        return new Agenda(template, ordered, [.. unplaced], objective, Status == ReferenceStatus.Optimal, "cp-sat-reference");
    }
}

/// <summary>
/// The independent CP-SAT check of the exact packer: the natural (interval) model of Summit.Core.Scheduling.OrTools
/// (<see cref="NaturalCpSatModel"/>, written from the rules in words and not from the built-in packers' code) solved in
/// two steps, as an oracle.
/// </summary>
/// <remarks>
/// The objective is lexicographic and solved in two steps: (1) the most placed weight in hundredths; then, with the weight
/// fixed at that optimum, (2) the most placed minutes. One worker and a fixed seed, and the limit is CP-SAT's
/// deterministic time (a count of work, not of seconds), so a run gives the same answers however loaded the machine is;
/// a generous wall-time limit only guards against a stuck run. An instance not proven optimal on both steps is
/// <see cref="ReferenceStatus.Feasible"/>, <see cref="ReferenceStatus.Infeasible"/> or <see cref="ReferenceStatus.Unknown"/>:
/// inconclusive, never compared. Two topics are "in the same room" when their room names are equal (ordinal).
/// </remarks>
internal static class CpSatReference
{
    /// <summary>The solver's random seed.</summary>
    public const int Seed = 20240518;

    /// <summary>The default limit per instance, in CP-SAT's deterministic time (both steps together; the slowest seeded instance needs about 1).</summary>
    public const double DefaultDeterministicLimit = 5;

    /// <summary>The wall-time limit of each step, a guard only: the deterministic limit ends a normal run long before.</summary>
    public const double WallSecondsLimit = 60;

    /// <summary>The search parameters beside one worker, the seed and the limits: those of the shared model (<see cref="NaturalCpSatModel.Parameters"/>).</summary>
    public const string Parameters = NaturalCpSatModel.Parameters;

    /// <summary>The weight of a topic in whole hundredths, as the packers count it.</summary>
    /// <param name="weight">The weight.</param>
    /// <returns>The weight times 100, rounded half away from zero.</returns>
    public static long Hundredths(double weight) => NaturalCpSatModel.Hundredths(weight);

    /// <summary>Solves the natural model of <paramref name="request"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="exact">
    /// The exact packer's agenda, or <see langword="null"/>: pins are resolved by the packer before its search, so a topic
    /// with a <see cref="SlotRequest.PinnedStart"/> is forced placed exactly when this agenda placed it (and left out when
    /// it did not). Without it, pinned-start topics are free to be placed or not.
    /// </param>
    /// <param name="deterministicLimit">The limit in CP-SAT's deterministic time, both steps together.</param>
    /// <returns>The status, the objective values and the solution.</returns>
    public static ReferenceResult Solve(PackingRequest request, Agenda? exact = null, double deterministicLimit = DefaultDeterministicLimit)
    {
        ArgumentNullException.ThrowIfNull(request);
        var built = new NaturalCpSatModel(request, exact);

        // (1) The most weight.
        built.Model.Maximize(built.Weight);
        var (status, weightSolver) = Run(built.Model, deterministicLimit);
        using (weightSolver)
        {
            var weightWork = Work(weightSolver);
            if (status is not (ReferenceStatus.Optimal or ReferenceStatus.Feasible))
            {
                return new ReferenceResult(status, 0, 0, [], weightSolver.WallTime()) { DeterministicTime = weightWork };
            }

            var placements = Read(built, weightSolver);
            var weight = placements.Sum(p => built.WeightOf(p.TopicId));
            if (weight != (long)Math.Round(weightSolver.ObjectiveValue))
            {
                throw new InvalidOperationException($"The solution's weight {weight} is not CP-SAT's objective {weightSolver.ObjectiveValue}.");
            }

            var spent = weightSolver.WallTime();
            if (status != ReferenceStatus.Optimal)
            {
                return new ReferenceResult(status, weight, placements.Sum(p => (long)p.Minutes), placements, spent) { DeterministicTime = weightWork };
            }

            // (2) With that weight, the most minutes, starting from the solution of (1).
            built.Model.Add(built.Weight == weight);
            built.Model.Maximize(built.Minutes);
            built.Hint(weightSolver);
            var (minutesStatus, minutesSolver) = Run(built.Model, Math.Max(0.001, deterministicLimit - weightWork));
            using (minutesSolver)
            {
                var work = weightWork + Work(minutesSolver);
                if (minutesStatus is not (ReferenceStatus.Optimal or ReferenceStatus.Feasible))
                {
                    // The hint is a solution, so only the limit lands here: (1)'s solution, inconclusive.
                    return new ReferenceResult(ReferenceStatus.Feasible, weight, placements.Sum(p => (long)p.Minutes), placements, spent + minutesSolver.WallTime())
                    {
                        WeightSeconds = spent,
                        DeterministicTime = work,
                    };
                }

                var best = Read(built, minutesSolver);
                var minutes = best.Sum(p => (long)p.Minutes);
                if (best.Sum(p => built.WeightOf(p.TopicId)) != weight || minutes != built.Unit * (long)Math.Round(minutesSolver.ObjectiveValue))
                {
                    throw new InvalidOperationException($"The second solution's weight or minutes {minutes} do not match CP-SAT's ({weight}, {minutesSolver.ObjectiveValue} units).");
                }

                return new ReferenceResult(minutesStatus, weight, minutes, best, spent + minutesSolver.WallTime())
                {
                    WeightSeconds = spent,
                    DeterministicTime = work,
                };
            }
        }
    }

    private static double Work(CpSolver solver) => solver.Response?.DeterministicTime ?? 0;

    private static (ReferenceStatus Status, CpSolver Solver) Run(CpModel model, double deterministicLimit)
    {
        var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"num_workers:1,random_seed:{Seed},max_deterministic_time:{deterministicLimit},max_time_in_seconds:{WallSecondsLimit},{Parameters}"),
        };
        var status = solver.Solve(model);
        return (status switch
        {
            CpSolverStatus.Optimal => ReferenceStatus.Optimal,
            CpSolverStatus.Feasible => ReferenceStatus.Feasible,
            CpSolverStatus.Infeasible => ReferenceStatus.Infeasible,
            CpSolverStatus.Unknown => ReferenceStatus.Unknown,
            _ => throw new InvalidOperationException($"CP-SAT says the model is {status}: {model.Validate()}"),
        }, solver);
    }

    private static ImmutableArray<ReferencePlacement> Read(NaturalCpSatModel built, CpSolver solver) =>
        [.. built.Read(solver).Select(p => new ReferencePlacement(p.TopicId, p.BlockId, p.Room, p.Start, p.Minutes))];
}
