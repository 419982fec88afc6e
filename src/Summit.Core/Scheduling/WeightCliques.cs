namespace Summit.Core.Scheduling;

/// <summary>
/// Disjoint cliques of the conflict graph (listed conflicts and shared presenters: never at the same time) for the
/// weight bounds: topics that may only use the lanes of one session, chosen because their shortest lengths cannot all
/// fit the session's span. The topics of such a clique run one after another inside the session, so the shortest
/// lengths of those placed sum to at most the span, whatever rooms they take: four mutually conflicting topics of 30,
/// 30, 20 and 20 minutes in a 95-minute session of eight rooms leave the lightest out (eight-lane instance 122), which
/// no lane's minutes show. Then cliques of topics that may use several sessions: per session, those placed there fit its
/// span, so together they take at most the sum (eight-lane instance 118: five mutually conflicting topics, two confined to
/// the first 55-minute session, one to the second, two free, want 120 minutes of the 110 the two sessions give, so one
/// of them stays out).
/// </summary>
/// <remarks>
/// Built once per model: in each session, among the topics not yet in a clique, the maximal cliques are listed
/// (Bron–Kerbosch with a pivot, at most <see cref="MostListed"/> per round) and the one that must leave out the most
/// weight is kept, ties to more minutes and then to the lower topic indexes, until none must leave anything out; then
/// the same among all the topics not yet in a clique, each clique's room summed over the sessions its topics may use. An
/// anchor always runs, so any clique may hold it: it is no member, its minutes only shorten the span the members share.
/// The topics of exclusive pairs stay out (the bound counts them apart), which only makes the bound weaker.
/// </remarks>
internal sealed class WeightCliques
{
    /// <summary>The most maximal cliques listed per session per round: past it, the best of those listed is kept.</summary>
    private const int MostListed = 5000;

    private WeightCliques(int[] cliqueOf, int[][] members, int[] cells)
    {
        CliqueOf = cliqueOf;
        Members = members;
        Cells = cells;
    }

    /// <summary>Gets, per topic, the index of its clique, or -1.</summary>
    public int[] CliqueOf { get; }

    /// <summary>Gets, per clique, its topics (ascending).</summary>
    public int[][] Members { get; }

    /// <summary>Gets, per clique, the size steps (<see cref="PackingModel.SizeStep"/>) of its session its topics may share: its span, less what the anchors that conflict with all of them take or leave too short (<see cref="Room"/>).</summary>
    public int[] Cells { get; }

    /// <summary>Gets the number of cliques.</summary>
    public int Count => Cells.Length;

    /// <summary>Finds the cliques of <paramref name="model"/>.</summary>
    public static WeightCliques Build(PackingModel model)
    {
        var n = model.Topics.Length;
        var cliqueOf = new int[n];
        Array.Fill(cliqueOf, -1);
        var eligible = Eligible(model);
        var blockOf = BlockOf(model, eligible);
        var members = new List<int[]>();
        var cells = new List<int>();
        foreach (var block in blockOf.Where(b => b >= 0).Distinct().Order())
        {
            var span = model.BlockSpan(block);
            while (true)
            {
                // Anchors always run, so every clique may count them: they only take their minutes of the span.
                int[] candidates = [.. Enumerable.Range(0, n).Where(t => blockOf[t] == block && (model.IsAnchor[t] || cliqueOf[t] < 0))];
                if (!Add(Best(model, candidates, (anchors, topics) => Room(model, span, anchors, topics)), cliqueOf, members, cells))
                {
                    break;
                }
            }
        }

        // Then cliques whose topics may use several sessions: together they take at most each session's room.
        while (true)
        {
            int[] candidates = [.. Enumerable.Range(0, n).Where(t => eligible[t] && (model.IsAnchor[t] || cliqueOf[t] < 0))];
            if (!Add(Best(model, candidates, (anchors, topics) => RoomAcrossSessions(model, anchors, topics)), cliqueOf, members, cells))
            {
                break;
            }
        }

        return new WeightCliques(cliqueOf, [.. members], [.. cells]);
    }

    /// <summary>Records <paramref name="best"/> as the next clique; false when there is none.</summary>
    private static bool Add((int[] Topics, int Cells)? best, int[] cliqueOf, List<int[]> members, List<int> cells)
    {
        if (best is null)
        {
            return false;
        }

        foreach (var t in best.Value.Topics)
        {
            cliqueOf[t] = members.Count;
        }

        members.Add(best.Value.Topics);
        cells.Add(best.Value.Cells);
        return true;
    }

    /// <summary>
    /// The cells a clique's <paramref name="topics"/> may share across the sessions any of them may use: per session, the
    /// room (<see cref="Room"/>) its span and the clique's anchors there leave to the topics allowed in it.
    /// </summary>
    private static int RoomAcrossSessions(PackingModel model, int[] anchors, List<int> topics)
    {
        var total = 0;
        foreach (var block in topics.SelectMany(t => model.AllowedLanes[t]).Select(l => model.Lanes[l].BlockIndex).Distinct())
        {
            var here = topics.Where(t => model.HasLaneInBlock(t, block)).ToList();
            total += Room(model, model.BlockSpan(block), [.. anchors.Where(a => model.Lanes[model.AnchorLane[a]].BlockIndex == block)], here);
        }

        return total;
    }

    /// <summary>The most weight (hundredths) a subset of <paramref name="topics"/> whose shortest lengths fit <paramref name="cells"/> size steps carries.</summary>
    public static long MostWeight(PackingModel model, IReadOnlyList<int> topics, int cells)
    {
        var table = new long[Math.Max(cells, 0) + 1];
        foreach (var t in topics)
        {
            var size = model.Min(t) / model.SizeStep;
            for (var c = cells; c >= size; c--)
            {
                table[c] = Math.Max(table[c], table[c - size] + model.Units(t));
            }
        }

        return table[^1];
    }

