using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using FluentResults;

namespace Summit.Core.Scheduling;

/// <summary>One room of one session, minus its reserved minutes (one piece of it for a room with availability windows): the unit topics are packed into.</summary>
/// <remarks>Minutes count from the model's origin; <see cref="Capacity"/> is the span rounded down to the grid.</remarks>
internal sealed record Lane(int Index, int BlockIndex, AgendaBlock Block, string Room, int RoomIndex, LocalDateTime Start, LocalDateTime End, int StartMinute, int EndMinute, int Grid)
{
    /// <summary>Gets the minutes topics can fill, on the grid, computed once (the search reads it at every node).</summary>
    public int Capacity { get; } = (EndMinute - StartMinute) / Grid * Grid;
}

/// <summary>A topic pinned to a start time: placed in its lane before the search, its start fixed, its length still free.</summary>
internal sealed record Anchor(int Topic, int Lane, LocalDateTime Start);

/// <summary>The validated, indexed form of a <see cref="PackingRequest"/> that both packers search.</summary>
internal sealed class PackingModel
{
    private PackingModel(PackingRequest request)
    {
        Request = request;
    }

    public PackingRequest Request { get; }

    public AgendaTemplate Template => Request.Template;

    public ImmutableArray<SlotRequest> Topics => Request.Requests;

    public List<Lane> Lanes { get; } = [];

    public List<Anchor> Anchors { get; } = [];

    /// <summary>Per topic: the lanes it may use (empty for anchors and impossible topics).</summary>
    public int[][] AllowedLanes { get; private set; } = [];

    /// <summary>Per topic: why it has no lane, when it has none.</summary>
    public (string Code, string Reason)?[] Impossible { get; private set; } = [];

    /// <summary>Per topic: the topics it must not run in parallel with (sorted, without itself).</summary>
    public int[][] ConflictsWith { get; private set; } = [];

    /// <summary>Per topic: the topics that must end before it starts when both are placed (<see cref="SlotRequest.After"/>), ascending.</summary>
    public int[][] Predecessors { get; private set; } = [];

    /// <summary>Per topic: the topics that must start after it ends when both are placed, ascending.</summary>
    public int[][] Successors { get; private set; } = [];

    /// <summary>
    /// Whether <paramref name="first"/> in lane <paramref name="firstLane"/> can end before <paramref name="then"/> in lane
    /// <paramref name="thenLane"/> starts, judged by the lanes (and pinned starts) and shortest lengths alone; the timing
    /// decides exactly when the lanes overlap in time (<see cref="OrderNeedsTiming"/>).
    /// </summary>
    public bool OrderFits(int first, int firstLane, int then, int thenLane)
    {
        var earliestEnd = (AnchorLane[first] >= 0 ? AnchorStartMinute[first] : Lanes[firstLane].StartMinute) + Min(first);
        var latestStart = AnchorLane[then] >= 0 ? AnchorStartMinute[then] : Lanes[thenLane].EndMinute - Min(then);
        return earliestEnd <= latestStart;
    }

    /// <summary>Whether an order from a topic in lane <paramref name="firstLane"/> to one in the other lane <paramref name="thenLane"/> needs real times: the first lane does not end before the other starts.</summary>
    public bool OrderNeedsTiming(int firstLane, int thenLane) => firstLane != thenLane && Lanes[firstLane].EndMinute > Lanes[thenLane].StartMinute;

    /// <summary>
    /// The topics of one back-to-back lane in an order that keeps every <see cref="SlotRequest.After"/> among them: each
    /// time, the first topic of <paramref name="preferred"/> whose predecessors in the lane are already laid.
    /// </summary>
    public List<int> InOrder(List<int> preferred)
    {
        if (preferred.TrueForAll(t => Predecessors[t].Length == 0))
        {
            return preferred;
        }

        var left = new List<int>(preferred);
        var result = new List<int>(preferred.Count);
        while (left.Count > 0)
        {
            var next = left.FindIndex(t => Array.TrueForAll(Predecessors[t], p => !left.Contains(p)));
            result.Add(left[next]);
            left.RemoveAt(next);
        }

        return result;
    }

