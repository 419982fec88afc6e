using System.Collections.Immutable;
using Google.OrTools.Sat;
using Google.OrTools.Util;
using NodaTime;

namespace Summit.Core.Scheduling.OrTools;

/// <summary>
/// The CP-SAT model of the packer's natural (interval) rules (docs/scheduling.md, "The model"), written from the rules in
/// words and not from the built-in packers' code: each placed topic is one session, one room, a start and a length on the
/// request's grid; rooms, presenters, conflicts, availability, changeover and groupings are checked on the topics' real
/// intervals. Shared by <see cref="CpSatPacker"/> and the independent reference tests of the exact packer.
/// </summary>
/// <remarks>Two topics are "in the same room" when their room names are equal (ordinal).</remarks>
internal sealed class NaturalCpSatModel
{
    /// <summary>
    /// The search parameters beside the worker count, the seed and the limits: the no-overlap constraints in the LP
    /// relaxation (linearization level 2), a search that follows the LP solution, and one presolve pass. Together they
    /// solve summit-size instances several times faster than the defaults (the default single-worker search is slow to
    /// find the best packing, not to bound it; a full presolve costs more than it saves on models this small).
    /// </summary>
    public const string Parameters = "linearization_level:2,search_branching:LP_SEARCH,max_presolve_iterations:1";

    private readonly LocalDateTime _origin;
    private readonly int _unit;
    private readonly int _horizon;
    private readonly int _maxLength;
    private readonly List<Session> _sessions = [];
    private readonly Dictionary<string, RoomRules> _rooms;
    private readonly List<TopicVars> _topics = [];
    private readonly Dictionary<string, TopicVars> _byId = new(StringComparer.Ordinal);

