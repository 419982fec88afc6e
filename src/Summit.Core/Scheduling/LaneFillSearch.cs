namespace Summit.Core.Scheduling;

/// <summary>
/// The most weight any agenda can place, searched lane by lane (the bin-completion order of multiple-knapsack
/// solvers): the first lane takes its topics (heaviest first, each in or not), then it closes and its unused minutes
/// are gone from the weight bound, then the next lane. The topic-by-topic search of <see cref="ExactPacker"/> keeps every
/// lane open until its last topic, so its bound never sees that two rooms cannot be filled exactly by the lengths that
/// must go there; closing lanes does. It searches for weight (<see cref="Run"/>) or for weight and then topic minutes
/// (<see cref="RunForMinutes"/>); ties and moves are the packer's search's, and its agenda counts like the heuristic's.
/// Decision 0013.
/// </summary>
internal sealed class LaneFillSearch
{
    private readonly PackingModel _model;
    private readonly int[] _order;

    /// <summary>The topics by falling weight (then request order), as the weight bound reads them.</summary>
    private readonly int[] _byWeight;
    private readonly int[] _lanes;
    private readonly int[] _laneOf;
    private readonly int[] _usedMin;
    private readonly int[] _free;
    private readonly bool[] _undecided;
    private readonly bool[] _live;
    private readonly bool[] _closed;

    /// <summary>Per topic: the position in <see cref="_lanes"/> of the lane being filled when it was turned away from it, or -1.</summary>
    private readonly int[] _skippedAt;
    private readonly int[] _identicalBefore;
    private readonly PackingEvaluation.BoundScratch _scratch;
    private readonly long _anchorUnits;
    private readonly bool _grouped;
    private readonly int[] _usedMax;
    private readonly int[] _bestMax;
    private readonly SessionCliques _cliques;
    private long _stageEnd;
    private long _weight;
    private bool _minutes;

    /// <summary>The position in <see cref="_lanes"/> of the lane being filled at the node being bounded.</summary>
    private int _current;

    /// <summary>
    /// Prepares a search of the topics of <paramref name="byWeight"/> (the packer's order: falling weight, then request
    /// order, which the weight bound needs) that fills <paramref name="lanes"/> in that order, each lane trying the topics
    /// in <paramref name="order"/> (the same topics, in any order: <see cref="TopicOrders"/>).
    /// </summary>
    public LaneFillSearch(PackingModel model, int[] byWeight, int[] order, int[] lanes)
    {
        _model = model;
        _byWeight = byWeight;
        _order = order;
        _laneOf = PackingEvaluation.AnchorsOnly(model, out _usedMin);
        _free = [.. model.Lanes.Select(l => l.Capacity - _usedMin[l.Index])];
        _lanes = lanes;
        _undecided = new bool[model.Topics.Length];
        foreach (var t in order)
        {
            _undecided[t] = true;
        }

        _grouped = model.GroupWith.Any(g => g.Length > 0);
        _live = new bool[model.Topics.Length];
        _closed = new bool[model.Lanes.Count];
        _skippedAt = new int[model.Topics.Length];
        Array.Fill(_skippedAt, -1);
        _identicalBefore = ExactPacker.Search.BuildIdentical(model, order);
        _scratch = new PackingEvaluation.BoundScratch(model);
        _anchorUnits = model.Anchors.Sum(a => model.Units(a.Topic));
        _usedMax = new int[model.Lanes.Count];
        foreach (var anchor in model.Anchors)
        {
            _usedMax[anchor.Lane] += model.LaneMax(anchor.Topic, anchor.Lane);
        }

        _bestMax = new int[model.Topics.Length];
        foreach (var t in order)
        {
            _bestMax[t] = model.BestLaneMax(t);
        }

        _cliques = new SessionCliques(model, _bestMax);
        Best = (int[])_laneOf.Clone();
        BestWeight = -1;
    }

