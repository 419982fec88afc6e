namespace Summit.Core.Selection.Topics;

/// <summary>Exact check whether items fit into bins (bin packing by depth-first search with symmetry pruning).</summary>
/// <remarks>Items are tried largest first; bins with equal free minutes are tried once. The step limit guards against instances far beyond summit sizes.</remarks>
internal static class SessionFit
{
    public const long StepLimit = 5_000_000;

    /// <summary>Returns the bin of each item, or null when they cannot fit; <paramref name="steps"/> counts down and goes negative when the limit is hit.</summary>
    public static int[]? Assign(IReadOnlyList<int> costs, IReadOnlyList<int> capacities, ref long steps)
    {
        var order = Enumerable.Range(0, costs.Count).OrderByDescending(i => costs[i]).ThenBy(i => i).ToArray();
        var free = capacities.ToArray();
        var total = costs.Sum(c => (long)c);
        if (total > free.Sum(f => (long)f))
        {
            return null;
        }

        var bins = new int[costs.Count];
        return Place(order, 0, costs, free, bins, ref steps) ? bins : null;
    }

    private static bool Place(int[] order, int next, IReadOnlyList<int> costs, int[] free, int[] bins, ref long steps)
    {
        if (next == order.Length)
        {
            return true;
        }

        if (--steps < 0)
        {
            return false;
        }

        var item = order[next];
        var cost = costs[item];
        for (var b = 0; b < free.Length; b++)
        {
            if (free[b] < cost || SameAsEarlier(free, b))
            {
                continue;
            }

            free[b] -= cost;
            bins[item] = b;
            if (Place(order, next + 1, costs, free, bins, ref steps))
            {
                return true;
            }

            free[b] += cost;
            if (steps < 0)
            {
                return false;
            }
        }

        return false;
    }

    private static bool SameAsEarlier(int[] free, int b)
    {
        for (var e = 0; e < b; e++)
        {
            if (free[e] == free[b])
            {
                return true;
            }
        }

        return false;
    }
}