    /// <summary>Builds the model.</summary>
    /// <param name="request">The request.</param>
    /// <param name="pins">
    /// An agenda whose pinned-start topics are followed, or <see langword="null"/>: pins are resolved by the library before
    /// packing (by falling weight), so a topic with a <see cref="SlotRequest.PinnedStart"/> is forced placed exactly when
    /// this agenda placed it (and left out when it did not). Without it, pinned-start topics are free to be placed or not.
    /// </param>
    /// <param name="breakSymmetry">Whether interchangeable topics are ordered (see <see cref="BreakSymmetry"/>); off when a previous agenda's positions must stay reachable.</param>
    public NaturalCpSatModel(PackingRequest request, Agenda? pins, bool breakSymmetry = true)
    {
        var grid = request.GridMinutes;
        if (grid < 1)
        {
            throw new ArgumentException($"GridMinutes is {grid}; the natural model needs at least 1.", nameof(request));
        }

        // Time is counted in units of the greatest common divisor of the grid and every time the model names (session
        // starts and usable ends, pinned starts, availability windows), in minutes from midnight of the first day: an
        // exact rescaling (usually 5 minutes) that keeps the domains small. Lengths are multiples of the grid, so of the unit.
        var template = request.Template;
        _origin = template.Blocks.Min(b => b.Date).AtMidnight();
        var sessionBlocks = template.Blocks.Where(b => b.Kind == BlockKind.Session).ToList();
        var times = sessionBlocks.SelectMany(b => new[] { Minute(b.LocalStart), Minute(b.LocalEnd) - b.ReservedMinutes })
            .Concat(request.Requests.Where(r => r.PinnedStart is not null).Select(r => Minute(r.PinnedStart!.Value)))
            .Concat(request.Requests.SelectMany(r => r.Availability).SelectMany(w => new[] { Minute(w.Start), Minute(w.End) }))
            .Concat(request.Rooms.SelectMany(x => x.Availability).SelectMany(w => new[] { Minute(w.Start), Minute(w.End) }));
        _rooms = request.Rooms.ToDictionary(x => x.Room, StringComparer.Ordinal);
        _unit = times.Aggregate(grid, Gcd);
        foreach (var block in sessionBlocks)
        {
            _sessions.Add(new Session(block, Minute(block.LocalStart) / _unit, (Minute(block.LocalEnd) - block.ReservedMinutes) / _unit, template.RoomsOf(block)));
        }

        var horizon = Math.Max(1, _sessions.Count == 0 ? 0 : _sessions.Max(s => s.End));
        foreach (var r in request.Requests)
        {
            var t = new TopicVars(r, [.. Lengths(r, grid).Select(l => l / _unit)]);
            _topics.Add(t);
            _byId.TryAdd(r.Id, t);
        }

        grid /= _unit;

        var maxLength = Math.Max(1, _topics.Select(t => t.Lengths.IsEmpty ? 0 : t.Lengths[^1]).DefaultIfEmpty(0).Max());
        foreach (var t in _topics)
        {
            BuildTopic(t, grid, horizon, maxLength, pins);
        }

        Weight = LinearExpr.Sum(_topics.Select(t => LinearExpr.Term(t.Placed!, Hundredths(t.Request.Weight))));
        Minutes = LinearExpr.Sum(_topics.Select(t => t.PlacedMinutes!));

        // Topics in the same room of the same session never overlap.
        foreach (var session in _sessions)
        {
            foreach (var room in session.Rooms)
            {
                var intervals = _topics.SelectMany(t => t.Candidates.Where(c => c.Session == session && c.Room == room).Select(c => c.Interval)).ToList();
                if (intervals.Count > 1)
                {
                    Model.AddNoOverlap(intervals);
                }
            }
        }

        // Redundant cuts for the LP relaxation (implied by the no-overlaps): the minutes in one room of one session fit
        // the session (and below, so do the minutes of one presenter's topics within one session).
        foreach (var session in _sessions)
        {
            foreach (var room in session.Rooms)
            {
                var minutes = _topics.SelectMany(t => t.Candidates.Where(c => c.Session == session && c.Room == room).Select(c => c.Minutes)).ToList();
                if (minutes.Count > 1)
                {
                    Model.Add(LinearExpr.Sum(minutes) <= session.End - session.Start);
                }
            }
        }

        // Conflicts: a shared presenter or a listed conflict (either way) means the intervals never overlap.
        var pairs = new HashSet<(int, int)>();
        var presenterPairs = new HashSet<(int, int)>();
        for (var i = 0; i < _topics.Count; i++)
        {
            for (var j = i + 1; j < _topics.Count; j++)
            {
                var a = _topics[i].Request;
                var b = _topics[j].Request;
                var presenter = a.Presenters.Any(p => b.Presenters.Contains(p, StringComparer.Ordinal));
                if (presenter)
                {
                    presenterPairs.Add((i, j));
                }

                if (presenter || a.Conflicts.Contains(b.Id, StringComparer.Ordinal) || b.Conflicts.Contains(a.Id, StringComparer.Ordinal))
                {
                    pairs.Add((i, j));
                }
            }
        }

        foreach (var (i, j) in pairs.Except(presenterPairs))
        {
            Model.AddNoOverlap([_topics[i].Interval!, _topics[j].Interval!]);
        }

        foreach (var presenter in _topics.SelectMany(t => t.Request.Presenters).Distinct(StringComparer.Ordinal))
        {
            var own = _topics.Where(t => t.Request.Presenters.Contains(presenter, StringComparer.Ordinal)).ToList();
            if (own.Count < 2)
            {
                continue;
            }

            Model.AddNoOverlap(own.Select(t => t.Interval!));
            foreach (var session in _sessions)
            {
                var minutes = own.SelectMany(t => t.Candidates.Where(c => c.Session == session).Select(c => c.Minutes)).ToList();
                if (minutes.Count > 1)
                {
                    Model.Add(LinearExpr.Sum(minutes) <= session.End - session.Start);
                }
            }
        }

        // Changeover: one presenter in two different rooms needs the gap between the end of one and the start of the other.
        var changeover = request.ChangeoverMinutes;
        if (changeover > 0)
        {
            foreach (var (i, j) in presenterPairs)
            {
                // e + C <= s in minutes is e + ceil(C / unit) <= s in units (e and s are whole units).
                AddChangeover(_topics[i], _topics[j], (changeover + _unit - 1) / _unit);
            }
        }

        // Grouping: when t lists u (or u lists t) and both are placed, they share a session.
        foreach (var t in _topics)
        {
            foreach (var otherId in t.Request.SameSessionAs)
            {
                if (!_byId.TryGetValue(otherId, out var u) || ReferenceEquals(u, t))
                {
                    continue;
                }

                foreach (var session in _sessions)
                {
                    // t in this session and u placed => u in this session; and the other way round.
                    Model.AddBoolOr([t.InSession(session, Model).Not(), u.Placed!.Not(), u.InSession(session, Model)]);
                    Model.AddBoolOr([u.InSession(session, Model).Not(), t.Placed!.Not(), t.InSession(session, Model)]);
                }
            }
        }

        // Order: when t lists u in After and both are placed, u ends before t starts (one time axis for every session).
        foreach (var t in _topics)
        {
            foreach (var otherId in t.Request.After)
            {
                if (_byId.TryGetValue(otherId, out var u) && !ReferenceEquals(u, t))
                {
                    Model.Add(u.End! <= t.Start!).OnlyEnforceIf([t.Placed!, u.Placed!]);
                }
            }
        }

        _horizon = horizon;
        _maxLength = maxLength;
        if (breakSymmetry)
        {
            BreakSymmetry(pairs, presenterPairs, horizon);
        }
    }

