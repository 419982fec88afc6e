using System.Collections.Immutable;
using NodaTime;
using FluentResults;

namespace Summit.Core.Scheduling;

/// <summary>Turns a lane assignment into an <see cref="Agenda"/>: lays topics out in request order, shares spare minutes, adds fixed blocks and instants.</summary>
internal static class AgendaBuilder
{
    public const string OverflowTitle = "Overflow time";

    public static Result<Agenda> Build(PackingModel model, int[] laneOf, PackingScore score, long weightBound, bool proven, long nodes, string packerName)
    {
        var (timedStart, timedLength) = model.Timing.Lay(laneOf);
        return Build(model, laneOf, timedStart, timedLength, score, weightBound, proven, nodes, packerName);
    }

    /// <summary>
    /// Builds the agenda with every placed topic at an explicit start and length (minutes from <see cref="PackingModel.Origin"/>),
    /// as a timed lane: a packer that times every topic itself (<see cref="AgendaComposer"/>). Gaps become overflow items.
    /// </summary>
    public static Result<Agenda> BuildTimed(PackingModel model, int[] laneOf, int[] startMinute, int[] length, PackingScore score, long weightBound, bool proven, long nodes, string packerName) =>
        Build(model, laneOf, startMinute, length, score, weightBound, proven, nodes, packerName);