    /// <summary>Per topic: whether it may join a clique (a conflict, a lane, no exclusive partner).</summary>
    private static bool[] Eligible(PackingModel model) =>
        [.. Enumerable.Range(0, model.Topics.Length).Select(t =>
            model.ExclusivePartner[t] < 0 && model.ConflictsWith[t].Length > 0 && model.LanesOf(t).Length > 0)];

    /// <summary>Per topic: the session block all its lanes lie in, when it may join a clique (<paramref name="eligible"/>); otherwise -1.</summary>
    private static int[] BlockOf(PackingModel model, bool[] eligible)
    {
        var blockOf = new int[model.Topics.Length];
        for (var t = 0; t < blockOf.Length; t++)
        {
            var lanes = model.LanesOf(t);
            blockOf[t] = eligible[t] ? model.Lanes[lanes[0]].BlockIndex : -1;
            foreach (var l in lanes)
            {
                if (model.Lanes[l].BlockIndex != blockOf[t])
                {
                    blockOf[t] = -1;
                    break;
                }
            }
        }

        return blockOf;
    }

    /// <summary>
    /// The maximal clique of <paramref name="candidates"/> that must leave out the most weight: its topics other than
    /// anchors, and the cells <paramref name="room"/> gives them beside its anchors; null when none must leave out any.
    /// </summary>
    private static (int[] Topics, int Cells)? Best(PackingModel model, int[] candidates, Func<int[], List<int>, int> room)
    {
        var (best, bestLoss, bestSizes) = (((int[] Topics, int Cells)?)null, 0L, 0);
        var listed = 0;
        void Consider(List<int> clique)
        {
            listed++;
            var topics = clique.Where(t => !model.IsAnchor[t]).Order().ToList();
            if (topics.Count == 0)
            {
                return;
            }

            var cells = room([.. clique.Where(t => model.IsAnchor[t])], topics);

            var loss = topics.Sum(model.Units) - MostWeight(model, topics, cells);
            var sizes = topics.Sum(t => model.Min(t) / model.SizeStep);
            if (loss > bestLoss || (loss == bestLoss && loss > 0 && (sizes > bestSizes || (sizes == bestSizes && Earlier(topics, best!.Value.Topics)))))
            {
                (best, bestLoss, bestSizes) = (([.. topics], cells), loss, sizes);
            }
        }

        Expand(model, [], [.. candidates], [], Consider, () => listed >= MostListed);
        return best;
    }

    /// <summary>Bron–Kerbosch with a pivot: every maximal clique containing <paramref name="clique"/>, drawn from <paramref name="open"/> and none of <paramref name="done"/>.</summary>
    private static void Expand(PackingModel model, List<int> clique, List<int> open, List<int> done, Action<List<int>> found, Func<bool> stop)
    {
        if (open.Count == 0)
        {
            if (done.Count == 0 && clique.Count > 1)
            {
                found(clique);
            }

            return;
        }

        // The pivot with the most neighbours among the open topics; only its non-neighbours branch.
        var pivot = open.Concat(done).MaxBy(u => open.Count(v => Conflict(model, u, v)));
        foreach (var v in open.Where(v => !Conflict(model, pivot, v)).ToArray())
        {
            if (stop())
            {
                return;
            }

            clique.Add(v);
            Expand(model, clique, [.. open.Where(u => Conflict(model, u, v))], [.. done.Where(u => Conflict(model, u, v))], found, stop);
            clique.RemoveAt(clique.Count - 1);
            open.Remove(v);
            done.Add(v);
        }
    }

    private static bool Conflict(PackingModel model, int u, int v) =>
        u != v && (Array.BinarySearch(model.ConflictsWith[u], v) >= 0 || Array.BinarySearch(model.ConflictsWith[v], u) >= 0);

    /// <summary>Whether the ascending topics of <paramref name="clique"/> come before those of <paramref name="other"/>.</summary>
    private static bool Earlier(List<int> clique, int[] other) => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(clique).SequenceCompareTo(other) < 0;

    /// <summary>
    /// The cells <paramref name="topics"/> may share: the stretches of <paramref name="span"/> before, between and after
    /// the <paramref name="anchors"/> (at their pinned starts, for their shortest lengths), each counting only what the
    /// topics' shortest lengths fill of it, for a topic runs inside one stretch. An anchor at 09:15 for 25 minutes in a
    /// 09:00–10:10 session leaves 15 and 30 minutes, so two 20-minute topics that conflict with it cannot both run
    /// (eight-lane instance 182).
    /// </summary>
    private static int Room(PackingModel model, (int Start, int End) span, int[] anchors, List<int> topics)
    {
        var step = model.SizeStep;
        var (cells, from) = (0, span.Start);
        foreach (var a in anchors.OrderBy(a => model.AnchorStartMinute[a]).Append(-1))
        {
            var to = a < 0 ? span.End : model.AnchorStartMinute[a];
            if (to > from)
            {
                var reachable = new bool[((to - from) / step) + 1];
                reachable[0] = true;
                foreach (var t in topics)
                {
                    var size = model.Min(t) / step;
                    for (var c = reachable.Length - 1; c >= size; c--)
                    {
                        reachable[c] |= reachable[c - size];
                    }
                }

                cells += Array.LastIndexOf(reachable, true);
            }

            from = a < 0 ? from : Math.Max(from, model.AnchorStartMinute[a] + model.Min(a));
        }

        return cells;
    }
}