    public CpModel Model { get; } = new();

    /// <summary>Gets (1), the placed weight in hundredths.</summary>
    public LinearExpr Weight { get; }

    /// <summary>Gets (2), the placed minutes in time units (<see cref="Unit"/> minutes each).</summary>
    public LinearExpr Minutes { get; }

    /// <summary>Gets the minutes of one time unit of the model.</summary>
    public int Unit => _unit;

    /// <summary>Hints every decision of a solution, for the next solve.</summary>
    public void Hint(CpSolver solver)
    {
        Model.ClearHints();
        foreach (var t in _topics)
        {
            foreach (var c in t.Candidates)
            {
                Model.AddHint(c.Chosen, solver.BooleanValue(c.Chosen));
                Model.AddHint(c.Minutes, solver.Value(c.Minutes));
            }

            if (t.Request.PinnedStart is null)
            {
                Model.AddHint(t.Start!, solver.Value(t.Start!));
            }

            if (!t.Lengths.IsEmpty)
            {
                Model.AddHint(t.Length!, solver.Value(t.Length!));
            }
        }
    }

    /// <summary>The weight of a topic in whole hundredths, as the packers count it (rounded half away from zero).</summary>
    /// <param name="weight">The weight.</param>
    /// <returns>The weight times 100, rounded half away from zero.</returns>
    public static long Hundredths(double weight) => (long)Math.Round(weight * 100, MidpointRounding.AwayFromZero);

    /// <summary>Hints a known solution (for example the heuristic's agenda), replacing every hint; placements the model cannot take are skipped.</summary>
    public void Hint(IEnumerable<TopicPlacement> placements)
    {
        Model.ClearHints();
        var byTopic = placements.ToDictionary(p => p.TopicId, StringComparer.Ordinal);
        foreach (var t in _topics)
        {
            byTopic.TryGetValue(t.Request.Id, out var p);
            var chosen = p is null ? null : t.Candidates.FirstOrDefault(c => c.Session.Block.Id == p.BlockId && c.Room == p.Room);
            foreach (var c in t.Candidates)
            {
                Model.AddHint(c.Chosen, ReferenceEquals(c, chosen));
            }

            if (chosen is not null && p!.Minutes % _unit == 0)
            {
                if (t.Request.PinnedStart is null)
                {
                    Model.AddHint(t.Start!, Minute(p.Start) / _unit);
                }

                Model.AddHint(t.Length!, p.Minutes / _unit);
            }
        }
    }

    /// <summary>
    /// The third objective against a previous agenda, to minimize: the topics moved (a topic moves when its session or
    /// room changes, or it gains or loses its place; pinned-start topics never count) times a factor larger than any
    /// deviation, plus the minutes the starts and lengths of the topics that keep their place moved (so that an
    /// unchanged request re-packed with its own agenda keeps every time).
    /// </summary>
    /// <param name="previous">The previous agenda.</param>
    /// <returns>The combined objective.</returns>
    public LinearExpr MovesThenDeviation(Agenda previous)
    {
        var terms = new List<LinearExpr>();
        var deviations = new List<IntVar>();
        var constant = 0L;
        var most = 0L;
        var span = ((long)_horizon + _maxLength) * _unit;
        foreach (var t in _topics)
        {
            if (t.Request.PinnedStart is not null)
            {
                continue;
            }

            var before = previous.FindTopic(t.Request.Id);
            if (before is null)
            {
                terms.Add(t.Placed!);
                continue;
            }

            var same = t.Candidates.FirstOrDefault(c => c.Session.Block.Id == before.BlockId && c.Room == before.Room);
            if (same is null)
            {
                constant++;
                continue;
            }

            terms.Add(1 - same.Chosen);
            var from = Minute(before.LocalStart);
            var startOff = Model.NewIntVar(0, span + Math.Abs(from), $"{t.Request.Id}.start-moved");
            Model.Add(startOff >= (_unit * t.Start!) - from).OnlyEnforceIf(same.Chosen);
            Model.Add(startOff >= from - (_unit * t.Start!)).OnlyEnforceIf(same.Chosen);
            var lengthOff = Model.NewIntVar(0, span + before.Minutes, $"{t.Request.Id}.length-moved");
            Model.Add(lengthOff >= (_unit * t.Length!) - before.Minutes).OnlyEnforceIf(same.Chosen);
            Model.Add(lengthOff >= before.Minutes - (_unit * t.Length!)).OnlyEnforceIf(same.Chosen);
            deviations.Add(startOff);
            deviations.Add(lengthOff);
            most += span + Math.Abs(from) + span + before.Minutes;
        }

        var moves = LinearExpr.Sum(terms) + constant;
        var factor = 1 + most;
        return (factor * moves) + LinearExpr.Sum(deviations);
    }

