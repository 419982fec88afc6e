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
        var weight = 0.0;
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
                weight += model.Weight(t);
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
            weight += model.Weight(anchor.Topic);
            minutes += (int)(anchor.End - anchor.Start).ToDuration().TotalMinutes;
        }

        return new PackingScore(weight, minutes, moves);
    }

    /// <summary>The fractional-knapsack bound on the weight of every topic that could be placed, ignoring lane boundaries and conflicts.</summary>
    public static double RootWeightBound(PackingModel model)
    {
        var capacity = model.Lanes.Sum(l => l.Capacity);
        var candidates = Enumerable.Range(0, model.Topics.Length).Where(t => !model.IsAnchor[t] && model.AllowedLanes[t].Length > 0).ToArray();
        var bound = FractionalBound(model, candidates, capacity);
        return bound + model.Anchors.Sum(a => model.Weight(a.Topic));
    }

    public static double FractionalBound(PackingModel model, IEnumerable<int> topicsByDensity, int capacity)
    {
        var bound = 0.0;
        var left = capacity;
        foreach (var t in topicsByDensity.OrderByDescending(t => Density(model, t)).ThenBy(t => t))
        {
            var size = model.Min(t);
            if (size <= left)
            {
                bound += model.Weight(t);
                left -= size;
            }
            else
            {
                bound += model.Weight(t) * left / size;
                break;
            }
        }

        return bound;
    }

    public static double Density(PackingModel model, int t) =>
        model.Min(t) == 0 ? double.PositiveInfinity : model.Weight(t) / model.Min(t);
}
