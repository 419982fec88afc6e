namespace Summit.Core.Scheduling;

/// <summary>
/// Real times for the lanes whose topics cannot simply run back to back: a topic whose availability does not cover its
/// whole lane, a topic pinned to a start, or conflicting topics (a listed conflict or a shared presenter) in lanes that
/// overlap in time in different rooms (or come within the changeover of each other). Such lanes, linked by their
/// conflicts, form a <em>component</em> that is timed as one small scheduling problem.
/// </summary>
/// <remarks>
/// <para>The search is exact. It builds schedules one topic at a time, each at its earliest start on the grid given its
/// lane's cursor, its availability windows and the conflicting topics already timed (which it must follow, plus the
/// changeover for a shared presenter in another room). Any feasible timing, taken in order of start, is reproduced this
/// way with starts no later (so still feasible), so trying every order decides feasibility; two steps that touch neither
/// the same lane nor a conflict commute, so only one order of such a pair is tried (the smaller topic first). With
/// lengths, the same search over each length on the grid (longest first) finds the most topic minutes, cut by a bound
/// per lane.</para>
/// <para>Shortcuts, each exact: free topics (no narrow window, pin or conflict in the component) wait until only free
/// ones are left in their lane and are then laid back to back; the shortest lengths still to come must fit each lane (less
/// the stretches its pins leave too short for any other topic) and each clique of mutually exclusive topics its span and
/// the release-to-deadline intervals of its members; a state where a topic with a window, pin or conflict can no longer
/// start is cut; the minutes are bounded per lane and by an exact clique-to-lane flow above the shortest lengths, and a
/// search stops at its root bound; a feasibility check first fits the added topic into the known timings of the lanes it
/// joins, then lays their order again with the topic at each place; a minutes question with a threshold searches only for
/// timings above it.</para>
/// <para>Results are cached per component (lanes and their topics). A search that reaches its node limit is not exact:
/// a feasibility check then answers no (<see cref="IsFeasibilityExact"/> turns false: the exact packer claims no proof and
/// reports the root weight bound); a minutes search keeps the most minutes it found (<see cref="IsMinutesExact"/> turns
/// false: the exact packer claims no proof, but a finished search still proves the weight, so the gap is 0).</para>
/// </remarks>
internal sealed class LaneTiming
{
    private const long FeasibilityLimit = 100_000;
    private const long MinutesLimit = 50_000;
    private const long StepLimit = 5_000;
    private const int CacheLimit = 200_000;

    private readonly PackingModel _model;
    /// <summary>The component's lanes in ascending order, for <see cref="Key"/> (one slot per lane of the model).</summary>
    private readonly int[] _keyLanes;

    private readonly Dictionary<ComponentKey, bool> _feasible = [];
    private readonly Dictionary<ComponentKey, Timed> _timed = [];
    private readonly Dictionary<ComponentKey, int> _roots = [];
    private readonly Dictionary<ComponentKey, int> _below = [];
    private readonly Dictionary<ComponentKey, Timed> _witness = [];
    private readonly Dictionary<ComponentKey, Timed?> _previousTimings = [];
    private readonly Dictionary<ComponentKey, Timed> _provisional = [];

    /// <summary>
    /// Per component whose feasibility search stopped undecided (tentative, or held to a stage's share): the most nodes it
    /// was given. The search is the same every time (a depth-first search in a fixed order), so with no more nodes it
    /// stops undecided again; such a check answers no at once.
    /// </summary>
    private readonly Dictionary<ComponentKey, long> _undecidedWithin = [];
    private readonly int[] _scratchStart;
    private readonly int[] _scratchLength;
    private readonly List<int> _lanes = [];
    private readonly List<int> _items = [];
    private readonly ReachedTimingStates _reached = new();

    public LaneTiming(PackingModel model)
    {
        _model = model;
        _budget = Math.Max(1, model.Request.SearchNodeLimit);
        _scratchStart = new int[model.Topics.Length];
        _keyLanes = new int[model.Lanes.Count];
        _scratchLength = new int[model.Topics.Length];
        Array.Fill(_scratchStart, -1);
    }

    private readonly long _budget;

    /// <summary>The node limit of the next search: its own limit, but never more than what is left of the request's node budget or of <see cref="WorkLimit"/> (at least 100).</summary>
    private long LimitOf(long own) => Math.Min(own, Math.Max(100, Math.Min(_budget, WorkLimit) - Work));

    /// <summary>
    /// Gets or sets the <see cref="Work"/> no search may take the timing past (beyond the request's node budget). A search
    /// stopped there is undecided as at any limit, for good (unlike <see cref="StageWorkLimit"/>, which holds only
    /// feasibility checks, and only for a stage): the exact packer sets it only for the search of its first optimal leaf,
    /// after the objectives are proven, where an undecided search costs nothing but rule 4's form.
    /// </summary>
    public long WorkLimit { get; set; } = long.MaxValue;

    /// <summary>
    /// Gets or sets whether feasibility checks are tentative, as the heuristic's are: a check not decided within
    /// <see cref="TentativeLimit"/> nodes answers no, is not remembered, and leaves <see cref="IsFeasibilityExact"/> as it
    /// was. The heuristic needs a good agenda soon, not a proof; one undecided check of a large component used to cost
    /// the exact packer its whole budget and every proof (eight parallel rooms linked by conflicts).
    /// </summary>
    public bool Tentative { get; set; }

    /// <summary>
    /// Gets or sets the node limit of a tentative feasibility check: <see cref="DefaultTentativeLimit"/> for the heuristic
    /// packer, less for the exact packer's first incumbent (<see cref="HeuristicPacker.Solve"/>).
    /// </summary>
    public long TentativeLimit { get; set; } = DefaultTentativeLimit;

    /// <summary>The default of <see cref="TentativeLimit"/>.</summary>
    public const long DefaultTentativeLimit = 2_000;

    /// <summary>The fewest topics of a component whose minutes search first lays a timing in time order (<see cref="Solver"/>).</summary>
    private const int ChronologicalFrom = 10;

    /// <summary>Gets a value indicating whether every timing so far was decided within its node limit.</summary>
    public bool IsExact => IsFeasibilityExact && IsMinutesExact;

    /// <summary>Gets a value indicating whether every feasibility check was decided within its limit (then no placement was refused wrongly, and a finished search proves the weight).</summary>
    public bool IsFeasibilityExact => _feasibilityExact && !StageUndecided;

    private bool _feasibilityExact = true;

    /// <summary>
    /// Gets or sets the <see cref="Work"/> a feasibility check or a threshold minutes search (<see cref="MinutesIfAtLeast"/>)
    /// of the exact packer's current stage may take the timing to (at least 1 node more): a search undecided there answers
    /// no, is remembered as an answer nowhere (only as undecided within so many nodes), and sets
    /// <see cref="StageUndecided"/> (a feasibility check) or <see cref="StageMinutesUndecided"/> (a minutes search) instead
    /// of clearing <see cref="IsFeasibilityExact"/> or <see cref="IsMinutesExact"/> for good.
    /// </summary>
    public long StageWorkLimit { get; set; } = long.MaxValue;

    /// <summary>
    /// Gets or sets whether a feasibility check of the current stage stopped at <see cref="StageWorkLimit"/>: until the
    /// exact packer clears it (as the next stage begins), <see cref="IsFeasibilityExact"/> is false.
    /// </summary>
    public bool StageUndecided { get; set; }

    /// <summary>
    /// Gets or sets whether a threshold minutes search of the current stage stopped at <see cref="StageWorkLimit"/>: until
    /// the exact packer clears it (as the next stage begins), <see cref="IsMinutesExact"/> is false. A leaf of the first
    /// stage (a fiftieth of the round's share) used to search a 24-topic component's minutes with its own 50,000 nodes, twice
    /// in the first round of eight-lane instance 204, whose budget the climb then lacked.
    /// </summary>
    public bool StageMinutesUndecided { get; set; }

    /// <summary>Gets a value indicating whether every minutes search finished within its limit (then the topic minutes of timed lanes are the most possible).</summary>
    public bool IsMinutesExact => _minutesExact && !StageMinutesUndecided;

    /// <summary>Gets a value indicating whether no search of the current stage stopped at <see cref="StageWorkLimit"/>.</summary>
    public bool IsStageDecided => !StageUndecided && !StageMinutesUndecided;

    /// <summary>Begins a stage of the exact packer: its searches may take the timing to <paramref name="workLimit"/> (<see cref="StageWorkLimit"/>), and none has stopped there yet.</summary>
    public void BeginStage(long workLimit) => (StageWorkLimit, StageUndecided, StageMinutesUndecided) = (workLimit, false, false);

    /// <summary>
    /// The node limit of a search whose own limit is <paramref name="own"/> when it is held to what is left of the stage
    /// (at least 1 node); <paramref name="capped"/> when the stage is what limits it (then an undecided search is the
    /// stage's, not for good).
    /// </summary>
    private long HeldToStage(long own, out bool capped)
    {
        var stage = Math.Max(1, StageWorkLimit - Work);
        capped = stage < own;
        return Math.Min(own, stage);
    }

    private bool _minutesExact = true;

    /// <summary>
    /// Per component and threshold: the nodes within which a minutes search held to a stage stopped undecided, and the
    /// minutes of the timing it found on the way (-1 if none: <see cref="TimeAtLeast"/>).
    /// </summary>
    private readonly Dictionary<(ComponentKey Key, int Needed), (long Nodes, int Minutes)> _minutesUndecidedWithin = [];

    /// <summary>
    /// Per component whose minutes search stopped at its own limit (<see cref="MinutesLimit"/>, not a stage's): the
    /// assignment and a lane of it, and the fewest minutes it answered with (for a "not reached", the threshold less
    /// one). Such an answer is right when no timing gives more; <see cref="SettleMinutes"/> asks.
    /// </summary>
    private readonly Dictionary<ComponentKey, (int[] LaneOf, int Lane, int Floor)> _unsettled = [];

    /// <summary>Gets the number of component searches run (not answered from the cache).</summary>
    public long Searches { get; private set; }

    /// <summary>Gets the nodes of the feasibility searches so far.</summary>
    public long FeasibilityNodes { get; private set; }

    /// <summary>Gets the nodes of the minutes searches so far.</summary>
    public long MinutesNodes { get; private set; }

    /// <summary>Gets the nodes of every timing search so far: the exact packer counts them against its node limit.</summary>
    public long Work => FeasibilityNodes + MinutesNodes;

    /// <summary>Gets the number of minutes searches run.</summary>
    public long MinutesSearches { get; private set; }

    /// <summary>Whether the topics assigned by <paramref name="laneOf"/> to the component of <paramref name="lane"/> can all be timed with their shortest lengths.</summary>
    /// <remarks>
    /// The caller has checked the lane's capacity; a component of one lane with no tight topic needs nothing more. When
    /// <paramref name="added"/> (the topic just put in <paramref name="lane"/>) fits a gap of the known timings of the
    /// lanes it joins, that is a timing of the whole component and no search runs.
    /// </remarks>
    public bool IsFeasible(int[] laneOf, int lane, int added = -1)
    {
        if (!Collect(laneOf, lane))
        {
            return true;
        }

        var key = Key(laneOf);
        if (_feasible.TryGetValue(key, out var known))
        {
            return known;
        }

        if (PreviousTiming(laneOf, key) is { } kept)
        {
            // Every topic of the component where it was, and the previous agenda's timing of them still keeps every rule:
            // no search needed, not even a tentative one that might give up (a heuristic re-pack of an unchanged request
            // then moves nothing).
            Remember(_feasible, key, true);
            Remember(_witness, key, kept);
            return true;
        }

        int[] lanes = [.. _lanes];
        int[] items = [.. _items];
        if (added >= 0 && TryInsert(laneOf, lane, added, lanes, items) is { } witness)
        {
            Remember(_feasible, key, true);
            Remember(_witness, key, witness);
            return true;
        }

        var own = LimitOf(FeasibilityLimit);
        var capped = false;
        var limit = Tentative ? Math.Min(TentativeLimit, own) : HeldToStage(own, out capped);
        if ((Tentative || capped) && _undecidedWithin.TryGetValue(key, out var tried) && tried >= limit)
        {
            // The same search stopped undecided with at least as many nodes: it would stop again, as a no.
            StageUndecided |= capped;
            return false;
        }

        var solver = new Solver(_reached, _model, laneOf, [.. lanes], [.. items], maximize: false, limit);
        Searches++;
        var found = solver.Run();
        FeasibilityNodes += solver.Nodes;
        if (solver.Aborted)
        {
            _undecidedWithin[key] = limit;
            if (Tentative)
            {
                // Undecided: no for the heuristic, remembered as an answer nowhere, and no harm to the exact search's proofs.
                return false;
            }

            if (capped)
            {
                // Undecided within the stage's share: no for this stage, remembered as an answer nowhere; the stage proves nothing.
                StageUndecided = true;
                return false;
            }

            _feasibilityExact = false;
        }

        Remember(_feasible, key, found);
        if (found)
        {
            Remember(_witness, key, solver.Result());
        }

        return found;
    }

