using System.Globalization;
using FluentResults;

namespace Summit.Core.Scheduling;

/// <summary>Turns topic placements made by your own packer into a complete <see cref="Agenda"/>, exactly as the built-in packers build theirs.</summary>
/// <remarks>
/// <para>The placements are checked against every hard rule of the natural model (docs/scheduling.md, "The model"):
/// the session and room (one of the session's rooms, allowed by <see cref="SlotRequest.AllowedRooms"/> and the pins),
/// the length (a multiple of <see cref="PackingRequest.GridMinutes"/> within the topic's minimum rounded up and maximum
/// rounded down), the start (on the grid from the session's start, or exactly the pinned start, in the pinned room or
/// the session's first room the topic may use), inside the session minus its reserved minutes and inside one
/// availability window, no two topics at once in a room, conflicting topics and topics sharing a presenter never at
/// once (and <see cref="PackingRequest.ChangeoverMinutes"/> apart for a shared presenter in different rooms), grouped
/// topics in one session, a topic after the end of each placed topic of its <see cref="SlotRequest.After"/>, and no topic the library cannot place (a pin left out for a heavier pin, a topic too long
/// for every session).</para>
/// <para>The agenda then gets the template's fixed items, the reserved day-of items, an overflow item for every gap in a
/// room of a session, every topic not placed with its code and reason, and the objective (placed weight in exact
/// hundredths, topic minutes, moved topics and minutes moved against <see cref="PackingRequest.Previous"/>).</para>
/// </remarks>
public static class AgendaComposer
{
    /// <summary>Checks placements against the hard rules and builds the agenda.</summary>
    /// <param name="request">The request that was packed.</param>
    /// <param name="placements">One placement per placed topic, in any order; topics without one are not placed.</param>
    /// <param name="packerName">The name of the packer, for <see cref="Agenda.PackerName"/>.</param>
    /// <param name="isProvenOptimal">Whether the packer proved that no agenda is better on every objective, in order.</param>
    /// <param name="weightUpperBound">
    /// A bound the packer proved on the placed weight of every valid agenda, or <see langword="null"/>: then the placed
    /// weight itself when <paramref name="isProvenOptimal"/> is true, else the library's root bound. Never below the placed weight.
    /// </param>
    /// <param name="searchNodes">The work the packer did, for <see cref="PackingObjective.SearchNodes"/>.</param>
    /// <returns>
    /// The agenda; or the request's input errors (the same codes as the built-in packers); or one
    /// <c>scheduling.placement-invalid</c> error per broken rule (metadata <c>topic</c> and <c>rule</c>, the message naming both).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/>, <paramref name="placements"/>, one of them, or <paramref name="packerName"/> is null.</exception>
    public static Result<Agenda> Compose(
        PackingRequest request, IEnumerable<TopicPlacement> placements, string packerName, bool isProvenOptimal = false, double? weightUpperBound = null, long searchNodes = 0)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(placements);
        ArgumentNullException.ThrowIfNull(packerName);
        var given = placements.ToList();
        if (given.Any(p => p is null))
        {
            throw new ArgumentNullException(nameof(placements), "A placement is null.");
        }

        var built = PackingModel.Build(request);
        if (built.IsFailed)
        {
            return Result.Fail<Agenda>(built.Errors);
        }

