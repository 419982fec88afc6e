using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Summit.Core.Scheduling;

namespace Summit.Core.Testing.Scheduling;

/// <summary>Checks a packed agenda against its request: the hard rules every packer must keep, in time (not in the packer's own model).</summary>
/// <remarks>
/// Rules: every request appears once (placed or unplaced); no room and no presenter is in two items at once; conflicting
/// topics never overlap; every topic lies inside a session block of the template, outside its reserved minutes, inside its
/// presenters' availability and allowed rooms; pins are honoured; lengths add up and discussions stay between their
/// minimum and maximum; topics lie on the request's grid (every topic's length is a multiple of
/// <see cref="PackingRequest.GridMinutes"/>, and every topic not pinned to a start begins a multiple of it after its
/// session's start; a grid below 1 counts as 1); two topics of the same presenter in different rooms are at least
/// <see cref="PackingRequest.ChangeoverMinutes"/> apart (from the end of one to the start of the other, in real time);
/// topics grouped with each other share a session; a topic starts no earlier than the end of each placed topic of its
/// <see cref="SlotRequest.After"/>; a topic in a room of <see cref="PackingRequest.Rooms"/> lies inside the
/// room's availability windows and expects no more people (<see cref="SlotRequest.ExpectedInterest"/>) than the room
/// seats; local times and instants agree in the zone.
/// </remarks>
public static class AgendaInvariants
{
    /// <summary>Lists every rule the agenda breaks, in words; empty when it keeps them all.</summary>
    /// <param name="request">The request that was packed.</param>
    /// <param name="agenda">The agenda the packer returned.</param>
    /// <returns>The violations, in a stable order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ImmutableArray<string> Violations(PackingRequest request, Agenda agenda)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(agenda);
        var v = new List<string>();
        var template = request.Template;
        var byId = request.Requests.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var topics = agenda.Items.Where(i => i.Kind == AgendaItemKind.Topic).ToList();
        var grid = Math.Max(1, request.GridMinutes);

        foreach (var r in request.Requests)
        {
            var placed = topics.Count(i => i.TopicId == r.Id);
            var unplaced = agenda.Unplaced.Count(u => u.TopicId == r.Id);
            if (placed + unplaced != 1)
            {
                v.Add($"Topic '{r.Id}' is placed {placed} time(s) and listed as not placed {unplaced} time(s).");
            }
        }

        foreach (var item in topics)
        {
            if (item.TopicId is null || !byId.TryGetValue(item.TopicId, out var r))
            {
                v.Add($"Item '{item.Title}' is a topic nobody requested.");
                continue;
            }

            var block = template.Blocks.FirstOrDefault(b => b.Id == item.BlockId);
            if (block is null || block.Kind != BlockKind.Session)
            {
                v.Add($"Topic '{r.Id}' lies in '{item.BlockId}', which is not a session.");
            }
            else
            {
                if (item.LocalStart < block.LocalStart || item.LocalEnd > block.LocalEnd.PlusMinutes(-block.ReservedMinutes))
                {
                    v.Add($"Topic '{r.Id}' runs {Text(item.LocalStart)}–{Text(item.LocalEnd)}, outside session '{block.Id}' or into its reserved minutes.");
                }

                if (!template.RoomsOf(block).Contains(item.Room, StringComparer.Ordinal))
                {
                    v.Add($"Topic '{r.Id}' is in room '{item.Room}', which session '{block.Id}' does not have.");
                }
            }

            if (!r.Availability.IsEmpty && !r.Availability.Any(w => w.Contains(item.LocalStart, item.LocalEnd)))
            {
                v.Add($"Topic '{r.Id}' runs {Text(item.LocalStart)}–{Text(item.LocalEnd)}, outside its presenters' availability.");
            }

            var rules = request.Rooms.FirstOrDefault(x => x is not null && x.Room == item.Room);
            if (rules is not null && !rules.Availability.IsEmpty && !Covered(rules.Availability, item.LocalStart, item.LocalEnd))
            {
                v.Add($"Topic '{r.Id}' runs {Text(item.LocalStart)}–{Text(item.LocalEnd)} in '{item.Room}', outside the room's availability.");
            }

            if (rules?.Seats is { } seats && r.ExpectedInterest is { } expected && expected > seats)
            {
                v.Add($"Topic '{r.Id}' expects {expected} people but is in '{item.Room}', which seats {seats}.");
            }

            if (!r.AllowedRooms.IsEmpty && !r.AllowedRooms.Contains(item.Room, StringComparer.Ordinal))
            {
                v.Add($"Topic '{r.Id}' is in room '{item.Room}', which it may not use.");
            }

            if (r.PinnedBlockId is not null && r.PinnedBlockId != item.BlockId)
            {
                v.Add($"Topic '{r.Id}' is pinned to '{r.PinnedBlockId}' but placed in '{item.BlockId}'.");
            }

            if (r.PinnedRoom is not null && r.PinnedRoom != item.Room)
            {
                v.Add($"Topic '{r.Id}' is pinned to room '{r.PinnedRoom}' but placed in '{item.Room}'.");
            }

            if (r.PinnedStart is { } pinned && pinned != item.LocalStart)
            {
                v.Add($"Topic '{r.Id}' is pinned to start at {Text(pinned)} but starts at {Text(item.LocalStart)}.");
            }

            if (block is not null && block.Kind == BlockKind.Session && r.PinnedStart is null
                && Period.Between(block.LocalStart, item.LocalStart, PeriodUnits.Minutes).Minutes % grid != 0)
            {
                v.Add($"Topic '{r.Id}' starts at {Text(item.LocalStart)}, not a multiple of {grid} minutes after session '{block.Id}' starts at {Text(block.LocalStart)}.");
            }

            if (item.Minutes % grid != 0)
            {
                v.Add($"Topic '{r.Id}' has {item.Minutes} minutes, not a multiple of the {grid}-minute grid.");
            }

            if (item.LightningTalkMinutes != r.LightningTalkMinutes || item.WrapUpMinutes != r.WrapUpMinutes
                || item.DiscussionMinutes < r.DiscussionMinimumMinutes || item.DiscussionMinutes > r.DiscussionMaximumMinutes
                || item.LightningTalkMinutes + item.DiscussionMinutes + item.WrapUpMinutes != item.Minutes
                || Period.Between(item.LocalStart, item.LocalEnd, PeriodUnits.Minutes).Minutes != item.Minutes)
            {
                v.Add($"Topic '{r.Id}' has {item.Minutes} minutes (discussion {item.DiscussionMinutes}), outside {r.MinimumMinutes}–{r.MaximumMinutes} or not adding up.");
            }

            if (!item.Presenters.SequenceEqual(r.Presenters, StringComparer.Ordinal))
            {
                v.Add($"Topic '{r.Id}' lists other presenters than requested.");
            }
        }

