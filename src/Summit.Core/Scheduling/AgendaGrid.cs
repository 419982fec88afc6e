using System.Collections.Immutable;
using FluentResults;
using NodaTime;

namespace Summit.Core.Scheduling;

/// <summary>
/// Lays a packed agenda's topics on a time grid and shares each session's spare minutes fairly by rank: the seam between
/// the packer (which decides where topics run) and the summit's grid and fairness rules.
/// </summary>
/// <remarks>
/// <para>The packer keeps its placement (which topics share a room of a session, and their order); this step only decides
/// the lengths again. Every topic starts at its minimum (already a multiple of the grid when its request came from
/// <see cref="TopicLength.For"/> with a grid), then spare minutes are handed out one grid step at a time, in the order of
/// <see cref="PackingRequest.Slack"/> (D'Hondt by weight, or equal), ties to the earlier request.</para>
/// <para><b>Rank fairness.</b> A topic never grows past the discussion of a topic with more weight (a better rank) that is
/// still below its maximum: when the better-ranked topic's room is full, the worse-ranked one at a roomier table stops at
/// the same discussion, and the rest of its room becomes overflow time. Only a minimum can make a worse-ranked topic's
/// discussion longer (see <c>RankFairness</c> in Planning, which names the constraint).</para>
/// <para>Minutes nobody takes become one overflow item at the end of the room, so every start and every length stays a
/// multiple of the grid when the frame's blocks are. Requests with a pinned start are left as the packer laid them, and
/// so are rooms the packer timed (a topic with availability windows, or one that conflicts with a topic in another room):
/// re-laying those back to back could break a window, a conflict or a changeover. The packers lay topics on
/// <see cref="PackingRequest.GridMinutes"/> themselves, so with the same grid this step only enforces fairness. A room
/// with availability windows (<see cref="PackingRequest.Rooms"/>) is re-laid piece by piece, each from its first grid step,
/// so no topic or overflow item leaves the room's windows.</para>
/// </remarks>
public static class AgendaGrid
{
    /// <summary>Re-lays the topics of a packed agenda on a grid.</summary>
    /// <param name="agenda">The agenda the packer made for <paramref name="request"/>.</param>
    /// <param name="request">The request: its topics' lengths, weights, order and slack rule.</param>
    /// <param name="gridMinutes">The grid in minutes (1 for none).</param>
    /// <returns>The agenda with the same topics in the same rooms and order, new lengths and overflow items; or a DST error for a new local time.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gridMinutes"/> is less than 1.</exception>
    public static Result<Agenda> Align(Agenda agenda, PackingRequest request, int gridMinutes)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(gridMinutes, 1);
        if (request.Requests.Any(r => r.PinnedStart is not null))
        {
            return agenda;
        }

        var index = request.Requests.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var template = agenda.Template;
        var timed = TimedRooms(agenda, request);
        var lanes = new List<Lane>();
        foreach (var block in template.Blocks.Where(b => b.Kind == BlockKind.Session))
        {
            foreach (var room in template.RoomsOf(block))
            {
                var end = block.LocalEnd.PlusMinutes(-block.ReservedMinutes);
                // A room with availability windows (PackingRequest.Rooms) is one lane per piece it is free in.
                foreach (var (rawStart, start, pieceEnd) in PackingModel.Pieces(request, block, room, block.LocalStart, end, gridMinutes))
                {
                    var topics = agenda.Items
                        .Where(i => i.Kind == AgendaItemKind.Topic && i.BlockId == block.Id && i.Room == room && i.TopicId is not null && index.ContainsKey(i.TopicId)
                            && rawStart <= i.LocalStart && i.LocalStart < pieceEnd)
                        .OrderBy(i => i.LocalStart).Select(i => index[i.TopicId!]).ToList();
                    if (topics.Count > 0 && !timed.Contains((block.Id, room)))
                    {
                        lanes.Add(new Lane(block, room, rawStart, start, pieceEnd, topics));
                    }
                }
            }
        }

        var requests = request.Requests;
        var lengths = new Dictionary<int, int>();
        foreach (var lane in lanes)
        {
            foreach (var t in lane.Topics)
            {
                lengths[t] = RoundUp(requests[t].MinimumMinutes, gridMinutes);
            }
        }

        if (lanes.Any(l => l.Topics.Sum(t => lengths[t]) > (int)Period.Between(l.Start, l.End, PeriodUnits.Minutes).Minutes))
        {
            return agenda; // minimums off the grid that no longer fit once rounded: keep the packer's lengths
        }