    /// <summary>Lanes with a topic whose <paramref name="timedStart"/> is set are laid out at those times; the others back to back with shared slack.</summary>
    private static Result<Agenda> Build(PackingModel model, int[] laneOf, int[] timedStart, int[] timedLength, PackingScore score, long weightBound, bool proven, long nodes, string packerName)
    {
        var template = model.Template;
        var drafts = new List<(AgendaItemKind Kind, string Title, int BlockIndex, string Room, int RoomIndex, LocalDateTime Start, LocalDateTime End, int Topic, int Discussion)>();
        var overflow = 0;
        for (var b = 0; b < template.Blocks.Length; b++)
        {
            var block = template.Blocks[b];
            var rooms = template.RoomsOf(block);
            if (block.Kind != BlockKind.Session)
            {
                for (var ri = 0; ri < rooms.Length; ri++)
                {
                    drafts.Add((KindOf(block.Kind), block.Title, b, rooms[ri], ri, block.LocalStart, block.LocalEnd, -1, 0));
                }

                continue;
            }

            if (block.ReservedMinutes > 0)
            {
                for (var ri = 0; ri < rooms.Length; ri++)
                {
                    // Only while the room is available (PackingRequest.Rooms).
                    foreach (var (from, _, to) in PackingModel.Pieces(model.Request, block, rooms[ri], block.LocalEnd.PlusMinutes(-block.ReservedMinutes), block.LocalEnd, 1))
                    {
                        drafts.Add((AgendaItemKind.DayOf, block.ReservedTitle, b, rooms[ri], ri, from, to, -1, 0));
                    }
                }
            }
        }

        foreach (var lane in model.Lanes)
        {
            var topics = Enumerable.Range(0, laneOf.Length).Where(t => laneOf[t] == lane.Index).ToList();
            if (topics.Count == 0)
            {
                continue;
            }

            var cursor = lane.Start;
            if (topics.Any(t => timedStart[t] >= 0))
            {
                // A timed lane: every topic at the time its component's timing gave it; gaps become overflow time.
                foreach (var t in topics.OrderBy(t => timedStart[t]).ThenBy(t => t))
                {
                    var r = model.Topics[t];
                    var start = model.LocalAt(timedStart[t]);
                    if (start > cursor)
                    {
                        overflow += (int)Period.Between(cursor, start, PeriodUnits.Minutes).Minutes;
                        drafts.Add((AgendaItemKind.Overflow, OverflowTitle, lane.BlockIndex, lane.Room, lane.RoomIndex, cursor, start, -1, 0));
                    }

                    cursor = start.PlusMinutes(timedLength[t]);
                    drafts.Add((AgendaItemKind.Topic, r.Title, lane.BlockIndex, lane.Room, lane.RoomIndex, start, cursor, t, timedLength[t] - r.LightningTalkMinutes - r.WrapUpMinutes));
                }
            }
            else
            {
                var (order, lengths) = BackToBack(model, lane, topics);
                for (var k = 0; k < order.Count; k++)
                {
                    var t = order[k];
                    var r = model.Topics[t];
                    var length = lengths[k];
                    var end = cursor.PlusMinutes(length);
                    drafts.Add((AgendaItemKind.Topic, r.Title, lane.BlockIndex, lane.Room, lane.RoomIndex, cursor, end, t, length - r.LightningTalkMinutes - r.WrapUpMinutes));
                    cursor = end;
                }
            }

            if (cursor < lane.End)
            {
                overflow += (int)Period.Between(cursor, lane.End, PeriodUnits.Minutes).Minutes;
                drafts.Add((AgendaItemKind.Overflow, OverflowTitle, lane.BlockIndex, lane.Room, lane.RoomIndex, cursor, lane.End, -1, 0));
            }
        }

        var errors = new List<SummitError>();
        var items = ImmutableArray.CreateBuilder<AgendaItem>(drafts.Count);
        foreach (var d in drafts.OrderBy(d => d.Start).ThenBy(d => d.BlockIndex).ThenBy(d => d.RoomIndex))
        {
            var start = ToInstant(template.Zone, d.Start, errors);
            var end = ToInstant(template.Zone, d.End, errors);
            var item = new AgendaItem(d.Kind, d.Title, template.Blocks[d.BlockIndex].Id, d.Room, d.Start, d.End, start, end);
            if (d.Topic >= 0)
            {
                var r = model.Topics[d.Topic];
                item = item with
                {
                    TopicId = r.Id,
                    Presenters = r.Presenters,
                    LightningTalkMinutes = r.LightningTalkMinutes,
                    DiscussionMinutes = d.Discussion,
                    WrapUpMinutes = r.WrapUpMinutes,
                };
            }

            items.Add(item);
        }

        if (errors.Count > 0)
        {
            return Result.Fail<Agenda>(errors.Distinct());
        }

        var unplaced = ImmutableArray.CreateBuilder<UnplacedTopic>();
        var placed = 0;
        for (var t = 0; t < laneOf.Length; t++)
        {
            var r = model.Topics[t];
            if (laneOf[t] >= 0)
            {
                placed++;
                continue;
            }

            var (code, reason) = model.Impossible[t] ?? WhyLeftOut(model, laneOf, t);
            unplaced.Add(new UnplacedTopic(r.Id, r.Title, code, reason));
        }

        var objective = new PackingObjective(PackingScore.ToWeight(score.Weight), score.Minutes, score.Moves, PackingScore.ToWeight(Math.Max(weightBound, score.Weight)))
        {
            PlacedTopics = placed,
            MinutesMoved = MinutesMoved(model.Request.Previous, items),
            OverflowMinutes = overflow,
            SearchNodes = nodes,
        };
        return Result.Ok(new Agenda(template, items.ToImmutable(), unplaced.ToImmutable(), objective, proven, packerName));
    }

    private static int MinutesMoved(Agenda? previous, ImmutableArray<AgendaItem>.Builder items)
    {
        if (previous is null)
        {
            return 0;
        }

        var moved = 0L;
        foreach (var item in items)
        {
            if (item.Kind == AgendaItemKind.Topic && item.TopicId is not null && previous.FindTopic(item.TopicId) is { } before)
            {
                // On the local clock, as the agenda prints it (and as the packers score it).
                moved += Math.Abs(Period.Between(before.LocalStart, item.LocalStart, PeriodUnits.Minutes).Minutes);
            }
        }

        return (int)Math.Min(int.MaxValue, moved);
    }