    /// <summary>The weight of a topic in whole hundredths.</summary>
    public long WeightOf(string topicId) => Hundredths(_byId[topicId].Request.Weight);

    /// <summary>Reads the placements of a solution, in request order.</summary>
    public ImmutableArray<TopicPlacement> Read(CpSolver solver)
    {
        var placements = ImmutableArray.CreateBuilder<TopicPlacement>();
        foreach (var t in _topics)
        {
            if (!solver.BooleanValue(t.Placed!))
            {
                continue;
            }

            var candidate = t.Candidates.Single(c => solver.BooleanValue(c.Chosen));
            var start = (int)solver.Value(t.Start!) * _unit;
            var length = (int)solver.Value(t.Length!) * _unit;
            placements.Add(new TopicPlacement(t.Request.Id, candidate.Session.Block.Id, candidate.Room, _origin.PlusMinutes(start), length));
        }

        return placements.ToImmutable();
    }

    /// <summary>Whether the room seats the people expected at the topic (no seats or no interest: yes).</summary>
    private bool Seats(SlotRequest r, string room) =>
        r.ExpectedInterest is not { } expected || !_rooms.TryGetValue(room, out var rules) || rules.Seats is not { } seats || expected <= seats;

    /// <summary>
    /// The stretches of a session the room is free in, in units (the whole session without room windows): overlapping or
    /// touching windows joined, each start moved up to the session's grid (docs/scheduling.md: a piece starts at the first
    /// grid step in it, which matters only for pinned starts off the grid).
    /// </summary>
    private List<(int From, int To)> FreeWindows(string room, Session session, int grid)
    {
        if (!_rooms.TryGetValue(room, out var rules) || rules.Availability.IsEmpty)
        {
            return [(session.Start, session.End)];
        }

        var joined = new List<(int From, int To)>();
        foreach (var w in rules.Availability.OrderBy(w => w.Start))
        {
            var (from, to) = (Minute(w.Start) / _unit, Minute(w.End) / _unit);
            if (joined.Count > 0 && from <= joined[^1].To)
            {
                joined[^1] = (joined[^1].From, Math.Max(joined[^1].To, to));
            }
            else
            {
                joined.Add((from, to));
            }
        }

        var g = Math.Max(1, grid);
        return [.. joined
            .Select(w => (From: session.Start + ((Math.Max(w.From, session.Start) - session.Start + g - 1) / g * g), To: Math.Min(w.To, session.End)))
            .Where(w => w.From < w.To)];
    }

    private int Minute(LocalDateTime time) => checked((int)Period.Between(_origin, time, PeriodUnits.Minutes).Minutes);