    /// <summary>Gets the number of feasibility checks answered by fitting the added topic into known timings.</summary>
    public long Insertions { get; private set; }

    /// <summary>
    /// Puts together the known timings of the lanes of the component without <paramref name="added"/> (a timed component's
    /// witness, or back to back with shortest lengths for a lane that needs no timing) and looks for the first grid start
    /// where <paramref name="added"/> fits with its shortest length: inside its lane and windows, clear of its lane's topics
    /// and of the conflicting topics it interacts with. Null when a timing is unknown or nothing fits (then a search decides).
    /// </summary>
    private Timed? TryInsert(int[] laneOf, int lane, int added, int[] lanes, int[] items)
    {
        if (_model.AnchorLane[added] >= 0)
        {
            return null;
        }

        var start = _scratchStart;
        var length = _scratchLength;
        var ok = true;
        laneOf[added] = -1;
        foreach (var x in lanes)
        {
            if (!ok)
            {
                break;
            }

            var first = FirstIn(items, laneOf, x, added);
            if (first < 0 || start[items[first]] >= 0)
            {
                continue;
            }

            if (!Collect(laneOf, x))
            {
                var cursor = _model.Lanes[x].StartMinute;
                foreach (var t in _model.InOrder([.. items.Where(t => t != added && laneOf[t] == x)]))
                {
                    start[t] = cursor;
                    length[t] = _model.Min(t);
                    cursor += length[t];
                }

                continue;
            }

            if (!_witness.TryGetValue(Key(laneOf), out var known))
            {
                ok = false;
                break;
            }

            for (var i = 0; i < known.Topics.Length; i++)
            {
                start[known.Topics[i]] = known.Starts[i];
                length[known.Topics[i]] = known.Lengths[i];
            }
        }

        laneOf[added] = lane;
        var at = ok ? FirstFit(laneOf, lane, added, items) : -1;
        Timed? result = null;
        if (at >= 0)
        {
            start[added] = at;
            length[added] = _model.Min(added);
            result = new Timed([.. items], [.. items.Select(t => start[t])], [.. items.Select(t => length[t])], items.Sum(t => length[t]));
            Insertions++;
        }
        else if (ok)
        {
            result = Relay(laneOf, added, items);
        }

        foreach (var t in items)
        {
            start[t] = -1;
        }

        return result;
    }