        Share(lanes, requests, lengths, gridMinutes, request.Slack);
        // Items are replaced per piece: a room cut by availability may keep a piece the packer timed or left empty.
        bool Changed(AgendaItem i) => (i.Kind == AgendaItemKind.Topic || i.Kind == AgendaItemKind.Overflow)
            && lanes.Any(l => l.Block.Id == i.BlockId && l.Room == i.Room && l.From <= i.LocalStart && i.LocalStart < l.End);
        var items = agenda.Items.Where(i => !Changed(i)).ToList();
        var errors = new List<SummitError>();
        var overflow = agenda.Objective.OverflowMinutes - agenda.Items.Where(i => i.Kind == AgendaItemKind.Overflow && Changed(i)).Sum(i => i.Minutes);
        foreach (var lane in lanes)
        {
            var cursor = lane.Start;
            foreach (var t in lane.Topics)
            {
                var old = agenda.FindTopic(requests[t].Id)!;
                var end = cursor.PlusMinutes(lengths[t]);
                items.Add(old with
                {
                    LocalStart = cursor,
                    LocalEnd = end,
                    Start = AgendaBuilder.ToInstant(template.Zone, cursor, errors),
                    End = AgendaBuilder.ToInstant(template.Zone, end, errors),
                    DiscussionMinutes = lengths[t] - requests[t].LightningTalkMinutes - requests[t].WrapUpMinutes,
                });
                cursor = end;
            }

            if (cursor < lane.End)
            {
                overflow += (int)Period.Between(cursor, lane.End, PeriodUnits.Minutes).Minutes;
                items.Add(new AgendaItem(AgendaItemKind.Overflow, AgendaBuilder.OverflowTitle, lane.Block.Id, lane.Room, cursor, lane.End,
                    AgendaBuilder.ToInstant(template.Zone, cursor, errors), AgendaBuilder.ToInstant(template.Zone, lane.End, errors)));
            }
        }

        if (errors.Count > 0)
        {
            return Result.Fail<Agenda>(errors.Distinct());
        }

        var blockOrder = template.Blocks.Select((b, i) => (b.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var ordered = items
            .OrderBy(i => i.LocalStart)
            .ThenBy(i => blockOrder.GetValueOrDefault(i.BlockId))
            .ThenBy(i => template.Blocks.FirstOrDefault(b => b.Id == i.BlockId) is { } b ? template.RoomsOf(b).IndexOf(i.Room) : 0)
            .ToImmutableArray();
        var objective = agenda.Objective with
        {
            TopicMinutes = ordered.Where(i => i.Kind == AgendaItemKind.Topic).Sum(i => i.Minutes),
            OverflowMinutes = overflow,
        };
        return agenda with { Items = ordered, Objective = objective };
    }

    /// <summary>
    /// The rooms of sessions whose topics the packer timed (a topic with availability windows, or one that conflicts with a
    /// topic in another room): re-laying them back to back could break a window, a conflict or a changeover, so they are kept.
    /// </summary>
    private static HashSet<(string Block, string Room)> TimedRooms(Agenda agenda, PackingRequest request)
    {
        var byId = request.Requests.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var placed = agenda.Items.Where(i => i.Kind == AgendaItemKind.Topic && i.TopicId is not null && byId.ContainsKey(i.TopicId)).ToList();
        var result = new HashSet<(string, string)>();
        foreach (var item in placed)
        {
            var r = byId[item.TopicId!];
            var conflictsElsewhere = placed.Any(o => o.Room != item.Room && o.TopicId != item.TopicId
                && (r.Conflicts.Contains(o.TopicId!, StringComparer.Ordinal) || byId[o.TopicId!].Conflicts.Contains(r.Id, StringComparer.Ordinal)
                    || r.Presenters.Any(p => o.Presenters.Contains(p, StringComparer.Ordinal))));
            if (!r.Availability.IsEmpty || conflictsElsewhere)
            {
                result.Add((item.BlockId, item.Room));
            }
        }

        return result;
    }

    private static void Share(List<Lane> lanes, ImmutableArray<SlotRequest> requests, Dictionary<int, int> lengths, int grid, SlackDistribution slack)
    {
        var laneOf = new Dictionary<int, Lane>();
        foreach (var lane in lanes)
        {
            foreach (var t in lane.Topics)
            {
                laneOf[t] = lane;
            }
        }

        int Discussion(int t) => lengths[t] - requests[t].LightningTalkMinutes - requests[t].WrapUpMinutes;
        int Free(Lane lane) => (int)Period.Between(lane.Start, lane.End, PeriodUnits.Minutes).Minutes - lane.Topics.Sum(t => lengths[t]);
        bool CanGrow(int t) => lengths[t] + grid <= requests[t].MaximumMinutes && Free(laneOf[t]) >= grid;
        bool Hungry(int t) => lengths[t] + grid <= requests[t].MaximumMinutes;

        var placed = lengths.Keys.Order().ToList();
        while (true)
        {
            var chosen = -1;
            var best = double.NegativeInfinity;
            foreach (var t in placed)
            {
                if (!CanGrow(t))
                {
                    continue;
                }

                // Rank fairness: never past a better-ranked topic that still wants more.
                var capped = placed.Any(b => requests[b].Weight > requests[t].Weight && Hungry(b) && Discussion(b) < Discussion(t) + grid);
                if (capped)
                {
                    continue;
                }

                var steps = (lengths[t] - RoundUp(requests[t].MinimumMinutes, grid)) / grid;
                var score = slack == SlackDistribution.ProportionalToWeight ? requests[t].Weight / (steps + 1) : -steps;
                if (score > best)
                {
                    best = score;
                    chosen = t;
                }
            }

            if (chosen < 0)
            {
                return;
            }

            lengths[chosen] += grid;
        }
    }

    private static int RoundUp(int minutes, int grid) => minutes % grid == 0 ? minutes : minutes + grid - (minutes % grid);

    /// <summary>A room of a session (or a piece of it, for a room with availability windows): <c>From</c> is the piece's start, <c>Start</c> the first grid step in it.</summary>
    private sealed record Lane(AgendaBlock Block, string Room, LocalDateTime From, LocalDateTime Start, LocalDateTime End, List<int> Topics);
}
