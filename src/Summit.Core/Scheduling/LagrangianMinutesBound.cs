namespace Summit.Core.Scheduling;

/// <summary>
/// The lane-pattern bound on the topic minutes of an agenda that places every topic (the proven weight is all of it):
/// each lane chooses a set of topics whose shortest lengths fit its free stretches and gives at most its minutes cap, or
/// the longest lengths of its topics and pinned topics when those are fewer; a price per topic makes each count once
/// (the Lagrangian relaxation of "each topic in exactly one lane"). For any prices, the prices plus every lane's best
/// minutes less the prices of its topics is at least the topic minutes of any agenda that places every topic; the
/// prices are improved by subgradient steps. Where the minutes caps and the longest lengths add up to more than any
/// split of the topics gives (thirteen topics in six rooms, a 120-minute room whose topics reach 115), each lane here
/// counts only what its own topics reach.
/// </summary>
/// <remarks>
/// Integer arithmetic (prices and values in 1/1024 of a minute), so the same model gives the same bound on every
/// machine. A topic of weight 0 need not be placed: its price stays at 0 or above. Conflicts, groupings, windows and
/// orders are left out, so the bound holds for every agenda the model allows that places every topic.
/// </remarks>
internal sealed class LagrangianMinutesBound
{
    /// <summary>Price units per minute.</summary>
    private const int Scale = 1024;

    /// <summary>Halvings of the step after which it stops.</summary>
    private const int MostHalvings = 20;

    /// <summary>Steps without a better bound before the step is halved (10 as for the weight proves 459 at 378, not 375).</summary>
    private const int Patience = 30;

    /// <summary>A value no set reaches.</summary>
    private const long Unreached = long.MinValue / 4;

    private readonly PackingModel _model;
    private readonly int[] _topics;
    private readonly LaneTable[] _lanes;
    private readonly long[] _table;
    private readonly int[] _from;

    /// <summary>One lane's table: its topics, their cells and gains (in size steps), the lane's free cells, the gain that meets its cap, its minutes cap and its pinned topics' minutes.</summary>
    private sealed record LaneTable(int[] Items, int[] Size, int[] Gain, int Cells, int Reach, int Cap, int Pinned);

    /// <summary>Prepares the bound over the topics that may be placed and every lane.</summary>
    public LagrangianMinutesBound(PackingModel model)
    {
        _model = model;
        _topics = model.PlaceableTopics;

        // Sizes and capacities in size steps (every shortest length and lane capacity is a multiple of it); gains (longest
        // lengths) rounded up to size steps, so the bound only grows.
        var step = model.SizeStep;
        var lanes = new List<LaneTable>();
        foreach (var lane in model.Lanes)
        {
            var l = lane.Index;
            var stretches = model.FreeStretches(l);
            var longest = stretches.Length == 0 ? 0 : stretches.Max();
            var pinned = model.Anchors.Where(a => a.Lane == l).Sum(a => model.LaneMax(a.Topic, l));
            var cap = model.MinutesCap(l);
            int[] items = [.. _topics.Where(t => model.MayUse(t, l) && model.Min(t) <= longest)];
            var reach = Math.Max(0, (cap - pinned + step - 1) / step);
            lanes.Add(new LaneTable(items, [.. items.Select(t => model.Min(t) / step)], [.. items.Select(t => (model.LaneMax(t, l) + step - 1) / step)],
                stretches.Sum() / step, reach, cap, pinned));
        }

        _lanes = [.. lanes];
        var widest = _lanes.Length == 0 ? 1 : _lanes.Max(x => (x.Cells + 1) * (x.Reach + 1));
        var deepest = _lanes.Length == 0 ? 1 : _lanes.Max(x => x.Items.Length * (x.Cells + 1) * (x.Reach + 1));
        _table = new long[widest];
        _from = new int[Math.Max(1, deepest)];
    }

