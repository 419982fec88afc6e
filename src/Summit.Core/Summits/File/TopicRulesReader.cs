using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Summit.Core.Planning;
using Summit.Core.Scheduling;
using Summit.Core.Selection.Topics;

namespace Summit.Core.Summits.File;

/// <summary>
/// Reads <c>agenda.topics</c> (pins, rooms, windows and references of single topics) and <c>agenda.presenters</c>
/// (people's windows) of a summit file, checking them against the agenda frame; the topic ids and presenter names are
/// checked against the proposals once every proposal is read (<see cref="CheckReferences"/>).
/// </summary>
internal static class TopicRulesReader
{
    private static readonly string[] TopicFields = ["id", "session", "room", "date", "start", "rooms", "available", .. TopicRulesCheck.ReferenceFields];

    /// <summary>Reads <c>agenda.topics</c>; <see langword="null"/> after an error.</summary>
    public static ImmutableArray<TopicRules>? ReadTopics(FieldReader r, JsonTreeNode node, SummitEvent? summit, AgendaSettings settings)
    {
        var errorsBefore = r.Errors.Count;
        var grid = settings.GridMinutes;

        // The sessions and rooms of the frame; unknown when the summit or the frame cannot be made (the planner reports that itself).
        var template = summit is null ? null : AgendaFrame.Template(summit, settings) is { IsSuccess: true } made ? made.Value : null;
        var sessions = template?.Blocks.Where(b => b.Kind == BlockKind.Session).ToList();
        var sessionRooms = template is null ? null : sessions!.SelectMany(b => template.RoomsOf(b)).Distinct(StringComparer.Ordinal).ToList();
        var topics = ImmutableArray.CreateBuilder<TopicRules>();
        foreach (var item in r.Array(node, "'agenda.topics'"))
        {
            if (r.Object(item, "a topic of the agenda") is not { } t)
            {
                continue;
            }

            r.CheckKnown(t, "a topic of the agenda", TopicFields);
            var id = r.RequiredString(t, "id", "A topic of the agenda");
            if (id is null)
            {
                continue;
            }

            var sessionId = r.String(t["session"], "'session'");
            AgendaBlock? block = null;
            if (sessionId is not null && sessions is not null)
            {
                block = sessions.FirstOrDefault(b => b.Id == sessionId);
                if (block is null)
                {
                    r.Add(new SummitError(ErrorCodes.Scheduling.UnknownBlock, $"The topic '{id}' is pinned to the session '{sessionId}', which is not a session of the agenda; its sessions are: {string.Join(", ", sessions.Select(b => b.Id))}.")
                        .WithMetadata("topic", id).WithMetadata("block", sessionId), t["session"]!);
                    continue;
                }
            }

            var room = r.String(t["room"], "'room'");
            if (room is not null && template is not null)
            {
                var there = block is null ? sessionRooms! : [.. template.RoomsOf(block)];
                if (!there.Contains(room, StringComparer.Ordinal))
                {
                    var where = block is null ? "no session of the agenda has" : $"the session '{block.Id}' does not have";
                    r.Add(new SummitError(ErrorCodes.Scheduling.UnknownRoom, $"The topic '{id}' is pinned to the room '{room}', which {where}; its rooms are: {string.Join(", ", there)}.")
                        .WithMetadata("topic", id).WithMetadata("room", room), t["room"]!);
                    continue;
                }
            }

            var allowed = ReadRooms(r, t, id, sessionRooms);
            if (allowed is null)
            {
                continue;
            }

            if (room is not null && !allowed.Value.IsEmpty && !allowed.Value.Contains(room, StringComparer.Ordinal))
            {
                r.Add(new SummitError(ErrorCodes.Scheduling.PinUnsatisfiable, $"The topic '{id}' is pinned to the room '{room}', which its 'rooms' ({string.Join(", ", allowed.Value)}) do not include.")
                    .WithMetadata("topic", id).WithMetadata("room", room), t["room"]!);
                continue;
            }

            if (!ReadStart(r, t, id, block, room, summit, template, sessions, grid, out var start))
            {
                continue;
            }

            var windows = AgendaReader.ReadWindows(r, t["available"], WindowOwner.Topic(id), summit, grid);
            var conflicts = r.Strings(t["conflicts"], "'conflicts'");
            var sameSession = r.Strings(t["sameSessionAs"], "'sameSessionAs'");
            var after = r.Strings(t["after"], "'after'");
            if (windows is null)
            {
                continue;
            }

            topics.Add(new TopicRules(id)
            {
                PinnedBlockId = sessionId,
                PinnedRoom = room,
                PinnedStart = start,
                AllowedRooms = allowed.Value,
                Availability = windows.Value,
                Conflicts = conflicts,
                SameSessionAs = sameSession,
                After = after,
            });
        }

        return r.Errors.Count > errorsBefore ? null : topics.ToImmutable();
    }

