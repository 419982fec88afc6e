namespace Summit.Core.Scheduling;

/// <summary>
/// Disjoint cliques of the conflict graph (listed conflicts and shared presenters: never at the same time), built
/// greedily, for the minutes bounds (<see cref="SessionCliques"/>, <see cref="CliqueFlowBound"/>): in the order given,
/// each topic not yet in a kept clique starts one and adds, in the same order, every topic not yet in a kept clique that
/// may join it and conflicts with all its members; a clique of two or more topics is kept when the caller says so.
/// </summary>
internal static class ConflictCliques
{
    /// <summary>The cliques of <paramref name="order"/>: <paramref name="mayJoin"/>(first, topic) says whether a topic may join the clique <c>first</c> started; <paramref name="keep"/> whether a clique stays.</summary>
    public static List<int[]> Greedy(PackingModel model, IReadOnlyList<int> order, Func<int, int, bool> mayJoin, Func<List<int>, bool> keep)
    {
        var taken = new bool[model.Topics.Length];
        var cliques = new List<int[]>();
        var clique = new List<int>();
        foreach (var first in order)
        {
            if (taken[first])
            {
                continue;
            }

            clique.Clear();
            clique.Add(first);
            foreach (var u in order)
            {
                if (!taken[u] && u != first && mayJoin(first, u) && clique.TrueForAll(v => Array.IndexOf(model.ConflictsWith[u], v) >= 0))
                {
                    clique.Add(u);
                }
            }

            if (clique.Count > 1 && keep(clique))
            {
                foreach (var t in clique)
                {
                    taken[t] = true;
                }

                cliques.Add([.. clique]);
            }
        }

        return cliques;
    }
}