    /// <summary>The position in <paramref name="items"/> of the first topic other than <paramref name="added"/> in <paramref name="lane"/>, or -1.</summary>
    private static int FirstIn(int[] items, int[] laneOf, int lane, int added)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] != added && laneOf[items[i]] == lane)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Gets the number of feasibility checks answered by laying the known order again with the added topic (<see cref="Relay"/>).</summary>
    public long Relays { get; private set; }

    /// <summary>
    /// When the added topic fits no gap of the known timings: takes their order (by start, <see cref="_scratchStart"/>), puts
    /// <paramref name="added"/> at each place in it in turn and lays the topics again one after another, each at its earliest
    /// grid start with its shortest length after its lane's last topic, the conflicting topics laid before it (plus the
    /// changeover) and the topics it must follow (a place that lays it before one of them is skipped), inside a window, at
    /// its pin. That is one path of the feasibility search, so a complete one is a valid
    /// timing of the whole component (returned); null when no place gives one (then the search decides).
    /// </summary>
    private Timed? Relay(int[] laneOf, int added, int[] items)
    {
        // The known order: by start, then index (every item but the added one has a known start here).
        var start = _scratchStart;
        var n = items.Length;
        var sequence = new int[n - 1];
        var keys = new long[n - 1];
        var m = 0;
        foreach (var t in items)
        {
            if (t != added)
            {
                keys[m] = ((long)start[t] * laneOf.Length) + t;
                sequence[m++] = t;
            }
        }

        Array.Sort(keys, sequence);
        var order = new int[n];
        var starts = new int[n];
        var ends = new int[n];
        var position = _scratchLength;
        Array.Fill(position, -1);
        Timed? result = null;

        // Place by place: the topics before the added one are laid the same way for every later place, so they are laid
        // once (the prefix); a prefix that cannot be laid leaves no later place either.
        for (var place = 0; place < n; place++)
        {
            order[place] = added;
            Array.Copy(sequence, place, order, place + 1, n - 1 - place);
            var laid = true;
            for (var i = place; i < n && laid; i++)
            {
                laid = LayNext(laneOf, items, order, starts, ends, position, i);
            }

            if (laid)
            {
                Relays++;
                result = new Timed([.. order], [.. starts], [.. order.Select(_model.Min)], order.Sum(_model.Min));
                break;
            }

            for (var i = place; i < n; i++)
            {
                position[order[i]] = -1;
            }

            if (place == n - 1)
            {
                break;
            }

            order[place] = sequence[place];
            if (!LayNext(laneOf, items, order, starts, ends, position, place))
            {
                break;
            }
        }

        Array.Fill(position, 0);
        return result;
    }

    /// <summary>
    /// Lays <c>order[i]</c> for <see cref="Relay"/> after the topics at positions before <paramref name="i"/>: at its
    /// earliest grid start with its shortest length after its lane's last topic, the conflicting topics laid before it
    /// (plus the changeover) and the topics it must follow (false when one of those is not laid before it), inside a
    /// window, at its pin; false when it does not fit.
    /// </summary>
    private bool LayNext(int[] laneOf, int[] items, int[] order, int[] starts, int[] ends, int[] position, int i)
    {
        var t = order[i];
        var lane = laneOf[t];
        var lower = _model.Lanes[lane].StartMinute;
        for (var j = i - 1; j >= 0; j--)
        {
            if (laneOf[order[j]] == lane)
            {
                lower = ends[j];
                break;
            }
        }

        var conflicts = _model.ConflictsWith[t];
        for (var c = 0; c < conflicts.Length; c++)
        {
            var shared = _model.SharesPresenterWith[t][c];
            var j = position[conflicts[c]];
            if (j >= 0 && laneOf[conflicts[c]] != lane && _model.Interacts(lane, laneOf[conflicts[c]], shared))
            {
                lower = Math.Max(lower, ends[j] + (shared ? _model.Request.ChangeoverMinutes : 0));
            }
        }

        // Orders (SlotRequest.After) inside the component: a topic starts after the topics it must follow end, and a
        // place that lays it before one of them is no timing.
        foreach (var p in _model.Predecessors[t])
        {
            if (laneOf[p] >= 0 && Array.IndexOf(items, p) >= 0)
            {
                if (position[p] < 0)
                {
                    return false;
                }

                lower = Math.Max(lower, ends[position[p]]);
            }
        }

        var at = EarliestStart(_model, t, lane, _model.Min(t), lower);
        if (at < 0)
        {
            return false;
        }

        starts[i] = at;
        ends[i] = at + _model.Min(t);
        position[t] = i;
        return true;
    }

    /// <summary>The earliest grid start at or after <paramref name="lower"/> where topic <paramref name="t"/> fits in <paramref name="lane"/> with <paramref name="length"/> minutes (at its pin, inside a window), or -1.</summary>
    private static int EarliestStart(PackingModel model, int t, int lane, int length, int lower)
    {
        var end = model.Lanes[lane].EndMinute;
        var starts = model.WindowStart[t];
        var ends = model.WindowEnd[t];
        if (model.AnchorLane[t] >= 0)
        {
            var pinned = model.AnchorStartMinute[t];
            return pinned >= lower && pinned + length <= end && Solver.InWindow(starts, ends, pinned, length) ? pinned : -1;
        }

        var s = model.GridStartAtOrAfter(lane, lower);
        if (starts.Length == 0)
        {
            return s + length <= end ? s : -1;
        }

        for (var w = 0; w < starts.Length; w++)
        {
            if (ends[w] <= s)
            {
                continue;
            }

            var candidate = model.GridStartAtOrAfter(lane, Math.Max(s, starts[w]));
            if (candidate + length <= Math.Min(ends[w], end))
            {
                return candidate;
            }
        }

        return -1;
    }

    /// <summary>The first grid start of <paramref name="lane"/> where <paramref name="added"/> fits beside the timed <paramref name="items"/>, or -1.</summary>
    private int FirstFit(int[] laneOf, int lane, int added, int[] items)
    {
        var (start, length) = (_scratchStart, _scratchLength);
        var min = _model.Min(added);
        var end = _model.Lanes[lane].EndMinute;
        var conflicts = _model.ConflictsWith[added];
        for (var s = _model.Lanes[lane].StartMinute; s + min <= end; s += _model.Grid)
        {
            if (!Solver.InWindow(_model.WindowStart[added], _model.WindowEnd[added], s, min))
            {
                continue;
            }

            var clear = true;
            foreach (var t in items)
            {
                if (t != added && laneOf[t] == lane && s < start[t] + length[t] && start[t] < s + min)
                {
                    clear = false;
                    break;
                }
            }

            for (var c = 0; clear && c < conflicts.Length; c++)
            {
                var u = conflicts[c];
                var y = laneOf[u];
                var shared = _model.SharesPresenterWith[added][c];
                if (y < 0 || y == lane || !_model.Interacts(lane, y, shared))
                {
                    continue;
                }

                var gap = shared ? _model.Request.ChangeoverMinutes : 0;
                clear = s + min + gap <= start[u] || start[u] + length[u] + gap <= s;
            }

            // Orders with timed topics of the component (the others are settled by their lanes).
            foreach (var u in _model.Predecessors[added])
            {
                clear &= laneOf[u] < 0 || start[u] < 0 || Array.IndexOf(items, u) < 0 || start[u] + length[u] <= s;
            }

            foreach (var u in _model.Successors[added])
            {
                clear &= laneOf[u] < 0 || start[u] < 0 || Array.IndexOf(items, u) < 0 || s + min <= start[u];
            }

            if (clear)
            {
                return s;
            }
        }

        return -1;
    }

    /// <summary>The most topic minutes of every lane: back to back where nothing is tight, timed components otherwise.</summary>
    public int Minutes(int[] laneOf) => SumMinutes(laneOf, exact: true);

    /// <summary>
    /// The topic minutes of every lane with each timed component laid in time order only (its known timing when it has
    /// one): no search, so a lower bound on <see cref="Minutes"/> found in a few steps per topic; -1 when a component
    /// cannot be laid that way. A component laid is remembered as feasible, with its timing as the witness; the topics
    /// laid count as minutes nodes.
    /// </summary>
    public int LaidMinutes(int[] laneOf)
    {
        var total = UntimedMinutes(laneOf, out var seeds);
        foreach (var lane in seeds)
        {
            Collect(laneOf, lane);
            var key = Key(laneOf);
            if (KnownTiming(key) is { } known)
            {
                total += known.Minutes;
                continue;
            }

            var solver = new Solver(_reached, _model, laneOf, _lanes, _items, maximize: true, 1);
            var minutes = solver.LaidInTimeOrderOnly();
            MinutesNodes += _items.Count;
            if (minutes < 0)
            {
                return -1;
            }

            // A timing laid is a witness that the component is feasible: the feasibility check never searches for it again.
            Remember(_feasible, key, true);
            if (!_witness.ContainsKey(key))
            {
                Remember(_witness, key, solver.Result());
            }

            total += minutes;
        }

        return total;
    }

    /// <summary>
    /// The topic minutes of every lane, each timed component searched within <paramref name="limit"/> nodes: its most
    /// minutes when the search finishes (remembered as <see cref="Minutes"/> would), otherwise the most minutes of the
    /// timings the search found or laid in time order, remembered only as a known timing (<see cref="KnownTiming"/>: for <see cref="Lay"/> and <see cref="LaidMinutes"/>), and the search says nothing
    /// (<see cref="IsMinutesExact"/> stays as it was). -1 when a component has neither. For the exact packer's first
    /// incumbent (the heuristic's agenda): a lower bound on its minutes is enough to cut with, and its exact minutes,
    /// where a search cannot settle them, used to cost eight-lane instances 126, 204, 236 and 262 a search of 55,000
    /// nodes and every proof the search could give (an undecided minutes search).
    /// </summary>
    public int ProvisionalMinutes(int[] laneOf, long limit)
    {
        var total = UntimedMinutes(laneOf, out var seeds);
        foreach (var lane in seeds)
        {
            Collect(laneOf, lane);
            var key = Key(laneOf);
            if (_timed.TryGetValue(key, out var known))
            {
                total += known.Minutes;
                continue;
            }

            Searches++;
            MinutesSearches++;
            var solver = new Solver(_reached, _model, laneOf, _lanes, _items, maximize: true, LimitOf(limit));
            var found = solver.Run();
            MinutesNodes += solver.Nodes;
            Timed? timed = found ? solver.Result() : null;
            if (!solver.Aborted && timed is not null)
            {
                Remember(_timed, key, timed);
                total += timed.Minutes;
                continue;
            }

            var layer = new Solver(_reached, _model, laneOf, _lanes, _items, maximize: true, 1);
            MinutesNodes += _items.Count;
            if (layer.LaidInTimeOrderOnly() >= 0 && (timed is null || layer.Result().Minutes > timed.Minutes))
            {
                timed = layer.Result();
            }

            if (timed is null)
            {
                return -1;
            }

            Remember(_provisional, key, timed);
            total += timed.Minutes;
        }

        return total;
    }

    /// <summary>
    /// The best timing known for the component <paramref name="key"/>: a search's (<see cref="Time"/>), or a provisional
    /// one (<see cref="ProvisionalMinutes"/>) when it gives more minutes; null when there is neither.
    /// </summary>
    private Timed? KnownTiming(ComponentKey key)
    {
        var timed = _timed.GetValueOrDefault(key);
        return _provisional.TryGetValue(key, out var provisional) && (timed is null || provisional.Minutes > timed.Minutes) ? provisional : timed;
    }

    /// <summary>
    /// An upper bound on <see cref="Minutes"/> without a search: a component already timed counts its minutes, any other
    /// the root bound of its search (per lane, and per clique of topics that exclude each other across lanes).
    /// </summary>
    public int MinutesBound(int[] laneOf) => SumMinutes(laneOf, exact: false);

    private int SumMinutes(int[] laneOf, bool exact)
    {
        var total = UntimedMinutes(laneOf, out var seeds);
        foreach (var lane in seeds)
        {
            Collect(laneOf, lane);
            total += exact ? Time(laneOf).Minutes : RootBound(laneOf);
        }

        return total;
    }

    /// <summary>The minutes of the lanes that run back to back (no timing needed), and one lane of each timed component in <paramref name="seeds"/>.</summary>
    private int UntimedMinutes(int[] laneOf, out List<int> seeds)
    {
        var total = 0;
        var seen = new bool[_model.Lanes.Count];
        var used = UsedMax(laneOf, out var any);
        seeds = [];
        for (var lane = 0; lane < seen.Length; lane++)
        {
            if (seen[lane] || !any[lane])
            {
                continue;
            }

            if (!Collect(laneOf, lane))
            {
                seen[lane] = true;
                total += Math.Min(_model.Lanes[lane].Capacity, used[lane]);
                continue;
            }

            foreach (var l in _lanes)
            {
                seen[l] = true;
            }

            seeds.Add(lane);
        }

        return total;
    }

    /// <summary>
    /// The most topic minutes of every lane when they reach <paramref name="needed"/>, otherwise -1 (also when a minutes
    /// search stopped at its limit below it: <see cref="IsMinutesExact"/> then turns false). Each timed component is asked
    /// only for what it must reach given the root bounds of the others, so a search that cannot get there stops early.
    /// </summary>
    public int MinutesIfAtLeast(int[] laneOf, int needed)
    {
        var total = UntimedMinutes(laneOf, out var lanes);
        var seeds = new List<(int Lane, int Bound)>();
        foreach (var lane in lanes)
        {
            Collect(laneOf, lane);
            var bound = RootBound(laneOf);
            seeds.Add((lane, bound));
            total += bound;
        }

        foreach (var (lane, bound) in seeds)
        {
            if (total < needed)
            {
                return -1;
            }

            Collect(laneOf, lane);
            var minutes = TimeAtLeast(laneOf, needed - (total - bound), step: false, out _);
            if (minutes < 0)
            {
                return -1;
            }

            total += minutes - bound;
        }

        return total >= needed ? total : -1;
    }

    /// <summary>
    /// Down from the root bound towards <paramref name="needed"/>, one grid step at a time (at most three steps of at most
    /// 5,000 nodes): a search that must beat a high floor is cut hard, and each one that finds nothing proves the minutes
    /// lower, so the first that finds a timing has found the most (returned, and remembered). -1 when no step decided it: a
    /// step that stops at its limit says nothing, and the plain search after it decides.
    /// </summary>
    private int StepDown(int[] laneOf, int needed)
    {
        var g = _model.Grid;
        var top = RootBound(laneOf) / g * g;
        for (var n = top; n > 0 && n > needed && n > top - (3 * g); n -= g)
        {
            var minutes = TimeAtLeast(laneOf, n, step: true, out var aborted);
            if (minutes >= 0 || aborted)
            {
                return minutes;
            }
        }

        return -1;
    }

    /// <summary>The component's most minutes when they reach <paramref name="needed"/>, otherwise -1; remembers a proven "fewer than".</summary>
    private int TimeAtLeast(int[] laneOf, int needed, bool step, out bool aborted)
    {
        aborted = false;
        var key = Key(laneOf);
        if (_timed.TryGetValue(key, out var known))
        {
            return known.Minutes >= needed ? known.Minutes : -1;
        }

        if (_below.TryGetValue(key, out var below) && needed >= below)
        {
            return -1;
        }

        if (UnchangedAndBest(laneOf, key) is { } kept)
        {
            return kept.Minutes >= needed ? kept.Minutes : -1;
        }

        // A step's limit is its own; a plain search is held to what is left of the stage's (as a feasibility check is).
        var capped = false;
        var limit = step ? LimitOf(StepLimit) : HeldToStage(LimitOf(MinutesLimit), out capped);
        if (capped && _minutesUndecidedWithin.TryGetValue((key, needed), out var tried) && tried.Nodes >= limit)
        {
            // The same search stopped undecided with at least as many nodes: it would stop again, with the same timing.
            (StageMinutesUndecided, aborted) = (true, true);
            return tried.Minutes;
        }

        Searches++;
        MinutesSearches++;
        var solver = new Solver(_reached, _model, laneOf, _lanes, _items, maximize: true, limit, floor: needed - 1);
        var found = solver.Run();
        MinutesNodes += solver.Nodes;
        aborted = solver.Aborted;
        if (solver.Aborted && capped)
        {
            // Undecided within the stage's share: not reached for this stage, which proves nothing; a later stage asks again.
            StageMinutesUndecided = true;
            _minutesUndecidedWithin[(key, needed)] = (limit, found ? solver.Result().Minutes : -1);
        }

        // Stopped at its own limit (a step's limit is its own too, but the plain search after it decides): the answer stands
        // unsettled until SettleMinutes confirms it.
        var unsettled = solver.Aborted && !capped && !step;

        // A search held to the stage that stopped leaves nothing behind as the component's most minutes: a later stage,
        // whose IsMinutesExact is true again, must not take a timing found on the way for them.
        var held = capped && solver.Aborted;
        if (found)
        {
            var timed = solver.Result();
            if (!held)
            {
                Remember(_timed, key, timed);
            }

            return Answered(timed.Minutes);
        }

        if (!solver.Aborted)
        {
            Remember(_below, key, needed);
        }
        else if (!step && PreviousTiming(laneOf, key) is { } previous && previous.Minutes >= needed)
        {
            // Stopped at its limit, but the previous agenda's own timing of these lanes reaches what was asked.
            if (held)
            {
                _minutesUndecidedWithin[(key, needed)] = (limit, previous.Minutes);
            }
            else
            {
                Remember(_timed, key, previous);
            }

            return Answered(previous.Minutes);
        }

        return Answered(-1);

        int Answered(int minutes)
        {
            if (unsettled)
            {
                Unsettle(laneOf, key, minutes >= 0 ? minutes : needed - 1);
            }

            return minutes;
        }
    }

    /// <summary>Marks the minutes not exact, and remembers the answer of the collected component's search that stopped at its own limit.</summary>
    private void Unsettle(int[] laneOf, ComponentKey key, int floor)
    {
        _minutesExact = false;
        if (!_unsettled.TryGetValue(key, out var known) || floor < known.Floor)
        {
            _unsettled[key] = ([.. laneOf], _lanes[0], floor);
        }
    }

    /// <summary>
    /// Asks again, within <paramref name="limit"/> nodes in all, every minutes search that stopped at its own limit
    /// (<see cref="MinutesLimit"/>) whether some timing of its component gives more minutes than it answered; when none
    /// does, every answer was the component's most (or a right "not reached"), so <see cref="IsMinutesExact"/> turns true
    /// again. For the exact packer once its search has finished with every feasibility check decided: that search then
    /// proves the minutes too. A property's random request (nine topics in three rooms, four presenters each in three to
    /// five topics) had its weight proven and its minutes not, after a search of 114,382 nodes, because one component's
    /// minutes search stopped at 50,000 nodes with the right answer. Nothing changes when a search stops again or finds
    /// more.
    /// </summary>
    public void SettleMinutes(long limit)
    {
        var end = Work + limit;
        foreach (var (laneOf, lane, floor) in _unsettled.Values)
        {
            Collect(laneOf, lane);
            Searches++;
            MinutesSearches++;
            var solver = new Solver(_reached, _model, laneOf, _lanes, _items, maximize: true, Math.Max(1, end - Work), floor);
            var found = solver.Run();
            MinutesNodes += solver.Nodes;
            if (found || solver.Aborted)
            {
                return;
            }
        }

        _unsettled.Clear();
        _minutesExact = true;
    }

    private int RootBound(int[] laneOf)
    {
        var key = Key(laneOf);
        if (_timed.TryGetValue(key, out var known))
        {
            return known.Minutes;
        }

        if (!_roots.TryGetValue(key, out var bound))
        {
            bound = new Solver(_reached, _model, laneOf, _lanes, _items, maximize: true, 1).RootBound();
            Remember(_roots, key, bound);
        }

        return bound;
    }

    /// <summary>Per topic, the start minute and length of the topics in timed components (-1 elsewhere; every other lane runs back to back): a component's provisional timing (<see cref="ProvisionalMinutes"/>) unless a search timed it better.</summary>
    public (int[] Start, int[] Length) Lay(int[] laneOf) => LayTimings(laneOf, knownOnly: false);

    /// <summary>
    /// As <see cref="Lay"/>, but only from the timings already known (searched or provisional): no search runs, and the
    /// topics of a component with none have start -1 and length 0.
    /// </summary>
    public (int[] Start, int[] Length) LayKnown(int[] laneOf) => LayTimings(laneOf, knownOnly: true);

    private (int[] Start, int[] Length) LayTimings(int[] laneOf, bool knownOnly)
    {
        var n = laneOf.Length;
        var start = new int[n];
        var length = new int[n];
        Array.Fill(start, -1);
        var seen = new bool[_model.Lanes.Count];
        for (var lane = 0; lane < seen.Length; lane++)
        {
            if (seen[lane] || !Collect(laneOf, lane))
            {
                continue;
            }

            foreach (var l in _lanes)
            {
                seen[l] = true;
            }

            if ((KnownTiming(Key(laneOf)) ?? (knownOnly ? null : Time(laneOf))) is not { } timed)
            {
                continue;
            }

            for (var i = 0; i < timed.Topics.Length; i++)
            {
                start[timed.Topics[i]] = timed.Starts[i];
                length[timed.Topics[i]] = timed.Lengths[i];
            }
        }

        return (start, length);
    }

    private Timed Time(int[] laneOf)
    {
        var key = Key(laneOf);
        if (_timed.TryGetValue(key, out var known))
        {
            return known;
        }

        if (UnchangedAndBest(laneOf, key) is { } kept)
        {
            return kept;
        }

        if (StepDown(laneOf, 1) >= 0)
        {
            return _timed[key];
        }

        Searches++;
        MinutesSearches++;
        var solver = new Solver(_reached, _model, laneOf, _lanes, _items, maximize: true, LimitOf(MinutesLimit));
        var found = solver.Run();
        MinutesNodes += solver.Nodes;
        var aborted = solver.Aborted;
        if (!found)
        {
            // Not even one timing within the limit: take the first feasible one with shortest lengths.
            solver = new Solver(_reached, _model, laneOf, _lanes, _items, maximize: false, long.MaxValue);
            found = solver.Run();
        }

        var timed = found ? solver.Result() : new Timed([.. _items], [.. _items.Select(_ => -1)], [.. _items.Select(_ => 0)], 0);
        if (PreviousTiming(laneOf, key) is { } previous && previous.Minutes > timed.Minutes)
        {
            // The search stopped at its limit below the previous agenda's own timing of these lanes: keep that one.
            timed = previous;
        }

        if (aborted)
        {
            Unsettle(laneOf, key, timed.Minutes);
        }

        Remember(_timed, key, timed);
        return timed;
    }

    /// <summary>
    /// The previous agenda's own timing of the collected component (<see cref="PreviousTiming"/>) when it still gives the
    /// most minutes the component's root bound allows, remembered as its timing; otherwise null. A re-pack that leaves a
    /// component as it was then keeps its starts, where a search would return its own first timing of those minutes and
    /// move starts for nothing.
    /// </summary>
    private Timed? UnchangedAndBest(int[] laneOf, ComponentKey key)
    {
        if (PreviousTiming(laneOf, key) is not { } previous || previous.Minutes < RootBound(laneOf))
        {
            return null;
        }

        Remember(_timed, key, previous);
        return previous;
    }

    /// <summary>
    /// The previous agenda's timing of the collected component when every topic in it kept its previous lane and that
    /// timing still keeps every rule of the current request, otherwise null: a timing the packer can always fall back on,
    /// so that a minutes search stopped at its limit never makes an unchanged agenda look worse than it was.
    /// </summary>
    private Timed? PreviousTiming(int[] laneOf, ComponentKey key)
    {
        if (_model.Request.Previous is null || _items.Exists(t => _model.PreviousLane[t] != laneOf[t]))
        {
            return null;
        }

        // Asked by the feasibility check, the minutes searches and their fallbacks of one component: checked once.
        if (!_previousTimings.TryGetValue(key, out var known))
        {
            known = KeptTiming(laneOf);
            Remember(_previousTimings, key, known);
        }

        return known;
    }

    /// <summary>The previous agenda's placements of the collected component's topics as a timing, when they keep every rule of the current request.</summary>
    private Timed? KeptTiming(int[] laneOf)
    {

        // The previous agenda's placements of these topics, checked by the composer's rules (the natural model's).
        var n = laneOf.Length;
        var (lanes, starts, lengths) = (new int[n], new int[n], new int[n]);
        Array.Fill(lanes, -1);
        foreach (var t in _items)
        {
            (lanes[t], starts[t], lengths[t]) = (laneOf[t], _model.PreviousStartMinute[t], _model.PreviousLength[t]);
        }

        return AgendaComposer.Keeps(_model, lanes, starts, lengths)
            ? new Timed([.. _items], [.. _items.Select(t => starts[t])], [.. _items.Select(t => lengths[t])], _items.Sum(t => lengths[t]))
            : null;
    }

    private static void Remember<T>(Dictionary<ComponentKey, T> cache, ComponentKey key, T value)
    {
        if (cache.Count >= CacheLimit)
        {
            cache.Clear();
        }

        cache[key] = value;
    }

    private int[] UsedMax(int[] laneOf, out bool[] any)
    {
        var used = new int[_model.Lanes.Count];
        any = new bool[used.Length];
        for (var t = 0; t < laneOf.Length; t++)
        {
            if (laneOf[t] >= 0)
            {
                used[laneOf[t]] += _model.Max(t);
                any[laneOf[t]] = true;
            }
        }

        return used;
    }

    /// <summary>Fills <see cref="_lanes"/> and <see cref="_items"/> with the component of <paramref name="lane"/>; true when it needs timing.</summary>
    private bool Collect(int[] laneOf, int lane)
    {
        _lanes.Clear();
        _items.Clear();
        _lanes.Add(lane);
        var tight = false;
        for (var k = 0; k < _lanes.Count; k++)
        {
            var x = _lanes[k];
            for (var t = 0; t < laneOf.Length; t++)
            {
                if (laneOf[t] != x)
                {
                    continue;
                }

                _items.Add(t);
                tight |= _model.IsTight(t, x);
                var conflicts = _model.ConflictsWith[t];
                for (var c = 0; c < conflicts.Length; c++)
                {
                    var y = laneOf[conflicts[c]];
                    if (y >= 0 && y != x && !_lanes.Contains(y) && _model.Interacts(x, y, _model.SharesPresenterWith[t][c]))
                    {
                        _lanes.Add(y);
                    }
                }

                // An order between lanes that overlap in time (the first does not end before the other starts) needs real times.
                foreach (var p in _model.Predecessors[t])
                {
                    var y = laneOf[p];
                    if (y >= 0 && !_lanes.Contains(y) && _model.OrderNeedsTiming(y, x))
                    {
                        _lanes.Add(y);
                    }
                }

                foreach (var u in _model.Successors[t])
                {
                    var y = laneOf[u];
                    if (y >= 0 && !_lanes.Contains(y) && _model.OrderNeedsTiming(x, y))
                    {
                        _lanes.Add(y);
                    }
                }
            }
        }

        return tight || _lanes.Count > 1;
    }

    /// <summary>The component's (lane, topic) pairs, lanes ascending: <see cref="Collect"/> lists each lane's topics in index order.</summary>
    private ComponentKey Key(int[] laneOf)
    {
        var items = new int[_items.Count * 2];
        var i = 0;
        var lanes = _keyLanes;
        _lanes.CopyTo(lanes);
        Array.Sort(lanes, 0, _lanes.Count);
        foreach (var lane in lanes.AsSpan(0, _lanes.Count))
        {
            foreach (var t in _items)
            {
                if (laneOf[t] == lane)
                {
                    items[i++] = lane;
                    items[i++] = t;
                }
            }
        }

        return new ComponentKey(items);
    }

    /// <summary>The timing of one component: per topic (in <see cref="Topics"/> order) its start minute and length.</summary>
    internal sealed record Timed(int[] Topics, int[] Starts, int[] Lengths, int Minutes);

    private readonly struct ComponentKey(int[] items) : IEquatable<ComponentKey>
    {
        private readonly int[] _items = items;
        private readonly int _hash = Hash(items);

        public bool Equals(ComponentKey other) => _items.AsSpan().SequenceEqual(other._items);

        public override bool Equals(object? obj) => obj is ComponentKey other && Equals(other);

        public override int GetHashCode() => _hash;

        private static int Hash(int[] items)
        {
            var hash = 17;
            foreach (var v in items)
            {
                hash = unchecked((hash * 31) + v);
            }

            return hash;
        }
    }

    /// <summary>One search over the orders (and lengths) of a component's topics.</summary>
    private sealed class Solver
    {
        private readonly PackingModel _model;
        private readonly int[] _topic;
        private readonly int[] _lane;
        private readonly int[] _slot;
        private readonly int[] _cursor;
        private readonly int[] _slotEnd;
        /// <summary>Per pair of topics (row-major, <c>i * k + j</c>): whether their order matters (same lane, a conflict between interacting lanes, or an order).</summary>
        private readonly bool[] _dependent;
        private readonly (int Other, int Gap)[][] _after;
        private readonly bool _maximize;
        private readonly long _limit;
        /// <summary>Per item: its start in the search (made by <see cref="PrepareSearch"/>, with <see cref="_bestStart"/>, <see cref="_bestEnd"/>, <see cref="_bounds"/> and <see cref="_twinBefore"/>: a solver made only for <see cref="RootBound"/> never needs them).</summary>
        private int[] _start = [];
        private readonly int[] _end;
        private readonly bool[] _done;
        private int _upper;
        private int[] _bestStart = [];
        private int[] _bestEnd = [];
        private readonly bool[] _relevant;

        /// <summary>Per item: the items (positions) that must end before it starts (<see cref="SlotRequest.After"/>) in this component.</summary>
        private readonly int[][] _pred;

        /// <summary>Per item: whether an order (<see cref="SlotRequest.After"/>) ties it to another item of this component.</summary>
        private readonly bool[] _ordered;
        private int[] _twinBefore = [];
        private int[] _bounds = [];
        private readonly int[] _slotLane;
        private readonly bool[] _free;
        private readonly int[] _minLeft;
        private readonly int[] _maxLeft;
        private readonly int[] _hardLeft;
        private readonly int[] _clique;
        private readonly int _cliques;
        private readonly int[] _cliqueMax;
        private readonly int[] _cliqueMin;

        /// <summary>Scratch for <see cref="Flow"/>: the cliques that are its nodes.</summary>
        private readonly int[] _active;

        /// <summary>Scratch for <see cref="Overloaded"/>: a clique's undecided members by latest end.</summary>
        private readonly int[] _members;
        private readonly int[] _cliqueFrom;
        private readonly int[] _cliqueTo;
        private readonly int[] _freeMax;
        private readonly int[] _residual;
        /// <summary>The table of the states reached (<see cref="Dominated"/>): the <see cref="LaneTiming"/>'s, claimed when this search first records one; never used for more than 64 topics.</summary>
        private readonly ReachedTimingStates _reached;
        private int _best;
        /// <summary>Set by <see cref="CliquesFit"/> when maximizing: the most grid steps of idle time all lanes together may still leave (<see cref="Sequenced"/>).</summary>
        private int _idle = int.MaxValue;
        private bool _found;
        private int _minutes;
        private long _nodes;
        private ulong _mask;

        /// <summary>
        /// A search over the component's <paramref name="items"/> in <paramref name="lanes"/>; when maximizing, only timings
        /// with more topic minutes than <paramref name="floor"/> count (the search cuts everything else). A solver made only
        /// to lay in time order (<see cref="LaidInTimeOrderOnly"/>, then <see cref="Result"/>) builds the cliques too: the
        /// layout leaves each clique's other members their shortest lengths (<see cref="Chronological"/>).
        /// </summary>
        public Solver(ReachedTimingStates reached, PackingModel model, int[] laneOf, List<int> lanes, List<int> items, bool maximize, long limit, int floor = -1)
        {
            _best = floor;
            _reached = reached;
            _model = model;
            _maximize = maximize;
            _limit = limit;
            // Topics by lane (in the order of lanes), then by index; built without LINQ: a solver is made per timing query.
            var k = items.Count;
            _topic = new int[k];
            _lane = new int[k];
            _slot = new int[k];
            var filled = 0;
            for (var x = 0; x < lanes.Count; x++)
            {
                var from = filled;
                foreach (var t in items)
                {
                    if (laneOf[t] == lanes[x])
                    {
                        _topic[filled++] = t;
                    }
                }

                Array.Sort(_topic, from, filled - from);
                for (var i = from; i < filled; i++)
                {
                    _lane[i] = lanes[x];
                    _slot[i] = x;
                }
            }

            System.Diagnostics.Debug.Assert(filled == k, "Every item is in a lane of the component.");
            _cursor = new int[lanes.Count];
            _slotEnd = new int[lanes.Count];
            for (var x = 0; x < lanes.Count; x++)
            {
                _cursor[x] = model.Lanes[lanes[x]].StartMinute;
                _slotEnd[x] = model.Lanes[lanes[x]].EndMinute;
            }

            _end = new int[k];
            _done = new bool[k];
            _dependent = new bool[k * k];
            _after = new (int, int)[k][];
            _pred = new int[k][];
            _ordered = new bool[k];
            var position = new int[model.Topics.Length];
            Array.Fill(position, -1);
            for (var i = 0; i < k; i++)
            {
                position[_topic[i]] = i;
            }

            for (var i = 0; i < k; i++)
            {
                List<(int, int)>? after = null;
                var conflicts = model.ConflictsWith[_topic[i]];
                for (var c = 0; c < conflicts.Length; c++)
                {
                    var j = position[conflicts[c]];
                    if (j < 0 || _lane[j] == _lane[i])
                    {
                        continue;
                    }

                    var shared = model.SharesPresenterWith[_topic[i]][c];
                    if (model.Interacts(_lane[i], _lane[j], shared))
                    {
                        (after ??= []).Add((j, shared ? model.Request.ChangeoverMinutes : 0));
                        _dependent[(i * _topic.Length) + j] = true;
                        _dependent[(j * _topic.Length) + i] = true;
                    }
                }

                _after[i] = after is null ? [] : [.. after];
                _pred[i] = Positions(model.Predecessors[_topic[i]], position);
                foreach (var j in _pred[i])
                {
                    _dependent[(i * _topic.Length) + j] = true;
                    _dependent[(j * _topic.Length) + i] = true;
                    _ordered[j] = true;
                    _ordered[i] = true;
                }

                for (var j = 0; j < k; j++)
                {
                    if (_slot[j] == _slot[i])
                    {
                        _dependent[(i * _topic.Length) + j] = true;
                    }
                }
            }

            for (var s = 0; s < lanes.Count; s++)
            {
                var max = 0;
                for (var i = 0; i < k; i++)
                {
                    if (_slot[i] == s)
                    {
                        max += model.Max(_topic[i]);
                    }
                }

                _upper += Math.Min(max, model.Lanes[lanes[s]].Capacity);
            }

            _relevant = new bool[k];
            for (var i = 0; i < k; i++)
            {
                _relevant[i] = _after[i].Length > 0 || _ordered[i];
            }

            _slotLane = [.. lanes];
            _free = new bool[k];
            _minLeft = new int[lanes.Count];
            _maxLeft = new int[lanes.Count];
            _hardLeft = new int[lanes.Count];
            for (var i = 0; i < k; i++)
            {
                var t = _topic[i];
                _free[i] = _after[i].Length == 0 && !_ordered[i] && !model.IsTight(t, _lane[i]);
                _minLeft[_slot[i]] += model.Min(t);
                _maxLeft[_slot[i]] += model.Max(t);
                _hardLeft[_slot[i]] += _free[i] ? 0 : 1;
            }

            _clique = BuildCliques(out _cliques);

            _cliqueMax = new int[_cliques * lanes.Count];
            _cliqueMin = new int[_cliques];
            _active = new int[_cliques];
            _members = new int[k];
            _cliqueFrom = new int[_cliques];
            _cliqueTo = new int[_cliques];
            _freeMax = new int[lanes.Count];
            _residual = new int[lanes.Count];
            _pins = new int[lanes.Count][];
            for (var x = 0; x < lanes.Count; x++)
            {
                _pins[x] = Pins(x);
            }

            _release = new int[k];
            _deadline = new int[k];
            _cliqueDone = new int[_cliques];
        }

        /// <summary>The positions in this component of <paramref name="topics"/> (those that are in it), in their order.</summary>
        private static int[] Positions(int[] topics, int[] position)
        {
            var count = 0;
            foreach (var t in topics)
            {
                count += position[t] >= 0 ? 1 : 0;
            }

            if (count == 0)
            {
                return [];
            }

            var result = new int[count];
            count = 0;
            foreach (var t in topics)
            {
                if (position[t] >= 0)
                {
                    result[count++] = position[t];
                }
            }

            return result;
        }

        /// <summary>The items of lane <paramref name="slot"/> with a pinned start, by start (then position).</summary>
        private int[] Pins(int slot)
        {
            var count = 0;
            for (var i = 0; i < _topic.Length; i++)
            {
                count += _slot[i] == slot && _model.AnchorLane[_topic[i]] >= 0 ? 1 : 0;
            }

            if (count == 0)
            {
                return [];
            }

            var pins = new int[count];
            var starts = new int[count];
            count = 0;
            for (var i = 0; i < _topic.Length; i++)
            {
                if (_slot[i] == slot && _model.AnchorLane[_topic[i]] >= 0)
                {
                    starts[count] = _model.AnchorStartMinute[_topic[i]];
                    pins[count++] = i;
                }
            }

            // A stable sort by start, as OrderBy was: positions ascend within equal starts.
            Array.Sort(starts, pins);
            for (var a = 1; a < count; a++)
            {
                for (var b = a; b > 0 && starts[b] == starts[b - 1] && pins[b] < pins[b - 1]; b--)
                {
                    (pins[b], pins[b - 1]) = (pins[b - 1], pins[b]);
                }
            }

            return pins;
        }

        /// <summary>
        /// Splits the topics into disjoint cliques of topics that exclude each other in time (one lane, or a conflict
        /// between interacting lanes), keeping those that span two lanes or more and hold a topic that waits for a
        /// conflicting one: such a clique runs one topic after another, so its lengths sum to no more than the span of its
        /// lanes. Cliques are taken greedily by the minutes they must lose (longest lengths beyond their span), the most
        /// first, among the maximal cliques of the topics left (listed with Bron–Kerbosch, at most
        /// <see cref="CliquesListed"/> per round; components of more than 64 topics grow each clique from each topic,
        /// longest first). Growing from a topic took its lane mates first and missed the clique across lanes that cannot
        /// fit at all: five conflicting topics of 130 minutes in a 120-minute session (eight-lane instance 299), whose
        /// feasibility check then searched 100,000 nodes.
        /// </summary>
        private int[] BuildCliques(out int count)
        {
            var k = _topic.Length;
            var clique = new int[k];
            Array.Fill(clique, -1);
            count = 0;
            var best = new List<int>();
            var byLength = k <= 64 ? [] : ByLongest();
            while (true)
            {
                best.Clear();
                if (k <= 64)
                {
                    BestListedClique(clique, best);
                }
                else
                {
                    BestGrownClique(clique, byLength, best);
                }

                if (best.Count == 0)
                {
                    return clique;
                }

                foreach (var m in best)
                {
                    clique[m] = count;
                }

                count++;
            }
        }

        /// <summary>The most maximal cliques <see cref="BestListedClique"/> lists per round.</summary>
        private const int CliquesListed = 2_000;

        /// <summary>The minutes a clique must lose: its longest lengths beyond the span of its lanes (<see cref="int.MinValue"/> when it does not qualify).</summary>
        private int Excess(List<int> members)
        {
            var waits = false;
            foreach (var m in members)
            {
                waits |= _after[m].Length > 0 || _ordered[m];
            }

            if (!waits || members.Count == 0 || !SpansLanes(members, _slot[members[0]]))
            {
                return int.MinValue;
            }

            var (from, to, sum) = (int.MaxValue, int.MinValue, 0);
            foreach (var m in members)
            {
                from = Math.Min(from, _model.Lanes[_lane[m]].StartMinute);
                to = Math.Max(to, _slotEnd[_slot[m]]);
                sum += _model.Max(_topic[m]);
            }

            return sum - (to - from);
        }

        /// <summary>Lists the maximal cliques of the topics not in a clique yet (pivoting Bron–Kerbosch over bit masks) and keeps in <paramref name="best"/> the first with the largest <see cref="Excess"/>.</summary>
        private void BestListedClique(int[] clique, List<int> best)
        {
            var k = _topic.Length;
            var adjacent = new ulong[k];
            var open = 0UL;
            for (var i = 0; i < k; i++)
            {
                if (clique[i] >= 0)
                {
                    continue;
                }

                open |= 1UL << i;
                for (var j = 0; j < k; j++)
                {
                    if (j != i && clique[j] < 0 && _dependent[(i * k) + j])
                    {
                        adjacent[i] |= 1UL << j;
                    }
                }
            }

            // The cliques Excess rules out whatever their lengths: none of whose members waits for another, or all in one lane.
            var (waits, bySlot) = (0UL, new ulong[_cursor.Length]);
            for (var i = 0; i < k; i++)
            {
                waits |= _after[i].Length > 0 || _ordered[i] ? 1UL << i : 0;
                bySlot[_slot[i]] |= 1UL << i;
            }

            var bestExcess = int.MinValue;
            var listed = 0;
            var members = new List<int>();
            void Expand(ulong r, ulong p, ulong x)
            {
                if (listed >= CliquesListed)
                {
                    return;
                }

                if (p == 0 && x == 0)
                {
                    listed++;
                    if ((r & waits) == 0 || (r & ~bySlot[_slot[System.Numerics.BitOperations.TrailingZeroCount(r)]]) == 0)
                    {
                        return;
                    }

                    members.Clear();
                    for (var rest = r; rest != 0; rest &= rest - 1)
                    {
                        members.Add(System.Numerics.BitOperations.TrailingZeroCount(rest));
                    }

                    var excess = Excess(members);
                    if (excess > bestExcess)
                    {
                        bestExcess = excess;
                        best.Clear();
                        best.AddRange(members);
                    }

                    return;
                }

                // Pivot: the vertex of P ∪ X with the most neighbours in P.
                var (pivot, most) = (0, -1);
                for (var rest = p | x; rest != 0; rest &= rest - 1)
                {
                    var u = System.Numerics.BitOperations.TrailingZeroCount(rest);
                    var n = System.Numerics.BitOperations.PopCount(p & adjacent[u]);
                    (pivot, most) = n > most ? (u, n) : (pivot, most);
                }

                for (var rest = p & ~adjacent[pivot]; rest != 0; rest &= rest - 1)
                {
                    var v = System.Numerics.BitOperations.TrailingZeroCount(rest);
                    var bit = 1UL << v;
                    Expand(r | bit, p & adjacent[v], x & adjacent[v]);
                    p &= ~bit;
                    x |= bit;
                }
            }

            Expand(0, open, 0);
        }

        /// <summary>The items by longest length, then position.</summary>
        private int[] ByLongest()
        {
            var k = _topic.Length;
            var byLength = new int[k];
            var keys = new long[k];
            for (var i = 0; i < k; i++)
            {
                byLength[i] = i;
                keys[i] = (-(long)_model.Max(_topic[i]) * (k + 1)) + i;
            }

            Array.Sort(keys, byLength);
            return byLength;
        }

        /// <summary>For components of more than 64 topics: grows a clique from each topic that waits for a conflicting one (the others in <paramref name="byLength"/> order, <see cref="ByLongest"/>) and keeps in <paramref name="best"/> the first with the largest <see cref="Excess"/>.</summary>
        private void BestGrownClique(int[] clique, int[] byLength, List<int> best)
        {
            var k = _topic.Length;
            var members = new List<int>();
            var bestExcess = int.MinValue;
            for (var i = 0; i < k; i++)
            {
                if (clique[i] >= 0 || (_after[i].Length == 0 && !_ordered[i]))
                {
                    continue;
                }

                members.Clear();
                members.Add(i);
                foreach (var j in byLength)
                {
                    if (j != i && clique[j] < 0 && DependsOnAll(members, j))
                    {
                        members.Add(j);
                    }
                }

                var excess = Excess(members);
                if (excess > bestExcess)
                {
                    bestExcess = excess;
                    best.Clear();
                    best.AddRange(members);
                }
            }
        }

        private bool DependsOnAll(List<int> members, int j)
        {
            foreach (var m in members)
            {
                if (!_dependent[(m * _topic.Length) + j])
                {
                    return false;
                }
            }

            return true;
        }

        private bool SpansLanes(List<int> members, int slot)
        {
            foreach (var m in members)
            {
                if (_slot[m] != slot)
                {
                    return true;
                }
            }

            return false;
        }

        public bool Aborted { get; private set; }

        public long Nodes => _nodes;

        /// <summary>Whether items <paramref name="a"/> and <paramref name="b"/> are interchangeable: same lane, lengths (only the shortest when not maximizing) and windows, no pin, no conflict in the component.</summary>
        private bool Twins(int a, int b)
        {
            var (ta, tb) = (_topic[a], _topic[b]);
            return _slot[a] == _slot[b] && _after[a].Length == 0 && _after[b].Length == 0 && !_ordered[a] && !_ordered[b]
                && _model.AnchorLane[ta] < 0 && _model.AnchorLane[tb] < 0
                && _model.Min(ta) == _model.Min(tb) && (!_maximize || _model.Max(ta) == _model.Max(tb))
                && _model.WindowStart[ta].AsSpan().SequenceEqual(_model.WindowStart[tb]) && _model.WindowEnd[ta].AsSpan().SequenceEqual(_model.WindowEnd[tb]);
        }

        /// <summary>The bound on the component's topic minutes before any topic is timed (0 when the cliques cannot fit at all).</summary>
        public int RootBound() => CliquesFit(out var cliqueBound) ? Math.Min(Math.Min(Bound(), cliqueBound), StretchBound()) : 0;

        /// <summary>
        /// The most topic minutes when each lane is taken alone and its unpinned topics are split over the stretches its
        /// pinned topics leave (before the first; after each pin's shortest length, which the pin may grow into), every
        /// stretch holding the shortest lengths of its topics on the grid and giving at most its span: the best such
        /// split, found by trying them all (a lane with pins and at most a few thousand splits; any other lane gives its
        /// capacity or its topics' most minutes). A fixed 20-minute topic that must go before a pin with 30 minutes
        /// there and no topic of 10 minutes loses those 10, which the per-lane room of <see cref="Bound"/> does not see.
        /// </summary>
        private int StretchBound()
        {
            var total = 0;
            for (var s = 0; s < _cursor.Length; s++)
            {
                var lane = _model.Lanes[_slotLane[s]];
                var most = 0;
                for (var i = 0; i < _topic.Length; i++)
                {
                    most += _slot[i] == s ? _model.LaneMax(_topic[i], lane.Index) : 0;
                }

                var plain = Math.Min(lane.Capacity, most);
                total += _pins[s].Length == 0 ? plain : Split(s, lane, plain);
            }

            return total;
        }

        /// <summary>
        /// The best split of lane <paramref name="s"/>'s unpinned topics over its stretches (<see cref="StretchBound"/>),
        /// or <paramref name="plain"/> when a first-fit split (each topic in the stretch with the most room left) already
        /// reaches it or the split cannot be tried (more than 4,096 splits, or none fits).
        /// </summary>
        private int Split(int s, Lane lane, int plain)
        {
            var stretches = _model.Stretches(lane.Index);
            Span<int> span = stackalloc int[stretches.Length];
            Span<int> onGrid = stackalloc int[stretches.Length];
            Span<int> growth = stackalloc int[stretches.Length];
            Span<int> usedMin = stackalloc int[stretches.Length];
            Span<int> sumMax = stackalloc int[stretches.Length];
            usedMin.Clear();
            sumMax.Clear();
            for (var k = 0; k < stretches.Length; k++)
            {
                (span[k], onGrid[k], growth[k]) = stretches[k];
            }

            var pinned = 0;
            foreach (var p in _pins[s])
            {
                pinned += _model.Min(_topic[p]);
            }

            Span<int> others = stackalloc int[_topic.Length];
            var count = 0;
            var placed = true;
            for (var i = 0; i < _topic.Length; i++)
            {
                var t = _topic[i];
                if (_slot[i] != s || _model.AnchorLane[t] >= 0)
                {
                    continue;
                }

                others[count++] = t;
                var roomiest = 0;
                for (var k = 1; k < stretches.Length; k++)
                {
                    roomiest = onGrid[k] - usedMin[k] > onGrid[roomiest] - usedMin[roomiest] ? k : roomiest;
                }

                placed &= usedMin[roomiest] + _model.Min(t) <= onGrid[roomiest];
                usedMin[roomiest] += _model.Min(t);
                sumMax[roomiest] += _model.LaneMax(t, lane.Index);
            }

            if (placed && pinned + Gained(span, sumMax, growth) >= plain)
            {
                return plain;
            }

            if (Math.Pow(stretches.Length, count) > 4_096)
            {
                return plain;
            }

            usedMin.Clear();
            sumMax.Clear();
            var best = -1;
            BestSplit(others[..count], lane.Index, span, onGrid, growth, usedMin, sumMax, ref best);
            return best < 0 ? plain : Math.Min(plain, pinned + best);
        }

        /// <summary>The minutes the stretches give: each at most its span, at most the most minutes of its topics and the growth of the pin before it.</summary>
        private static int Gained(ReadOnlySpan<int> span, ReadOnlySpan<int> sumMax, ReadOnlySpan<int> growth)
        {
            var minutes = 0;
            for (var k = 0; k < span.Length; k++)
            {
                minutes += Math.Min(span[k], sumMax[k] + growth[k]);
            }

            return minutes;
        }

        /// <summary>Tries every stretch for the first of <paramref name="others"/>, then the rest, keeping the most minutes of a split that fits.</summary>
        private void BestSplit(ReadOnlySpan<int> others, int lane, ReadOnlySpan<int> span, ReadOnlySpan<int> onGrid, ReadOnlySpan<int> growth, Span<int> usedMin, Span<int> sumMax, ref int best)
        {
            if (others.IsEmpty)
            {
                best = Math.Max(best, Gained(span, sumMax, growth));
                return;
            }

            var t = others[0];
            for (var k = 0; k < span.Length; k++)
            {
                if (usedMin[k] + _model.Min(t) > onGrid[k])
                {
                    continue;
                }

                usedMin[k] += _model.Min(t);
                sumMax[k] += _model.LaneMax(t, lane);
                BestSplit(others[1..], lane, span, onGrid, growth, usedMin, sumMax, ref best);
                sumMax[k] -= _model.LaneMax(t, lane);
                usedMin[k] -= _model.Min(t);
            }
        }

        public bool Run()
        {
            PrepareSearch();
            if (_maximize)
            {
                // A timing that reaches the root bound is the most possible: the search stops there.
                _upper = Math.Min(_upper, RootBound());
                if (_topic.Length >= ChronologicalFrom && LayInTimeOrder(_upper, keepStarts: true) >= _upper)
                {
                    return true;
                }
            }
            else if (!CliquesFit(out _))
            {
                // A clique that cannot fit at all: no timing, and nothing to lay.
                _nodes++;
                return false;
            }
            else if (_topic.Length >= ChronologicalFrom && LayInTimeOrder(0, keepStarts: false) >= 0)
            {
                // Any timing answers a feasibility question.
                return true;
            }

            Dfs(-1, 0);
            return _found;
        }

        /// <summary>
        /// The timings <see cref="Chronological"/> lays, the best kept as the search's first: on a re-pack first with no start
        /// earlier than before, then ties to the lower item, then ties to the topic with the most conflicts (each way proves
        /// an eight-lane instance the other does not: 143 and 261). Returns whether one reaches the root bound (then it is
        /// the timing, and no search runs).
        /// </summary>
        /// <summary>The most minutes of the time-order layouts (<see cref="LayInTimeOrder"/>, every rule), or -1 when none lays every topic.</summary>
        public int LaidInTimeOrderOnly()
        {
            PrepareSearch();
            return LayInTimeOrder(int.MaxValue, keepStarts: true);
        }

        /// <summary>
        /// Lays the component in time order (<see cref="Chronological"/>) by each rule in turn: on a re-pack with
        /// <paramref name="keepStarts"/>, first with no kept topic starting earlier than before; then ties to the lower
        /// item; then ties to the topic with the most conflicts. Stops at the first layout that reaches
        /// <paramref name="enough"/>; returns the most minutes laid, or -1 when no rule lays every topic.
        /// </summary>
        private int LayInTimeOrder(int enough, bool keepStarts)
        {
            var best = keepStarts && _model.Request.Previous is not null ? Chronological(keepStarts: true, conflictsFirst: false) : -1;
            if (best >= enough)
            {
                return best;
            }

            best = Math.Max(best, Chronological(keepStarts: false, conflictsFirst: false));
            return best >= enough ? best : Math.Max(best, Chronological(keepStarts: false, conflictsFirst: true));
        }

        /// <summary>
        /// A first timing of a large component, laid in time order: each step times, of the topics whose predecessors are
        /// timed, the one that can start earliest (ties to the lower item), at its earliest start, with the longest length
        /// that still leaves its lane's other topics their shortest lengths, and the other members of its conflict clique not
        /// yet timed (which, excluding it and each other, start after it) their shortest lengths before their lanes end, or
        /// its shortest length when no longer one does (eight-lane instance 48: four topics that conflict pairwise fill its
        /// 100-minute session only back to back, with 100 of their 130 longest minutes; with every topic laid longest first,
        /// the minutes climb, which judges assignments by these layouts, found none at the proven 790 minutes within
        /// 200,000 nodes, and now finds one in the first round) (ties to the lower item, or with
        /// <paramref name="conflictsFirst"/> to the topic with the most conflicts in the component); its minutes, or -1 when a
        /// topic cannot be timed that way. Recorded as the best timing when it gives more than the best so far. The
        /// search's own first path takes the lanes one after another, so in a session of eight rooms linked by conflicts
        /// the later lanes' topics wait for the earlier lanes' and strand minutes the search never wins back within its limit (eight-lane instance 143: 535 minutes where every topic's longest
        /// length fits, 640). With <paramref name="keepStarts"/> (tried first on a re-pack), a topic that kept its lane starts
        /// no earlier than it did, so that a timing reaching the root bound moves as few starts as it can. The state is
        /// restored.
        /// </summary>
        private int Chronological(bool keepStarts, bool conflictsFirst)
        {
            var k = _topic.Length;
            var g = _model.Grid;
            var order = new int[k];
            var cursors = new int[k];
            var cliqueLeft = new int[_cliques];
            var cliqueEnd = new int[_cliques];
            var timed = 0;
            for (; timed < k; timed++)
            {
                var (pick, pickStart, pickLength) = (-1, int.MaxValue, 0);
                CliquesLeft(cliqueLeft, cliqueEnd);
                for (var c = 0; c < k; c++)
                {
                    if (_done[c])
                    {
                        continue;
                    }

                    var lower = Lower(c, out var waiting);
                    if (waiting)
                    {
                        continue;
                    }

                    var t = _topic[c];
                    if (keepStarts && _model.PreviousLane[t] == _lane[c])
                    {
                        // On a re-pack, first a timing that starts each topic that kept its lane no earlier than before.
                        lower = Math.Max(lower, _model.PreviousStartMinute[t]);
                    }

                    var room = _slotEnd[_slot[c]] - (_minLeft[_slot[c]] - _model.Min(t));
                    // Its clique's other members not yet timed start after it, one after another, by the latest end of their lanes.
                    var q = _clique[c];
                    var cliqueRoom = q >= 0 ? cliqueEnd[q] - (cliqueLeft[q] - _model.Min(t)) : int.MaxValue;
                    for (var length = _model.Max(t); length >= _model.Min(t); length -= g)
                    {
                        var s = Earliest(c, length, lower);
                        if (s >= 0 && s + length <= room && (s + length <= cliqueRoom || length == _model.Min(t)) && ClearOfPins(c, s, length))
                        {
                            if (s < pickStart || (conflictsFirst && s == pickStart && _after[c].Length > _after[pick].Length))
                            {
                                (pick, pickStart, pickLength) = (c, s, length);
                            }

                            break;
                        }
                    }
                }

                if (pick < 0)
                {
                    break;
                }

                order[timed] = pick;
                cursors[timed] = _cursor[_slot[pick]];
                (_start[pick], _end[pick], _cursor[_slot[pick]], _done[pick]) = (pickStart, pickStart + pickLength, pickStart + pickLength, true);
                _minutes += pickLength;
                Take(pick, 1);
            }

            var minutes = timed == k ? _minutes : -1;
            if (minutes > _best)
            {
                (_best, _found) = (minutes, true);
                Array.Copy(_start, _bestStart, k);
                Array.Copy(_end, _bestEnd, k);
            }

            for (var i = timed - 1; i >= 0; i--)
            {
                var c = order[i];
                Take(c, -1);
                _minutes -= _end[c] - _start[c];
                (_cursor[_slot[c]], _done[c]) = (cursors[i], false);
            }

            return minutes;
        }

        /// <summary>Per clique: the shortest lengths of its members not yet timed, and the latest end of their lanes.</summary>
        private void CliquesLeft(int[] left, int[] end)
        {
            if (left.Length == 0)
            {
                return;
            }

            Array.Clear(left);
            Array.Fill(end, int.MinValue);
            for (var i = 0; i < _topic.Length; i++)
            {
                if (!_done[i] && _clique[i] >= 0)
                {
                    left[_clique[i]] += _model.Min(_topic[i]);
                    end[_clique[i]] = Math.Max(end[_clique[i]], _slotEnd[_slot[i]]);
                }
            }
        }

        /// <summary>
        /// Whether item <paramref name="c"/> at <paramref name="start"/> for <paramref name="length"/> minutes leaves every
        /// pinned item not yet timed its pinned start with its shortest length: one in its lane, or one it conflicts with
        /// (plus the changeover), must start after it ends or end before it starts. The time-order layout sees a pin only
        /// when it is its turn, so a topic laid across a pinned start would strand the pin (eight-lane instance 4: a
        /// 20-minute topic at 09:00 in the lane of a topic pinned at 09:15).
        /// </summary>
        private bool ClearOfPins(int c, int start, int length)
        {
            for (var i = 0; i < _topic.Length; i++)
            {
                var t = _topic[i];
                if (_done[i] || i == c || _model.AnchorLane[t] < 0)
                {
                    continue;
                }

                var gap = -1;
                if (_slot[i] == _slot[c])
                {
                    gap = 0;
                }
                else
                {
                    foreach (var (other, changeover) in _after[c])
                    {
                        gap = other == i ? changeover : gap;
                    }
                }

                var pinned = _model.AnchorStartMinute[t];
                if (gap >= 0 && start + length + gap > pinned && start < pinned + _model.Min(t) + gap)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Makes what only the search needs: start and best arrays, the dominance buffer and the twins.</summary>
        private void PrepareSearch()
        {
            var k = _topic.Length;
            _start = new int[k];
            _bestStart = new int[k];
            _bestEnd = new int[k];
            _bounds = new int[_cursor.Length + k];
            _twinBefore = new int[k];
            for (var i = 0; i < k; i++)
            {
                _twinBefore[i] = -1;
                for (var j = i - 1; j >= 0; j--)
                {
                    if (Twins(i, j))
                    {
                        _twinBefore[i] = j;
                        break;
                    }
                }
            }
        }

        public Timed Result()
        {
            var lengths = new int[_topic.Length];
            for (var i = 0; i < lengths.Length; i++)
            {
                lengths[i] = _bestEnd[i] - _bestStart[i];
            }

            return new Timed(_topic, (int[])_bestStart.Clone(), lengths, _best);
        }

        /// <summary>Returns true to stop the whole search (found what was asked, or out of nodes).</summary>
        private bool Dfs(int last, int count)
        {
            var k = _topic.Length;
            if (count == k)
            {
                if (_minutes > _best)
                {
                    _found = true;
                    _best = _minutes;
                    Array.Copy(_start, _bestStart, k);
                    Array.Copy(_end, _bestEnd, k);
                }

                return !_maximize || _best >= _upper;
            }

            if (++_nodes > _limit)
            {
                Aborted = true;
                return true;
            }

            var hard = 0;
            for (var s = 0; s < _cursor.Length; s++)
            {
                // The undecided topics of a lane run one after another after its cursor: their shortest lengths must fit,
                // in what its pinned topics leave usable.
                if (_minLeft[s] > Room(_cursor[s], s) - Waste(s) || _othersLeft > _othersRoom)
                {
                    return false;
                }

                hard += _hardLeft[s];
            }

            if (hard == 0)
            {
                return Close();
            }

            if (Stranded())
            {
                return false;
            }

            if (!CliquesFit(out var cliqueBound, _best + 1) || (_maximize && Math.Min(Bound(), cliqueBound) <= _best) || Dominated())
            {
                return false;
            }

            var g = _model.Grid;
            for (var c = 0; c < k; c++)
            {
                // Steps that commute are tried in one order only; twins in one lane go in index order. A free topic (no
                // window, pin or conflict in the component) waits while its lane has only free topics left (Close lays
                // them), and two free topics of one lane in a row commute.
                if (_done[c] || (last >= 0 && c < last && !_dependent[(c * _topic.Length) + last]) || (_twinBefore[c] >= 0 && !_done[_twinBefore[c]])
                    || (_free[c] && (_hardLeft[_slot[c]] == 0 || (last >= 0 && c < last && _free[last] && _slot[last] == _slot[c]))))
                {
                    continue;
                }

                var t = _topic[c];
                var lower = Lower(c, out var waiting);
                if (waiting)
                {
                    continue;
                }

                var shortest = _model.Min(t);
                for (var length = _maximize ? _model.Max(t) : shortest; length >= shortest; length -= g)
                {
                    var s = Earliest(c, length, lower);
                    if (s < 0)
                    {
                        continue;
                    }

                    var slot = _slot[c];
                    var cursor = _cursor[slot];
                    _start[c] = s;
                    _end[c] = s + length;
                    _cursor[slot] = s + length;
                    _done[c] = true;
                    _mask |= 1UL << c;
                    _minutes += length;
                    Take(c, 1);
                    var stop = Dfs(c, count + 1);
                    Take(c, -1);
                    _minutes -= length;
                    _mask &= ~(1UL << c);
                    _done[c] = false;
                    _cursor[slot] = cursor;
                    if (stop)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The earliest minute item <paramref name="c"/> may start at now: its lane's cursor, after the end of each timed
        /// topic it conflicts with (plus the changeover) and of each timed topic it must follow; <paramref name="waiting"/>
        /// when a topic it must follow is not timed yet (an ordered topic waits for them all).
        /// </summary>
        private int Lower(int c, out bool waiting)
        {
            var lower = _cursor[_slot[c]];
            foreach (var (other, gap) in _after[c])
            {
                lower = _done[other] ? Math.Max(lower, _end[other] + gap) : lower;
            }

            waiting = false;
            foreach (var p in _pred[c])
            {
                waiting |= !_done[p];
                lower = _done[p] ? Math.Max(lower, _end[p]) : lower;
            }

            return lower;
        }

        /// <summary>
        /// Whether an undecided topic with a window, a pin or a conflict can no longer start anywhere: its earliest start with
        /// its shortest length (after its lane's cursor and the conflicting topics already timed) is gone. Both only move
        /// later as the search goes deeper, so no completion of this state can time it (a lane that ran past a pinned start,
        /// or past the last window that holds the topic). Free topics are checked by the lane's shortest lengths.
        /// </summary>
        private bool Stranded()
        {
            for (var c = 0; c < _topic.Length; c++)
            {
                if (_done[c] || _free[c])
                {
                    continue;
                }

                if (Earliest(c, _model.Min(_topic[c]), Lower(c, out _)) < 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The minutes of lane <paramref name="s"/> after its cursor that no undecided topic can use because of its pinned
        /// topics: a stretch before a pinned start, or after a pinned topic's shortest length and before the next pinned start
        /// or the lane's end, that is shorter than every other undecided topic of the lane can be used only by the pinned topic
        /// before it (up to its longest length), so the rest of it is lost. 0 without undecided pinned topics.
        /// </summary>
        private int Waste(int s)
        {
            (_othersLeft, _othersRoom) = (0, 0);
            var pins = _pins[s];
            if (pins.Length == 0)
            {
                return 0;
            }

            var shortest = int.MaxValue;
            var any = false;
            for (var i = 0; i < _topic.Length; i++)
            {
                if (_done[i] || _slot[i] != s)
                {
                    continue;
                }

                if (_model.AnchorLane[_topic[i]] >= 0)
                {
                    any = true;
                }
                else
                {
                    shortest = Math.Min(shortest, _model.Min(_topic[i]));
                    _othersLeft += _model.Min(_topic[i]);
                }
            }

            if (!any)
            {
                _othersLeft = 0;
                return 0;
            }

            var end = _cursor[s] + Room(_cursor[s], s);
            var (waste, at, before) = (0, _cursor[s], -1);
            foreach (var c in pins)
            {
                if (_done[c])
                {
                    continue;
                }

                var start = _model.AnchorStartMinute[_topic[c]];
                Lost(start);
                before = c;
                at = start;
            }

            Lost(end);
            return waste;

            // The stretch from the last pinned start (or the cursor) up to next: lost when no other topic fits after the pinned one.
            void Lost(int next)
            {
                var span = next - at;
                if (span <= 0)
                {
                    return;
                }

                var min = before < 0 ? 0 : _model.Min(_topic[before]);
                var max = before < 0 ? 0 : _model.Max(_topic[before]);
                if (span - min < shortest)
                {
                    waste += span - Math.Min(max, span);
                }
                else
                {
                    _othersRoom += span - min;
                }
            }
        }

        /// <summary>Marks item <paramref name="c"/> decided (<paramref name="sign"/> 1) or undecided again (-1) in its lane's sums.</summary>
        private void Take(int c, int sign)
        {
            var (slot, t) = (_slot[c], _topic[c]);
            _minLeft[slot] -= sign * _model.Min(t);
            _maxLeft[slot] -= sign * _model.Max(t);
            _hardLeft[slot] -= _free[c] ? 0 : sign;
        }

        /// <summary>The minutes on the grid from <paramref name="cursor"/> to the end of lane <paramref name="s"/>: lengths are grid multiples, so their sum is too.</summary>
        private int Room(int cursor, int s)
        {
            var g = _model.Grid;
            return Math.Max(0, (_slotEnd[s] - cursor) / g * g);
        }

        /// <summary>
        /// Every undecided topic is free: each lane's run back to back from its cursor (on the grid), which fits exactly when
        /// their shortest lengths fit, and gives the lane the smaller of the room left and their longest lengths (every grid
        /// multiple in between is reachable). Returns true to stop the whole search, as <see cref="Dfs"/> does.
        /// </summary>
        private bool Close()
        {
            var gained = 0;
            for (var s = 0; s < _cursor.Length; s++)
            {
                if (_maxLeft[s] == 0)
                {
                    continue;
                }

                var from = _model.GridStartAtOrAfter(_slotLane[s], _cursor[s]);
                var room = Room(from, s);
                if (_minLeft[s] > room)
                {
                    return false;
                }

                gained += Math.Min(room, _maxLeft[s]);
            }

            if (_minutes + gained <= _best)
            {
                return false;
            }

            _found = true;
            _best = _minutes + gained;
            Array.Copy(_start, _bestStart, _start.Length);
            Array.Copy(_end, _bestEnd, _end.Length);
            for (var s = 0; s < _cursor.Length; s++)
            {
                if (_maxLeft[s] == 0)
                {
                    continue;
                }

                var at = _model.GridStartAtOrAfter(_slotLane[s], _cursor[s]);
                var excess = _maximize ? Math.Max(0, _maxLeft[s] - Room(at, s)) : _maxLeft[s] - _minLeft[s];
                for (var i = 0; i < _topic.Length; i++)
                {
                    if (_done[i] || _slot[i] != s)
                    {
                        continue;
                    }

                    var t = _topic[i];
                    var cut = Math.Min(excess, _model.Max(t) - _model.Min(t));
                    excess -= cut;
                    _bestStart[i] = at;
                    at += _model.Max(t) - cut;
                    _bestEnd[i] = at;
                }
            }

            return !_maximize || _best >= _upper;
        }

        /// <summary>
        /// Whether a state with the same topics timed, lane cursors and ends no later, and at least as many minutes was
        /// already reached: every completion of this state is a completion of that one (its lower bounds are no smaller),
        /// so this state cannot do better. Records the state otherwise.
        /// </summary>
        private bool Dominated()
        {
            if (_topic.Length > 64)
            {
                return false;
            }

            var k = _topic.Length;
            var bounds = _bounds;
            _reached.Claim(this, bounds.Length);
            _cursor.CopyTo(bounds, 0);
            for (var i = 0; i < k; i++)
            {
                // Only the ends a conflicting topic still to be timed can wait for matter.
                bounds[_cursor.Length + i] = _done[i] && _relevant[i] ? _end[i] : 0;
            }

            return _reached.DominatedOrRecord(_mask, bounds, _minutes);
        }

        /// <summary>
        /// Whether each clique's undecided topics fit their span with their shortest lengths, and a bound on the topic minutes
        /// this partial timing can still reach given the lanes and the cliques (when maximizing; otherwise
        /// <see cref="int.MaxValue"/>).
        /// </summary>
        /// <remarks>
        /// <para>The bound is the optimum of a relaxation: each undecided topic takes a length between its shortest and its
        /// longest (cut to its widest window piece after its lane's cursor, on the grid), the lengths of a lane sum to no more
        /// than its room left, and those of a clique to no more than its span. Every timing keeps these, so the optimum is an
        /// upper bound. Counting each topic's shortest length first, what is left is a small flow of the minutes above the
        /// shortest lengths: from each clique (at most its span minus its members' shortest lengths) to the lanes of its
        /// members (at most what they can grow there), into each lane (at most its room minus its shortest lengths); topics
        /// in no clique only meet their lane, so they take their lane's room first. The flow is solved exactly (augmenting
        /// paths on a graph of a few cliques and lanes). Unlike the two cuts it replaces (every clique its span, every lane
        /// its room, each taken alone), it sees that a clique member's shortest length takes room a free topic of its lane
        /// would have used: three rooms of 110 minutes whose five-topic clique is capped at 110 are bounded at 260 minutes,
        /// where the cuts said 265 and the search needed more than 50,000 nodes to prove it.</para>
        /// <para>A topic whose shortest length exceeds its widest window piece after its lane's cursor cannot be timed: the
        /// state is cut.</para>
        /// </remarks>
        private bool CliquesFit(out int bound, int enough = int.MaxValue)
        {
            bound = int.MaxValue;
            if (_cliques == 0)
            {
                return true;
            }

            var slots = _cursor.Length;
            var g = _model.Grid;
            Array.Clear(_cliqueMax);
            Array.Clear(_cliqueMin);
            Array.Clear(_freeMax);
            Array.Clear(_residual);
            Array.Fill(_cliqueFrom, int.MaxValue);
            Array.Fill(_cliqueTo, int.MinValue);
            Array.Fill(_cliqueDone, int.MinValue);
            for (var i = 0; i < _topic.Length; i++)
            {
                if (_done[i] && _clique[i] >= 0)
                {
                    _cliqueDone[_clique[i]] = Math.Max(_cliqueDone[_clique[i]], _end[i]);
                }
            }

            var total = _minutes;
            for (var i = 0; i < _topic.Length; i++)
            {
                if (_done[i])
                {
                    continue;
                }

                var (s, c, t) = (_slot[i], _clique[i], _topic[i]);
                var (lo, hi) = (_model.Min(t), _model.Max(t));
                var starts = _model.WindowStart[t];
                if (starts.Length > 0)
                {
                    var ends = _model.WindowEnd[t];
                    var widest = 0;
                    for (var w = 0; w < starts.Length; w++)
                    {
                        widest = Math.Max(widest, Math.Min(_slotEnd[s], ends[w]) - Math.Max(_cursor[s], starts[w]));
                    }

                    hi = Math.Min(hi, widest / g * g);
                    if (hi < lo)
                    {
                        return false;
                    }
                }

                total += lo;
                _residual[s] += lo;
                if (c < 0)
                {
                    _freeMax[s] += hi - lo;
                    continue;
                }

                if (!Span(i, c, lo, out var release, out var deadline))
                {
                    return false;
                }

                _release[i] = release;
                _deadline[i] = deadline;
                _cliqueMax[(c * slots) + s] += hi - lo;
                _cliqueMin[c] += lo;
                _cliqueFrom[c] = Math.Min(_cliqueFrom[c], release);
                _cliqueTo[c] = Math.Max(_cliqueTo[c], deadline);
            }

            var rooms = 0;
            for (var s = 0; s < slots; s++)
            {
                // The room left above the shortest lengths; free topics grow first.
                var left = Room(_cursor[s], s);
                rooms += left;
                var room = left - Waste(s) - _residual[s];
                if (room < 0)
                {
                    return false;
                }

                var given = Math.Min(room, _freeMax[s]);
                total += given;
                _residual[s] = room - given;
            }

            // A completion that beats the best leaves at most this many grid steps of the lanes' rooms unused (Sequenced).
            _idle = _maximize && _best >= 0 ? Math.Max(0, rooms + _minutes - _best - 1) / g : int.MaxValue;

            for (var c = 0; c < _cliques; c++)
            {
                if (_cliqueFrom[c] != int.MaxValue && (_cliqueMin[c] > Math.Max(0, (_cliqueTo[c] - _cliqueFrom[c]) / g * g) || Overloaded(c)))
                {
                    return false;
                }
            }

            if (_maximize)
            {
                bound = total + Flow(enough - total);
            }

            return true;
        }

        private readonly int[][] _pins;

        /// <summary>Set by <see cref="Waste"/>: the shortest lengths of the lane's undecided topics that are not pinned, and the minutes the stretches between its pins leave them (0 and 0 without undecided pins); the first must fit the second.</summary>
        private int _othersLeft;
        private int _othersRoom;
        private int[] _release = [];
        private int[] _deadline = [];
        private int[] _cliqueDone = [];

        /// <summary>
        /// The earliest start and latest end of undecided item <paramref name="i"/> of clique <paramref name="c"/>: after its
        /// lane's cursor and after every timed member of its clique (each one in its lane, or a conflict it must follow), in a
        /// window piece that holds its shortest length <paramref name="lo"/>, at its pinned start if it has one. False when
        /// nothing is left.
        /// </summary>
        private bool Span(int i, int c, int lo, out int release, out int deadline)
        {
            var (s, t) = (_slot[i], _topic[i]);
            release = Math.Max(_cursor[s], _cliqueDone[c]);
            deadline = _slotEnd[s];
            if (_model.AnchorLane[t] >= 0)
            {
                var pinned = _model.AnchorStartMinute[t];
                if (pinned < release)
                {
                    return false;
                }

                release = pinned;
            }

            var starts = _model.WindowStart[t];
            if (starts.Length > 0)
            {
                var ends = _model.WindowEnd[t];
                var (first, last) = (int.MaxValue, int.MinValue);
                for (var w = 0; w < starts.Length; w++)
                {
                    var from = Math.Max(release, starts[w]);
                    var to = Math.Min(deadline, ends[w]);
                    if (to - from >= lo)
                    {
                        first = Math.Min(first, from);
                        last = Math.Max(last, to);
                    }
                }

                (release, deadline) = (first, last);
            }

            return deadline - release >= lo;
        }

        /// <summary>
        /// Whether the undecided members of clique <paramref name="c"/>, which run one after another, cannot all fit: for some
        /// earliest start r and latest end d of its members, the shortest lengths of the members that must run inside [r, d)
        /// exceed it (on the grid). The clique's whole span is one such interval; windows, pins and the members already timed
        /// make the others tighter.
        /// </summary>
        private bool Overloaded(int c)
        {
            // The undecided members by latest end: for each earliest start r, the members that start no earlier are added
            // in that order, and the interval [r, d) is checked at each one's end d (an end between two members' ends
            // holds the same members in a longer interval, so it is never tighter).
            var g = _model.Grid;
            var m = 0;
            for (var i = 0; i < _topic.Length; i++)
            {
                if (_done[i] || _clique[i] != c)
                {
                    continue;
                }

                var at = m++;
                for (; at > 0 && _deadline[_members[at - 1]] > _deadline[i]; at--)
                {
                    _members[at] = _members[at - 1];
                }

                _members[at] = i;
            }

            for (var a = 0; a < m; a++)
            {
                var r = _release[_members[a]];
                var sum = 0;
                for (var b = 0; b < m; b++)
                {
                    var i = _members[b];
                    if (_release[i] < r)
                    {
                        continue;
                    }

                    sum += _model.Min(_topic[i]);
                    if (sum > (_deadline[i] - r) / g * g)
                    {
                        return true;
                    }
                }
            }

            return m > 1 && m <= MostSequenced && !Sequenced(c, m);
        }

        /// <summary>The most undecided members of a clique <see cref="Sequenced"/> orders (its table has 2^members entries).</summary>
        private const int MostSequenced = 10;

        /// <summary>The most undecided lane mates whose sets <see cref="StartsAllowed"/> lists one by one when the idle minutes are bounded (more: the sums with the whole slack).</summary>
        private const int MostMatesListed = 6;

        /// <summary>
        /// Whether the <paramref name="m"/> undecided members of clique <paramref name="c"/> (in <see cref="_members"/>, with
        /// their <see cref="_release"/> and <see cref="_deadline"/>) can run one after another at starts their lanes allow.
        /// </summary>
        /// <remarks>
        /// <para>A member starts after the topics of its lane that run before it, and its lane's undecided topics must all
        /// fit after the cursor: its start is the cursor plus the shortest lengths of some set of its lane mates, plus at
        /// most the lane's slack (its room less every undecided topic's shortest length, which idle minutes and longer
        /// lengths share). With no slack only the sums of lane mates' lengths are left: three 25-minute topics that
        /// conflict pairwise, each in a full 75-minute room whose other topics are 30 and 20 (or 15, 15 and 20) minutes
        /// long, may start only at +0 or +50, so they cannot take the three thirds of the session one after another. The
        /// overload test (<see cref="Overloaded"/>) sees only the earliest start and the latest end; this one sees the
        /// holes between (eight-lane instance 168: a feasibility check the search gave up after 20,000 nodes, 632,705 to
        /// decide, is decided at the root).</para>
        /// <para>The members' starts are bit sets on the grid from the earliest lane start (cliques spanning at most 63
        /// grid steps; others are not tested). The earliest end of each subset of members run one after another, each at
        /// its first allowed start after the subset before it ends, is a table over the subsets (an earlier end never
        /// hurts what follows): the members fit when the whole set has an end. The shortest lengths and any set of lane
        /// mates make it a relaxation, so a no is a proof.</para>
        /// <para>A minutes search must also beat its best: every lane's room after its cursor less the minutes it still
        /// needs bounds the idle minutes of all lanes together (<see cref="_idle"/>), so a member's start is also at most
        /// the longest lengths of the mates before it plus that. A search for a timing that fills every room has no idle
        /// minute at all, and the starts are the sums of lengths the mates can take (eight-lane instance 213: a 24-topic
        /// component's minutes at the lanes' caps, undecided after 42,000 nodes, proven at once; 345 nodes for the whole
        /// request instead of 97,512).</para>
        /// </remarks>
        private bool Sequenced(int c, int m)
        {
            var g = _model.Grid;
            var origin = int.MaxValue;
            for (var a = 0; a < m; a++)
            {
                origin = Math.Min(origin, _model.Lanes[_lane[_members[a]]].StartMinute);
            }

            if (_cliqueTo[c] - origin > 63 * g)
            {
                return true;
            }

            Span<ulong> allowed = stackalloc ulong[m];
            Span<int> steps = stackalloc int[m];
            for (var a = 0; a < m; a++)
            {
                var i = _members[a];
                var starts = StartsAllowed(i, origin);
                if (starts is null)
                {
                    return true;
                }

                if (starts == 0)
                {
                    return false;
                }

                allowed[a] = starts.Value;
                steps[a] = _model.Min(_topic[i]) / g;
            }

            Span<int> end = stackalloc int[1 << m];
            end.Fill(int.MaxValue);
            end[0] = 0;
            var all = (1 << m) - 1;
            for (var set = 0; set < all; set++)
            {
                var at = end[set];
                if (at >= 64)
                {
                    continue;
                }

                for (var a = 0; a < m; a++)
                {
                    var free = (set & (1 << a)) == 0 ? allowed[a] & (ulong.MaxValue << at) : 0;
                    if (free != 0)
                    {
                        ref var next = ref end[set | (1 << a)];
                        next = Math.Min(next, System.Numerics.BitOperations.TrailingZeroCount(free) + steps[a]);
                    }
                }
            }

            return end[all] != int.MaxValue;
        }

        /// <summary>
        /// The grid starts (bit b: <paramref name="origin"/> plus b grid steps) undecided item <paramref name="i"/> may take
        /// given its lane mates and slack, its <see cref="_release"/> and its <see cref="_deadline"/> (<see cref="Sequenced"/>);
        /// 0 when there is none, null when its lane is off <paramref name="origin"/>'s grid (nothing is concluded).
        /// </summary>
        private ulong? StartsAllowed(int i, int origin)
        {
            var g = _model.Grid;
            var s = _slot[i];
            var cursor = _cursor[s];
            if ((cursor - origin) % g != 0)
            {
                return null;
            }

            var shortest = _model.Min(_topic[i]);
            var offset = (cursor - origin) / g;
            var low = Math.Max(0, (_release[i] - origin + g - 1) / g);
            var high = _deadline[i] - shortest < origin ? -1 : Math.Min(63, (_deadline[i] - shortest - origin) / g);
            if (offset >= 64 || high < low)
            {
                return 0;
            }

            Span<int> mates = stackalloc int[_topic.Length];
            var (n, mins) = (0, shortest);
            for (var j = 0; j < _topic.Length; j++)
            {
                if (j != i && !_done[j] && _slot[j] == s)
                {
                    mates[n++] = j;
                    mins += _model.Min(_topic[j]);
                }
            }

            var slack = (Room(cursor, s) - mins) / g;
            if (slack < 0)
            {
                return 0;
            }

            var sums = 0UL;
            if (_idle < slack && n <= MostMatesListed)
            {
                // Idle minutes are at most _idle: each set of mates before it gives [its shortest, min(its longest + idle, shortest + slack)].
                for (var set = 0; set < 1 << n; set++)
                {
                    var (lo, hi) = (0, 0);
                    for (var b = 0; b < n; b++)
                    {
                        if ((set & (1 << b)) != 0)
                        {
                            lo += _model.Min(_topic[mates[b]]) / g;
                            hi += _model.Max(_topic[mates[b]]) / g;
                        }
                    }

                    hi = Math.Min(Math.Min(hi + _idle, lo + slack), 63);
                    sums |= lo <= hi ? Steps(lo, hi) : 0;
                }
            }
            else
            {
                // The sums of the mates' shortest lengths, then every start up to the slack after each, in doubling strides.
                sums = 1UL;
                for (var b = 0; b < n; b++)
                {
                    var step = _model.Min(_topic[mates[b]]) / g;
                    sums |= step < 64 ? sums << step : 0;
                }

                for (var width = 1; slack > 0 && width < 64; width <<= 1)
                {
                    var by = Math.Min(width, slack);
                    sums |= sums << by;
                    slack -= by;
                }
            }

            return (sums << offset) & Steps(low, high);
        }

        /// <summary>The bits <paramref name="lo"/> to <paramref name="hi"/> (0 ≤ lo ≤ hi ≤ 63).</summary>
        private static ulong Steps(int lo, int hi) => (ulong.MaxValue >> (63 - hi)) & (ulong.MaxValue << lo);

        private readonly DenseMaxFlow _flow = new();

        /// <summary>
        /// The maximum flow from the cliques (each at most its span above its shortest lengths) over their lanes
        /// (<see cref="_cliqueMax"/>) into the lanes' <see cref="_residual"/> room; or, once it reaches
        /// <paramref name="enough"/>, some flow of at least that much. Only the cliques with undecided members that can
        /// grow are nodes.
        /// </summary>
        private int Flow(int enough)
        {
            if (enough <= 0)
            {
                return 0;
            }

            var g = _model.Grid;
            var slots = _cursor.Length;
            var active = 0;
            for (var c = 0; c < _cliques; c++)
            {
                if (_cliqueFrom[c] != int.MaxValue && Math.Max(0, (_cliqueTo[c] - _cliqueFrom[c]) / g * g) > _cliqueMin[c])
                {
                    _active[active++] = c;
                }
            }

            var n = active + slots + 2;
            var (source, sink) = (n - 2, n - 1);
            var cap = _flow.Clear(n);
            for (var a = 0; a < active; a++)
            {
                var c = _active[a];
                cap[(source * n) + a] = Math.Max(0, (_cliqueTo[c] - _cliqueFrom[c]) / g * g) - _cliqueMin[c];
                for (var s = 0; s < slots; s++)
                {
                    cap[(a * n) + active + s] = _cliqueMax[(c * slots) + s];
                }
            }

            for (var s = 0; s < slots; s++)
            {
                cap[((active + s) * n) + sink] = _residual[s];
            }

            return _flow.Solve(source, sink, enough);
        }

        /// <summary>
        /// The topic minutes this partial timing can still reach: per lane, the smallest of the time left, the undecided
        /// topics' longest lengths (each cut to its widest window piece after the cursor) and, when every undecided topic
        /// has windows, the minutes their windows cover after the cursor.
        /// </summary>
        private int Bound()
        {
            var bound = _minutes;
            for (var s = 0; s < _cursor.Length; s++)
            {
                var from = _cursor[s];
                var to = _slotEnd[s];
                var max = 0;
                var allWindowed = true;
                _pieces.Clear();
                for (var i = 0; i < _topic.Length; i++)
                {
                    if (_done[i] || _slot[i] != s)
                    {
                        continue;
                    }

                    var t = _topic[i];
                    var starts = _model.WindowStart[t];
                    if (starts.Length == 0)
                    {
                        allWindowed = false;
                        max += Math.Min(_model.Max(t), Math.Max(0, to - from));
                        continue;
                    }

                    var widest = 0;
                    var ends = _model.WindowEnd[t];
                    for (var w = 0; w < starts.Length; w++)
                    {
                        var a = Math.Max(from, starts[w]);
                        var b = Math.Min(to, ends[w]);
                        if (b > a)
                        {
                            widest = Math.Max(widest, b - a);
                            _pieces.Add((a, b));
                        }
                    }

                    max += Math.Min(_model.Max(t), widest);
                }

                var cap = Math.Max(0, to - from - Waste(s));
                if (allWindowed && _pieces.Count > 0)
                {
                    cap = Math.Min(cap, Covered(_pieces));
                }

                bound += Math.Min(max, cap);
            }

            return bound;
        }

        private readonly List<(int Start, int End)> _pieces = [];

        /// <summary>The minutes covered by the union of the pieces.</summary>
        private static int Covered(List<(int Start, int End)> pieces)
        {
            pieces.Sort();
            var covered = 0;
            var reach = int.MinValue;
            foreach (var (a, b) in pieces)
            {
                var start = Math.Max(a, reach);
                if (b > start)
                {
                    covered += b - start;
                    reach = b;
                }
            }

            return covered;
        }

        /// <summary>The earliest start on the grid at or after <paramref name="lower"/> where item <paramref name="c"/> fits with <paramref name="length"/> minutes, or -1.</summary>
        private int Earliest(int c, int length, int lower) => EarliestStart(_model, _topic[c], _lane[c], length, lower);

        public static bool InWindow(int[] starts, int[] ends, int s, int length)
        {
            if (starts.Length == 0)
            {
                return true;
            }

            for (var w = 0; w < starts.Length; w++)
            {
                if (starts[w] <= s && s + length <= ends[w])
                {
                    return true;
                }
            }

            return false;
        }
    }
}