    /// <summary>Reads <c>agenda.presenters</c>; <see langword="null"/> after an error.</summary>
    public static ImmutableArray<PresenterRules>? ReadPresenters(FieldReader r, JsonTreeNode node, SummitEvent? summit, int grid)
    {
        var errorsBefore = r.Errors.Count;
        var presenters = ImmutableArray.CreateBuilder<PresenterRules>();
        foreach (var item in r.Array(node, "'agenda.presenters'"))
        {
            if (r.Object(item, "a presenter of the agenda") is not { } p)
            {
                continue;
            }

            r.CheckKnown(p, "a presenter of the agenda", "name", "available");
            var name = r.RequiredString(p, "name", "A presenter of the agenda");
            var availableNode = r.Required(p, "available", "A presenter of the agenda");
            if (name is null || availableNode is null)
            {
                continue;
            }

            if (AgendaReader.ReadWindows(r, availableNode, WindowOwner.Presenter(name), summit, grid) is { } windows)
            {
                presenters.Add(new PresenterRules(name) { Availability = windows });
            }
        }

        return r.Errors.Count > errorsBefore ? null : presenters.ToImmutable();
    }

    /// <summary>Checks the topic ids and presenter names of read settings against every proposal (inline and from sheets) and the merges, reporting at the line and column of the <c>agenda</c> section's entries.</summary>
    public static void CheckReferences(FieldReader r, JsonTreeObject agendaNode, AgendaSettings settings, IEnumerable<TopicProposal> proposals, TopicCuration? curation)
    {
        if (settings.Topics.IsEmpty && settings.Presenters.IsEmpty)
        {
            return;
        }

        foreach (var finding in TopicRulesCheck.Check(settings, proposals, curation))
        {
            r.Add(finding.ToError(), Locate(agendaNode, finding));
        }
    }

    /// <summary>The node a finding points at: the list item, else the field, else the entry.</summary>
    private static JsonTreeNode Locate(JsonTreeObject agenda, TopicRulesCheck.Finding finding)
    {
        if (agenda[finding.InPresenters ? "presenters" : "topics"] is not JsonTreeArray list)
        {
            return agenda;
        }

        if (finding.Entry >= list.Items.Count || list.Items[finding.Entry] is not JsonTreeObject entry)
        {
            return list;
        }

        if (entry[finding.Field] is not { } field)
        {
            return entry;
        }

        return finding.Item >= 0 && field is JsonTreeArray items && finding.Item < items.Items.Count ? items.Items[finding.Item] : field;
    }

    /// <summary>Reads a topic's <c>rooms</c>: empty when missing, <see langword="null"/> after an error.</summary>
    private static ImmutableArray<string>? ReadRooms(FieldReader r, JsonTreeObject t, string id, List<string>? known)
    {
        var errorsBefore = r.Errors.Count;
        var nodes = r.Array(t["rooms"], "'rooms'");
        if (nodes.IsEmpty && t["rooms"] is JsonTreeArray)
        {
            r.Add(ErrorCodes.Summits.FileInvalidValue, t["rooms"]!, $"'rooms' of the topic '{id}' needs at least one room; leave it out for a topic that may use any room.");
            return null;
        }

        var rooms = ImmutableArray.CreateBuilder<string>();
        foreach (var n in nodes)
        {
            if (r.String(n, "an item of 'rooms'") is not { } room)
            {
                continue;
            }

            if (known is not null && !known.Contains(room, StringComparer.Ordinal))
            {
                r.Add(new SummitError(ErrorCodes.Scheduling.UnknownRoom, $"The topic '{id}' may use the room '{room}', which no session of the agenda has; its rooms are: {string.Join(", ", known)}.")
                    .WithMetadata("topic", id).WithMetadata("room", room), n);
                continue;
            }

            rooms.Add(room);
        }

        return r.Errors.Count > errorsBefore ? null : rooms.ToImmutable();
    }