    /// <summary>
    /// The lane orders worth trying, distinct: session order, the smallest lanes first, the last lanes first, the lanes
    /// most topics are confined to first, and the lanes split by the most pins first (smallest first among equals).
    /// Which order proves fastest depends on where the tight lanes are (a hundred nodes in one order, a million in
    /// another), so <see cref="ExactPacker"/> runs them in turn with growing budgets. A pinned lane loses minutes that no bound sees
    /// until its topics are chosen (a 20-minute topic only it may take, before a pin 30 minutes in, wastes 10): filled
    /// first, its exact timing bounds the rest (study instance 133: 61 nodes, against 77,464 smallest lanes first).
    /// </summary>
    public static int[][] LaneOrders(PackingModel model, int[] order)
    {
        var lanes = Enumerable.Range(0, model.Lanes.Count).ToArray();
        int[][] orders =
        [
            lanes,
            [.. lanes.OrderBy(l => model.Lanes[l].Capacity).ThenBy(l => l)],
            [.. lanes.Reverse()],
            [.. lanes.OrderByDescending(l => order.Sum(t => model.MayUse(t, l) ? 1.0 / model.AllowedLanes[t].Length : 0)).ThenBy(l => l)],
            [.. lanes.OrderByDescending(l => model.Stretches(l).Length).ThenBy(l => model.Lanes[l].Capacity).ThenBy(l => l)],
        ];
        var distinct = new List<int[]>();
        foreach (var candidate in orders)
        {
            if (!distinct.Exists(d => d.AsSpan().SequenceEqual(candidate)))
            {
                distinct.Add(candidate);
            }
        }

        return [.. distinct];
    }

    /// <summary>
    /// The topic orders each lane tries: falling weight (the packer's; good agendas first), and the longest shortest
    /// lengths first (bin packing's first-fit decreasing: a lane's long topics decide what else fits). On the study set
    /// the second, smallest lanes first, proves instance 259 in 259 nodes, where falling weight takes 25,268 at best.
    /// </summary>
    public static int[][] TopicOrders(PackingModel model, int[] byWeight) =>
        [byWeight, [.. byWeight.OrderByDescending(model.Min).ThenByDescending(model.Units).ThenBy(t => t)]];

    /// <summary>Gets the best assignment found (anchors in their lanes).</summary>
    public int[] Best { get; private set; }

    /// <summary>Gets the weight (hundredths, anchors included) of <see cref="Best"/>, or -1 before any leaf.</summary>
    public long BestWeight { get; private set; }

    public long Nodes { get; private set; }

    /// <summary>Gets whether the search stopped at its limit (no proof).</summary>
    public bool Aborted { get; private set; }

    /// <summary>Gets the topic minutes of <see cref="Best"/> when searching for minutes too, or -1.</summary>
    public int BestMinutes { get; private set; } = -1;

    /// <summary>
    /// Decides topic <paramref name="t"/> before the search: in <paramref name="lane"/>, or left out (-1); the search then
    /// only completes the agenda decided so far. False when the topic cannot join the lane beside what is already there
    /// (every rule checked, timing included), so no agenda has this beginning.
    /// </summary>
    public bool Place(int t, int lane)
    {
        _undecided[t] = false;
        if (lane < 0)
        {
            return true;
        }

        if (!PackingEvaluation.CanAssign(_model, _laneOf, _usedMin, t, lane))
        {
            return false;
        }

        _laneOf[t] = lane;
        _usedMin[lane] += _model.Min(t);
        _free[lane] -= _model.Min(t);
        _usedMax[lane] += _model.LaneMax(t, lane);
        _weight += _model.Units(t);
        return true;
    }

    /// <summary>Searches for an agenda heavier than <paramref name="incumbent"/> (hundredths) within <paramref name="limit"/> nodes, timing work included.</summary>
    public void Run(long incumbent, long limit)
    {
        BestWeight = incumbent;
        _stageEnd = Nodes + _model.Timing.Work + limit;
        Dfs(0, 0);
    }

    /// <summary>
    /// Searches for an agenda better than (<paramref name="weight"/>, <paramref name="minutes"/>): heavier, or as heavy
    /// with more topic minutes (the packer's first two objectives), within <paramref name="limit"/> nodes. A closed lane
    /// gives at most its topics' most minutes there; an open one at most that plus what the topics that still fit it add.
    /// </summary>
    public void RunForMinutes(long weight, int minutes, long limit)
    {
        _minutes = true;
        BestMinutes = minutes;
        Run(weight, limit);
    }

