using System.Globalization;
using FluentResults;
using Google.OrTools.Sat;

namespace Summit.Core.Scheduling.OrTools;

/// <summary>An <see cref="IAgendaPacker"/> (<c>cp-sat</c>) that solves the natural model with Google OR-Tools CP-SAT and proves optimal agendas at conference size.</summary>
/// <remarks>
/// <para>Bad input fails exactly as the built-in packers fail (the same codes from <see cref="ErrorCodes.Scheduling"/>):
/// the request first goes through <see cref="Packers.Heuristic"/>, whose agenda also resolves pinned starts the library's
/// way (by falling weight) and is CP-SAT's first solution hint.</para>
/// <para>The objective is the library's, solved in stages, each with the previous optimum fixed: (1) the most placed
/// weight in whole hundredths, (2) the most topic minutes, (3) with <see cref="PackingRequest.Previous"/>, the fewest
/// moved topics (then, as a tie-break, the fewest minutes their starts and lengths moved, so re-packing an unchanged
/// request with its own agenda returns it). <see cref="Agenda.IsProvenOptimal"/> is true only when CP-SAT proved every
/// stage optimal; otherwise the best agenda found is returned with CP-SAT's bound on the weight in
/// <see cref="PackingObjective.WeightUpperBound"/> (the weight itself once stage 1 is proven). Ties between equally good
/// agendas are CP-SAT's, not the exact packer's order, and lengths are not shared by the slack rule.</para>
/// <para>Stateless and thread-safe; with one worker the same request gives the same agenda on every machine.</para>
/// </remarks>
public sealed class CpSatPacker : IAgendaPacker
{
    /// <summary>The packer's name, <c>cp-sat</c>.</summary>
    public const string PackerName = "cp-sat";

