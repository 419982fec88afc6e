using Summit.Core.Scheduling;

namespace Summit.Core.Tests.Scheduling;

/// <summary>
/// A seeded walk through a model as a packer puts topics into lanes: the anchors first, then each topic in a seeded
/// order into the first lane, in a seeded rotation of its lanes, that has room for its shortest length and that the
/// caller accepts (its timing is feasible). Shared by the timing's properties and its CP-SAT oracle.
/// </summary>
internal static class TimingWalk
{
    /// <summary>
    /// Walks <paramref name="model"/> with <paramref name="seed"/>: for each try, <paramref name="accepts"/> gets the
    /// assignment with the topic in the lane (and the step, the topic and the lane) and says whether the topic stays
    /// there. Returns the last assignment.
    /// </summary>
    public static int[] Walk(PackingModel model, int seed, Func<int[], int, int, int, bool> accepts)
    {
        var laneOf = PackingEvaluation.AnchorsOnly(model, out var usedMin);
        var n = model.Topics.Length;
        for (var j = 0; j < n; j++)
        {
            var t = (int)(((long)(seed + 1) * 7919 + (j * 31L)) % n);
            if (model.IsAnchor[t] || laneOf[t] >= 0)
            {
                continue;
            }

            var allowed = model.AllowedLanes[t];
            for (var k = 0; k < allowed.Length; k++)
            {
                var lane = allowed[(k + seed) % allowed.Length];
                if (usedMin[lane] + model.Min(t) > model.Lanes[lane].Capacity)
                {
                    continue;
                }

                laneOf[t] = lane;
                if (accepts(laneOf, j, t, lane))
                {
                    usedMin[lane] += model.Min(t);
                    break;
                }

                laneOf[t] = -1;
            }
        }

        return laneOf;
    }
}