    /// <summary>Explains why a topic that had lanes was left out: a grouping pinned apart, a full pinned session, or the lanes it may use.</summary>
    private static (string Code, string Reason) WhyLeftOut(PackingModel model, int[] laneOf, int t)
    {
        var r = model.Topics[t];
        foreach (var u in model.GroupWith[t])
        {
            var placedBlock = model.IsAnchor[u] ? model.PinnedBlock[u] : laneOf[u] >= 0 ? model.Lanes[laneOf[u]].BlockIndex : -1;
            if (model.PinnedBlock[t] >= 0 && model.PinnedBlock[u] >= 0 && placedBlock >= 0 && placedBlock != model.PinnedBlock[t])
            {
                return (ErrorCodes.Scheduling.GroupedPinsApart, model.GroupedApartReason(t, u));
            }
        }

        if (model.AllowedLanes[t].Length > 0 && Array.TrueForAll(model.AllowedLanes[t], lane => !model.OrdersFit(laneOf, t, lane)))
        {
            var after = model.Predecessors[t].Where(u => laneOf[u] >= 0).Select(u => $"'{model.Topics[u].Title}' ({Where(model, laneOf, u)})").ToList();
            var before = model.Successors[t].Where(u => laneOf[u] >= 0).Select(u => $"'{model.Topics[u].Title}' ({Where(model, laneOf, u)})").ToList();
            var sides = string.Join(" and ", new[]
            {
                after.Count == 0 ? null : $"start after {string.Join(", ", after)} {(after.Count == 1 ? "ends" : "end")}",
                before.Count == 0 ? null : $"end before {string.Join(", ", before)} {(before.Count == 1 ? "starts" : "start")}",
            }.OfType<string>());
            return (ErrorCodes.Scheduling.OutOfOrder,
                $"'{r.Title}' must {sides}, which {(after.Count + before.Count == 1 ? "has" : "have")} more weight, and no session it may use has {r.MinimumMinutes} minutes on the right side of {(after.Count + before.Count == 1 ? "it" : "them")}.");
        }

        var blockers = new List<string>();
        foreach (var lane in model.AllowedLanes[t])
        {
            for (var c = 0; c < model.ConflictsWith[t].Length; c++)
            {
                var u = model.ConflictsWith[t][c];
                var other = laneOf[u];
                if (other >= 0 && model.Interacts(lane, other, model.SharesPresenterWith[t][c]))
                {
                    var shared = r.Presenters.FirstOrDefault(p => model.Topics[u].Presenters.Contains(p, StringComparer.Ordinal));
                    var text = shared is null ? $"'{model.Topics[u].Title}' (a listed conflict)" : $"'{model.Topics[u].Title}' (also presented by {shared})";
                    if (!blockers.Contains(text))
                    {
                        blockers.Add(text);
                    }
                }
            }
        }

        var window = r.Availability.IsEmpty ? string.Empty : $"; {model.WindowSentence(t)}";
        var beside = (blockers.Count == 0 ? string.Empty : $"; it must not run beside {string.Join(", ", blockers)}") + window;
        if (blockers.Count > 0 && (r.PinnedBlockId is not null || r.PinnedRoom is not null))
        {
            return (ErrorCodes.Scheduling.PresenterDoublePinned,
                $"'{r.Title}' is pinned where it would run beside {string.Join(", ", blockers)}, which has more weight.");
        }

        if (r.PinnedBlockId is not null)
        {
            return (ErrorCodes.Scheduling.PinnedMinutesExceedSession,
                $"'{r.Title}' ({r.MinimumMinutes} minutes at least) is pinned to session '{r.PinnedBlockId}', which is full of topics with more weight{beside}.");
        }

        return (ErrorCodes.Scheduling.NotEnoughTime,
            $"'{r.Title}' ({r.MinimumMinutes} minutes at least) did not fit: the sessions it may use are full of topics with more weight{(blockers.Count == 0 ? ", or hold topics it must not run beside" + window : beside)}.");
    }