        foreach (var item in agenda.Items)
        {
            var mapping = template.Zone.MapLocal(item.LocalStart);
            var endMapping = template.Zone.MapLocal(item.LocalEnd);
            if (mapping.Count != 1 || endMapping.Count != 1 || mapping.Single().ToInstant() != item.Start || endMapping.Single().ToInstant() != item.End)
            {
                v.Add($"Item '{item.Title}' at {Text(item.LocalStart)} has instants that do not match its local times in {template.Zone.Id}.");
            }

            if (item.End <= item.Start)
            {
                v.Add($"Item '{item.Title}' at {Text(item.LocalStart)} is empty or ends before it starts.");
            }
        }

        var items = agenda.Items;
        for (var i = 0; i < items.Length; i++)
        {
            for (var j = i + 1; j < items.Length; j++)
            {
                var a = items[i];
                var b = items[j];
                if (!(a.Start < b.End && b.Start < a.End))
                {
                    continue;
                }

                if (a.Room == b.Room)
                {
                    v.Add($"Room '{a.Room}' holds '{a.Title}' and '{b.Title}' at once.");
                }

                var person = a.Presenters.FirstOrDefault(p => b.Presenters.Contains(p, StringComparer.Ordinal));
                if (person is not null)
                {
                    v.Add($"{person} is in '{a.Title}' and '{b.Title}' at once.");
                }

                if (a.TopicId is not null && b.TopicId is not null && byId.TryGetValue(a.TopicId, out var ra) && byId.TryGetValue(b.TopicId, out var rb)
                    && (ra.Conflicts.Contains(rb.Id, StringComparer.Ordinal) || rb.Conflicts.Contains(ra.Id, StringComparer.Ordinal)))
                {
                    v.Add($"Conflicting topics '{ra.Id}' and '{rb.Id}' run at the same time.");
                }
            }
        }

        if (request.ChangeoverMinutes > 0)
        {
            for (var i = 0; i < topics.Count; i++)
            {
                for (var j = i + 1; j < topics.Count; j++)
                {
                    var (a, b) = topics[i].Start <= topics[j].Start ? (topics[i], topics[j]) : (topics[j], topics[i]);
                    var person = a.Presenters.FirstOrDefault(p => b.Presenters.Contains(p, StringComparer.Ordinal));
                    if (person is null || a.Room == b.Room || b.Start < a.End)
                    {
                        // Same room (back to back is fine) or overlapping (reported above).
                        continue;
                    }

                    var gap = (b.Start - a.End).TotalMinutes;
                    if (gap < request.ChangeoverMinutes)
                    {
                        v.Add($"{person} has {gap.ToString(CultureInfo.InvariantCulture)} minutes from '{a.Title}' in '{a.Room}' to '{b.Title}' in '{b.Room}', less than the {request.ChangeoverMinutes}-minute changeover.");
                    }
                }
            }
        }

        foreach (var r in request.Requests)
        {
            var item = topics.FirstOrDefault(i => i.TopicId == r.Id);
            foreach (var other in r.SameSessionAs)
            {
                var otherItem = topics.FirstOrDefault(i => i.TopicId == other);
                if (item is not null && otherItem is not null && item.BlockId != otherItem.BlockId)
                {
                    v.Add($"Topics '{r.Id}' and '{other}' should share a session but are in '{item.BlockId}' and '{otherItem.BlockId}'.");
                }
            }

            foreach (var other in r.After)
            {
                var otherItem = topics.FirstOrDefault(i => i.TopicId == other);
                if (item is not null && otherItem is not null && otherItem.End > item.Start)
                {
                    v.Add($"Topic '{r.Id}' must start after '{other}' ends, but starts at {item.LocalStart:uuuu-MM-dd HH:mm} and '{other}' ends at {otherItem.LocalEnd:uuuu-MM-dd HH:mm}.");
                }
            }
        }

        return [.. v];
    }

    /// <summary>Whether the windows together cover <c>[start, end)</c> (they may overlap or touch).</summary>
    private static bool Covered(IEnumerable<LocalWindow> windows, LocalDateTime start, LocalDateTime end)
    {
        var reached = start;
        foreach (var w in windows.OrderBy(w => w.Start))
        {
            if (w.Start <= reached && w.End > reached)
            {
                reached = w.End;
            }
        }

        return reached >= end;
    }

    private static string Text(LocalDateTime value) => value.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