        var model = built.Value;
        var n = model.Topics.Length;
        var laneOf = new int[n];
        Array.Fill(laneOf, -1);
        var start = new int[n];
        Array.Fill(start, -1);
        var length = new int[n];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < n; t++)
        {
            index.TryAdd(model.Topics[t].Id, t);
        }

        var errors = new List<SummitError>();
        void Invalid(string topic, string rule, string message) =>
            errors.Add(new SummitError(ErrorCodes.Scheduling.PlacementInvalid, $"Topic '{topic}' breaks the rule '{rule}': {message}")
                .WithMetadata("topic", topic).WithMetadata("rule", rule));

        foreach (var p in given)
        {
            if (!index.TryGetValue(p.TopicId ?? string.Empty, out var t))
            {
                Invalid(p.TopicId ?? string.Empty, "unknown-topic", "no slot request has this id.");
                continue;
            }

            if (laneOf[t] >= 0)
            {
                Invalid(p.TopicId!, "placed-twice", "it has more than one placement.");
                continue;
            }

            var lane = model.Lanes.FirstOrDefault(l => l.Block.Id == p.BlockId && l.Room == p.Room);
            if (lane is null)
            {
                Invalid(p.TopicId!, "session-room", $"no session '{p.BlockId}' has a room '{p.Room}'.");
                continue;
            }

            if (CheckOne(model, t, lane, p, Invalid))
            {
                laneOf[t] = lane.Index;
                start[t] = model.MinuteOf(p.Start);
                length[t] = p.Minutes;
            }
        }

        CheckPairs(model, laneOf, start, length, Invalid);
        if (errors.Count > 0)
        {
            return Result.Fail<Agenda>(errors);
        }

        var weight = 0L;
        var minutes = 0;
        var moves = 0;
        for (var t = 0; t < n; t++)
        {
            if (laneOf[t] >= 0)
            {
                weight += model.Units(t);
                minutes += length[t];
            }

            if (!model.IsAnchor[t] && request.Previous is not null && laneOf[t] != model.PreviousLane[t])
            {
                moves++;
            }
        }

        var bound = weightUpperBound is { } proven ? PackingScore.ToUnits(proven) : isProvenOptimal ? weight : PackingEvaluation.RootWeightBound(model);
        return AgendaBuilder.BuildTimed(model, laneOf, start, length, new PackingScore(weight, minutes, moves), Math.Max(bound, weight), isProvenOptimal, searchNodes, packerName);
    }

    /// <summary>
    /// Whether the topics with a lane in <paramref name="laneOf"/>, at <paramref name="start"/> minutes for
    /// <paramref name="length"/> minutes, keep every rule <see cref="Compose"/> checks (the packers' timing uses it to
    /// trust a previous agenda's own timing).
    /// </summary>
    internal static bool Keeps(PackingModel model, int[] laneOf, int[] start, int[] length)
    {
        var ok = true;
        void Broken(string topic, string rule, string message) => ok = false;
        for (var t = 0; ok && t < laneOf.Length; t++)
        {
            if (laneOf[t] >= 0)
            {
                var lane = model.Lanes[laneOf[t]];
                CheckOne(model, t, lane, new TopicPlacement(model.Topics[t].Id, lane.Block.Id, lane.Room, model.LocalAt(start[t]), length[t]), Broken);
            }
        }

        if (ok)
        {
            CheckPairs(model, laneOf, start, length, Broken);
        }

        return ok;
    }

    /// <summary>The rules of one placement on its own; false when it breaks one.</summary>
    private static bool CheckOne(PackingModel model, int t, Lane lane, TopicPlacement p, Action<string, string, string> invalid)
    {
        var r = model.Topics[t];
        var ok = true;
        void Fail(string rule, string message)
        {
            invalid(r.Id, rule, message);
            ok = false;
        }

        if (model.Impossible[t] is { } reason)
        {
            Fail("not-placeable", $"the library cannot place it ({reason.Code}): {reason.Reason}");
            return false;
        }

        if ((!r.AllowedRooms.IsEmpty && !r.AllowedRooms.Contains(p.Room, StringComparer.Ordinal))
            || (r.PinnedRoom is not null && r.PinnedRoom != p.Room) || (r.PinnedBlockId is not null && r.PinnedBlockId != p.BlockId))
        {
            Fail("session-room", $"it may not use room '{p.Room}' of session '{p.BlockId}' (allowed rooms or a pin).");
        }

        if (r.PinnedStart is { } pinned)
        {
            var firstAllowed = model.Template.RoomsOf(lane.Block).FirstOrDefault(x => r.AllowedRooms.IsEmpty || r.AllowedRooms.Contains(x, StringComparer.Ordinal));
            if (pinned != p.Start || (r.PinnedRoom is null && firstAllowed != p.Room))
            {
                Fail("pin", $"it is pinned to start at {Text(pinned)} in {r.PinnedRoom ?? "the session's first room it may use"}, not at {Text(p.Start)} in '{p.Room}'.");
            }
        }

        var g = model.Grid;
        if (p.Minutes < model.Min(t) || p.Minutes > model.Max(t) || p.Minutes % g != 0)
        {
            Fail("length", $"{p.Minutes} minutes is not a multiple of the {g}-minute grid from {model.Min(t)} to {model.Max(t)}.");
        }

        var from = model.MinuteOf(p.Start);
        if (r.PinnedStart is null && (from - lane.StartMinute) % g != 0)
        {
            Fail("grid", $"it starts at {Text(p.Start)}, not a multiple of {g} minutes after session '{lane.Block.Id}' starts.");
        }

        if (from < lane.StartMinute || from + p.Minutes > lane.EndMinute)
        {
            Fail("session-span", $"{Text(p.Start)}–{Text(p.End)} is not inside session '{lane.Block.Id}' before its reserved minutes ({Text(lane.Start)}–{Text(lane.End)}).");
        }

        if (!r.Availability.IsEmpty && !r.Availability.Any(w => w.Contains(p.Start, p.End)))
        {
            Fail("availability", $"{Text(p.Start)}–{Text(p.End)} is not inside one of its presenters' availability windows.");
        }

        return ok;
    }

    /// <summary>The rules between two placed topics: one room at a time, conflicts and presenters apart (with the changeover), groupings together.</summary>
    private static void CheckPairs(PackingModel model, int[] laneOf, int[] start, int[] length, Action<string, string, string> invalid)
    {
        var n = laneOf.Length;
        for (var t = 0; t < n; t++)
        {
            if (laneOf[t] < 0)
            {
                continue;
            }

            var r = model.Topics[t];
            for (var u = t + 1; u < n; u++)
            {
                if (laneOf[u] >= 0 && laneOf[u] == laneOf[t] && start[t] < start[u] + length[u] && start[u] < start[t] + length[t])
                {
                    invalid(r.Id, "room-overlap", $"it runs at the same time as '{model.Topics[u].Id}' in room '{model.Lanes[laneOf[t]].Room}'.");
                }
            }

            for (var c = 0; c < model.ConflictsWith[t].Length; c++)
            {
                var u = model.ConflictsWith[t][c];
                if (u <= t || laneOf[u] < 0)
                {
                    continue;
                }

                var shared = model.SharesPresenterWith[t][c];
                var gap = shared && model.Lanes[laneOf[t]].Room != model.Lanes[laneOf[u]].Room ? model.Request.ChangeoverMinutes : 0;
                if (start[t] < start[u] + length[u] && start[u] < start[t] + length[t])
                {
                    invalid(r.Id, "conflict", $"it runs at the same time as '{model.Topics[u].Id}' ({(shared ? "a shared presenter" : "a listed conflict")}).");
                }
                else if (gap > 0 && start[t] < start[u] + length[u] + gap && start[u] < start[t] + length[t] + gap)
                {
                    invalid(r.Id, "changeover", $"it is less than the {gap}-minute changeover from '{model.Topics[u].Id}', which shares a presenter in another room.");
                }
            }

            foreach (var u in model.GroupWith[t])
            {
                if (u != t && laneOf[u] >= 0 && model.Lanes[laneOf[u]].BlockIndex != model.Lanes[laneOf[t]].BlockIndex)
                {
                    invalid(r.Id, "grouping", $"it must share a session with '{model.Topics[u].Id}', which is in '{model.Lanes[laneOf[u]].Block.Id}'.");
                }
            }

            foreach (var u in model.Predecessors[t])
            {
                if (laneOf[u] >= 0 && start[u] + length[u] > start[t])
                {
                    invalid(r.Id, "order", $"it must start after '{model.Topics[u].Id}' ends ({Text(model.LocalAt(start[u] + length[u]))}), but starts at {Text(model.LocalAt(start[t]))}.");
                }
            }
        }
    }

    private static string Text(NodaTime.LocalDateTime value) => value.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
