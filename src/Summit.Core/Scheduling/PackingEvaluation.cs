using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Summit.Core.Scheduling;

/// <summary>Feasibility and objective of a lane assignment: shared by the packers and the brute-force tests.</summary>
internal static class PackingEvaluation
{
    /// <summary>Whether topic <paramref name="t"/> can join lane <paramref name="lane"/> given the other topics already assigned (anchors included).</summary>
    /// <remarks>Capacity first, then groupings, then the real times of the lane's component (<see cref="LaneTiming"/>) when anything in it is tight.</remarks>
    public static bool CanAssign(PackingModel model, int[] laneOf, int[] usedMin, int t, int lane)
    {
        if (usedMin[lane] + model.Min(t) > model.Lanes[lane].Capacity)
        {
            return false;
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

        if (!model.OrdersFit(laneOf, t, lane))
        {
            return false;
        }

        var before = laneOf[t];
        laneOf[t] = lane;
        var feasible = model.Timing.IsFeasible(laneOf, lane, t);
        laneOf[t] = before;
        return feasible;
    }

    /// <summary>An assignment with only the anchors in their lanes, and the minimum minutes they take per lane.</summary>
    public static int[] AnchorsOnly(PackingModel model, out int[] usedMin)
    {
        var laneOf = new int[model.Topics.Length];
        Array.Fill(laneOf, -1);
        usedMin = new int[model.Lanes.Count];
        foreach (var anchor in model.Anchors)
        {
            laneOf[anchor.Topic] = anchor.Lane;
            usedMin[anchor.Lane] += model.Min(anchor.Topic);
        }

        return laneOf;
    }

    /// <summary>Whether a complete assignment (-1 = not placed; anchors in their lanes) satisfies every rule of the model.</summary>
    public static bool IsFeasible(PackingModel model, int[] laneOf)
    {
        var partial = AnchorsOnly(model, out var usedMin);
        for (var t = 0; t < laneOf.Length; t++)
        {
            if (model.IsAnchor[t])
            {
                if (laneOf[t] != model.AnchorLane[t])
                {
                    return false;
                }

                continue;
            }

            var lane = laneOf[t];
            if (lane < 0)
            {
                continue;
            }

            if (!model.AllowedLanes[t].Contains(lane) || model.GroupWith[t].Any(u => laneOf[u] >= 0 && model.Lanes[laneOf[u]].BlockIndex != model.Lanes[lane].BlockIndex)
                || !model.OrdersFit(laneOf, t, lane))
            {
                return false;
            }

            partial[t] = lane;
            usedMin[lane] += model.Min(t);
        }

        // Capacity, then the real times of each lane's component, once for the whole assignment (a subset could hit a
        // timing limit that the whole, found by another route, did not).
        for (var l = 0; l < model.Lanes.Count; l++)
        {
            if (usedMin[l] > model.Lanes[l].Capacity || (partial.Contains(l) && !model.Timing.IsFeasible(partial, l)))
            {
                return false;
            }
        }

        return true;
    }

    public static PackingScore Evaluate(PackingModel model, int[] laneOf) => Evaluate(model, laneOf, model.Timing.Minutes);

    /// <summary>The score of <paramref name="laneOf"/> with its topic minutes from <paramref name="minutes"/>.</summary>
    public static PackingScore Evaluate(PackingModel model, int[] laneOf, Func<int[], int> minutes)
    {
        var weight = 0L;
        var moves = 0;
        for (var t = 0; t < laneOf.Length; t++)
        {
            if (laneOf[t] >= 0)
            {
                weight += model.Units(t);
            }

            if (!model.IsAnchor[t] && model.Request.Previous is not null && laneOf[t] != model.PreviousLane[t])
            {
                moves++;
            }
        }

        return new PackingScore(weight, minutes(laneOf), moves, MinutesMoved(model, laneOf));
    }

    /// <summary>
    /// An upper bound on the topic minutes of any feasible agenda that counts topics: a lane holding <c>k</c> searched
    /// topics gets at most its <see cref="PackingModel.MinutesCap"/>, and at most its anchors' longest lengths plus the
    /// <c>k</c> longest lengths (<see cref="PackingModel.LaneMax"/>) among the topics allowed there (no more topics than
    /// the shortest lengths let fit); the lanes share the topics there are. A dynamic program over lanes and topics used.
    /// Where the lanes' caps alone say 8 × 95 minutes for 29 topics of 15–30 minutes, it says 745: a lane needs four
    /// topics to fill its 95 minutes, and there are not 32. Never more than the lanes' caps added up, nor than every topic
    /// once at its longest (the anchors' longest lengths plus each other topic's <see cref="PackingModel.BestLaneMax"/>).
    /// With <paramref name="mostTopics"/>, for agendas that place no more searched topics than that.
    /// </summary>
    public static int MinutesByCountBound(PackingModel model, int mostTopics = int.MaxValue)
    {
        var topics = model.PlaceableTopics;
        var n = topics.Length;
        var best = new int[n + 1];
        Array.Fill(best, int.MinValue);
        best[0] = 0;
        foreach (var lane in model.Lanes)
        {
            var l = lane.Index;
            var anchorsMax = 0;
            var anchorsMin = 0;
            foreach (var anchor in model.Anchors)
            {
                if (anchor.Lane == l)
                {
                    anchorsMax += model.LaneMax(anchor.Topic, l);
                    anchorsMin += model.Min(anchor.Topic);
                }
            }

            var allowed = topics.Where(t => model.MayUse(t, l)).ToList();
            var longest = allowed.Select(t => model.LaneMax(t, l)).OrderDescending().ToArray();
            var shortest = allowed.Select(model.Min).Order().ToArray();
            var cap = model.MinutesCap(l);
            var most = 0;
            for (var free = lane.Capacity - anchorsMin; most < shortest.Length && shortest[most] <= free; most++)
            {
                free -= shortest[most];
            }

            // minutes[k]: the most this lane gives with k topics.
            var minutes = new int[most + 1];
            var sum = (long)anchorsMax;
            for (var k = 0; k <= most; k++)
            {
                sum += k == 0 ? 0 : longest[k - 1];
                minutes[k] = (int)Math.Min(cap, sum);
            }

            var next = (int[])best.Clone();
            for (var used = 0; used <= n; used++)
            {
                if (best[used] == int.MinValue)
                {
                    continue;
                }

                for (var k = 0; k <= most && used + k <= n; k++)
                {
                    next[used + k] = Math.Max(next[used + k], best[used] + minutes[k]);
                }
            }

            best = next;
        }

        // Each topic once, at its longest in any lane it may use: 21 topics spread over eight rooms of 115 minutes give at most their 640.
        var count = Math.Min(n, mostTopics);
        var everyTopic = model.Anchors.Sum(a => (long)model.LaneMax(a.Topic, a.Lane)) + topics.Select(model.BestLaneMax).OrderDescending().Take(count).Sum(m => (long)m);
        return (int)Math.Min(best.Take(count + 1).Max(), everyTopic);
    }

    /// <summary>
    /// The fourth objective of a complete assignment: for each topic placed in it and in the previous agenda, how far its
    /// start moved on the local clock, summed (0 without a previous agenda). The starts are those the agenda is built
    /// with: a timed lane's from its component's timing (<see cref="LaneTiming.Lay"/>), a back-to-back lane's from
    /// <see cref="AgendaBuilder.BackToBack"/>.
    /// </summary>
    public static int MinutesMoved(PackingModel model, int[] laneOf)
    {
        if (model.Request.Previous is null)
        {
            return 0;
        }

        var (timedStart, _) = model.Timing.Lay(laneOf);
        var moved = 0L;
        var topics = new List<int>();
        foreach (var lane in model.Lanes)
        {
            topics.Clear();
            var timed = false;
            for (var t = 0; t < laneOf.Length; t++)
            {
                if (laneOf[t] == lane.Index)
                {
                    topics.Add(t);
                    timed |= timedStart[t] >= 0;
                }
            }

            if (timed)
            {
                foreach (var t in topics)
                {
                    moved += StartMoved(model, t, timedStart[t]);
                }

                continue;
            }

            if (topics.Count == 0)
            {
                continue;
            }

            var (order, lengths) = AgendaBuilder.BackToBack(model, lane, topics);
            var start = lane.StartMinute;
            for (var k = 0; k < order.Count; k++)
            {
                moved += StartMoved(model, order[k], start);
                start += lengths[k];
            }
        }

        return (int)Math.Min(int.MaxValue, moved);
    }

    /// <summary>How far topic <paramref name="t"/> moves from its previous start when it starts at <paramref name="start"/> (0 when it was not placed before).</summary>
    public static long StartMoved(PackingModel model, int t, int start) =>
        model.PreviousLane[t] == -1 ? 0 : Math.Abs((long)start - model.PreviousStartMinute[t]);

    /// <summary>
    /// An upper bound, in hundredths, on the weight of any feasible agenda: the anchors plus the lane bound over
    /// every lane and every topic that may be placed.
    /// </summary>
    public static long RootWeightBound(PackingModel model)
    {
        var candidates = model.PlaceableTopics;
        var laneOf = AnchorsOnly(model, out var usedMin);
        var free = model.Lanes.Select(l => l.Capacity - usedMin[l.Index]).ToArray();
        var byWeight = candidates.OrderByDescending(model.Units).ThenBy(t => t).ToArray();
        var undecided = new bool[model.Topics.Length];
        foreach (var t in candidates)
        {
            undecided[t] = true;
        }

        return model.Anchors.Sum(a => model.Units(a.Topic)) + Bound(model, laneOf, free, undecided, byWeight, new BoundScratch(model), out _);
    }

    /// <summary>What the lane bound reads of the model alone, made once per model (<see cref="PackingModel.BoundTables"/>): the groups of topics allowed in the same lanes, and the minutes their lengths fill of each lane's free stretches.</summary>
    internal sealed record BoundTables(int[] GroupOf, int[][] Lanes, int[] LaneRoom, int[][] GroupRoom);

    /// <summary>Buffers reused by the lane bound (one per search; not thread-safe).</summary>
    internal sealed class BoundScratch(PackingModel model)
    {
        public int[] Usable { get; } = new int[model.Lanes.Count];

        /// <summary>Per topic: whether the heavier topic of its exclusive pair was counted in the knapsack being built (cleared as it is read).</summary>
        public bool[] Paired { get; } = new bool[model.Topics.Length];

        public bool[] Reachable { get; } = new bool[(model.Lanes.Count == 0 ? 0 : model.Lanes.Max(l => l.Capacity)) + 1];

        public long[] Knapsack { get; } = new long[(model.Lanes.Sum(l => l.Capacity) / model.SizeStep) + 1];

        public long[] KnapsackMinutes { get; } = new long[(model.Lanes.Sum(l => l.Capacity) / model.SizeStep) + 1];

        /// <summary>Gets, per topic, the index of its group: topics that may use exactly the same lanes.</summary>
        public int[] GroupOf => _tables.GroupOf;

        /// <summary>Gets, per group, the lanes its topics may use.</summary>
        public int[][] GroupLanes => _tables.Lanes;

        private readonly BoundTables _tables = model.BoundTables ??= Tables(model);

        /// <summary>
        /// Gets, per lane, the most of its free stretches (<see cref="PackingModel.FreeStretches"/>) the shortest lengths of
        /// the topics allowed there can fill, stretch by stretch, each topic once: no lane's topics take more.
        /// </summary>
        public int[] LaneRoom => _tables.LaneRoom;

        /// <summary>Gets, per group and lane (in <see cref="GroupLanes"/> order), the same for the group's topics alone.</summary>
        public int[][] GroupRoom => _tables.GroupRoom;

        /// <summary>Gets the conflict cliques whose shortest lengths cannot all fit their session (<see cref="WeightCliques"/>).</summary>
        public WeightCliques Cliques => model.WeightCliques;

        /// <summary>Gets, per clique, the cells its undecided topics may still take when they need more, or -1 (<see cref="PackingEvaluation.Bound"/>).</summary>
        public int[] CliqueCells { get; } = new int[model.Topics.Length];

        /// <summary>Per topic: whether it waits to join the knapsack with its clique (cleared as it is read).</summary>
        public bool[] InClique { get; } = new bool[model.Topics.Length];

        public long[] GroupKnapsack { get; } = new long[(model.Lanes.Sum(l => l.Capacity) / model.SizeStep) + 1];

        public long[] GroupKnapsackMinutes { get; } = new long[(model.Lanes.Sum(l => l.Capacity) / model.SizeStep) + 1];

        /// <summary>Gets, per group, its knapsack cells when its lanes hold less than all lanes, or -1 (<see cref="PackingEvaluation.Bound"/>).</summary>
        public int[] GroupCells { get; } = new int[model.Topics.Length + 1];

        /// <summary>Gets, per group, the cells the shortest lengths of its undecided topics need.</summary>
        public int[] GroupDemand { get; } = new int[model.Topics.Length + 1];

        /// <summary>Gets, per group, the most usable minutes of one of its lanes.</summary>
        public int[] GroupWidest { get; } = new int[model.Topics.Length + 1];

        /// <summary>Gets the cells where a group's knapsack improves (<see cref="PackingEvaluation.Bound"/>).</summary>
        public int[] GroupSteps { get; } = new int[(model.Lanes.Sum(l => l.Capacity) / model.SizeStep) + 1];

        /// <summary>Per topic: whether it waits to join the knapsack with its confined group (cleared as it is read).</summary>
        public bool[] Deferred { get; } = new bool[model.Topics.Length];

        private static BoundTables Tables(PackingModel model)
        {
            var groups = Groups(model);
            var topics = Enumerable.Range(0, model.Topics.Length).Where(t => !model.IsAnchor[t]).ToArray();
            var lane = model.Lanes.Select(l => Fill(model, l.Index, topics)).ToArray();
            var group = groups.Lanes.Select((lanes, g) => lanes.Select(l => Fill(model, l, [.. topics.Where(t => groups.GroupOf[t] == g)])).ToArray()).ToArray();
            return new BoundTables(groups.GroupOf, groups.Lanes, lane, group);
        }

        /// <summary>The most minutes of the free stretches of <paramref name="lane"/> that the shortest lengths of <paramref name="topics"/> allowed there fill, each stretch on its own.</summary>
        private static int Fill(PackingModel model, int lane, int[] topics)
        {
            var step = model.SizeStep;
            var total = 0;
            foreach (var stretch in model.FreeStretches(lane))
            {
                var cells = stretch / step;
                var sum = 0;
                foreach (var t in topics)
                {
                    sum += model.MayUse(t, lane) && model.Min(t) <= stretch ? model.Min(t) / step : 0;
                }

                total += step * (sum <= cells ? sum : cells < 63 ? Subsets(model, lane, topics, cells) : SubsetsLong(model, lane, topics, cells));
            }

            return total;
        }

        /// <summary>The largest sum of sizes (cells) of the topics allowed in the lane, each once, up to <paramref name="cells"/> (fewer than 63).</summary>
        private static int Subsets(PackingModel model, int lane, int[] topics, int cells)
        {
            var mask = (1UL << (cells + 1)) - 1;
            var reachable = 1UL;
            foreach (var t in topics)
            {
                var size = model.Min(t) / model.SizeStep;
                if (size > 0 && size <= cells && model.MayUse(t, lane))
                {
                    reachable = (reachable | (reachable << size)) & mask;
                }
            }

            return 63 - System.Numerics.BitOperations.LeadingZeroCount(reachable);
        }

        /// <summary><see cref="Subsets"/> for stretches of 63 cells or more.</summary>
        private static int SubsetsLong(PackingModel model, int lane, int[] topics, int cells)
        {
            var reachable = new bool[cells + 1];
            reachable[0] = true;
            foreach (var t in topics)
            {
                var size = model.Min(t) / model.SizeStep;
                if (size <= 0 || size > cells || !model.MayUse(t, lane))
                {
                    continue;
                }

                for (var m = cells; m >= size; m--)
                {
                    reachable[m] |= reachable[m - size];
                }
            }

            return Array.LastIndexOf(reachable, true);
        }

        private static (int[] GroupOf, int[][] Lanes) Groups(PackingModel model)
        {
            var groupOf = new int[model.Topics.Length];
            var found = new List<int[]>();
            for (var t = 0; t < groupOf.Length; t++)
            {
                var allowed = model.AllowedLanes[t];
                var g = found.FindIndex(x => x.AsSpan().SequenceEqual(allowed));
                if (g < 0)
                {
                    g = found.Count;
                    found.Add(allowed);
                }

                groupOf[t] = g;
            }

            return (groupOf, [.. found]);
        }
    }

    /// <summary>
    /// The bound on the weight (hundredths) the <paramref name="undecided"/> topics can still add to lanes with
    /// <paramref name="free"/> minutes. Each lane's free minutes are first cut to the longest stretch that lengths of
    /// topics allowed in it can fill exactly (the minutes lost at its end) and to what those lengths fill of each of its
    /// free stretches (<see cref="BoundScratch.LaneRoom"/>); then the smaller of (a) the 0/1 knapsack of the topics over
    /// the sum of those minutes, in which the topics of a group (allowed in the same lanes) whose shortest lengths exceed
    /// its lanes' minutes take at most those minutes (<see cref="AddConfinedGroups"/>), and (b) the count bound (lane l
    /// takes at most its minutes divided by the shortest topic allowed in it, so at most that many of the heaviest
    /// topics), cut down to a multiple of <see cref="PackingModel.WeightStep"/>.
    /// </summary>
    /// <remarks>
    /// The knapsack is lexicographic: among the sets of greatest weight it keeps the greatest sum of maximum lengths,
    /// returned in <paramref name="maxMinutes"/> when the knapsack equals the bound (otherwise <see cref="int.MaxValue"/>):
    /// a completion that reaches the bound places a heaviest set of the knapsack (of every confined group too), so it
    /// adds at most that many topic minutes.
    /// </remarks>
    public static long Bound(PackingModel model, int[] laneOf, int[] free, bool[] undecided, int[] byWeight, BoundScratch scratch, out int maxMinutes, LaneExclusion exclusion = default)
    {
        var step = model.SizeStep;
        var usable = scratch.Usable;
        var reachable = scratch.Reachable;
        var count = 0L;
        var total = 0;
        for (var l = 0; l < free.Length; l++)
        {
            var f = free[l];
            var shortest = int.MaxValue;
            // Only the lane a lane-by-lane search is filling has topics turned away from it.
            var excluding = exclusion.IsFilling(l);
            // The lengths (in size steps) of the topics that may still join the lane, as bits when the lane has fewer than 63 steps.
            var lengths = 0UL;
            var steps = f / step;
            foreach (var t in byWeight)
            {
                if (undecided[t] && model.Min(t) <= f && model.MayUse(t, l) && !(excluding && exclusion.TurnedAway(t)))
                {
                    shortest = Math.Min(shortest, model.Min(t));
                    lengths |= steps < 63 ? 1UL << (model.Min(t) / step) : 0;
                }
            }

            if (shortest == int.MaxValue)
            {
                usable[l] = 0;
                continue;
            }

            count += f / shortest;
            if (steps < 63)
            {
                // Every sum of those lengths (each any number of times) up to the lane's steps, one more length per round.
                var mask = (1UL << (steps + 1)) - 1;
                var sums = 1UL;
                for (var grown = true; grown;)
                {
                    var next = sums;
                    for (var rest = lengths; rest != 0; rest &= rest - 1)
                    {
                        next |= sums << System.Numerics.BitOperations.TrailingZeroCount(rest);
                    }

                    next &= mask;
                    grown = next != sums;
                    sums = next;
                }

                var most = Math.Min((63 - System.Numerics.BitOperations.LeadingZeroCount(sums)) * step, scratch.LaneRoom[l]);
                usable[l] = most;
                total += most;
                continue;
            }

            Array.Clear(reachable, 0, f + 1);
            reachable[0] = true;
            var best = 0;
            for (var m = step; m <= f; m += step)
            {
                foreach (var t in byWeight)
                {
                    var size = model.Min(t);
                    if (undecided[t] && size <= m && reachable[m - size] && model.MayUse(t, l) && !(excluding && exclusion.TurnedAway(t)))
                    {
                        reachable[m] = true;
                        best = m;
                        break;
                    }
                }
            }

            best = Math.Min(best, scratch.LaneRoom[l]);
            usable[l] = best;
            total += best;
        }

        var counted = 0L;
        var knapsack = scratch.Knapsack;
        var knapsackMinutes = scratch.KnapsackMinutes;
        var cells = total / step;
        Array.Clear(knapsack, 0, cells + 1);
        Array.Clear(knapsackMinutes, 0, cells + 1);
        var paired = scratch.Paired;
        var confined = GroupCells(model, scratch, undecided, byWeight, cells);
        var inCliques = CliqueCells(model, scratch, laneOf, undecided, cells);
        foreach (var t in byWeight)
        {
            if (!undecided[t] || !Fits(model, usable, t, exclusion))
            {
                continue;
            }

            // The lighter topic of an exclusive pair whose heavier one was counted (at most one of the two is placed).
            if (paired[t])
            {
                paired[t] = false;
                continue;
            }

            if (count > 0)
            {
                counted += model.Units(t);
                count--;
            }

            var size = model.Min(t) / step;
            var value = model.Units(t);
            var length = model.Max(t);
            var p = model.ExclusivePartner[t];
            if (p >= 0 && undecided[p] && Fits(model, usable, p, exclusion))
            {
                paired[p] = true;
                AddEither(knapsack, knapsackMinutes, cells, (size, value, length), (model.Min(p) / step, model.Units(p), model.Max(p)));
                continue;
            }

            var g = scratch.GroupOf[t];
            if (model.Min(t) > scratch.GroupWidest[g])
            {
                // No lane of its group has a free stretch its group's lengths fill that far.
                continue;
            }

            if (confined && scratch.GroupCells[g] >= 0)
            {
                // Its group's lanes hold less than all of them and less than its group needs: it joins the knapsack
                // with its group, below.
                scratch.Deferred[t] = true;
                continue;
            }

            if (inCliques && scratch.Cliques.CliqueOf[t] is var c and >= 0 && scratch.CliqueCells[c] >= 0)
            {
                // Its clique's topics need more of their session than it spans: they join the knapsack together, below.
                scratch.InClique[t] = true;
                continue;
            }

            AddItem(knapsack, knapsackMinutes, cells, size, value, length);
        }

        if (confined)
        {
            AddConfinedGroups(model, byWeight, scratch, cells);
        }

        if (inCliques)
        {
            AddCliques(model, scratch, cells);
        }

        // Every sum of weights is a multiple of their greatest common divisor (whole votes: 100 hundredths).
        var bound = Math.Min(knapsack[cells], counted);
        // A completion that reaches the bound reaches the knapsack when it equals it: its topics are then a heaviest
        // set of the knapsack, so their maximum lengths sum to at most the knapsack's most minutes at that weight.
        maxMinutes = int.MaxValue;
        var weightStep = model.WeightStep;
        var rounded = weightStep > 1 ? bound / weightStep * weightStep : bound;
        if (rounded == knapsack[cells])
        {
            maxMinutes = (int)knapsackMinutes[cells];
        }

        return rounded;
    }

    /// <summary>
    /// Each group's knapsack cells (<see cref="BoundScratch.GroupCells"/>): the usable minutes of its lanes, each cut to
    /// what the group's own lengths fill of the lane's free stretches, when less than all lanes' and less than the
    /// shortest lengths of its undecided topics that fit (-1 otherwise: the group's minutes never bind), and its widest
    /// lane. Returns whether any group is confined so.
    /// </summary>
    private static bool GroupCells(PackingModel model, BoundScratch scratch, bool[] undecided, int[] byWeight, int cells)
    {
        var step = model.SizeStep;
        var groups = scratch.GroupLanes.Length;
        for (var g = 0; g < groups; g++)
        {
            var lanes = scratch.GroupLanes[g];
            var (capacity, widest) = (0, 0);
            for (var i = 0; i < lanes.Length; i++)
            {
                var room = Math.Min(scratch.Usable[lanes[i]], scratch.GroupRoom[g][i]);
                capacity += room;
                widest = Math.Max(widest, room);
            }

            scratch.GroupCells[g] = capacity / step;
            scratch.GroupWidest[g] = widest;
            scratch.GroupDemand[g] = 0;
        }

        foreach (var t in byWeight)
        {
            var g = scratch.GroupOf[t];
            if (undecided[t] && model.Min(t) <= scratch.GroupWidest[g])
            {
                scratch.GroupDemand[g] += model.Min(t) / step;
            }
        }

        var any = false;
        for (var g = 0; g < groups; g++)
        {
            var confined = scratch.GroupCells[g] < cells && scratch.GroupCells[g] < scratch.GroupDemand[g] && scratch.GroupLanes[g].Length > 0;
            scratch.GroupCells[g] = confined ? scratch.GroupCells[g] : -1;
            any |= confined;
        }

        return any;
    }

    /// <summary>
    /// Adds the deferred topics (<see cref="BoundScratch.Deferred"/>) to the lexicographic knapsack group by group: each
    /// group's own knapsack over its cells, then every split of the cells between the group and the rest. The topics of
    /// a group fit its lanes' minutes as well as all the lanes' (three 25-minute topics confined to a 40-minute session
    /// count once, however much room the other sessions have), where a plain knapsack over all the minutes counts them all.
    /// </summary>
    private static void AddConfinedGroups(PackingModel model, int[] byWeight, BoundScratch scratch, int cells)
    {
        var step = model.SizeStep;
        var (group, groupMinutes) = (scratch.GroupKnapsack, scratch.GroupKnapsackMinutes);
        for (var g = 0; g < scratch.GroupLanes.Length; g++)
        {
            var groupCells = scratch.GroupCells[g];
            if (groupCells <= 0)
            {
                continue;
            }

            Array.Clear(group, 0, groupCells + 1);
            Array.Clear(groupMinutes, 0, groupCells + 1);
            var any = false;
            foreach (var t in byWeight)
            {
                if (!scratch.Deferred[t] || scratch.GroupOf[t] != g)
                {
                    continue;
                }

                scratch.Deferred[t] = false;
                any = true;
                AddItem(group, groupMinutes, groupCells, model.Min(t) / step, model.Units(t), model.Max(t));
            }

            if (!any)
            {
                continue;
            }

            Fold(scratch, cells, groupCells);
        }
    }

    /// <summary>
    /// Each clique's cells (<see cref="BoundScratch.CliqueCells"/>): its session's span less the shortest lengths of its
    /// placed topics, when less than the shortest lengths of its undecided topics (-1 otherwise: the span never binds).
    /// Returns whether any clique binds so.
    /// </summary>
    private static bool CliqueCells(PackingModel model, BoundScratch scratch, int[] laneOf, bool[] undecided, int cells)
    {
        var cliques = scratch.Cliques;
        var any = false;
        for (var c = 0; c < cliques.Count; c++)
        {
            var (room, demand) = (cliques.Cells[c], 0);
            foreach (var t in cliques.Members[c])
            {
                var size = model.Min(t) / model.SizeStep;
                room -= laneOf[t] >= 0 ? size : 0;
                demand += undecided[t] ? size : 0;
            }

            room = Math.Clamp(room, 0, cells);
            scratch.CliqueCells[c] = demand > room ? room : -1;
            any |= demand > room;
        }

        return any;
    }

    /// <summary>
    /// Adds the topics waiting for their clique (<see cref="BoundScratch.InClique"/>) to the lexicographic knapsack
    /// clique by clique, as <see cref="AddConfinedGroups"/> adds a group: the clique's own knapsack over its cells, then
    /// every split of the cells between the clique and the rest.
    /// </summary>
    private static void AddCliques(PackingModel model, BoundScratch scratch, int cells)
    {
        var step = model.SizeStep;
        var (group, groupMinutes) = (scratch.GroupKnapsack, scratch.GroupKnapsackMinutes);
        var cliques = scratch.Cliques;
        for (var c = 0; c < cliques.Count; c++)
        {
            var cliqueCells = scratch.CliqueCells[c];
            if (cliqueCells < 0)
            {
                continue;
            }

            Array.Clear(group, 0, cliqueCells + 1);
            Array.Clear(groupMinutes, 0, cliqueCells + 1);
            var any = false;
            foreach (var t in cliques.Members[c])
            {
                if (scratch.InClique[t])
                {
                    scratch.InClique[t] = false;
                    any = true;
                    AddItem(group, groupMinutes, cliqueCells, model.Min(t) / step, model.Units(t), model.Max(t));
                }
            }

            if (any && cliqueCells > 0)
            {
                Fold(scratch, cells, cliqueCells);
            }
        }
    }

    /// <summary>
    /// Adds a group's knapsack (<see cref="BoundScratch.GroupKnapsack"/> over <paramref name="groupCells"/>) to the
    /// lexicographic knapsack over <paramref name="cells"/>: every split of the cells between the group and the rest.
    /// </summary>
    private static void Fold(BoundScratch scratch, int cells, int groupCells)
    {
        var (knapsack, knapsackMinutes) = (scratch.Knapsack, scratch.KnapsackMinutes);
        var (group, groupMinutes) = (scratch.GroupKnapsack, scratch.GroupKnapsackMinutes);

        // Only the cells where the group's knapsack improves matter: both knapsacks grow with their cells.
        var steps = scratch.GroupSteps;
        var count = 0;
        for (var c = 1; c <= groupCells; c++)
        {
            if (group[c] > group[c - 1] || (group[c] == group[c - 1] && groupMinutes[c] > groupMinutes[c - 1]))
            {
                steps[count++] = c;
            }
        }

        // Descending, so knapsack[c - s] is still the value without the group.
        for (var c = cells; c > 0; c--)
        {
            var (value, minutes) = (knapsack[c], knapsackMinutes[c]);
            for (var i = 0; i < count && steps[i] <= c; i++)
            {
                var s = steps[i];
                var candidate = knapsack[c - s] + group[s];
                var candidateMinutes = knapsackMinutes[c - s] + groupMinutes[s];
                if (candidate > value || (candidate == value && candidateMinutes > minutes))
                {
                    (value, minutes) = (candidate, candidateMinutes);
                }
            }

            (knapsack[c], knapsackMinutes[c]) = (value, minutes);
        }
    }

    private static bool Fits(PackingModel model, int[] usable, int t, LaneExclusion exclusion)
    {
        foreach (var l in model.AllowedLanes[t])
        {
            if (model.Min(t) <= usable[l] && !(exclusion.IsFilling(l) && exclusion.TurnedAway(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds one item (<paramref name="size"/> cells, <paramref name="value"/> weight, <paramref name="length"/> most minutes)
    /// to a lexicographic 0/1 knapsack over <paramref name="cells"/> cells: more weight, then more minutes. Four cells at a
    /// time from the top: a block reads the cells <paramref name="size"/> below it before it writes, and the blocks above
    /// it wrote only cells above it, so every read sees the knapsack without the item. Compiled fully at once: the first,
    /// unoptimized tier runs vector code many times slower than the plain loop, and a request of a few milliseconds
    /// would spend it there.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void AddItem(long[] knapsack, long[] knapsackMinutes, int cells, int size, long value, int length)
    {
        var c = cells;
        if (Vector256.IsHardwareAccelerated)
        {
            var (item, itemMinutes) = (Vector256.Create(value), Vector256.Create((long)length));
            for (; c - 3 >= size; c -= 4)
            {
                var (low, from) = (c - 3, c - 3 - size);
                var current = Vector256.Create<long>(knapsack.AsSpan(low, 4));
                var currentMinutes = Vector256.Create<long>(knapsackMinutes.AsSpan(low, 4));
                var candidate = Vector256.Create<long>(knapsack.AsSpan(from, 4)) + item;
                var candidateMinutes = Vector256.Create<long>(knapsackMinutes.AsSpan(from, 4)) + itemMinutes;
                var better = Vector256.GreaterThan(candidate, current)
                    | (Vector256.Equals(candidate, current) & Vector256.GreaterThan(candidateMinutes, currentMinutes));
                Vector256.ConditionalSelect(better, candidate, current).CopyTo(knapsack.AsSpan(low, 4));
                Vector256.ConditionalSelect(better, candidateMinutes, currentMinutes).CopyTo(knapsackMinutes.AsSpan(low, 4));
            }
        }

        AddItemCellByCell(knapsack, knapsackMinutes, c, size, value, length);
    }

    /// <summary><see cref="AddItem"/> one cell at a time, for the cells up to <paramref name="cells"/> (those below the vector blocks, or all of them when vectors are not accelerated).</summary>
    internal static void AddItemCellByCell(long[] knapsack, long[] knapsackMinutes, int cells, int size, long value, int length)
    {
        for (var c = cells; c >= size; c--)
        {
            var candidate = knapsack[c - size] + value;
            var minutes = knapsackMinutes[c - size] + length;
            if (candidate > knapsack[c] || (candidate == knapsack[c] && minutes > knapsackMinutes[c]))
            {
                knapsack[c] = candidate;
                knapsackMinutes[c] = minutes;
            }
        }
    }

    /// <summary>Adds two items of which at most one may be taken (an exclusive pair) to the lexicographic 0/1 knapsack.</summary>
    private static void AddEither(long[] knapsack, long[] knapsackMinutes, int cells, (int Size, long Value, int Length) a, (int Size, long Value, int Length) b)
    {
        for (var c = cells; c >= Math.Min(a.Size, b.Size); c--)
        {
            var (value, minutes) = (knapsack[c], knapsackMinutes[c]);
            foreach (var (size, itemValue, length) in (ReadOnlySpan<(int, long, int)>)[a, b])
            {
                if (size > c)
                {
                    continue;
                }

                var candidate = knapsack[c - size] + itemValue;
                var candidateMinutes = knapsackMinutes[c - size] + length;
                if (candidate > value || (candidate == value && candidateMinutes > minutes))
                {
                    (value, minutes) = (candidate, candidateMinutes);
                }
            }

            (knapsack[c], knapsackMinutes[c]) = (value, minutes);
        }
    }

    /// <summary>
    /// Topics a search has already turned away from one lane (<see cref="LaneFillSearch"/>: the lane it is filling): a
    /// topic whose mark equals <see cref="Mark"/> no longer counts in <see cref="Lane"/>. The default excludes nothing.
    /// </summary>
    internal readonly record struct LaneExclusion(int Lane, int[]? Marks, int Mark)
    {
        /// <summary>Whether <paramref name="lane"/> is the lane being filled (the only one with topics turned away).</summary>
        public bool IsFilling(int lane) => Marks is not null && lane == Lane;

        /// <summary>Whether topic <paramref name="t"/> was turned away from the lane being filled; ask only after <see cref="IsFilling"/>.</summary>
        public bool TurnedAway(int t) => Marks![t] == Mark;
    }

    public static double Density(PackingModel model, int t) =>
        model.Min(t) == 0 ? double.PositiveInfinity : (double)model.Units(t) / model.Min(t);
}
