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
                    drafts.Add((AgendaItemKind.DayOf, block.ReservedTitle, b, rooms[ri], ri, block.LocalEnd.PlusMinutes(-block.ReservedMinutes), block.LocalEnd, -1, 0));
                }
            }
        }

        foreach (var lane in model.Lanes)
        {
            // Topics that were already in the previous agenda keep their order; new ones follow in request order.
            var topics = Enumerable.Range(0, laneOf.Length).Where(t => laneOf[t] == lane.Index)
                .OrderBy(t => model.Request.Previous?.FindTopic(model.Topics[t].Id)?.LocalStart ?? LocalDateTime.MaxIsoValue)
                .ThenBy(t => t).ToList();
            if (topics.Count == 0)
            {
                continue;
            }

            var extra = ShareSlack(model, topics, lane.Capacity - topics.Sum(model.Min), out var left);
            var cursor = lane.Start;
            for (var k = 0; k < topics.Count; k++)
            {
                var t = topics[k];
                var r = model.Topics[t];
                var end = cursor.PlusMinutes(r.MinimumMinutes + extra[k]);
                drafts.Add((AgendaItemKind.Topic, r.Title, lane.BlockIndex, lane.Room, lane.RoomIndex, cursor, end, t, r.DiscussionMinimumMinutes + extra[k]));
                cursor = end;
            }

            if (left > 0)
            {
                overflow += left;
                drafts.Add((AgendaItemKind.Overflow, OverflowTitle, lane.BlockIndex, lane.Room, lane.RoomIndex, cursor, lane.End, -1, 0));
            }
        }

        foreach (var anchor in model.Anchors)
        {
            var r = model.Topics[anchor.Topic];
            var minutes = (int)(anchor.End - anchor.Start).ToDuration().TotalMinutes;
            drafts.Add((AgendaItemKind.Topic, r.Title, anchor.LaneBlockIndex, anchor.Room, anchor.RoomIndex, anchor.Start, anchor.End, anchor.Topic,
                minutes - r.LightningTalkMinutes - r.WrapUpMinutes));
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
            if (model.IsAnchor[t] || laneOf[t] >= 0)
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
            OverflowMinutes = overflow,
            SearchNodes = nodes,
        };
        return Result.Ok(new Agenda(template, items.ToImmutable(), unplaced.ToImmutable(), objective, proven, packerName));
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

        var blockers = new List<string>();
        foreach (var lane in model.AllowedLanes[t])
        {
            foreach (var u in model.ConflictsWith[t])
            {
                var other = laneOf[u];
                if (other >= 0 && model.Parallel[lane, other])
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

        var beside = blockers.Count == 0 ? string.Empty : $"; it must not run beside {string.Join(", ", blockers)}";
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
            $"'{r.Title}' ({r.MinimumMinutes} minutes at least) did not fit: the sessions it may use are full of topics with more weight{(blockers.Count == 0 ? ", or hold topics it must not run beside" : beside)}.");
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

    /// <summary>Hands out spare minutes one at a time (D'Hondt or equal), capped at each discussion's maximum.</summary>
    internal static int[] ShareSlack(PackingModel model, List<int> topics, int slack, out int left)
    {
        var extra = new int[topics.Count];
        var proportional = model.Request.Slack == SlackDistribution.ProportionalToWeight;
        left = slack;
        while (left > 0)
        {
            var chosen = -1;
            var bestScore = double.NegativeInfinity;
            for (var k = 0; k < topics.Count; k++)
            {
                var t = topics[k];
                if (extra[k] >= model.Max(t) - model.Min(t))
                {
                    continue;
                }

                // Ties go to the topic that comes first in the request order, not in the lane (which follows a previous agenda).
                var score = proportional ? model.Weight(t) / (extra[k] + 1) : -extra[k];
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

            extra[chosen]++;
            left--;
        }

        return extra;
    }
}