    /// <summary>Whether every order between topic <paramref name="t"/> in lane <paramref name="lane"/> and the placed topics of <paramref name="laneOf"/> fits by <see cref="OrderFits"/>.</summary>
    public bool OrdersFit(int[] laneOf, int t, int lane)
    {
        foreach (var p in Predecessors[t])
        {
            if (laneOf[p] >= 0 && !OrderFits(p, laneOf[p], t, lane))
            {
                return false;
            }
        }

        foreach (var u in Successors[t])
        {
            if (laneOf[u] >= 0 && !OrderFits(t, lane, u, laneOf[u]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Per topic: the topics it must share a session with when both are placed.</summary>
    public int[][] GroupWith { get; private set; } = [];

    /// <summary>
    /// Per topic: the other topic of its exclusive pair, or -1. Two grouped topics (<see cref="GroupWith"/>) whose allowed
    /// lanes share no session can never both be placed; the pairs are disjoint (each topic in at most one), chosen by
    /// falling weight of the lighter one, so the weight bound counts at most one topic of each pair.
    /// </summary>
    public int[] ExclusivePartner { get; private set; } = [];

    /// <summary>The earliest start and the latest end of the lanes of session block <paramref name="block"/>, in minutes.</summary>
    public (int Start, int End) BlockSpan(int block)
    {
        var (start, end) = (int.MaxValue, int.MinValue);
        foreach (var lane in Lanes)
        {
            if (lane.BlockIndex == block)
            {
                (start, end) = (Math.Min(start, lane.StartMinute), Math.Max(end, lane.EndMinute));
            }
        }

        return (start, end);
    }

    /// <summary>Whether topic <paramref name="t"/> may use a lane of session block <paramref name="block"/>.</summary>
    public bool HasLaneInBlock(int t, int block)
    {
        foreach (var l in AllowedLanes[t])
        {
            if (Lanes[l].BlockIndex == block)
            {
                return true;
            }
        }

        return false;
    }

    private int[] ExclusivePairs()
    {
        var n = Topics.Length;
        var candidates = new List<(int A, int B)>();
        for (var a = 0; a < n; a++)
        {
            foreach (var b in GroupWith[a])
            {
                if (b > a && AllowedLanes[a].Length > 0 && AllowedLanes[b].Length > 0
                    && !AllowedLanes[a].Any(l => HasLaneInBlock(b, Lanes[l].BlockIndex)))
                {
                    candidates.Add((a, b));
                }
            }
        }

        var partner = new int[n];
        Array.Fill(partner, -1);
        foreach (var (a, b) in candidates.OrderByDescending(p => Math.Min(WeightUnits[p.A], WeightUnits[p.B])).ThenBy(p => p.A).ThenBy(p => p.B))
        {
            if (partner[a] < 0 && partner[b] < 0)
            {
                (partner[a], partner[b]) = (b, a);
            }
        }

        return partner;
    }

    /// <summary>Per pair of lanes: whether they overlap in time (they are then in different rooms).</summary>
    public bool[,] Parallel { get; private set; } = new bool[0, 0];

    /// <summary>Per topic: the lane it had in the previous agenda, -1 when it was not placed, -2 when the lane no longer exists.</summary>
    public int[] PreviousLane { get; private set; } = [];

    /// <summary>Per topic: its start minute in the previous agenda (meaningful only where <see cref="PreviousLane"/> is a lane).</summary>
    public int[] PreviousStartMinute { get; private set; } = [];

    /// <summary>Per topic: its length in minutes in the previous agenda (meaningful only where <see cref="PreviousLane"/> is a lane).</summary>
    public int[] PreviousLength { get; private set; } = [];

    public bool[] IsAnchor { get; private set; } = [];

    /// <summary>
    /// Gets the topics the searches place, in request order: not pinned to a start (those are anchors, placed with the
    /// model) and with at least one lane they may use. Made once per model.
    /// </summary>
    public int[] PlaceableTopics => _placeable ??= [.. Enumerable.Range(0, Topics.Length).Where(t => !IsAnchor[t] && AllowedLanes[t].Length > 0)];

    private int[]? _placeable;

    /// <summary>Gets the lanes topic <paramref name="t"/> can take: an anchor's own lane, otherwise <see cref="AllowedLanes"/>. Made once per model.</summary>
    public int[] LanesOf(int t)
    {
        _lanesOf ??= [.. Enumerable.Range(0, Topics.Length).Select(u => IsAnchor[u] ? (AnchorLane[u] >= 0 ? [AnchorLane[u]] : []) : AllowedLanes[u])];
        return _lanesOf[t];
    }

    private int[][]? _lanesOf;

    private bool[] _mayUse = [];

    /// <summary>Whether topic <paramref name="topic"/> may use lane <paramref name="lane"/> (it is in its allowed lanes).</summary>
    public bool MayUse(int topic, int lane) => _mayUse[(topic * _stride) + lane];

    public int Min(int topic) => _min[topic];

    public int Max(int topic) => _max[topic];

    private int[] _min = [];

    private int[] _max = [];

    public double Weight(int topic) => Topics[topic].Weight;

    /// <summary>The topic's weight in whole hundredths: the packers compare and sum these, never doubles.</summary>
    public long Units(int topic) => WeightUnits[topic];

    /// <summary>The greatest common divisor of the searchable topics' weights in hundredths (1 when there are none): every placed weight is a multiple of it.</summary>
    public long WeightStep { get; private set; } = 1;

    /// <summary>The greatest common divisor of the searchable topics' minimum lengths and the lane capacities, in minutes (at least 1).</summary>
    public int SizeStep { get; private set; } = 1;

    /// <summary>Per topic: its weight in whole hundredths.</summary>
    public long[] WeightUnits { get; private set; } = [];

    /// <summary>Per topic: the block it is pinned to (by <see cref="SlotRequest.PinnedBlockId"/> or by its accepted pinned start), or -1.</summary>
    public int[] PinnedBlock { get; private set; } = [];

    /// <summary>Problems that do not stop packing but that <see cref="Packers.Diagnose"/> reports (over-full pinned sessions, groupings pinned apart).</summary>
    public List<SummitError> Notes { get; } = [];

    public static Result<PackingModel> Build(PackingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Template);
        var model = new PackingModel(request);
        var errors = new List<SummitError>();
        model.ValidateTemplate(errors);
        model.ValidateRequests(errors);
        if (errors.Count > 0)
        {
            return Result.Fail<PackingModel>(errors);
        }

        model.CheckOrderCycles(errors);
        if (errors.Count > 0)
        {
            return Result.Fail<PackingModel>(errors);
        }

        model.BuildAnchorsAndLanes(errors);
        if (errors.Count > 0)
        {
            return Result.Fail<PackingModel>(errors);
        }

        model.CheckPins(errors);
        if (errors.Count > 0)
        {
            return Result.Fail<PackingModel>(errors);
        }

        model.BuildRelations();
        return Result.Ok(model);
    }

    internal static SummitError Fail(string code, string message) => new(code, message);

    private void ValidateTemplate(List<SummitError> errors)
    {
        var blocks = Template.Blocks;
        if (blocks.IsEmpty || !blocks.Any(b => b.Kind == BlockKind.Session))
        {
            errors.Add(Fail(ErrorCodes.Scheduling.TemplateEmpty, "The agenda template has no session to put topics in."));
            return;
        }

        if (string.IsNullOrWhiteSpace(Template.DefaultRoom))
        {
            errors.Add(Fail(ErrorCodes.Scheduling.BlockInvalid, "The agenda template needs a default room."));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            var id = block.Id ?? string.Empty;
            if (string.IsNullOrWhiteSpace(id))
            {
                errors.Add(Fail(ErrorCodes.Scheduling.BlockInvalid, $"Block '{block.Title}' has no id.").WithMetadata("block", id));
                continue;
            }

            if (!ids.Add(id))
            {
                errors.Add(Fail(ErrorCodes.Scheduling.BlockInvalid, $"Block id '{id}' is used twice.").WithMetadata("block", id));
            }

            if (block.End <= block.Start)
            {
                errors.Add(Fail(ErrorCodes.Scheduling.BlockInvalid, $"Block '{id}' ends at {Text(block.End)}, not after its start {Text(block.Start)}.").WithMetadata("block", id));
                continue;
            }

            if (block.ReservedMinutes < 0 || (block.ReservedMinutes > 0 && (block.Kind != BlockKind.Session || block.ReservedMinutes >= block.Minutes)))
            {
                errors.Add(Fail(ErrorCodes.Scheduling.BlockInvalid, $"Block '{id}' reserves {block.ReservedMinutes} minutes; only a session can reserve minutes, fewer than its {block.Minutes}.").WithMetadata("block", id));
            }

            var rooms = Template.RoomsOf(block);
            if (rooms.Any(string.IsNullOrWhiteSpace) || rooms.Distinct(StringComparer.Ordinal).Count() != rooms.Length)
            {
                errors.Add(Fail(ErrorCodes.Scheduling.BlockInvalid, $"Block '{id}' has an empty or repeated room name.").WithMetadata("block", id));
            }

            var startError = CheckLocal(block.LocalStart, errors, id);
            var endError = CheckLocal(block.LocalEnd, errors, id);
            if (!startError && !endError && block.LocalStart < block.LocalEnd)
            {
                CheckNoClockChange(block, errors);
            }
        }

        for (var i = 0; i < blocks.Length; i++)
        {
            for (var j = i + 1; j < blocks.Length; j++)
            {
                var a = blocks[i];
                var b = blocks[j];
                if (a.End <= a.Start || b.End <= b.Start)
                {
                    continue;
                }

                var shared = Template.RoomsOf(a).Intersect(Template.RoomsOf(b), StringComparer.Ordinal).FirstOrDefault();
                if (shared is not null && a.LocalStart < b.LocalEnd && b.LocalStart < a.LocalEnd)
                {
                    errors.Add(Fail(ErrorCodes.Scheduling.BlocksOverlap, $"Blocks '{a.Id}' and '{b.Id}' overlap in room '{shared}'.")
                        .WithMetadata("block", a.Id).WithMetadata("otherBlock", b.Id).WithMetadata("room", shared));
                }
            }
        }
    }

    private bool CheckLocal(LocalDateTime local, List<SummitError> errors, string blockId)
    {
        var error = LocalTimeError(Template.Zone, local);
        if (error is not null)
        {
            errors.Add(error.WithMetadata("block", blockId));
        }

        return error is not null;
    }

    /// <summary>Every length is counted in wall-clock minutes, so a block may not run across a clock change.</summary>
    private void CheckNoClockChange(AgendaBlock block, List<SummitError> errors)
    {
        var zone = Template.Zone;
        var start = zone.AtStrictly(block.LocalStart).ToInstant();
        var end = zone.AtStrictly(block.LocalEnd).ToInstant();
        var interval = zone.GetZoneInterval(start);
        if (!interval.HasEnd || interval.End >= end)
        {
            return;
        }

        var change = interval.IsoLocalEnd;
        var real = (long)(end - start).TotalMinutes;
        errors.Add(Fail(
                ErrorCodes.Scheduling.BlockSpansClockChange,
                $"Block '{block.Id}' ({Text(block.LocalStart)}–{Text(block.LocalEnd.TimeOfDay)}) runs across the clock change at {Text(change)} in {zone.Id}: it lasts {real} real minutes, not {block.Minutes}. Split it at the change.")
            .WithMetadata("block", block.Id).WithMetadata("local", Text(change)));
    }

    internal static SummitError? LocalTimeError(DateTimeZone zone, LocalDateTime local)
    {
        var mapping = zone.MapLocal(local);
        return mapping.Count switch
        {
            1 => null,
            0 => Fail(ErrorCodes.Scheduling.LocalTimeSkipped, $"{Text(local)} does not exist in {zone.Id}: the clocks skip it.").WithMetadata("local", Text(local)),
            _ => Fail(ErrorCodes.Scheduling.LocalTimeAmbiguous, $"{Text(local)} happens twice in {zone.Id}: the clocks repeat it.").WithMetadata("local", Text(local)),
        };
    }

    internal static string Text(LocalDateTime value) => value.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);

    internal static string Text(LocalTime value) => value.ToString("HH:mm", CultureInfo.InvariantCulture);

    private void ValidateRequests(List<SummitError> errors)
    {
        if (Request.GridMinutes is < 1 or > 60)
        {
            errors.Add(Fail(ErrorCodes.Scheduling.RequestInvalid, $"The time grid is {Request.GridMinutes} minutes; it must be from 1 to 60.").WithMetadata("grid", Request.GridMinutes));
        }

        if (Request.ChangeoverMinutes is < 0 or > 240)
        {
            errors.Add(Fail(ErrorCodes.Scheduling.RequestInvalid, $"The changeover is {Request.ChangeoverMinutes} minutes; it must be from 0 to 240.").WithMetadata("changeover", Request.ChangeoverMinutes));
        }

        if (Topics.IsDefault)
        {
            errors.Add(Fail(ErrorCodes.Scheduling.RequestInvalid, "The list of slot requests is missing."));
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in Topics)
        {
            if (r is null)
            {
                errors.Add(Fail(ErrorCodes.Scheduling.RequestInvalid, "A slot request is missing (null)."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(r.Id))
            {
                errors.Add(Fail(ErrorCodes.Scheduling.RequestInvalid, $"Topic '{r.Title}' has no id.").WithMetadata("topic", r.Id ?? string.Empty));
                continue;
            }

            if (!ids.Add(r.Id))
            {
                errors.Add(Fail(ErrorCodes.Scheduling.DuplicateTopic, $"Topic id '{r.Id}' is requested twice.").WithMetadata("topic", r.Id));
            }

            if (r.LightningTalkMinutes < 0 || r.WrapUpMinutes < 0 || r.DiscussionMinimumMinutes < 0
                || r.DiscussionMaximumMinutes < r.DiscussionMinimumMinutes || r.MinimumMinutes <= 0 || r.Title is null)
            {
                errors.Add(Fail(ErrorCodes.Scheduling.RequestInvalid,
                    $"Topic '{r.Id}' has impossible minutes: lightning talk {r.LightningTalkMinutes}, discussion {r.DiscussionMinimumMinutes}–{r.DiscussionMaximumMinutes}, wrap-up {r.WrapUpMinutes}.")
                    .WithMetadata("topic", r.Id));
            }

            if (!double.IsFinite(r.Weight) || r.Weight < 0 || r.Weight > PackingScore.MaximumWeight)
            {
                errors.Add(Fail(ErrorCodes.Scheduling.RequestInvalid, $"Topic '{r.Id}' has weight {r.Weight.ToString(CultureInfo.InvariantCulture)}; it must be a finite number from 0 to 10^12.").WithMetadata("topic", r.Id));
            }

            foreach (var w in r.Availability)
            {
                if (w.End <= w.Start)
                {
                    errors.Add(Fail(ErrorCodes.Scheduling.RequestInvalid, $"Topic '{r.Id}' has an empty availability window {Text(w.Start)}–{Text(w.End)}.").WithMetadata("topic", r.Id));
                }
            }

            if (r.ExpectedInterest is < 0)
            {
                errors.Add(Fail(ErrorCodes.Scheduling.RequestInvalid, $"Topic '{r.Id}' expects {r.ExpectedInterest} people; it must be 0 or more.").WithMetadata("topic", r.Id));
            }

            if (r.Presenters.Any(p => p is null))
            {
                errors.Add(Fail(ErrorCodes.Scheduling.RequestInvalid, $"Topic '{r.Id}' has a missing list (presenters, availability, conflicts, grouping or rooms).").WithMetadata("topic", r.Id));
            }
        }

        ValidateRooms(errors);
        if (errors.Count > 0)
        {
            return;
        }

        foreach (var r in Topics)
        {
            foreach (var other in r.Conflicts.Concat(r.SameSessionAs).Concat(r.After))
            {
                if (!ids.Contains(other) || other == r.Id)
                {
                    errors.Add(Fail(ErrorCodes.Scheduling.UnknownTopic, $"Topic '{r.Id}' refers to topic '{other}', which is not another requested topic.")
                        .WithMetadata("topic", r.Id).WithMetadata("other", other ?? string.Empty));
                }
            }

            if (r.PinnedBlockId is not null)
            {
                var block = Template.Blocks.FirstOrDefault(b => b.Id == r.PinnedBlockId);
                if (block is null || block.Kind != BlockKind.Session)
                {
                    errors.Add(Fail(ErrorCodes.Scheduling.UnknownBlock, $"Topic '{r.Id}' is pinned to '{r.PinnedBlockId}', which is not a session of the template.")
                        .WithMetadata("topic", r.Id).WithMetadata("block", r.PinnedBlockId));
                }
                else if (r.PinnedRoom is not null && !Template.RoomsOf(block).Contains(r.PinnedRoom, StringComparer.Ordinal))
                {
                    errors.Add(Fail(ErrorCodes.Scheduling.UnknownRoom, $"Topic '{r.Id}' is pinned to room '{r.PinnedRoom}', which session '{block.Id}' does not have.")
                        .WithMetadata("topic", r.Id).WithMetadata("room", r.PinnedRoom));
                }
            }
            else if (r.PinnedRoom is not null && !Template.Blocks.Any(b => b.Kind == BlockKind.Session && Template.RoomsOf(b).Contains(r.PinnedRoom, StringComparer.Ordinal)))
            {
                errors.Add(Fail(ErrorCodes.Scheduling.UnknownRoom, $"Topic '{r.Id}' is pinned to room '{r.PinnedRoom}', which no session has.")
                    .WithMetadata("topic", r.Id).WithMetadata("room", r.PinnedRoom));
            }
        }
    }

    private void ValidateRooms(List<SummitError> errors)
    {
        var known = new HashSet<string>(Template.Blocks.SelectMany(b => Template.RoomsOf(b)), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rules in Request.Rooms)
        {
            if (rules is null || string.IsNullOrWhiteSpace(rules.Room))
            {
                errors.Add(Fail(ErrorCodes.Scheduling.RequestInvalid, "A room rule is missing or names no room."));
                continue;
            }

            if (!known.Contains(rules.Room))
            {
                errors.Add(Fail(ErrorCodes.Scheduling.UnknownRoom, $"The room rules name room '{rules.Room}', which no block of the template has.").WithMetadata("room", rules.Room));
            }

            if (!seen.Add(rules.Room))
            {
                errors.Add(Fail(ErrorCodes.Scheduling.RequestInvalid, $"Room '{rules.Room}' has rules twice; give one entry per room.").WithMetadata("room", rules.Room));
            }

            if (rules.Seats is < 1)
            {
                errors.Add(Fail(ErrorCodes.Scheduling.RequestInvalid, $"Room '{rules.Room}' has {rules.Seats} seats; it must have at least 1 (or no limit).").WithMetadata("room", rules.Room));
            }

            foreach (var w in rules.Availability)
            {
                if (w.End <= w.Start)
                {
                    errors.Add(Fail(ErrorCodes.Scheduling.RequestInvalid, $"Room '{rules.Room}' has an empty availability window {Text(w.Start)}–{Text(w.End)}.").WithMetadata("room", rules.Room));
                }
            }
        }

        if (errors.Count == 0)
        {
            _rooms = Request.Rooms.ToDictionary(x => x.Room, StringComparer.Ordinal);
        }
    }

    private Dictionary<string, RoomRules> _rooms = new(StringComparer.Ordinal);

    /// <summary>The seats of <paramref name="room"/>, or <see langword="null"/> for no limit.</summary>
    public int? SeatsOf(string room) => _rooms.TryGetValue(room, out var rules) ? rules.Seats : null;

    /// <summary>Whether <paramref name="room"/> seats the people expected at topic <paramref name="t"/>.</summary>
    public bool Seats(int t, string room) => Topics[t].ExpectedInterest is not { } expected || SeatsOf(room) is not { } seats || expected <= seats;

    /// <summary>Whether <paramref name="room"/> has availability windows (it is not always free).</summary>
    public bool IsRestricted(string room) => _rooms.TryGetValue(room, out var rules) && !rules.Availability.IsEmpty;

    /// <summary>
    /// The pieces of <c>[from, to)</c> in <paramref name="block"/> when <paramref name="room"/> can be used, in order: the whole
    /// stretch for a room without windows; otherwise its intersection with the (merged) windows, each piece's start moved up
    /// to the next multiple of <paramref name="grid"/> after the block's start (pieces left empty are dropped).
    /// <c>RawStart</c> is the piece's start before that move.
    /// </summary>
    internal static List<(LocalDateTime RawStart, LocalDateTime Start, LocalDateTime End)> Pieces(
        PackingRequest request, AgendaBlock block, string room, LocalDateTime from, LocalDateTime to, int grid)
    {
        var rules = request.Rooms.FirstOrDefault(x => x is not null && x.Room == room);
        if (rules is null || rules.Availability.IsEmpty)
        {
            return from < to ? [(from, from, to)] : [];
        }

        var g = Math.Max(1, grid);
        var result = new List<(LocalDateTime, LocalDateTime, LocalDateTime)>();
        foreach (var (ws, we) in Merge(rules.Availability))
        {
            var rawStart = ws > from ? ws : from;
            var end = we < to ? we : to;
            var offset = (int)Period.Between(block.LocalStart, rawStart, PeriodUnits.Minutes).Minutes;
            var start = block.LocalStart.PlusMinutes((offset + g - 1) / g * g);
            if (start < end)
            {
                result.Add((rawStart, start, end));
            }
        }

        return result;
    }

    /// <summary>The windows sorted, overlapping or touching ones joined.</summary>
    internal static List<(LocalDateTime Start, LocalDateTime End)> Merge(IEnumerable<LocalWindow> windows)
    {
        var merged = new List<(LocalDateTime Start, LocalDateTime End)>();
        foreach (var w in windows.Where(w => w.Start < w.End).OrderBy(w => w.Start))
        {
            if (merged.Count > 0 && w.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, w.End > merged[^1].End ? w.End : merged[^1].End);
            }
            else
            {
                merged.Add((w.Start, w.End));
            }
        }

        return merged;
    }

    /// <summary>"Room B is available 14:00–16:00 only" (times only when every session is on one date).</summary>
    internal string RoomSentence(string room)
    {
        var oneDay = Template.Blocks.Where(b => b.Kind == BlockKind.Session).Select(b => b.Date).Distinct().Count() == 1;
        var windows = Merge(_rooms[room].Availability).Select(w =>
            (oneDay && w.Start.Date == w.End.Date ? Text(w.Start.TimeOfDay) : Text(w.Start)) + "–" + (w.Start.Date == w.End.Date ? Text(w.End.TimeOfDay) : Text(w.End)));
        return $"{room} is available {string.Join(", ", windows)} only";
    }

    private void BuildAnchorsAndLanes(List<SummitError> errors)
    {
        var blocks = Template.Blocks;
        var n = Topics.Length;
        IsAnchor = new bool[n];
        Impossible = new (string, string)?[n];
        WeightUnits = [.. Topics.Select(r => PackingScore.ToUnits(r.Weight))];
        var g = Grid;
        _min = [.. Topics.Select(r => (r.MinimumMinutes + g - 1) / g * g)];
        _max = [.. Topics.Select(r => r.MaximumMinutes / g * g)];
        for (var t = 0; t < n; t++)
        {
            if (_max[t] < _min[t])
            {
                var r = Topics[t];
                Impossible[t] = (ErrorCodes.Scheduling.TopicOffGrid,
                    $"'{r.Title}' lasts {r.MinimumMinutes}–{r.MaximumMinutes} minutes, and no length in that range is a multiple of the {g}-minute grid.");
                _max[t] = _min[t];
            }
        }

        var candidates = new List<(int Topic, int Block, int Room, LocalDateTime Start)>();
        for (var t = 0; t < n; t++)
        {
            var r = Topics[t];
            if (r.PinnedStart is not { } at || Impossible[t] is not null)
            {
                continue;
            }

            var blockIndex = -1;
            for (var b = 0; b < blocks.Length; b++)
            {
                var block = blocks[b];
                if (block.Kind == BlockKind.Session && (r.PinnedBlockId is null || r.PinnedBlockId == block.Id)
                    && block.LocalStart <= at && at < block.LocalEnd.PlusMinutes(-block.ReservedMinutes)
                    && (r.PinnedRoom is null || Template.RoomsOf(block).Contains(r.PinnedRoom, StringComparer.Ordinal)))
                {
                    blockIndex = b;
                    break;
                }
            }

            if (blockIndex < 0)
            {
                errors.Add(Fail(ErrorCodes.Scheduling.PinUnsatisfiable, $"Topic '{r.Id}' is pinned to start at {Text(at)}, which is not inside a session it may use.")
                    .WithMetadata("topic", r.Id).WithMetadata("local", Text(at)));
                continue;
            }

            var rooms = Template.RoomsOf(blocks[blockIndex]);
            // Without a pinned room, the first room of the session the topic may use.
            // Preferably one that seats the topic and is available then.
            bool MayUseRoom(string x) => r.AllowedRooms.IsEmpty || r.AllowedRooms.Contains(x, StringComparer.Ordinal);
            var block0 = blocks[blockIndex];
            var room = r.PinnedRoom
                ?? rooms.FirstOrDefault(x => MayUseRoom(x) && Seats(t, x)
                    && Pieces(Request, block0, x, block0.LocalStart, block0.LocalEnd.PlusMinutes(-block0.ReservedMinutes), Grid).Any(p => p.Start <= at && at.PlusMinutes(Min(t)) <= p.End))
                ?? rooms.FirstOrDefault(MayUseRoom) ?? rooms[0];
            candidates.Add((t, blockIndex, rooms.IndexOf(room, StringComparer.Ordinal), at));
        }

        // Pins are honoured by falling weight (then request order): a pin that would overlap a heavier pin in its room,
        // run beside a heavier conflicting pin, or split a grouping from a heavier pin leaves its topic out, with the reason.
        var accepted = new List<(int Topic, int Block, int Room, LocalDateTime Start)>();
        foreach (var c in candidates.OrderByDescending(c => WeightUnits[c.Topic]).ThenBy(c => c.Topic))
        {
            var r = Topics[c.Topic];
            var block = blocks[c.Block];
            var rooms = Template.RoomsOf(block);
            var end = block.LocalEnd.PlusMinutes(-block.ReservedMinutes);
            var minEnd = c.Start.PlusMinutes(Min(c.Topic));
            if (!Seats(c.Topic, rooms[c.Room]))
            {
                Impossible[c.Topic] = (ErrorCodes.Scheduling.RoomTooSmall,
                    $"'{r.Title}' expects {r.ExpectedInterest} people, but {rooms[c.Room]}, where it is pinned to start at {Text(c.Start.TimeOfDay)}, seats {SeatsOf(rooms[c.Room])}.");
                continue;
            }

            if (IsRestricted(rooms[c.Room]) && !Pieces(Request, block, rooms[c.Room], block.LocalStart, end, Grid).Any(p => p.Start <= c.Start && minEnd <= p.End))
            {
                Impossible[c.Topic] = (ErrorCodes.Scheduling.RoomUnavailable,
                    $"'{r.Title}' is pinned to {Text(c.Start.TimeOfDay)}–{Text(minEnd.TimeOfDay)} (at least {Min(c.Topic)} minutes) in {rooms[c.Room]}, but {RoomSentence(rooms[c.Room])}.");
                continue;
            }

            if (minEnd > end)
            {
                Impossible[c.Topic] = (ErrorCodes.Scheduling.PinnedMinutesExceedSession,
                    $"'{r.Title}' is pinned to start at {Text(c.Start.TimeOfDay)} and needs at least {Min(c.Topic)} minutes, but session '{block.Id}' has topic time only until {Text(end.TimeOfDay)}.");
                continue;
            }

            string? clash = null;
            foreach (var a in accepted)
            {
                var other = Topics[a.Topic];
                var aEnd = a.Start.PlusMinutes(Min(a.Topic));
                var overlap = c.Start < aEnd && a.Start < minEnd;
                if (overlap && a.Block == c.Block && a.Room == c.Room)
                {
                    clash = $"'{r.Title}' is pinned to {Text(c.Start.TimeOfDay)}–{Text(minEnd.TimeOfDay)} in {rooms[c.Room]}, where '{other.Title}', pinned to {Text(a.Start.TimeOfDay)} with more weight, runs until at least {Text(aEnd.TimeOfDay)}.";
                    Impossible[c.Topic] = (ErrorCodes.Scheduling.PinnedMinutesExceedSession, clash);
                    break;
                }

                var changeover = a.Room != c.Room || a.Block != c.Block ? Request.ChangeoverMinutes : 0;
                var sharesPresenter = r.Presenters.Any(p => other.Presenters.Contains(p, StringComparer.Ordinal));
                if ((overlap || (sharesPresenter && changeover > 0 && c.Start < aEnd.PlusMinutes(changeover) && a.Start < minEnd.PlusMinutes(changeover)))
                    && Conflicting(c.Topic, a.Topic))
                {
                    var shared = r.Presenters.FirstOrDefault(p => other.Presenters.Contains(p, StringComparer.Ordinal));
                    var who = shared is null ? $"'{r.Title}' must not run beside '{other.Title}'" : $"{shared} presents both '{r.Title}' and '{other.Title}'";
                    clash = $"{who}; they are pinned to the same time ({Text(c.Start.TimeOfDay)} in {rooms[c.Room]} and {Text(a.Start.TimeOfDay)} in {Template.RoomsOf(blocks[a.Block])[a.Room]}), and '{other.Title}' has more weight.";
                    Impossible[c.Topic] = (ErrorCodes.Scheduling.PresenterDoublePinned, clash);
                    break;
                }

                if ((Ordered(a.Topic, c.Topic) && c.Start < aEnd) || (Ordered(c.Topic, a.Topic) && a.Start < minEnd))
                {
                    var (first, then, firstEnd) = Ordered(a.Topic, c.Topic) ? (other, r, aEnd) : (r, other, minEnd);
                    clash = $"'{then.Title}' must start after '{first.Title}' ends, but '{r.Title}' is pinned to {Text(c.Start)} and '{other.Title}', pinned to {Text(a.Start)} with more weight, {(first == other ? $"ends at {Text(firstEnd)} at the earliest" : $"would have to start after {Text(firstEnd)}")}.";
                    Impossible[c.Topic] = (ErrorCodes.Scheduling.PinsOutOfOrder, clash);
                    break;
                }

                if (a.Block != c.Block && Grouped(c.Topic, a.Topic))
                {
                    clash = $"'{r.Title}' must share a session with '{other.Title}', which is pinned to {Text(a.Start)} in session '{blocks[a.Block].Id}' and has more weight, but '{r.Title}' is pinned to {Text(c.Start)} in session '{block.Id}'.";
                    Impossible[c.Topic] = (ErrorCodes.Scheduling.GroupedPinsApart, clash);
                    break;
                }
            }

            if (clash is null)
            {
                accepted.Add(c);
                IsAnchor[c.Topic] = true;
            }
        }

        PinnedBlock = new int[n];
        for (var t = 0; t < n; t++)
        {
            var pinned = Topics[t].PinnedBlockId;
            PinnedBlock[t] = pinned is null ? -1 : blocks.AsImmutableArray().IndexOf(blocks.First(b => b.Id == pinned));
        }

        foreach (var a in accepted)
        {
            PinnedBlock[a.Topic] = a.Block;
        }

        var origin = blocks.Where(b => b.Kind == BlockKind.Session).Min(b => b.Date).AtMidnight();
        Origin = origin;
        AnchorLane = new int[n];
        Array.Fill(AnchorLane, -1);
        AnchorStartMinute = new int[n];
        for (var b = 0; b < blocks.Length; b++)
        {
            var block = blocks[b];
            if (block.Kind != BlockKind.Session)
            {
                continue;
            }

            var rooms = Template.RoomsOf(block);
            var end = block.LocalEnd.PlusMinutes(-block.ReservedMinutes);
            for (var ri = 0; ri < rooms.Length; ri++)
            {
                // A room with availability windows gives one lane per piece of the session it is free in.
                foreach (var (_, from, to) in Pieces(Request, block, rooms[ri], block.LocalStart, end, Grid))
                {
                    var lane = new Lane(Lanes.Count, b, block, rooms[ri], ri, from, to, MinuteOf(from), MinuteOf(to), Grid);
                    Lanes.Add(lane);
                    foreach (var a in accepted.Where(a => a.Block == b && a.Room == ri && from <= a.Start && a.Start < to))
                    {
                        AnchorLane[a.Topic] = lane.Index;
                        AnchorStartMinute[a.Topic] = MinuteOf(a.Start);
                        Anchors.Add(new Anchor(a.Topic, lane.Index, a.Start));
                    }
                }

                if (IsRestricted(rooms[ri]))
                {
                    _uncut.Add(new Lane(-1, b, block, rooms[ri], ri, block.LocalStart, end, MinuteOf(block.LocalStart), MinuteOf(end), Grid));
                }
            }
        }

        WindowStart = new int[n][];
        WindowEnd = new int[n][];
        for (var t = 0; t < n; t++)
        {
            var windows = Topics[t].Availability.OrderBy(w => w.Start).ToArray();
            WindowStart[t] = [.. windows.Select(w => MinuteOf(w.Start))];
            WindowEnd[t] = [.. windows.Select(w => MinuteOf(w.End))];
        }
    }

    /// <summary>The whole lanes (session × room, not cut) of rooms with availability windows: only to say why a topic has no lane.</summary>
    private readonly List<Lane> _uncut = [];

    /// <summary>Minutes from <see cref="Origin"/> (midnight of the first session's date) to a local time.</summary>
    public int MinuteOf(LocalDateTime local) => (int)Period.Between(Origin, local, PeriodUnits.Minutes).Minutes;

    /// <summary>The local time <paramref name="minute"/> minutes after <see cref="Origin"/>.</summary>
    public LocalDateTime LocalAt(int minute) => Origin.PlusMinutes(minute);

    /// <summary>Midnight of the first session's date: the zero of every minute count in the model.</summary>
    public LocalDateTime Origin { get; private set; }

    /// <summary>The time grid in minutes (1 for none).</summary>
    public int Grid => Request.GridMinutes;

    /// <summary>Per topic: the lane of its accepted pinned start, or -1.</summary>
    public int[] AnchorLane { get; private set; } = [];

    /// <summary>Per topic: the minute of its accepted pinned start (meaningful where <see cref="AnchorLane"/> is not -1).</summary>
    public int[] AnchorStartMinute { get; private set; } = [];

    /// <summary>Per topic: the starts of its availability windows in minutes, sorted (empty = always).</summary>
    public int[][] WindowStart { get; private set; } = [];

    /// <summary>Per topic: the ends of its availability windows in minutes, in the order of <see cref="WindowStart"/>.</summary>
    public int[][] WindowEnd { get; private set; } = [];

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    /// <summary>Fails when the <see cref="SlotRequest.After"/> orders form a cycle (every id is known by then), naming it.</summary>
    private void CheckOrderCycles(List<SummitError> errors)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < Topics.Length; t++)
        {
            index[Topics[t].Id] = t;
        }

        // Depth first over "must come after" edges: 0 unvisited, 1 on the path, 2 done.
        var state = new int[Topics.Length];
        var path = new List<int>();
        for (var t = 0; t < Topics.Length; t++)
        {
            if (state[t] == 0 && Cycle(t) is { } cycle)
            {
                var ids = cycle.Select(c => Topics[c].Id).ToList();
                errors.Add(Fail(ErrorCodes.Scheduling.OrderCycle,
                        $"Topics {string.Join(" and ", string.Join(", ", ids.SkipLast(1).Select(i => $"'{i}'")), $"'{ids[^1]}'")} must each come after the next ({string.Join(" after ", ids.Append(ids[0]).Select(i => $"'{i}'"))}): no agenda can hold them all. Drop one of these orders.")
                    .WithMetadata("topic", ids[0]).WithMetadata("cycle", string.Join(",", ids)));
                return;
            }
        }

        List<int>? Cycle(int t)
        {
            state[t] = 1;
            path.Add(t);
            foreach (var id in Topics[t].After)
            {
                var u = index[id];
                if (state[u] == 1)
                {
                    return path[path.IndexOf(u)..];
                }

                if (state[u] == 0 && Cycle(u) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[t] = 2;
            return null;
        }
    }

    /// <summary>Whether topic <paramref name="first"/> must end before topic <paramref name="then"/> starts (<see cref="SlotRequest.After"/>).</summary>
    private bool Ordered(int first, int then) => Topics[then].After.Contains(Topics[first].Id, StringComparer.Ordinal);

    private bool Grouped(int a, int b) =>
        Topics[a].SameSessionAs.Contains(Topics[b].Id, StringComparer.Ordinal) || Topics[b].SameSessionAs.Contains(Topics[a].Id, StringComparer.Ordinal);

    private bool Conflicting(int a, int b)
    {
        var ra = Topics[a];
        var rb = Topics[b];
        return ra.Conflicts.Contains(rb.Id, StringComparer.Ordinal) || rb.Conflicts.Contains(ra.Id, StringComparer.Ordinal)
            || ra.Presenters.Any(p => rb.Presenters.Contains(p, StringComparer.Ordinal));
    }

    private void CheckPins(List<SummitError> errors)
    {
        foreach (var anchor in Anchors)
        {
            var r = Topics[anchor.Topic];
            var room = Lanes[anchor.Lane].Room;
            if (!r.AllowedRooms.IsEmpty && !r.AllowedRooms.Contains(room, StringComparer.Ordinal))
            {
                errors.Add(Fail(ErrorCodes.Scheduling.PinUnsatisfiable, $"Topic '{r.Id}' is pinned into room '{room}', which it may not use.").WithMetadata("topic", r.Id));
            }

            if (!r.Availability.IsEmpty && !r.Availability.Any(w => w.Contains(anchor.Start, anchor.Start.PlusMinutes(Min(anchor.Topic)))))
            {
                errors.Add(Fail(ErrorCodes.Scheduling.PinUnsatisfiable,
                    $"Topic '{r.Id}' is pinned to {Text(anchor.Start)}–{Text(anchor.Start.PlusMinutes(Min(anchor.Topic)))}, outside its presenters' availability.").WithMetadata("topic", r.Id));
            }
        }

        // Not errors any more: the search leaves the lightest topics out. Diagnose still says so up front.
        foreach (var group in Topics.Select((r, t) => (r, t)).Where(x => x.r.PinnedBlockId is not null && x.r.PinnedStart is null)
                     .GroupBy(x => (x.r.PinnedBlockId!, x.r.PinnedRoom)))
        {
            var (blockId, room) = group.Key;
            var lanes = Lanes.Where(l => l.Block.Id == blockId && (room is null || l.Room == room)).ToList();
            var capacity = lanes.Sum(l => l.Capacity);
            var needed = group.Sum(x => Min(x.t));
            if (needed > capacity)
            {
                Notes.Add(Fail(ErrorCodes.Scheduling.PinnedMinutesExceedSession,
                    $"The topics pinned to session '{blockId}'{(room is null ? string.Empty : $" in room '{room}'")} need at least {needed} minutes, but it holds {capacity}; the lightest are left out.")
                    .WithMetadata("block", blockId).WithMetadata("minutes", needed).WithMetadata("capacity", capacity));
            }
        }

        for (var i = 0; i < Topics.Length; i++)
        {
            for (var j = i + 1; j < Topics.Length; j++)
            {
                if (Impossible[i] is null && Impossible[j] is null && PinnedBlock[i] >= 0 && PinnedBlock[j] >= 0
                    && PinnedBlock[i] != PinnedBlock[j] && Grouped(i, j))
                {
                    var (heavy, light) = WeightUnits[j] > WeightUnits[i] ? (j, i) : (i, j);
                    Notes.Add(Fail(ErrorCodes.Scheduling.GroupedPinsApart, GroupedApartReason(light, heavy))
                        .WithMetadata("topic", Topics[light].Id).WithMetadata("other", Topics[heavy].Id));
                }
            }
        }
    }

    /// <summary>Why <paramref name="light"/> and <paramref name="heavy"/>, grouped but pinned to different sessions, cannot both be placed.</summary>
    public string GroupedApartReason(int light, int heavy)
    {
        var (a, b) = (Topics[light], Topics[heavy]);
        return $"'{a.Title}' must share a session with '{b.Title}', but '{a.Title}' is pinned to session '{Template.Blocks[PinnedBlock[light]].Id}' and '{b.Title}' to session '{Template.Blocks[PinnedBlock[heavy]].Id}'.";
    }

    private void BuildRelations()
    {
        var n = Topics.Length;
        var laneCount = Lanes.Count;
        var changeover = Request.ChangeoverMinutes;
        Parallel = new bool[laneCount, laneCount];
        _near = new bool[laneCount, laneCount];
        for (var a = 0; a < laneCount; a++)
        {
            for (var b = 0; b < laneCount; b++)
            {
                var (x, y) = (Lanes[a], Lanes[b]);
                Parallel[a, b] = a != b && x.StartMinute < y.EndMinute && y.StartMinute < x.EndMinute;
                _near[a, b] = a != b && x.Room != y.Room && x.StartMinute < y.EndMinute + changeover && y.StartMinute < x.EndMinute + changeover;
            }
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < n; t++)
        {
            index[Topics[t].Id] = t;
        }

        ConflictsWith = new int[n][];
        SharesPresenterWith = new bool[n][];
        GroupWith = new int[n][];
        Predecessors = new int[n][];
        Successors = new int[n][];
        for (var t = 0; t < n; t++)
        {
            var conflicts = new List<int>();
            for (var u = 0; u < n; u++)
            {
                if (u != t && Conflicting(t, u))
                {
                    conflicts.Add(u);
                }
            }

            ConflictsWith[t] = [.. conflicts];
            SharesPresenterWith[t] = [.. conflicts.Select(u => Topics[t].Presenters.Any(p => Topics[u].Presenters.Contains(p, StringComparer.Ordinal)))];
            Predecessors[t] = [.. Topics[t].After.Select(id => index[id]).Distinct().Order()];
            Successors[t] = [.. Enumerable.Range(0, n).Where(u => Ordered(t, u))];
            GroupWith[t] = [.. Topics[t].SameSessionAs.Select(id => index[id])
                .Concat(Enumerable.Range(0, n).Where(u => Topics[u].SameSessionAs.Contains(Topics[t].Id, StringComparer.Ordinal)))
                .Distinct().Order()];
        }

        var maxCapacity = Lanes.Count == 0 ? 0 : Lanes.Max(l => l.Capacity);
        AllowedLanes = new int[n][];
        _stride = laneCount;
        _tight = new bool[n * laneCount];
        for (var t = 0; t < n; t++)
        {
            for (var l = 0; l < laneCount; l++)
            {
                _tight[(t * laneCount) + l] = IsAnchor[t] ? AnchorLane[t] == l
                    : WindowStart[t].Length > 0 && !Topics[t].Availability.Any(w => w.Contains(Lanes[l].Start, Lanes[l].End));
            }

            if (IsAnchor[t] || Impossible[t] is not null || Topics[t].PinnedStart is not null)
            {
                AllowedLanes[t] = [];
                continue;
            }

            var r = Topics[t];
            var allowed = new List<int>();
            foreach (var lane in Lanes)
            {
                if (Allows(t, lane))
                {
                    allowed.Add(lane.Index);
                }
            }

            AllowedLanes[t] = [.. allowed];
            if (allowed.Count > 0)
            {
                continue;
            }

            if (_uncut.Any(l => Allows(t, l)))
            {
                var closed = _uncut.Where(l => Allows(t, l)).Select(l => l.Room).Distinct(StringComparer.Ordinal).Select(RoomSentence);
                Impossible[t] = (ErrorCodes.Scheduling.RoomUnavailable,
                    $"'{r.Title}' needs at least {Min(t)} minutes in a room it may use, but {string.Join("; ", closed)}.");
            }
            else if (Lanes.Concat(_uncut).Where(l => Allows(t, l, seats: false)).Select(l => l.Room).Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } big)
            {
                var largest = big.OrderByDescending(x => SeatsOf(x) ?? int.MaxValue).First();
                Impossible[t] = (ErrorCodes.Scheduling.RoomTooSmall,
                    $"'{r.Title}' expects {r.ExpectedInterest} people, more than any room it may use seats (the largest, {largest}, seats {SeatsOf(largest)}).");
            }
            else if (Min(t) > maxCapacity)
            {
                Impossible[t] = (ErrorCodes.Scheduling.TopicTooLong,
                    $"'{r.Title}' needs at least {Min(t)} minutes, longer than every session (the longest has {maxCapacity} minutes for topics).");
            }
            else if (WindowStart[t].Length > 0 && !Lanes.Any(l => FitsWindow(t, l)))
            {
                Impossible[t] = (ErrorCodes.Scheduling.AvailabilityMissesSessions, AvailabilityReason(t));
            }
            else
            {
                Impossible[t] = (ErrorCodes.Scheduling.NoAllowedSession,
                    $"No session has a room '{r.Title}' may use, long enough, at a time its presenters can come.");
            }
        }

        var step = 0L;
        var sizes = 0L;
        for (var t = 0; t < n; t++)
        {
            if (AllowedLanes[t].Length > 0)
            {
                step = Gcd(step, WeightUnits[t]);
                sizes = Gcd(sizes, Min(t));
            }
        }

        WeightStep = Math.Max(1, step);
        foreach (var lane in Lanes)
        {
            sizes = Gcd(sizes, lane.Capacity);
        }

        SizeStep = (int)Math.Max(1, sizes);
        _mayUse = new bool[n * _stride];
        for (var t = 0; t < n; t++)
        {
            foreach (var lane in AllowedLanes[t])
            {
                _mayUse[(t * _stride) + lane] = true;
            }
        }

        ExclusivePartner = ExclusivePairs();
        PreviousLane = new int[n];
        Array.Fill(PreviousLane, -1);
        PreviousStartMinute = new int[n];
        PreviousLength = new int[n];
        if (Request.Previous is { } previous)
        {
            for (var t = 0; t < n; t++)
            {
                var item = previous.FindTopic(Topics[t].Id);
                if (item is null)
                {
                    continue;
                }

                // A room cut into pieces: the piece the topic started in, else the first piece of that room of that session.
                PreviousLane[t] = (Lanes.FirstOrDefault(l => l.Block.Id == item.BlockId && l.Room == item.Room && l.Start <= item.LocalStart && item.LocalStart < l.End)
                    ?? Lanes.FirstOrDefault(l => l.Block.Id == item.BlockId && l.Room == item.Room))?.Index ?? -2;
                PreviousStartMinute[t] = MinuteOf(item.LocalStart);
                PreviousLength[t] = MinuteOf(item.LocalEnd) - PreviousStartMinute[t];
            }
        }

        Timing = new LaneTiming(this);
    }

    /// <summary>Per topic: for each entry of <see cref="ConflictsWith"/>, whether the two share a presenter (then the changeover applies between rooms).</summary>
    public bool[][] SharesPresenterWith { get; private set; } = [];

    /// <summary>The timing of lanes whose topics cannot simply run back to back (windows, pinned starts, conflicts across rooms).</summary>
    public LaneTiming Timing { get; private set; } = null!;

    private bool[,] _near = new bool[0, 0];

    private bool[] _tight = [];

    /// <summary>The lane count of the per topic and lane tables (<see cref="_tight"/>, <see cref="_mayUse"/>, <see cref="_laneMax"/>): row <c>t</c> starts at <c>t * _stride</c>.</summary>
    private int _stride;

    /// <summary>
    /// Whether topics in lanes <paramref name="a"/> and <paramref name="b"/> that conflict can get in each other's way:
    /// the lanes are in different rooms and overlap in time, or (for a shared presenter) come within the changeover of each other.
    /// </summary>
    public bool Interacts(int a, int b, bool sharedPresenter) => sharedPresenter ? _near[a, b] : Parallel[a, b];

    /// <summary>
    /// The most minutes topic <paramref name="t"/> can take in lane <paramref name="lane"/>: its longest length cut to the
    /// widest stretch of the lane that the lane's pinned topics (at their shortest lengths) leave free, inside one of its
    /// availability windows; a pinned topic's own stretch runs from its start to the next pinned start or the lane's end.
    /// Never below its shortest length (a topic that fits no stretch is refused by the timing anyway).
    /// </summary>
    /// <remarks>
    /// A topic's interval lies inside its lane, inside a window and clear of every pinned topic in that lane, so the sum
    /// of these over a lane's topics bounds the lane's topic minutes as the longest lengths do, and tighter: a 30–40
    /// minute topic whose only lane has a pinned start 30 minutes after its start (and 20 minutes left after the pin)
    /// takes at most 30 there, which the packer's minutes bound then sees before the topic is assigned.
    /// </remarks>
    public int LaneMax(int t, int lane)
    {
        _laneMax ??= BuildLaneMax();
        return _laneMax[(t * _stride) + lane];
    }

    private int[]? _laneMax;

    private int[] BuildLaneMax()
    {
        var n = Topics.Length;
        var result = new int[n * _stride];
        var g = Grid;
        foreach (var lane in Lanes)
        {
            var end = lane.StartMinute + lane.Capacity;
            var pins = PinsOf(lane);
            var gaps = Gaps(lane, pins);
            for (var t = 0; t < n; t++)
            {
                var most = 0;
                if (AnchorLane[t] == lane.Index)
                {
                    var start = AnchorStartMinute[t];
                    var next = pins.Where(x => x.Topic != t && x.Start >= start).Select(x => x.Start).DefaultIfEmpty(end).Min();
                    most = Math.Min(Max(t), (Math.Min(next, end) - start) / g * g);
                }
                else
                {
                    foreach (var (from, to) in gaps)
                    {
                        if (WindowStart[t].Length == 0)
                        {
                            var s = GridStartAtOrAfter(lane, from);
                            most = Math.Max(most, Math.Min(Max(t), Math.Max(0, to - s) / g * g));
                            continue;
                        }

                        for (var w = 0; w < WindowStart[t].Length; w++)
                        {
                            var s = GridStartAtOrAfter(lane, Math.Max(from, WindowStart[t][w]));
                            var e = Math.Min(to, WindowEnd[t][w]);
                            most = Math.Max(most, Math.Min(Max(t), Math.Max(0, e - s) / g * g));
                        }
                    }
                }

                result[(t * _stride) + lane.Index] = Math.Max(Min(t), most);
            }
        }

        return result;
    }

    /// <summary>The pinned topics of <paramref name="lane"/>, by start: their start and the end of their shortest length.</summary>
    private (int Start, int End, int Topic)[] PinsOf(Lane lane) =>
        [.. Anchors.Where(a => a.Lane == lane.Index).Select(a => (Start: AnchorStartMinute[a.Topic], End: AnchorStartMinute[a.Topic] + Min(a.Topic), a.Topic)).OrderBy(x => x.Start)];

    /// <summary>The stretches of <paramref name="lane"/> before, between and after its <paramref name="pins"/> (at their shortest lengths).</summary>
    private static List<(int From, int To)> Gaps(Lane lane, (int Start, int End, int Topic)[] pins)
    {
        var gaps = new List<(int From, int To)>();
        var cursor = lane.StartMinute;
        foreach (var pin in pins)
        {
            gaps.Add((cursor, pin.Start));
            cursor = Math.Max(cursor, pin.End);
        }

        gaps.Add((cursor, lane.StartMinute + lane.Capacity));
        return gaps;
    }

    /// <summary>
    /// The stretches of lane <paramref name="lane"/> that its pinned topics, at their shortest lengths, leave to other
    /// topics: before the first pin, then after each pin up to the next one (or the lane's end); one stretch, the whole
    /// lane, when nothing is pinned there. Per stretch: its minutes, its minutes from the first grid start in it (an
    /// unpinned topic runs inside one stretch, on the grid), and the minutes the pin before it can grow into it.
    /// </summary>
    public (int Span, int OnGrid, int Growth)[] Stretches(int lane)
    {
        _stretches ??= [.. Lanes.Select(BuildStretches)];
        return _stretches[lane];
    }

    private (int Span, int OnGrid, int Growth)[][]? _stretches;

    private (int Span, int OnGrid, int Growth)[] BuildStretches(Lane lane)
    {
        var pins = PinsOf(lane);
        var gaps = Gaps(lane, pins);
        var result = new (int Span, int OnGrid, int Growth)[gaps.Count];
        for (var i = 0; i < gaps.Count; i++)
        {
            var (from, to) = gaps[i];
            result[i] = (Math.Max(0, to - from), Math.Max(0, to - GridStartAtOrAfter(lane, from)) / Grid * Grid,
                i == 0 ? 0 : LaneMax(pins[i - 1].Topic, lane.Index) - Min(pins[i - 1].Topic));
        }

        return result;
    }

    /// <summary>The grid minutes of each of lane <paramref name="lane"/>'s <see cref="Stretches"/> that has any: the topics of a lane fill each on its own.</summary>
    public int[] FreeStretches(int lane)
    {
        _freeStretches ??= [.. Lanes.Select(l => Stretches(l.Index).Select(x => x.OnGrid).Where(m => m > 0).ToArray())];
        return _freeStretches[lane];
    }

    private int[][]? _freeStretches;

    /// <summary>
    /// The most topic minutes lane <paramref name="lane"/> can hold: its capacity, less each of its <see cref="Stretches"/>
    /// that is shorter than every other topic allowed there, except what the pinned topic before it can grow into it (a
    /// 30-minute gap between a fixed 20-minute pin and the next pin loses 10 minutes when no other topic is shorter than 15).
    /// </summary>
    public int MinutesCap(int lane)
    {
        _minutesCap ??= [.. Lanes.Select(BuildMinutesCap)];
        return _minutesCap[lane];
    }

    private int[]? _minutesCap;

    private int BuildMinutesCap(Lane lane)
    {
        var pins = PinsOf(lane);
        if (pins.Length == 0)
        {
            return lane.Capacity;
        }

        var shortest = int.MaxValue;
        for (var t = 0; t < Topics.Length; t++)
        {
            if (!IsAnchor[t] && MayUse(t, lane.Index))
            {
                shortest = Math.Min(shortest, Min(t));
            }
        }

        var cap = pins.Sum(p => Min(p.Topic));
        foreach (var (span, onGrid, growth) in Stretches(lane.Index))
        {
            cap += onGrid >= shortest ? span : Math.Min(growth, span);
        }

        return Math.Min(lane.Capacity, cap);
    }

    /// <summary>Gets or sets the weight bound's tables of this model (<see cref="PackingEvaluation.BoundScratch"/> makes them once).</summary>
    internal PackingEvaluation.BoundTables? BoundTables { get; set; }

    /// <summary>Gets the conflict cliques the weight bounds read (<see cref="Scheduling.WeightCliques"/>), made once.</summary>
    internal WeightCliques WeightCliques => _weightCliques ??= WeightCliques.Build(this);

    private WeightCliques? _weightCliques;

    /// <summary>The most minutes topic <paramref name="t"/> can take in any lane it may use (<see cref="LaneMax"/>; its longest length when it has none).</summary>
    public int BestLaneMax(int t) => AllowedLanes[t].Length == 0 ? Max(t) : AllowedLanes[t].Max(l => LaneMax(t, l));

    /// <summary>Whether topic <paramref name="t"/> in lane <paramref name="lane"/> needs real times: it is pinned to a start there, or its availability does not cover the whole lane.</summary>
    public bool IsTight(int t, int lane) => _tight[(t * _stride) + lane];

    /// <summary>The first grid start in <paramref name="lane"/> at or after <paramref name="minute"/>.</summary>
    public int GridStartAtOrAfter(int lane, int minute) => GridStartAtOrAfter(Lanes[lane], minute);

    private int GridStartAtOrAfter(Lane lane, int minute)
    {
        var start = lane.StartMinute;
        if (minute <= start)
        {
            return start;
        }

        var g = Grid;
        var offset = minute - start;
        return start + ((offset + g - 1) / g * g);
    }

    /// <summary>Whether some availability window of <paramref name="t"/> holds a grid start in <paramref name="lane"/> with its shortest length inside the lane.</summary>
    private bool FitsWindow(int t, Lane lane)
    {
        if (WindowStart[t].Length == 0)
        {
            return true;
        }

        for (var w = 0; w < WindowStart[t].Length; w++)
        {
            var s = GridStartAtOrAfter(lane, WindowStart[t][w]);
            if (s + Min(t) <= Math.Min(WindowEnd[t][w], lane.EndMinute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Says in real time why the availability windows of topic <paramref name="t"/> leave no room in any session.</summary>
    private string AvailabilityReason(int t)
    {
        var r = Topics[t];
        var who = Who(r);
        var windows = string.Join(", ", r.Availability.Select(w => Text(w.Start) + "–" + Text(w.End.TimeOfDay)));
        var touched = Lanes.Where(l => r.Availability.Any(w => w.Overlaps(l.Start, l.End))).ToList();
        if (touched.Count == 0)
        {
            return $"{who} available only {windows}, which misses every session.";
        }

        var lane = touched[0];
        var window = r.Availability.First(w => w.Overlaps(lane.Start, lane.End));
        var from = window.Start > lane.Start ? window.Start : lane.Start;
        var to = window.End < lane.End ? window.End : lane.End;
        var minutes = (int)Period.Between(from, to, PeriodUnits.Minutes).Minutes;
        return $"{who} available {windows}: in '{lane.Block.Id}' ({lane.Room}, {Text(lane.Start.TimeOfDay)}–{Text(lane.End.TimeOfDay)}) that leaves {Text(from.TimeOfDay)}–{Text(to.TimeOfDay)}, "
            + $"{minutes} minutes, less than the {Min(t)} minutes the topic needs{(Grid > 1 ? $" on the {Grid}-minute grid" : string.Empty)}.";
    }

    /// <summary>"Ines is" or "Ines and Jo are" or "The presenters of 'x' are".</summary>
    internal static string Who(SlotRequest r) =>
        r.Presenters.IsEmpty ? $"The presenters of '{r.Title}' are" : $"{string.Join(" and ", r.Presenters)} {(r.Presenters.Length == 1 ? "is" : "are")}";

    /// <summary>For a topic with availability windows: when a slot of its length could start, per window, for example "Ines is available 14:30–15:30; the 25-minute slot must start by 15:05".</summary>
    internal string WindowSentence(int t)
    {
        var r = Topics[t];
        var parts = r.Availability.OrderBy(w => w.Start).Select(w => $"{Text(w.Start.TimeOfDay)}–{Text(w.End.TimeOfDay)}");
        var latest = r.Availability.OrderBy(w => w.Start).Select(w => Text(w.End.PlusMinutes(-Min(t)).TimeOfDay));
        return $"{Who(r)} available {string.Join(", ", parts)}; the {Min(t)}-minute slot must start by {string.Join(" or ", latest)}";
    }

    private bool Allows(int t, Lane lane, bool seats = true)
    {
        var r = Topics[t];
        if (Min(t) > lane.Capacity
            || (seats && !Seats(t, lane.Room))
            || (r.PinnedBlockId is not null && r.PinnedBlockId != lane.Block.Id)
            || (r.PinnedRoom is not null && r.PinnedRoom != lane.Room)
            || (!r.AllowedRooms.IsEmpty && !r.AllowedRooms.Contains(lane.Room, StringComparer.Ordinal))
            || !FitsWindow(t, lane))
        {
            return false;
        }

        // A topic grouped with an anchor must share its session.
        foreach (var anchor in Anchors)
        {
            if (Grouped(t, anchor.Topic) && Lanes[anchor.Lane].BlockIndex != lane.BlockIndex)
            {
                return false;
            }
        }

        return true;
    }
}