    /// <summary>"session 'session-2', 14:30–15:30" for a placed topic's session.</summary>
    private static string Where(PackingModel model, int[] laneOf, int u)
    {
        var block = model.Lanes[laneOf[u]].Block;
        return $"in session '{block.Id}', {PackingModel.Text(block.Start)}–{PackingModel.Text(block.End)}";
    }

    /// <summary>The instant of a local time that exists once; otherwise records the coded DST error and returns a stand-in.</summary>
    internal static Instant ToInstant(DateTimeZone zone, LocalDateTime local, List<SummitError> errors)
    {
        var mapping = zone.MapLocal(local);
        if (mapping.Count == 1)
        {
            return mapping.Single().ToInstant();
        }

        errors.Add(PackingModel.LocalTimeError(zone, local)!);
        return mapping.Count == 0 ? mapping.LateInterval.Start : mapping.First().ToInstant();
    }

    private static AgendaItemKind KindOf(BlockKind kind) => kind switch
    {
        BlockKind.Welcome => AgendaItemKind.Welcome,
        BlockKind.Break or BlockKind.Lunch => AgendaItemKind.Break,
        BlockKind.OpenTime => AgendaItemKind.OpenTime,
        BlockKind.CallOuts => AgendaItemKind.CallOuts,
        BlockKind.DayOf => AgendaItemKind.DayOf,
        _ => AgendaItemKind.Other,
    };

    /// <summary>
    /// The layout of a back-to-back lane (no topic in it needs timing): the topics that were already in the previous
    /// agenda keep their order (by their previous starts); new ones follow in request order; a topic that must follow
    /// another (<see cref="SlotRequest.After"/>) moves down just far enough. Each starts with its minimum length, plus
    /// its share of the spare minutes (<see cref="ShareSlack"/>). The packers score the minutes moved on this layout
    /// (<see cref="PackingEvaluation.MinutesMoved"/>), so it is the one place it is decided.
    /// </summary>
    internal static (List<int> Order, int[] Lengths) BackToBack(PackingModel model, Lane lane, List<int> topics)
    {
        var order = model.InOrder([.. topics.OrderBy(t => model.PreviousLane[t] != -1 ? model.PreviousStartMinute[t] : int.MaxValue).ThenBy(t => t)]);
        var extra = ShareSlack(model, order, lane.Capacity - order.Sum(model.Min));
        var lengths = new int[order.Count];
        for (var k = 0; k < order.Count; k++)
        {
            lengths[k] = model.Min(order[k]) + extra[k];
        }

        return (order, lengths);
    }

    /// <summary>Hands out spare minutes one grid step at a time (D'Hondt or equal), capped at each topic's longest length on the grid.</summary>
    internal static int[] ShareSlack(PackingModel model, List<int> topics, int slack)
    {
        var extra = new int[topics.Count];
        var proportional = model.Request.Slack == SlackDistribution.ProportionalToWeight;
        var g = model.Grid;
        var left = slack;
        while (left >= g)
        {
            var chosen = -1;
            var bestScore = double.NegativeInfinity;
            for (var k = 0; k < topics.Count; k++)
            {
                var t = topics[k];
                if (extra[k] + g > model.Max(t) - model.Min(t))
                {
                    continue;
                }

                // Ties go to the topic that comes first in the request order, not in the lane (which follows a previous agenda).
                var score = proportional ? model.Weight(t) / ((extra[k] / g) + 1) : -extra[k];
                if (score > bestScore || (score == bestScore && chosen >= 0 && t < topics[chosen]))
                {
                    bestScore = score;
                    chosen = k;
                }
            }

            if (chosen < 0)
            {
                break;
            }

            extra[chosen] += g;
            left -= g;
        }

        return extra;
    }
}
