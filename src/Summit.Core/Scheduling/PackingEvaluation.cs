namespace Summit.Core.Scheduling;

/// <summary>Feasibility and objective of a lane assignment: shared by the packers and the brute-force tests.</summary>
internal static class PackingEvaluation
{
    /// <summary>Whether topic <paramref name="t"/> can join lane <paramref name="lane"/> given the other topics already assigned.</summary>
    public static bool CanAssign(PackingModel model, int[] laneOf, int[] usedMin, int t, int lane)
    {
        if (usedMin[lane] + model.Min(t) > model.Lanes[lane].Capacity)
        {
            return false;
        }

        foreach (var u in model.ConflictsWith[t])
        {
            var other = laneOf[u];
            if (other >= 0 && model.Parallel[lane, other])
            {
                return false;
            }
        }

        var block = model.Lanes[lane].BlockIndex;
        foreach (var u in model.GroupWith[t])
        {
            var other = laneOf[u];
            if (other >= 0 && model.Lanes[other].BlockIndex != block)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a complete assignment (-1 = not placed) satisfies every rule of the model.</summary>
    public static bool IsFeasible(PackingModel model, int[] laneOf)
    {
        var usedMin = new int[model.Lanes.Count];
        var partial = new int[laneOf.Length];
        Array.Fill(partial, -1);
        for (var t = 0; t < laneOf.Length; t++)
        {
            var lane = laneOf[t];
            if (lane < 0)
            {
                continue;
            }

            if (!model.AllowedLanes[t].Contains(lane) || !CanAssign(model, partial, usedMin, t, lane))
            {
                return false;
            }

            partial[t] = lane;
            usedMin[lane] += model.Min(t);
        }

        return true;
    }

    public static PackingScore Evaluate(PackingModel model, int[] laneOf)
    {
        var weight = 0L;
        var usedMax = new int[model.Lanes.Count];
        var moves = 0;
        for (var t = 0; t < laneOf.Length; t++)
        {
            if (model.IsAnchor[t])
            {
                continue;
            }

            if (laneOf[t] >= 0)
            {
                weight += model.Units(t);
                usedMax[laneOf[t]] += model.Max(t);
            }

            if (model.Request.Previous is not null && laneOf[t] != model.PreviousLane[t])
            {
                moves++;
            }
        }

        var minutes = 0;
        for (var l = 0; l < usedMax.Length; l++)
        {
            minutes += Math.Min(model.Lanes[l].Capacity, usedMax[l]);
        }

        foreach (var anchor in model.Anchors)
        {
            weight += model.Units(anchor.Topic);
            minutes += (int)(anchor.End - anchor.Start).ToDuration().TotalMinutes;
        }

        return new PackingScore(weight, minutes, moves);
    }

    /// <summary>
    /// An upper bound, in hundredths, on the weight of any feasible agenda: the anchors plus the smaller of the
    /// fractional-knapsack bound over all lane minutes and the count bound (no lane holds more topics than its minutes
    /// divided by the shortest topic that may use it, so at most that many of the heaviest topics).
    /// </summary>
    public static long RootWeightBound(PackingModel model)
    {
        var candidates = Enumerable.Range(0, model.Topics.Length).Where(t => !model.IsAnchor[t] && model.AllowedLanes[t].Length > 0).ToArray();
        var free = model.Lanes.Select(l => l.Capacity).ToArray();
        var byDensity = candidates.OrderByDescending(t => Density(model, t)).ThenBy(t => t).ToArray();
        var byWeight = candidates.OrderByDescending(model.Units).ThenBy(t => t).ToArray();
        var undecided = new bool[model.Topics.Length];
        foreach (var t in candidates)
        {
            undecided[t] = true;
        }

        return model.Anchors.Sum(a => model.Units(a.Topic)) + Bound(model, free, undecided, byDensity, byWeight);
    }

    /// <summary>
    /// The bound on the weight (hundredths) the <paramref name="undecided"/> topics can still add to lanes with
    /// <paramref name="free"/> minutes: the minimum of the fractional knapsack and the per-lane count bound.
    /// </summary>
    public static long Bound(PackingModel model, int[] free, bool[] undecided, int[] byDensity, int[] byWeight)
    {
        var total = 0;
        var largest = 0;
        foreach (var f in free)
        {
            total += f;
            largest = Math.Max(largest, f);
        }

        // Fractional knapsack over the total free minutes.
        var fractional = 0.0;
        var left = total;
        foreach (var t in byDensity)
        {
            var size = model.Min(t);
            if (!undecided[t] || size > largest)
            {
                continue;
            }

            if (size <= left)
            {
                fractional += model.Units(t);
                left -= size;
            }
            else
            {
                fractional += (double)model.Units(t) * left / size;
                break;
            }
        }

        // Count bound: lane l takes at most free[l] / (shortest undecided topic allowed in l) more topics.
        var count = 0L;
        for (var l = 0; l < free.Length; l++)
        {
            var shortest = int.MaxValue;
            foreach (var t in byWeight)
            {
                if (undecided[t] && model.Min(t) < shortest && model.MayUse(t, l))
                {
                    shortest = model.Min(t);
                }
            }

            if (shortest != int.MaxValue)
            {
                count += free[l] / shortest;
            }
        }

        var counted = 0L;
        foreach (var t in byWeight)
        {
            if (count == 0)
            {
                break;
            }

            if (undecided[t] && model.Min(t) <= largest)
            {
                counted += model.Units(t);
                count--;
            }
        }

        // Every sum of weights is a multiple of their greatest common divisor (whole votes: 100 hundredths).
        var bound = Math.Min((long)Math.Floor(fractional + 1e-6), counted);
        var step = model.WeightStep;
        return step > 1 ? bound / step * step : bound;
    }

    public static double Density(PackingModel model, int t) =>
        model.Min(t) == 0 ? double.PositiveInfinity : (double)model.Units(t) / model.Min(t);
}