    private static int Gcd(int a, int b)
    {
        (a, b) = (Math.Abs(a), Math.Abs(b));
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    /// <summary>The lengths on the grid: multiples of the grid from the minimum rounded up to the maximum rounded down (never 0).</summary>
    private static ImmutableArray<int> Lengths(SlotRequest r, int grid)
    {
        var first = Math.Max(grid, (r.MinimumMinutes + grid - 1) / grid * grid);
        var last = r.MaximumMinutes / grid * grid;
        var lengths = ImmutableArray.CreateBuilder<int>();
        for (var length = first; length <= last; length += grid)
        {
            lengths.Add(length);
        }

        return lengths.ToImmutable();
    }

    private void BuildTopic(TopicVars t, int grid, int horizon, int maxLength, Agenda? pins)
    {
        var r = t.Request;
        var name = r.Id;
        int? pinned = r.PinnedStart is { } p ? Minute(p) / _unit : null;
        t.Start = pinned is { } fixedStart ? Model.NewConstant(fixedStart) : Model.NewIntVar(0, horizon, name + ".start");
        t.Length = t.Lengths.IsEmpty ? Model.NewConstant(maxLength) : Model.NewIntVarFromDomain(Domain.FromValues([.. t.Lengths.Select(l => (long)l)]), name + ".length");
        t.End = Model.NewIntVar(Math.Min(0, pinned ?? 0), Math.Max(horizon, pinned ?? 0) + maxLength, name + ".end");
        t.Placed = Model.NewBoolVar(name + ".placed");
        t.Interval = Model.NewOptionalIntervalVar(t.Start, t.Length, t.End, t.Placed, name + ".interval");

        if (!t.Lengths.IsEmpty)
        {
            foreach (var session in _sessions)
            {
                // A pinned start without a pinned room takes the session's first room the topic may use (docs/scheduling.md).
                // Preferably one that seats the topic and is free for its shortest length from the pinned start.
                bool MayUse(string x) => r.AllowedRooms.IsEmpty || r.AllowedRooms.Contains(x, StringComparer.Ordinal);
                var firstAllowed = (pinned is { } at ? session.Rooms.FirstOrDefault(x => MayUse(x) && Seats(r, x) && FreeWindows(x, session, grid).Any(w => w.From <= at && at + t.Lengths[0] <= w.To)) : null)
                    ?? session.Rooms.FirstOrDefault(MayUse);
                foreach (var room in session.Rooms)
                {
                    if (MayUse(room) && Seats(r, room)
                        && (r.PinnedRoom is null || r.PinnedRoom == room)
                        && (pinned is null || r.PinnedRoom is not null || room == firstAllowed)
                        && (r.PinnedBlockId is null || r.PinnedBlockId == session.Block.Id)
                        && session.End - session.Start >= t.Lengths[0]
                        && (pinned is not { } s || (session.Start <= s && s + t.Lengths[0] <= session.End)))
                    {
                        var chosen = Model.NewBoolVar($"{name}@{session.Block.Id}/{room}");
                        var minutes = Model.NewIntVarFromDomain(Domain.FromValues([0, .. t.Lengths.Select(l => (long)l)]), $"{name}@{session.Block.Id}/{room}.minutes");
                        Model.Add(minutes == t.Length).OnlyEnforceIf(chosen);
                        Model.Add(minutes == 0).OnlyEnforceIf(chosen.Not());
                        Model.Add(minutes >= LinearExpr.Term(chosen, t.Lengths[0]));
                        Model.Add(minutes <= LinearExpr.Term(chosen, t.Lengths[^1]));
                        t.Candidates.Add(new Candidate(session, room, chosen, minutes, Model.NewOptionalIntervalVar(t.Start, t.Length, t.End, chosen, $"{name}@{session.Block.Id}/{room}.interval")));
                        if (_rooms.TryGetValue(room, out var rules) && !rules.Availability.IsEmpty)
                        {
                            // Room availability: inside one of the room's (joined) windows; a start on the session's grid after a window's start.
                            var free = new List<ILiteral>();
                            foreach (var (from, to) in FreeWindows(room, session, grid))
                            {
                                var inside = Model.NewBoolVar($"{name}@{session.Block.Id}/{room}.free{free.Count}");
                                Model.Add(t.Start >= from).OnlyEnforceIf(inside);
                                Model.Add(t.End <= to).OnlyEnforceIf(inside);
                                free.Add(inside);
                            }

                            Model.AddBoolOr([.. free, chosen.Not()]);
                        }
                    }
                }
            }
        }

        // Placed in exactly one (session, room) of its candidates, or in none; its minutes are those of that candidate.
        Model.Add(LinearExpr.Sum(t.Candidates.Select(c => c.Chosen)) == t.Placed);
        t.PlacedMinutes = LinearExpr.Sum(t.Candidates.Select(c => c.Minutes));

        // Inside the session's usable span; on the grid from the session's start unless pinned to a start.
        foreach (var session in t.Candidates.Select(c => c.Session).Distinct())
        {
            var inSession = t.InSession(session, Model);
            Model.Add(t.Start >= session.Start).OnlyEnforceIf(inSession);
            Model.Add(t.End <= session.End).OnlyEnforceIf(inSession);
            if (pinned is null && grid > 1)
            {
                var steps = Model.NewIntVar(0, Math.Max(0, (session.End - session.Start) / grid), $"{name}@{session.Block.Id}.steps");
                Model.Add(t.Start == session.Start + (grid * steps)).OnlyEnforceIf(inSession);
            }
        }

        // Availability: inside at least one window.
        if (!r.Availability.IsEmpty)
        {
            var windows = new List<ILiteral>();
            foreach (var window in r.Availability)
            {
                var from = Minute(window.Start) / _unit;
                var to = Minute(window.End) / _unit;
                if (t.Lengths.IsEmpty || to - from < t.Lengths[0])
                {
                    continue;
                }

                var inside = Model.NewBoolVar($"{name}.window{windows.Count}");
                Model.Add(t.Start >= from).OnlyEnforceIf(inside);
                Model.Add(t.End <= to).OnlyEnforceIf(inside);
                windows.Add(inside);
            }

            Model.AddBoolOr([.. windows, t.Placed.Not()]);
        }

        // Pinned starts are resolved by the library before packing: follow the given agenda's decision.
        if (r.PinnedStart is not null && pins is not null)
        {
            Model.Add(t.Placed == (pins.FindTopic(r.Id) is null ? 0 : 1));
        }
    }

    /// <summary>
    /// Interchangeable topics (same lengths, weight, availability, rooms and session pins, no pinned start, and the
    /// same conflicts, shared presenters and groupings with every other topic) can trade places in any solution, so
    /// only the solutions where the earlier of two is placed whenever the later one is, and in an earlier (session,
    /// room) or earlier in the same one, are searched. Sound: sorting the placed members of a class by position and
    /// handing the positions out in request order turns any solution into one of these, with the same objective.
    /// </summary>
    private void BreakSymmetry(HashSet<(int, int)> conflicts, HashSet<(int, int)> presenters, int horizon)
    {
        var n = _topics.Count;
        bool Related(HashSet<(int, int)> set, int a, int b) => set.Contains((Math.Min(a, b), Math.Max(a, b)));
        bool Grouped(int a, int b) =>
            _topics[a].Request.SameSessionAs.Contains(_topics[b].Request.Id, StringComparer.Ordinal)
            || _topics[b].Request.SameSessionAs.Contains(_topics[a].Request.Id, StringComparer.Ordinal);
        bool Same(int a, int b)
        {
            var (x, y) = (_topics[a].Request, _topics[b].Request);
            if (x.PinnedStart is not null || y.PinnedStart is not null
                || !_topics[a].Lengths.SequenceEqual(_topics[b].Lengths) || Hundredths(x.Weight) != Hundredths(y.Weight)
                || !x.Availability.SequenceEqual(y.Availability) || !x.AllowedRooms.SequenceEqual(y.AllowedRooms, StringComparer.Ordinal)
                || x.PinnedBlockId != y.PinnedBlockId || x.PinnedRoom != y.PinnedRoom || x.ExpectedInterest != y.ExpectedInterest
                || !x.After.IsEmpty || !y.After.IsEmpty || _topics.Any(t => t.Request.After.Contains(x.Id, StringComparer.Ordinal) || t.Request.After.Contains(y.Id, StringComparer.Ordinal)))
            {
                // Ordered topics are never interchangeable.
                return false;
            }

            for (var v = 0; v < n; v++)
            {
                if (v != a && v != b
                    && (Related(conflicts, a, v) != Related(conflicts, b, v) || Related(presenters, a, v) != Related(presenters, b, v) || Grouped(a, v) != Grouped(b, v)))
                {
                    return false;
                }
            }

            return true;
        }

        var rooms = _sessions.SelectMany(session => session.Rooms.Select(room => (session, room))).ToList();
        var span = (long)horizon + 1;
        LinearExpr Position(TopicVars t) => LinearExpr.Sum(t.Candidates.Select(c => LinearExpr.Term(c.Chosen, rooms.IndexOf((c.Session, c.Room)) * span))) + t.Start!;
        var done = new bool[n];
        for (var a = 0; a < n; a++)
        {
            if (done[a])
            {
                continue;
            }

            var previous = a;
            for (var b = a + 1; b < n; b++)
            {
                if (!done[b] && Same(a, b))
                {
                    done[b] = true;
                    var (earlier, later) = (_topics[previous], _topics[b]);
                    Model.AddImplication(later.Placed!, earlier.Placed!);
                    Model.Add(Position(earlier) + 1 <= Position(later)).OnlyEnforceIf(later.Placed!);
                    previous = b;
                }
            }
        }
    }

    private void AddChangeover(TopicVars a, TopicVars b, int changeover)
    {
        // same = 1 only when both sit in rooms of the same name.
        var shared = new List<ILiteral>();
        foreach (var room in a.Candidates.Select(c => c.Room).Intersect(b.Candidates.Select(c => c.Room), StringComparer.Ordinal).Distinct(StringComparer.Ordinal))
        {
            var both = Model.NewBoolVar($"{a.Request.Id}+{b.Request.Id}@{room}");
            Model.Add(both <= LinearExpr.Sum(a.Candidates.Where(c => c.Room == room).Select(c => c.Chosen)));
            Model.Add(both <= LinearExpr.Sum(b.Candidates.Where(c => c.Room == room).Select(c => c.Chosen)));
            shared.Add(both);
        }

        var sameRoom = LinearExpr.Sum(shared);
        var aFirst = Model.NewBoolVar($"{a.Request.Id}<{b.Request.Id}");
        Model.Add(a.End! + changeover - (changeover * sameRoom) <= b.Start!).OnlyEnforceIf([aFirst, a.Placed!, b.Placed!]);
        Model.Add(b.End! + changeover - (changeover * sameRoom) <= a.Start!).OnlyEnforceIf([aFirst.Not(), a.Placed!, b.Placed!]);
    }

    /// <summary>A session: its usable span in time units from the origin and its rooms.</summary>
    private sealed class Session(AgendaBlock block, int start, int end, ImmutableArray<string> rooms)
    {
        public AgendaBlock Block { get; } = block;

        public int Start { get; } = start;

        public int End { get; } = end;

        public ImmutableArray<string> Rooms { get; } = rooms;
    }

    /// <summary>One (session, room) a topic may take, with its literal, its minutes there (0 when not chosen) and its optional interval.</summary>
    private sealed record Candidate(Session Session, string Room, BoolVar Chosen, IntVar Minutes, IntervalVar Interval);

    /// <summary>The variables of one topic.</summary>
    private sealed class TopicVars(SlotRequest request, ImmutableArray<int> lengths)
    {
        private readonly Dictionary<Session, ILiteral> _inSession = [];

        public SlotRequest Request { get; } = request;

        /// <summary>Gets the lengths the topic may take, in time units, shortest first (empty: it is never placed).</summary>
        public ImmutableArray<int> Lengths { get; } = lengths;

        /// <summary>Gets the (session, room) pairs it may take.</summary>
        public List<Candidate> Candidates { get; } = [];

        /// <summary>Gets or sets the start, in time units from the origin (a constant when pinned to a start).</summary>
        public IntVar? Start { get; set; }

        /// <summary>Gets or sets the length, in time units.</summary>
        public IntVar? Length { get; set; }

        /// <summary>Gets or sets the end (excluded), in time units from the origin.</summary>
        public IntVar? End { get; set; }

        /// <summary>Gets or sets whether it is placed.</summary>
        public BoolVar? Placed { get; set; }

        /// <summary>Gets or sets its length when placed and 0 otherwise, in time units.</summary>
        public LinearExpr? PlacedMinutes { get; set; }

        /// <summary>Gets or sets its interval, present when placed (for the conflicts between topics).</summary>
        public IntervalVar? Interval { get; set; }

        /// <summary>A literal that is true exactly when the topic is placed in <paramref name="session"/> (false when it cannot be).</summary>
        public ILiteral InSession(Session session, CpModel model)
        {
            if (!_inSession.TryGetValue(session, out var literal))
            {
                var rooms = Candidates.Where(c => c.Session == session).Select(c => c.Chosen).ToList();
                if (rooms.Count == 0)
                {
                    literal = model.FalseLiteral();
                }
                else
                {
                    var any = model.NewBoolVar($"{Request.Id}@{session.Block.Id}");
                    model.Add(any == LinearExpr.Sum(rooms));
                    literal = any;
                }

                _inSession[session] = literal;
            }

            return literal;
        }
    }
}