    /// <summary>Gets the lane knapsacks the last <see cref="Compute"/> solved, for the caller's work count.</summary>
    public long Knapsacks { get; private set; }

    /// <summary>
    /// The smallest bound (whole minutes) found within <paramref name="maxKnapsacks"/> lane knapsacks (at least one step)
    /// on the topic minutes of any agenda that places every topic of positive weight; it stops as soon as the bound is
    /// at most <paramref name="target"/> (an incumbent's minutes: then proven the most).
    /// </summary>
    public int Compute(int target, long maxKnapsacks)
    {
        Knapsacks = 0;
        var n = _model.Topics.Length;
        var prices = new long[n];
        var chosen = new int[n];
        var (low, high) = (new long[n], new long[n]);
        // No price need exceed all the lanes' minutes either way; a topic of weight 0 may stay out, so its price never
        // turns into a reward.
        var limit = (long)_model.Lanes.Sum(l => l.Capacity) * Scale;
        foreach (var t in _topics)
        {
            (low[t], high[t]) = (_model.Units(t) == 0 ? 0 : -limit, limit);
        }

        var steps = new SubgradientSteps(Patience, MostHalvings);
        for (var step = 0; (step == 0 || Knapsacks + _lanes.Length <= maxKnapsacks) && !steps.Stopped; step++)
        {
            Array.Clear(chosen);
            var total = 0L;
            foreach (var t in _topics)
            {
                total += prices[t];
            }

            foreach (var lane in _lanes)
            {
                total += Knapsack(lane, prices, chosen);
            }

            Knapsacks += _lanes.Length;
            steps.Record(total >= 0 ? total / Scale : -1);
            if (steps.Best <= target || !steps.Move(_topics, chosen, prices, total - ((long)target * Scale), low, high))
            {
                break;
            }
        }

        return (int)Math.Min(int.MaxValue, steps.Best);
    }

    /// <summary>
    /// One lane's best minutes (in 1/1024) less the prices of its topics, over the sets whose shortest lengths fit its free
    /// cells: a table by cells used and by gain reached (capped where the lane's cap is met), filled item by item in place
    /// (cells from the top, so an item counts once), each improvement remembering the cell it came from. Adds each chosen
    /// topic to <paramref name="chosen"/>.
    /// </summary>
    private long Knapsack(LaneTable lane, long[] prices, int[] chosen)
    {
        var (cells, reach) = (lane.Cells, lane.Reach);
        var width = reach + 1;
        var size = (cells + 1) * width;
        var (table, from) = (_table, _from);
        Array.Fill(table, Unreached, 0, size);
        table[0] = 0;
        for (var j = 0; j < lane.Items.Length; j++)
        {
            var (s, g, price) = (lane.Size[j], lane.Gain[j], prices[lane.Items[j]]);
            var layer = j * size;
            Array.Fill(from, -1, layer, size);
            for (var c = cells - s; c >= 0; c--)
            {
                for (var k = 0; k <= reach; k++)
                {
                    var source = (c * width) + k;
                    var value = table[source];
                    var target = ((c + s) * width) + Math.Min(reach, k + g);
                    if (value != Unreached && value - price > table[target])
                    {
                        table[target] = value - price;
                        from[layer + target] = source;
                    }
                }
            }
        }

        // The lane's minutes: its pinned topics' and the set's longest lengths, at most its cap.
        var (best, cell) = (Unreached, 0);
        for (var i = 0; i < size; i++)
        {
            if (table[i] == Unreached)
            {
                continue;
            }

            var minutes = (long)Math.Min(lane.Cap, lane.Pinned + ((i % width) * _model.SizeStep)) * Scale;
            if (minutes + table[i] > best)
            {
                (best, cell) = (minutes + table[i], i);
            }
        }

        for (var j = lane.Items.Length - 1; j >= 0; j--)
        {
            var source = from[(j * size) + cell];
            if (source >= 0)
            {
                chosen[lane.Items[j]]++;
                cell = source;
            }
        }

        return best;
    }
}