    /// <summary>Initializes a new instance of the <see cref="CpSatPacker"/> class.</summary>
    /// <param name="options">The limits and solver settings; null means <see cref="CpSatPackerOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive, or <see cref="CpSatPackerOptions.Workers"/> is outside 1–64.</exception>
    public CpSatPacker(CpSatPackerOptions? options = null)
    {
        options ??= CpSatPackerOptions.Default;
        if (!(options.DeterministicTimeLimit > 0) || double.IsInfinity(options.DeterministicTimeLimit))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.DeterministicTimeLimit, "The deterministic time limit must be positive and finite.");
        }

        if (!(options.WallTimeLimitSeconds > 0) || double.IsInfinity(options.WallTimeLimitSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.WallTimeLimitSeconds, "The wall-time limit must be positive and finite.");
        }

        if (options.Workers is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Workers, "Workers must be from 1 to 64.");
        }

        Options = options;
    }

    /// <summary>Gets the packer's name, <c>cp-sat</c>.</summary>
    public string Name => PackerName;

    /// <summary>Gets the limits and solver settings.</summary>
    public CpSatPackerOptions Options { get; }

    /// <inheritdoc/>
    public Result<Agenda> Pack(PackingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var heuristic = Packers.Heuristic.Pack(request);
        if (heuristic.IsFailed)
        {
            return Result.Fail<Agenda>(heuristic.Errors);
        }

        var start = heuristic.Value;
        var startPlacements = start.Topics.Select(i => new TopicPlacement(i.TopicId!, i.BlockId, i.Room, i.LocalStart, i.Minutes)).ToList();
        var model = new NaturalCpSatModel(request, start, breakSymmetry: request.Previous is null);
        model.Hint(startPlacements);
        var left = Options.DeterministicTimeLimit;
        var branches = 0L;

        // (1) The most weight.
        model.Model.Maximize(model.Weight);
        using var weightSolver = Solve(model.Model, left);
        var status = weightSolver.Status;
        left -= weightSolver.Work;
        branches += weightSolver.Branches;
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            // Nothing within the limit: the heuristic's agenda, with its bound.
            return AgendaComposer.Compose(request, startPlacements, Name, false, start.Objective.WeightUpperBound, branches);
        }

        IReadOnlyList<TopicPlacement> best = model.Read(weightSolver.Solver);
        var weight = best.Sum(p => model.WeightOf(p.TopicId));
        if (status != CpSolverStatus.Optimal)
        {
            var bound = Math.Max(weight, (long)Math.Floor(weightSolver.Solver.BestObjectiveBound + 1e-6));
            return AgendaComposer.Compose(request, Better(model, best, startPlacements), Name, false, bound / 100.0, branches);
        }

        // (2) With that weight, the most minutes.
        model.Model.Add(model.Weight == weight);
        model.Model.Maximize(model.Minutes);
        model.Hint(weightSolver.Solver);
        using var minutesSolver = Solve(model.Model, left);
        left -= minutesSolver.Work;
        branches += minutesSolver.Branches;
        if (minutesSolver.Status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return AgendaComposer.Compose(request, Better(model, best, startPlacements), Name, false, weight / 100.0, branches);
        }

        best = model.Read(minutesSolver.Solver);
        var proven = minutesSolver.Status == CpSolverStatus.Optimal;
        if (!proven)
        {
            return AgendaComposer.Compose(request, Better(model, best, startPlacements), Name, false, weight / 100.0, branches);
        }

        if (request.Previous is { } previous)
        {
            // (3) With those minutes, the fewest moves (then the least deviation).
            var minutes = (long)Math.Round(minutesSolver.Solver.ObjectiveValue);
            model.Model.Add(model.Minutes == minutes);
            model.Model.Minimize(model.MovesThenDeviation(previous));
            model.Hint(minutesSolver.Solver);
            using var movesSolver = Solve(model.Model, left);
            branches += movesSolver.Branches;
            if (movesSolver.Status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
            {
                best = model.Read(movesSolver.Solver);
            }

            proven = movesSolver.Status == CpSolverStatus.Optimal;
        }

        return AgendaComposer.Compose(request, best, Name, proven, weight / 100.0, branches);
    }

    /// <summary>
    /// CP-SAT's solution, unless the heuristic's is better on weight, then minutes: a stage stopped by its limit may not
    /// have reached the heuristic's agenda (the hint can miss the model's symmetry breaking), and the packer never returns less.
    /// </summary>
    private static IReadOnlyList<TopicPlacement> Better(NaturalCpSatModel model, IReadOnlyList<TopicPlacement> cpSat, IReadOnlyList<TopicPlacement> heuristic)
    {
        (long Weight, long Minutes) Score(IReadOnlyList<TopicPlacement> placements) =>
            (placements.Sum(p => model.WeightOf(p.TopicId)), placements.Sum(p => (long)p.Minutes));
        var (a, b) = (Score(cpSat), Score(heuristic));
        return b.Weight > a.Weight || (b.Weight == a.Weight && b.Minutes > a.Minutes) ? heuristic : cpSat;
    }

    private Stage Solve(CpModel model, double limit)
    {
        var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"num_workers:{Options.Workers},random_seed:{Options.Seed},max_deterministic_time:{Math.Max(0.001, limit)},max_time_in_seconds:{Options.WallTimeLimitSeconds},{NaturalCpSatModel.Parameters}"),
        };
        var status = solver.Solve(model);
        if (status == CpSolverStatus.ModelInvalid)
        {
            solver.Dispose();
            throw new InvalidOperationException($"CP-SAT says the model is invalid: {model.Validate()}");
        }

        return new Stage(solver, status);
    }

    /// <summary>One solved stage: the solver (disposed with the stage) and its status.</summary>
    private sealed class Stage(CpSolver solver, CpSolverStatus status) : IDisposable
    {
        public CpSolver Solver { get; } = solver;

        public CpSolverStatus Status { get; } = status;

        public double Work => Solver.Response?.DeterministicTime ?? 0;

        public long Branches => Solver.Response?.NumBranches ?? 0;

        public void Dispose() => Solver.Dispose();
    }
}
