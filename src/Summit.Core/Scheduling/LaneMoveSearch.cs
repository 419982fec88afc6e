using Summit.Core.Randomness;

namespace Summit.Core.Scheduling;

/// <summary>
/// Hill climbing on the topic minutes of an agenda whose topics stay the same: one topic to another lane, or two topics of
/// different lanes swapped, each assignment timed by laying its components in time order only
/// (<see cref="LaneTiming.LaidMinutes"/>), no search. A move is taken when it gives more minutes, or as many with more
/// room (the sum over lanes of the most minutes their topics can take, at most each lane's capacity), the first such in
/// a fixed order (topics, then lanes, then swap partners ascending), until no move is taken (a local optimum); then a
/// kick of a few drawn swaps from the best assignment so far, and the climb again (iterated local search), until the
/// minutes reach <c>target</c> or the nodes (topics laid) reach the budget. The draws come from a fixed seed, so the
/// climb is deterministic.
/// </summary>
/// <remarks>
/// The exact packer's search proves minutes by timing each leaf with a search of up to 50,000 nodes; in a session of
/// eight rooms linked by conflicts, four such leaves spend its budget before it sees a good assignment (eight-lane
/// instance 204: 695 minutes with one room empty, where 800 are possible and the session cliques prove no more).
/// </remarks>
internal sealed class LaneMoveSearch
{
    private readonly PackingModel _model;
    private readonly int[] _laneOf;
    private readonly int[] _usedMin;
    private readonly int[] _usedMax;
    private readonly long _budget;
    private readonly int _target;
    private int _minutes;
    private int _room;

    private LaneMoveSearch(PackingModel model, int[] laneOf, long budget, int target)
    {
        _model = model;
        _laneOf = (int[])laneOf.Clone();
        _budget = budget;
        _target = target;
        _usedMin = new int[model.Lanes.Count];
        _usedMax = new int[model.Lanes.Count];
        for (var t = 0; t < laneOf.Length; t++)
        {
            if (laneOf[t] >= 0)
            {
                _usedMin[laneOf[t]] += model.Min(t);
                _usedMax[laneOf[t]] += model.LaneMax(t, laneOf[t]);
            }
        }
    }

    /// <summary>Gets the nodes spent: the topics laid by the timings.</summary>
    public long Nodes { get; private set; }

    /// <summary>
    /// Climbs from <paramref name="laneOf"/> (a feasible assignment, not changed) within <paramref name="budget"/> nodes:
    /// the best assignment found and its minutes as laid, or null when no move gave more minutes.
    /// </summary>
    public static (int[] LaneOf, int Minutes)? Climb(PackingModel model, int[] laneOf, long budget, int target, out long nodes)
    {
        var search = new LaneMoveSearch(model, laneOf, budget, target);
        var result = search.Run();
        nodes = search.Nodes;
        return result;
    }

    private (int[] LaneOf, int Minutes)? Run()
    {
        var start = Laid();
        if (start < 0)
        {
            return null;
        }

        (_minutes, _room) = (start, Room());
        var topics = Enumerable.Range(0, _laneOf.Length).Where(t => _laneOf[t] >= 0 && !_model.IsAnchor[t]).ToArray();
        (int[] LaneOf, int Minutes, int Room) best = ((int[])_laneOf.Clone(), _minutes, _room);
        var random = new SplitMix64(Seed);
        var fruitless = 0;
        while (true)
        {
            Descend(topics);
            fruitless = _minutes > best.Minutes ? 0 : fruitless + 1;
            if (_minutes > best.Minutes || (_minutes == best.Minutes && _room >= best.Room))
            {
                // A local optimum as good as the best becomes the base for the next kick, so equal ones drift apart.
                best = ((int[])_laneOf.Clone(), _minutes, _room);
            }

            if (best.Minutes >= _target || Nodes >= _budget || topics.Length < 2 || fruitless > FruitlessKicks)
            {
                break;
            }

            Restore(best.LaneOf);
            Kick(topics, ref random);
            (_minutes, _room) = (Laid(), Room());
            if (_minutes < 0)
            {
                Restore(best.LaneOf);
                (_minutes, _room) = (best.Minutes, best.Room);
            }
        }

        return best.Minutes > start ? (best.LaneOf, best.Minutes) : null;
    }

    /// <summary>The seed of the kicks: fixed, so the climb is the same on every run and machine.</summary>
    private const ulong Seed = 0x5EED_C11B;

    /// <summary>The kicks in a row that may find no more minutes before the climb stops.</summary>
    private const int FruitlessKicks = 25;

    /// <summary>The moves of one kick.</summary>
    private const int KickMoves = 3;

    /// <summary>Takes the first better move or swap in turn until none is left (a local optimum), the minutes reach the target, or the budget is spent.</summary>
    private void Descend(int[] topics)
    {
        var improved = true;
        while (improved && _minutes < _target && Nodes < _budget)
        {
            improved = false;
            foreach (var t in topics)
            {
                if (Nodes >= _budget || _minutes >= _target)
                {
                    break;
                }

                improved |= TryMoves(t) || TrySwaps(t, topics);
            }
        }
    }

