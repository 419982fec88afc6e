using FluentResults;

namespace Summit.Core.Scheduling;

/// <summary>
/// A fast packer for conference sizes: keeps every topic of the previous agenda where it still fits, places the rest by
/// falling weight (most constrained first among equals) into the fullest lane that still takes it, then repairs: a
/// topic left out is placed by moving one placed topic to another lane, or by evicting lighter topics. It reports the
/// fractional-knapsack bound and the gap; it never claims a proof.
/// </summary>
internal sealed class HeuristicPacker : IAgendaPacker
{
    public const string PackerName = "heuristic";

    private const int RepairPasses = 8;

    public string Name => PackerName;

    public Result<Agenda> Pack(PackingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var built = PackingModel.Build(request);
        if (built.IsFailed)
        {
            return Result.Fail<Agenda>(built.Errors);
        }

        var model = built.Value;
        var laneOf = Solve(model, out var steps);
        var score = PackingEvaluation.Evaluate(model, laneOf);
        var bound = PackingEvaluation.RootWeightBound(model);
        return AgendaBuilder.Build(model, laneOf, score, bound, false, steps + model.Timing.Work, Name);
    }

    /// <summary>
    /// The heuristic's lane assignment (-1 = not placed); always feasible in the model. The exact packer starts from it.
    /// Its timing checks are tentative (<see cref="LaneTiming.Tentative"/>): one it cannot decide within
    /// <paramref name="tentativeLimit"/> nodes is a no.
    /// </summary>
    internal static int[] Solve(PackingModel model, out long steps, long tentativeLimit = LaneTiming.DefaultTentativeLimit)
    {
        (model.Timing.Tentative, model.Timing.TentativeLimit) = (true, tentativeLimit);
        try
        {
            return Place(model, out steps);
        }
        finally
        {
            (model.Timing.Tentative, model.Timing.TentativeLimit) = (false, LaneTiming.DefaultTentativeLimit);
        }
    }

    private static int[] Place(PackingModel model, out long steps)
    {
        var request = model.Request;
        var n = model.Topics.Length;
        var laneOf = PackingEvaluation.AnchorsOnly(model, out var usedMin);
        steps = 0;

        if (request.Previous is not null)
        {
            for (var t = 0; t < n; t++)
            {
                var lane = model.PreviousLane[t];
                if (lane >= 0 && model.AllowedLanes[t].Contains(lane) && PackingEvaluation.CanAssign(model, laneOf, usedMin, t, lane))
                {
                    Assign(model, laneOf, usedMin, t, lane);
                }
            }
        }

        var order = model.PlaceableTopics
            .OrderByDescending(model.Units).ThenBy(t => model.AllowedLanes[t].Length).ThenByDescending(model.Min).ThenBy(t => t).ToArray();
        foreach (var t in order)
        {
            if (laneOf[t] < 0)
            {
                TryPlace(model, laneOf, usedMin, t, ref steps);
            }
        }

        for (var pass = 0; pass < RepairPasses; pass++)
        {
            var changed = false;
            foreach (var t in order)
            {
                if (laneOf[t] >= 0)
                {
                    continue;
                }

                if (TryPlace(model, laneOf, usedMin, t, ref steps) || TryMoveOneAndPlace(model, laneOf, usedMin, t, ref steps)
                    || TryEvictLighter(model, laneOf, usedMin, t, order, ref steps))
                {
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return laneOf;
    }

    private static void Assign(PackingModel model, int[] laneOf, int[] usedMin, int t, int lane)
    {
        laneOf[t] = lane;
        usedMin[lane] += model.Min(t);
    }

    private static void Unassign(PackingModel model, int[] laneOf, int[] usedMin, int t)
    {
        usedMin[laneOf[t]] -= model.Min(t);
        laneOf[t] = -1;
    }

    private static bool TryPlace(PackingModel model, int[] laneOf, int[] usedMin, int t, ref long steps)
    {
        var previous = model.PreviousLane[t];
        if (previous >= 0 && model.AllowedLanes[t].Contains(previous) && PackingEvaluation.CanAssign(model, laneOf, usedMin, t, previous))
        {
            Assign(model, laneOf, usedMin, t, previous);
            return true;
        }

        var best = -1;
        var bestLeft = int.MaxValue;
        foreach (var lane in model.AllowedLanes[t])
        {
            steps++;
            if (!PackingEvaluation.CanAssign(model, laneOf, usedMin, t, lane))
            {
                continue;
            }

            var left = model.Lanes[lane].Capacity - usedMin[lane] - model.Min(t);
            if (left < bestLeft)
            {
                bestLeft = left;
                best = lane;
            }
        }

        if (best < 0)
        {
            return false;
        }

        Assign(model, laneOf, usedMin, t, best);
        return true;
    }

    /// <summary>Frees a lane for <paramref name="t"/> by moving one placed topic elsewhere.</summary>
    private static bool TryMoveOneAndPlace(PackingModel model, int[] laneOf, int[] usedMin, int t, ref long steps)
    {
        foreach (var lane in model.AllowedLanes[t])
        {
            for (var u = 0; u < laneOf.Length; u++)
            {
                if (laneOf[u] != lane || model.IsAnchor[u])
                {
                    continue;
                }

                Unassign(model, laneOf, usedMin, u);
                if (PackingEvaluation.CanAssign(model, laneOf, usedMin, t, lane))
                {
                    Assign(model, laneOf, usedMin, t, lane);
                    foreach (var target in model.AllowedLanes[u])
                    {
                        steps++;
                        if (target != lane && PackingEvaluation.CanAssign(model, laneOf, usedMin, u, target))
                        {
                            Assign(model, laneOf, usedMin, u, target);
                            return true;
                        }
                    }

                    Unassign(model, laneOf, usedMin, t);
                }

                Assign(model, laneOf, usedMin, u, lane);
            }
        }

        return false;
    }

    /// <summary>Places <paramref name="t"/> instead of lighter topics of one lane when that raises the placed weight.</summary>
    private static bool TryEvictLighter(PackingModel model, int[] laneOf, int[] usedMin, int t, int[] order, ref long steps)
    {
        foreach (var lane in model.AllowedLanes[t])
        {
            var evicted = new List<int>();
            var lost = 0L;
            foreach (var u in order.Reverse())
            {
                steps++;
                if (laneOf[u] != lane || model.Units(u) >= model.Units(t))
                {
                    continue;
                }

                Unassign(model, laneOf, usedMin, u);
                evicted.Add(u);
                lost += model.Units(u);
                if (PackingEvaluation.CanAssign(model, laneOf, usedMin, t, lane))
                {
                    break;
                }
            }

            if (lost < model.Units(t) && PackingEvaluation.CanAssign(model, laneOf, usedMin, t, lane))
            {
                Assign(model, laneOf, usedMin, t, lane);
                foreach (var u in evicted)
                {
                    TryPlace(model, laneOf, usedMin, u, ref steps);
                }

                return true;
            }

            foreach (var u in Enumerable.Reverse(evicted))
            {
                Assign(model, laneOf, usedMin, u, lane);
            }
        }

        return false;
    }
}
