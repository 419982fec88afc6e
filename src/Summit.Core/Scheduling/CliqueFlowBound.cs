namespace Summit.Core.Scheduling;

/// <summary>
/// An upper bound on the topic minutes of any agenda, from a flow: each topic (anchors included) brings at most its most
/// minutes, to the lanes it may use (at most its most minutes there), each lane takes at most its
/// <see cref="PackingModel.MinutesCap"/>, and the topics of a clique of the conflict graph (listed conflicts and shared
/// presenters: never at the same time) bring at most a session's span to that session's lanes together, since they run
/// one after another there. Every agenda is such a flow (each topic its length into its lane), so the maximum flow bounds
/// its minutes. The cliques are disjoint and may span sessions, unlike <see cref="SessionCliques"/>, whose topics are
/// confined to one session: eight-lane instance 299 has six mutually conflicting topics wanting 170 minutes, free to go
/// anywhere, but the only other sessions have 25 minutes to spare for them, so 120 in the first session and 25 elsewhere
/// is the most, and the flow gives 680 minutes where the count bound says 725 (the optimum is 680).
/// </summary>
/// <remarks>
/// A relaxation twice over: a topic's minutes may be split between lanes, and inside a session the clique's minutes go to
/// any of its lanes that one of its topics may use. The cliques are built greedily (<see cref="ConflictCliques"/>) from
/// the topics by falling most minutes.
/// </remarks>
internal static class CliqueFlowBound
{
    /// <summary>The most topic minutes of any agenda of <paramref name="model"/> by the flow; <see cref="int.MaxValue"/> when no clique or pinned lane can bind.</summary>
    /// <remarks>
    /// Twice when a lane's pinned and confined topics take fewer minutes together than the flow would give them
    /// (<see cref="PinnedLaneFill"/>): once as it is, once with those topics through one node per such lane that carries
    /// at most their most minutes (and kept out of the cliques); the smaller flow is the bound.
    /// </remarks>
    public static int Minutes(PackingModel model)
    {
        int[] topics = [.. model.PlaceableTopics, .. model.Anchors.Select(a => a.Topic)];
        var most = new int[model.Topics.Length];
        foreach (var t in topics)
        {
            most[t] = model.LanesOf(t).Max(l => model.LaneMax(t, l));
        }

        var byMost = topics.OrderByDescending(t => most[t]).ThenBy(t => t).ToArray();
        var cliques = ConflictCliques.Greedy(model, byMost, (_, _) => true, _ => true);
        var bound = cliques.Count == 0 ? int.MaxValue : Solve(model, topics, most, cliques, []);
        var groups = PinnedLaneFill.Binding(model);
        if (groups.Count == 0)
        {
            return bound;
        }

        var grouped = new bool[model.Topics.Length];
        foreach (var t in groups.SelectMany(g => g.Topics))
        {
            grouped[t] = true;
        }

        cliques = ConflictCliques.Greedy(model, [.. byMost.Where(t => !grouped[t])], (_, _) => true, _ => true);
        return Math.Min(bound, Solve(model, topics, most, cliques, groups));
    }

    private static int Solve(PackingModel model, int[] topics, int[] most, List<int[]> cliques, List<PinnedLaneFill.Group> groups)
    {
        var blocks = model.Lanes.Select(l => l.BlockIndex).Distinct().Order().ToArray();
        var lanes = model.Lanes.Count;
        var cliqueOf = new int[model.Topics.Length];
        var groupOf = new int[model.Topics.Length];
        Array.Fill(cliqueOf, -1);
        Array.Fill(groupOf, -1);
        for (var c = 0; c < cliques.Count; c++)
        {
            foreach (var t in cliques[c])
            {
                cliqueOf[t] = c;
            }
        }

        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var t in groups[g].Topics)
            {
                groupOf[t] = g;
            }
        }

        // Nodes: the topics, then per clique and session an entry and an exit (the span between them), then one node per
        // pinned lane's group, then the lanes.
        var cells = cliques.Count * blocks.Length;
        var (cellIn, cellOut, groupAt) = (topics.Length, topics.Length + cells, topics.Length + (2 * cells));
        var laneAt = groupAt + groups.Count;
        var n = laneAt + lanes + 2;
        var (source, sink) = (n - 2, n - 1);
        var flow = new DenseMaxFlow();
        var cap = flow.Clear(n);
        for (var g = 0; g < groups.Count; g++)
        {
            cap[((groupAt + g) * n) + laneAt + groups[g].Lane] = groups[g].Minutes;
        }

        for (var i = 0; i < topics.Length; i++)
        {
            var t = topics[i];
            cap[(source * n) + i] = most[t];
            foreach (var l in model.LanesOf(t))
            {
                var lane = model.Lanes[l];
                var to = groupOf[t] >= 0 ? groupAt + groupOf[t]
                    : cliqueOf[t] < 0 ? laneAt + l
                    : cellIn + (cliqueOf[t] * blocks.Length) + Array.IndexOf(blocks, lane.BlockIndex);
                cap[(i * n) + to] = Math.Max(cap[(i * n) + to], model.LaneMax(t, l));
                if (groupOf[t] < 0 && cliqueOf[t] >= 0)
                {
                    var cell = to - cellIn;
                    var (start, end) = model.BlockSpan(lane.BlockIndex);
                    cap[((cellIn + cell) * n) + cellOut + cell] = end - start;
                    cap[((cellOut + cell) * n) + laneAt + l] = model.MinutesCap(l);
                }
            }
        }

        for (var l = 0; l < lanes; l++)
        {
            cap[((laneAt + l) * n) + sink] = model.MinutesCap(l);
        }

        return flow.Solve(source, sink);
    }
}