    /// <summary>
    /// Leaves a local optimum: <see cref="KickMoves"/> drawn swaps of two topics of different lanes (each kept when both
    /// topics may use the other lane, fit its capacity and keep their groupings and orders), whatever they do to the minutes.
    /// </summary>
    private void Kick(int[] topics, ref SplitMix64 random)
    {
        for (var k = 0; k < KickMoves; k++)
        {
            var t = topics[(int)random.NextBelow((ulong)topics.Length)];
            var u = topics[(int)random.NextBelow((ulong)topics.Length)];
            var (a, b) = (_laneOf[t], _laneOf[u]);
            if (!MaySwap(t, u))
            {
                continue;
            }

            Shift(t, b);
            Shift(u, a);
            if (!Fits(t) || !Fits(u))
            {
                Shift(u, b);
                Shift(t, a);
            }
        }
    }

    /// <summary>Makes <paramref name="laneOf"/> the current assignment again.</summary>
    private void Restore(int[] laneOf)
    {
        for (var t = 0; t < laneOf.Length; t++)
        {
            if (_laneOf[t] != laneOf[t])
            {
                Shift(t, laneOf[t]);
            }
        }
    }

    /// <summary>Tries topic <paramref name="t"/> in each other lane it may use; true when one was taken.</summary>
    private bool TryMoves(int t)
    {
        var from = _laneOf[t];
        foreach (var lane in _model.AllowedLanes[t])
        {
            if (lane == from || _usedMin[lane] + _model.Min(t) > _model.Lanes[lane].Capacity)
            {
                continue;
            }

            Shift(t, lane);
            if (Fits(t) && Better())
            {
                return true;
            }

            Shift(t, from);
        }

        return false;
    }

    /// <summary>Tries swapping topic <paramref name="t"/> with each later topic of another lane; true when one was taken.</summary>
    private bool TrySwaps(int t, int[] topics)
    {
        var a = _laneOf[t];
        foreach (var u in topics)
        {
            var b = _laneOf[u];
            if (u <= t || !MaySwap(t, u))
            {
                continue;
            }

            Shift(t, b);
            Shift(u, a);
            if (Fits(t) && Fits(u) && Better())
            {
                return true;
            }

            Shift(u, b);
            Shift(t, a);
        }

        return false;
    }

    /// <summary>Whether topics <paramref name="t"/> and <paramref name="u"/> are in different lanes and each may take the other's, its shortest length fitting there once the other has left.</summary>
    private bool MaySwap(int t, int u)
    {
        var (a, b) = (_laneOf[t], _laneOf[u]);
        return a != b && _model.MayUse(t, b) && _model.MayUse(u, a)
            && _usedMin[a] - _model.Min(t) + _model.Min(u) <= _model.Lanes[a].Capacity
            && _usedMin[b] - _model.Min(u) + _model.Min(t) <= _model.Lanes[b].Capacity;
    }

    /// <summary>Whether the assignment as it stands beats the current one (then it becomes current): cheap room first, then the layout.</summary>
    private bool Better()
    {
        var room = Room();
        if (room <= _minutes && room <= _room)
        {
            // The minutes laid never exceed the room: no gain possible, and no more room either.
            return false;
        }

        if (Nodes >= _budget)
        {
            return false;
        }

        var laid = Laid();
        if (laid > _minutes || (laid == _minutes && room > _room))
        {
            (_minutes, _room) = (laid, room);
            return true;
        }

        return false;
    }

    private int Laid()
    {
        var before = _model.Timing.MinutesNodes;
        var minutes = _model.Timing.LaidMinutes(_laneOf);
        Nodes += _model.Timing.MinutesNodes - before + 1;
        return minutes;
    }

    /// <summary>The sum over lanes of the most minutes their topics can take, at most each lane's minutes cap.</summary>
    private int Room()
    {
        var room = 0;
        for (var l = 0; l < _usedMax.Length; l++)
        {
            room += Math.Min(_model.MinutesCap(l), _usedMax[l]);
        }

        return room;
    }

    /// <summary>Whether topic <paramref name="t"/>, in its lane now, keeps its groupings and orders.</summary>
    private bool Fits(int t)
    {
        var lane = _laneOf[t];
        var block = _model.Lanes[lane].BlockIndex;
        foreach (var u in _model.GroupWith[t])
        {
            if (_laneOf[u] >= 0 && _model.Lanes[_laneOf[u]].BlockIndex != block)
            {
                return false;
            }
        }

        return _model.OrdersFit(_laneOf, t, lane);
    }

    private void Shift(int t, int lane)
    {
        var from = _laneOf[t];
        _usedMin[from] -= _model.Min(t);
        _usedMax[from] -= _model.LaneMax(t, from);
        _usedMin[lane] += _model.Min(t);
        _usedMax[lane] += _model.LaneMax(t, lane);
        _laneOf[t] = lane;
    }
}