    private void Dfs(int k, int p)
    {
        if (Aborted)
        {
            return;
        }

        if (++Nodes + _model.Timing.Work > _stageEnd)
        {
            Aborted = true;
            return;
        }

        if (k == _lanes.Length)
        {
            Leaf();
            return;
        }

        var lane = _lanes[k];
        // The next topic the lane may still take.
        while (p < _order.Length && !(_undecided[_order[p]] && _model.MayUse(_order[p], lane) && _usedMin[lane] + _model.Min(_order[p]) <= _model.Lanes[lane].Capacity))
        {
            p++;
        }

        if (p == _order.Length)
        {
            var saved = _free[lane];
            _free[lane] = 0;
            _closed[lane] = true;
            Dfs(k + 1, 0);
            _closed[lane] = false;
            _free[lane] = saved;
            return;
        }

        _current = k;
        if (!CanImprove())
        {
            return;
        }

        var t = _order[p];
        var twin = _identicalBefore[t];
        if ((twin < 0 || !_undecided[twin]) && PackingEvaluation.CanAssign(_model, _laneOf, _usedMin, t, lane))
        {
            _laneOf[t] = lane;
            _usedMin[lane] += _model.Min(t);
            _free[lane] -= _model.Min(t);
            _usedMax[lane] += _model.LaneMax(t, lane);
            _weight += _model.Units(t);
            _undecided[t] = false;
            Dfs(k, p + 1);
            _undecided[t] = true;
            _weight -= _model.Units(t);
            _usedMax[lane] -= _model.LaneMax(t, lane);
            _free[lane] += _model.Min(t);
            _usedMin[lane] -= _model.Min(t);
            _laneOf[t] = -1;
        }

        var skipped = _skippedAt[t];
        _skippedAt[t] = k;
        Dfs(k, p + 1);
        _skippedAt[t] = skipped;
    }

    private void Leaf()
    {
        var weight = _weight + _anchorUnits;
        if (weight < BestWeight || (weight == BestWeight && !_minutes))
        {
            return;
        }

        if (_minutes)
        {
            var minutes = weight > BestWeight ? _model.Timing.Minutes(_laneOf) : _model.Timing.MinutesIfAtLeast(_laneOf, BestMinutes + 1);
            if (minutes < 0)
            {
                return;
            }

            BestMinutes = minutes;
        }

        BestWeight = weight;
        Best = (int[])_laneOf.Clone();
    }

    /// <summary>
    /// When the weight bound only ties the best agenda: whether the topic minutes can still beat it. Each lane gives at
    /// most its topics' most minutes there (capped by its capacity) plus, while open, the most minutes of the live topics
    /// that still fit it; and the assigned topics at most the timing's bound on them. The live topics add at most
    /// <paramref name="maxMinutes"/>, the weight bound's most minutes of a heaviest set (<see cref="PackingEvaluation.Bound"/>).
    /// </summary>
    private bool MinutesCanImprove(bool[] live, int maxMinutes)
    {
        var given = 0;
        var open = 0;
        var openPastMinimum = 0;
        for (var k = 0; k < _lanes.Length; k++)
        {
            var l = _lanes[k];
            var capacity = _model.MinutesCap(l);
            var lane = Math.Min(capacity, _usedMax[l]);
            given += lane;
            if (_closed[l])
            {
                continue;
            }

            var gain = 0;
            foreach (var t in _order)
            {
                if (live[t] && _model.Min(t) <= _free[l] && _model.MayUse(t, l) && !(k == _current && _skippedAt[t] == _current))
                {
                    gain += _model.LaneMax(t, l);
                }
            }

            open += Math.Min(capacity - lane, gain);
            openPastMinimum += Math.Min(_free[l], gain);
        }

        var more = 0;
        foreach (var t in _order)
        {
            if (live[t])
            {
                more += _bestMax[t];
            }
        }

        more = Math.Min(more, maxMinutes);
        return given + Math.Min(open, more) > BestMinutes
            && (_cliques.IsEmpty || _cliques.Minutes(_laneOf, live) > BestMinutes)
            && _model.Timing.MinutesBound(_laneOf) + Math.Min(openPastMinimum, more) > BestMinutes;
    }

    private bool CanImprove()
    {
        var live = _undecided;
        if (_grouped)
        {
            live = _live;
            foreach (var t in _order)
            {
                var alive = _undecided[t];
                if (alive)
                {
                    foreach (var u in _model.GroupWith[t])
                    {
                        if (_laneOf[u] >= 0 && !HasOpenLaneInBlock(t, _model.Lanes[_laneOf[u]].BlockIndex))
                        {
                            alive = false;
                            break;
                        }
                    }
                }

                _live[t] = alive;
            }
        }

        var decided = _weight + _anchorUnits;
        var bound = decided + PackingEvaluation.Bound(_model, _laneOf, _free, live, _byWeight, _scratch, out var maxMinutes, new(_lanes[_current], _skippedAt, _current));
        return bound > BestWeight || (_minutes && bound == BestWeight && MinutesCanImprove(live, maxMinutes));
    }

    private bool HasOpenLaneInBlock(int t, int block)
    {
        foreach (var l in _model.AllowedLanes[t])
        {
            if (!_closed[l] && _model.Lanes[l].BlockIndex == block)
            {
                return true;
            }
        }

        return false;
    }
}