    /// <summary>
    /// Reads a topic's pinned <c>start</c> and its <c>date</c> (default: the pinned session's date, else the summit's only
    /// day); false after an error. The start must be on the grid and inside the pinned session (or some session, with the
    /// pinned room), before its reserved minutes.
    /// </summary>
    private static bool ReadStart(
        FieldReader r, JsonTreeObject t, string id, AgendaBlock? block, string? room, SummitEvent? summit, AgendaTemplate? template, List<AgendaBlock>? sessions, int grid, out LocalDateTime? start)
    {
        start = null;
        var errorsBefore = r.Errors.Count;
        var time = r.Time(t["start"], "'start'");
        var dateNode = t["date"];
        if (dateNode is not null && t["start"] is null)
        {
            r.Add(ErrorCodes.Summits.FileInvalidValue, dateNode, $"'date' of the topic '{id}' gives the day of its pinned 'start'; give 'start' too ('session' pins a session without a time).");
            return false;
        }

        var date = dateNode is not null ? r.Date(dateNode, "'date'") : block?.Date ?? (summit is { Days.Length: 1 } ? summit.Days[0].Date : null);
        if (time is null || r.Errors.Count > errorsBefore)
        {
            return r.Errors.Count == errorsBefore;
        }

        if (date is null)
        {
            if (summit is not null)
            {
                r.Add(ErrorCodes.Summits.FileMissingField, t, $"The topic '{id}' needs a 'date' for its 'start' (or a 'session' to take it from) when the summit has more than one day.");
                return false;
            }

            return true;
        }

        if (summit is not null && !summit.Days.Any(d => d.Date == date.Value))
        {
            r.Add(new SummitError(ErrorCodes.Planning.FrameOutsideDay, $"The topic '{id}' is pinned to start on {date.Value:uuuu'-'MM'-'dd}, which is not one of the summit's days ({AgendaReader.Days(summit)}).")
                .WithMetadata("topic", id).WithMetadata("date", date.Value.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture)), dateNode ?? t["start"]!);
            return false;
        }

        if (AgendaReader.OffGrid(time.Value, grid))
        {
            r.Add(new SummitError(ErrorCodes.Planning.PinOffGrid, string.Create(CultureInfo.InvariantCulture, $"The topic '{id}' is pinned to start at {time.Value:HH':'mm}, off the {grid}-minute grid; move it or set 'grid'."))
                .WithMetadata("topic", id).WithMetadata("grid", grid), t["start"]!);
            return false;
        }

        var at = date.Value + time.Value;
        if (template is not null && sessions is not null)
        {
            bool Holds(AgendaBlock b) =>
                b.LocalStart <= at && at < b.LocalEnd.PlusMinutes(-b.ReservedMinutes) && (room is null || template.RoomsOf(b).Contains(room, StringComparer.Ordinal));
            string Span(AgendaBlock b) => $"'{b.Id}' {b.Date:uuuu'-'MM'-'dd} {b.Start:HH':'mm}–{b.LocalEnd.PlusMinutes(-b.ReservedMinutes):HH':'mm}";
            if (block is not null ? !Holds(block) : !sessions.Any(Holds))
            {
                var where = block is not null
                    ? $"which is not inside the session {Span(block)} (its time for topics)"
                    : $"which is not inside a session{(room is null ? string.Empty : $" with the room '{room}'")}; topics may start in {string.Join(", ", sessions.Where(b => room is null || template.RoomsOf(b).Contains(room, StringComparer.Ordinal)).Select(Span))}";
                r.Add(new SummitError(ErrorCodes.Scheduling.PinUnsatisfiable, $"The topic '{id}' is pinned to start at {at:uuuu'-'MM'-'dd HH':'mm}, {where}.")
                    .WithMetadata("topic", id), t["start"]!);
                return false;
            }
        }

        start = at;
        return true;
    }
}
