using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Summit.Core.Planning;
using Summit.Core.Scheduling;

namespace Summit.Core.Summits.File;

/// <summary>Reads the optional <c>agenda</c> section of a summit file: the short form (<c>welcome</c>, <c>session1</c>, …) or a full frame (<c>days</c> of <c>blocks</c>).</summary>
internal static class AgendaReader
{
    private static readonly string[] ShortForm = ["welcome", "session1", "callOuts", "callOutsTitle", "break", "session2", "session2Rooms", "dayOf", "openTime"];

    private static readonly Dictionary<string, (BlockKind Kind, string Title)> Kinds = new(StringComparer.Ordinal)
    {
        ["welcome"] = (BlockKind.Welcome, "Welcome, introductions"),
        ["session"] = (BlockKind.Session, "Session"),
        ["break"] = (BlockKind.Break, "Coffee break"),
        ["lunch"] = (BlockKind.Lunch, "Lunch"),
        ["open-time"] = (BlockKind.OpenTime, "Open time"),
        ["call-outs"] = (BlockKind.CallOuts, "Time for quick call-outs (plugs, resources, follow-ups)"),
        ["day-of"] = (BlockKind.DayOf, "Topics brought on the day"),
        ["other"] = (BlockKind.Other, "Other"),
    };

    public static AgendaSettings? Read(FieldReader r, JsonTreeObject o, SummitEvent? summit)
    {
        r.CheckKnown(o, "'agenda'", [.. ShortForm, "days", "grid", "changeover", "rooms", "topics", "presenters", "wrapUp", "minimumDiscussion", "packer", "slack"]);
        var defaults = new StandardAgendaShape();
        int Minutes(string name, int fallback) => r.Int(o[name], $"'{name}'", 0, 24 * 60) ?? fallback;
        var shape = new StandardAgendaShape
        {
            WelcomeMinutes = Minutes("welcome", defaults.WelcomeMinutes),
            Session1Minutes = Minutes("session1", defaults.Session1Minutes),
            Session1ReservedMinutes = Minutes("callOuts", defaults.Session1ReservedMinutes),
            Session1ReservedTitle = r.String(o["callOutsTitle"], "'callOutsTitle'") ?? defaults.Session1ReservedTitle,
            BreakMinutes = Minutes("break", defaults.BreakMinutes),
            Session2Minutes = Minutes("session2", defaults.Session2Minutes),
            Session2Rooms = r.Strings(o["session2Rooms"], "'session2Rooms'"),
            DayOfMinutes = Minutes("dayOf", defaults.DayOfMinutes),
            OpenTimeMinutes = Minutes("openTime", defaults.OpenTimeMinutes),
        };
        var grid = r.Int(o["grid"], "'grid'", 1, 60) ?? 5;
        var changeover = r.Int(o["changeover"], "'changeover'", 0, 240) ?? 0;
        if (changeover % grid != 0)
        {
            // Topics start and end on the grid, so a changeover off it would act as the next multiple: say so instead.
            r.Add(new SummitError(ErrorCodes.Planning.ChangeoverOffGrid,
                    string.Create(CultureInfo.InvariantCulture, $"'changeover' is {changeover} minutes, not a multiple of the {grid}-minute grid; use {(changeover + grid - 1) / grid * grid} or change 'grid'."))
                .WithMetadata("changeover", changeover).WithMetadata("grid", grid), o["changeover"]!);
            return null;
        }

        var wrapUp = r.Int(o["wrapUp"], "'wrapUp'", 0, 60) ?? 0;
        var minimumDiscussion = r.Int(o["minimumDiscussion"], "'minimumDiscussion'", 0, 480) ?? 15;
        var slackText = r.String(o["slack"], "'slack'") ?? "proportional";
        SlackDistribution slack;
        switch (slackText)
        {
            case "proportional":
                slack = SlackDistribution.ProportionalToWeight;
                break;
            case "equal":
                slack = SlackDistribution.Equal;
                break;
            default:
                r.Add(ErrorCodes.Summits.FileInvalidValue, o["slack"]!, $"'slack' must be 'proportional' or 'equal', not '{slackText}'.");
                return null;
        }

        var packer = r.String(o["packer"], "'packer'") ?? "exact";
        if (!Packers.TryGet(packer, out _))
        {
            r.Add(ErrorCodes.Planning.UnknownPacker, o["packer"]!, $"'packer' names no agenda packer: '{packer}'; expected one of: {string.Join(", ", Packers.Names)}.");
            return null;
        }

        ImmutableArray<AgendaBlock> frame = [];
        if (o["days"] is { } daysNode)
        {
            if (ShortForm.FirstOrDefault(name => o[name] is not null) is { } mixed)
            {
                r.Add(ErrorCodes.Summits.FileInvalidValue, o[mixed]!, $"'{mixed}' belongs to the short form of 'agenda'; with 'days' give every block in the days instead.");
                return null;
            }

            var read = ReadFrame(r, daysNode, summit, grid);
            if (read is null)
            {
                return null;
            }

            frame = read.Value;
        }

        var settings = new AgendaSettings(shape)
        {
            Packer = packer,
            Slack = slack,
            Frame = frame,
            GridMinutes = grid,
            ChangeoverMinutes = changeover,
            WrapUpMinutes = wrapUp,
            MinimumDiscussionMinutes = minimumDiscussion,
        };
        // The three lists are read before giving up (the topics' rules check sessions and rooms against the frame, not
        // against 'rooms'), so the problems of each are reported at once.
        var rooms = o["rooms"] is { } roomsNode ? ReadRooms(r, roomsNode, summit, settings) : [];
        var topics = o["topics"] is { } topicsNode ? TopicRulesReader.ReadTopics(r, topicsNode, summit, settings) : [];
        var presenters = o["presenters"] is { } presentersNode ? TopicRulesReader.ReadPresenters(r, presentersNode, summit, grid) : [];
        if (rooms is null || topics is null || presenters is null)
        {
            return null;
        }

        return settings with { Rooms = rooms.Value, Topics = topics.Value, Presenters = presenters.Value };
    }

    /// <summary>Reads <c>agenda.rooms</c>: per room its seats and the windows it is available in, on the summit's days.</summary>
    private static ImmutableArray<RoomRules>? ReadRooms(FieldReader r, JsonTreeNode roomsNode, SummitEvent? summit, AgendaSettings settings)
    {
        var errorsBefore = r.Errors.Count;
        var grid = settings.GridMinutes;

        // The rooms of the frame; unknown when the summit or the frame cannot be made (the planner reports that itself).
        var template = summit is null ? null : AgendaFrame.Template(summit, settings) is { IsSuccess: true } made ? made.Value : null;
        var known = template is null ? null : template.Blocks.SelectMany(b => template.RoomsOf(b)).Distinct(StringComparer.Ordinal).ToList();
        var rules = ImmutableArray.CreateBuilder<RoomRules>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in r.Array(roomsNode, "'agenda.rooms'"))
        {
            if (r.Object(node, "a room of the agenda") is not { } room)
            {
                continue;
            }

            r.CheckKnown(room, "a room of the agenda", "name", "seats", "available");
            var name = r.RequiredString(room, "name", "A room of the agenda");
            if (name is null)
            {
                continue;
            }

            if (!names.Add(name))
            {
                r.Add(ErrorCodes.Summits.FileDuplicateEntry, room["name"]!, $"The room '{name}' is listed twice in 'agenda.rooms'; give one entry per room.");
                continue;
            }

            if (known is not null && !known.Contains(name, StringComparer.Ordinal))
            {
                r.Add(new SummitError(ErrorCodes.Scheduling.UnknownRoom, $"'agenda.rooms' names the room '{name}', which no block of the agenda has; its rooms are: {string.Join(", ", known)}.")
                    .WithMetadata("room", name), room["name"]!);
                continue;
            }

            var seats = r.Int(room["seats"], "'seats'", 1, 1_000_000);
            var windows = ReadWindows(r, room["available"], WindowOwner.Room(name), summit, grid);
            if (windows is null)
            {
                continue;
            }

            rules.Add(new RoomRules(name) { Seats = seats, Availability = windows.Value });
        }

        return r.Errors.Count > errorsBefore ? null : rules.ToImmutable();
    }

    /// <summary>
    /// Reads an <c>available</c> list of windows (of a room, a topic or a presenter): <see langword="null"/> after an error
    /// (an empty list is one: leave the field out for "all the time"), empty when the field is missing.
    /// </summary>
    internal static ImmutableArray<LocalWindow>? ReadWindows(FieldReader r, JsonTreeNode? node, WindowOwner owner, SummitEvent? summit, int grid)
    {
        var errorsBefore = r.Errors.Count;
        var available = r.Array(node, "'available'");
        if (available.IsEmpty && node is JsonTreeArray)
        {
            r.Add(ErrorCodes.Summits.FileInvalidValue, node, $"'available' of {owner.What} needs at least one window; {owner.EmptyHint}.");
            return null;
        }

        var windows = ImmutableArray.CreateBuilder<LocalWindow>();
        foreach (var windowNode in available)
        {
            if (r.Object(windowNode, "a window of 'available'") is { } w && ReadWindow(r, w, owner, summit, grid) is { } window)
            {
                windows.Add(window);
            }
        }

        return r.Errors.Count > errorsBefore ? null : windows.ToImmutable();
    }

    private static LocalWindow? ReadWindow(FieldReader r, JsonTreeObject w, WindowOwner owner, SummitEvent? summit, int grid)
    {
        r.CheckKnown(w, "a window of 'available'", "date", "start", "end");
        var date = w["date"] is { } dateNode ? r.Date(dateNode, "'date'") : summit is { Days.Length: 1 } ? summit.Days[0].Date : null;
        var start = r.Time(r.Required(w, "start", "A window of 'available'"), "'start'");
        var end = r.Time(r.Required(w, "end", "A window of 'available'"), "'end'");
        if (date is null)
        {
            if (w["date"] is null && summit is not null)
            {
                r.Add(ErrorCodes.Summits.FileMissingField, w, $"A window of {owner.What} needs a 'date' when the summit has more than one day.");
            }

            return null;
        }

        if (summit is not null && !summit.Days.Any(d => d.Date == date.Value))
        {
            r.Add(new SummitError(ErrorCodes.Planning.FrameOutsideDay, $"{Capitalized(owner.What)} is available on {date.Value:uuuu'-'MM'-'dd}, which is not one of the summit's days ({Days(summit)}).")
                .WithMetadata(owner.Key, owner.Name).WithMetadata("date", date.Value.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture)), w["date"] ?? w);
            return null;
        }

        if (start is null || end is null)
        {
            return null;
        }

        if (end.Value <= start.Value)
        {
            r.Add(new SummitError(owner.InvertedCode, $"A window of {owner.What} ends ({end.Value:HH':'mm}) at or before it starts ({start.Value:HH':'mm}).")
                .WithMetadata(owner.Key, owner.Name), w);
            return null;
        }

        if (OffGrid(start.Value, grid) || OffGrid(end.Value, grid))
        {
            r.Add(new SummitError(owner.OffGridCode, string.Create(CultureInfo.InvariantCulture, $"The window {start.Value:HH':'mm}–{end.Value:HH':'mm} of {owner.What} is off the {grid}-minute grid; move it or set 'grid'."))
                .WithMetadata(owner.Key, owner.Name).WithMetadata("grid", grid), w);
            return null;
        }

        return new LocalWindow(date.Value + start.Value, date.Value + end.Value);
    }

    /// <summary>The summit's days, <c>2024-05-18, 2024-05-19</c>.</summary>
    internal static string Days(SummitEvent summit) => string.Join(", ", summit.Days.Select(x => x.Date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture)));

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static ImmutableArray<AgendaBlock>? ReadFrame(FieldReader r, JsonTreeNode daysNode, SummitEvent? summit, int grid)
    {
        var errorsBefore = r.Errors.Count;
        var blocks = ImmutableArray.CreateBuilder<AgendaBlock>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var days = r.Array(daysNode, "'agenda.days'");
        if (days.IsEmpty && daysNode is JsonTreeArray)
        {
            r.Add(ErrorCodes.Summits.FileInvalidValue, daysNode, "'agenda.days' needs at least one day.");
            return null;
        }

        for (var d = 0; d < days.Length; d++)
        {
            if (r.Object(days[d], "a day of the agenda") is not { } dayObject)
            {
                continue;
            }

            r.CheckKnown(dayObject, "a day of the agenda", "date", "blocks");
            var date = dayObject["date"] is { } dateNode ? r.Date(dateNode, "'date'") : summit is not null && d < summit.Days.Length ? summit.Days[d].Date : null;
            if (date is null)
            {
                if (dayObject["date"] is null)
                {
                    r.Add(ErrorCodes.Planning.FrameOutsideDay, dayObject, string.Create(CultureInfo.InvariantCulture, $"Agenda day {d + 1} gives no 'date' and the summit has no day {d + 1}."));
                }

                continue;
            }

            var summitDay = summit?.Days.FirstOrDefault(x => x.Date == date.Value);
            if (summit is not null && summitDay is null)
            {
                r.Add(new SummitError(ErrorCodes.Planning.FrameOutsideDay, $"The agenda day {date.Value:uuuu'-'MM'-'dd} is not one of the summit's days ({string.Join(", ", summit.Days.Select(x => x.Date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture)))}).")
                    .WithMetadata("date", date.Value.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture)), dayObject["date"] ?? dayObject);
                continue;
            }

            LocalTime? cursor = summitDay?.Start;
            LocalTime? previousEnd = null;
            var blockNodes = r.Array(r.Required(dayObject, "blocks", "A day of the agenda"), "'blocks'");
            foreach (var node in blockNodes)
            {
                if (r.Object(node, "a block") is not { } b)
                {
                    continue;
                }

                var block = ReadBlock(r, b, date.Value, cursor, previousEnd, summitDay, grid, counts, ids);
                if (block is not null)
                {
                    blocks.Add(block);
                    cursor = previousEnd = block.End;
                }
            }
        }

        if (r.Errors.Count > errorsBefore)
        {
            return null;
        }

        if (!blocks.Any(b => b.Kind == BlockKind.Session))
        {
            r.Add(ErrorCodes.Summits.FileInvalidValue, daysNode, "The agenda frame needs at least one block of kind 'session'.");
            return null;
        }

        return blocks.ToImmutable();
    }

    private static AgendaBlock? ReadBlock(
        FieldReader r, JsonTreeObject b, LocalDate date, LocalTime? cursor, LocalTime? previousEnd, SummitDay? day, int grid, Dictionary<string, int> counts, HashSet<string> ids)
    {
        r.CheckKnown(b, "a block", "id", "kind", "title", "start", "end", "minutes", "rooms", "reserved", "reservedTitle");
        var kindText = r.RequiredString(b, "kind", "A block");
        if (kindText is null)
        {
            return null;
        }

        if (!Kinds.TryGetValue(kindText, out var kind))
        {
            r.Add(ErrorCodes.Summits.FileInvalidValue, b["kind"]!, $"Unknown block kind '{kindText}'; expected one of: {string.Join(", ", Kinds.Keys)}.");
            return null;
        }

        var count = counts[kindText] = counts.GetValueOrDefault(kindText) + 1;
        var id = r.String(b["id"], "'id'") ?? kindText + "-" + count.ToString(CultureInfo.InvariantCulture);
        if (!ids.Add(id))
        {
            r.Add(ErrorCodes.Summits.FileDuplicateEntry, b["id"] ?? b, $"Two blocks of the agenda have the id '{id}'.");
            return null;
        }

        var title = r.String(b["title"], "'title'")
            ?? (kind.Kind == BlockKind.Session ? "Session " + count.ToString(CultureInfo.InvariantCulture) : kind.Title);
        var start = b["start"] is { } startNode ? r.Time(startNode, "'start'") : cursor;
        if (start is null)
        {
            if (b["start"] is null)
            {
                r.Add(ErrorCodes.Summits.FileMissingField, b, "The first block of an agenda day needs a 'start' when the summit's days cannot be read.");
            }

            return null;
        }

        var minutes = r.Int(b["minutes"], "'minutes'", 1, 24 * 60);
        LocalTime? end;
        if (b["end"] is { } endNode)
        {
            if (b["minutes"] is not null)
            {
                r.Add(ErrorCodes.Summits.FileInvalidValue, endNode, "A block gives either 'end' or 'minutes', not both.");
                return null;
            }

            end = r.Time(endNode, "'end'");
        }
        else if (minutes is { } m)
        {
            var minuteOfDay = (start.Value.Hour * 60) + start.Value.Minute + m;
            end = minuteOfDay >= 24 * 60 ? null : start.Value.PlusMinutes(m);
            if (end is null)
            {
                r.Add(new SummitError(ErrorCodes.Planning.FrameOutsideDay, $"The block '{id}' would end after midnight.").WithMetadata("block", id), b);
                return null;
            }
        }
        else
        {
            if (b["minutes"] is null)
            {
                r.Add(ErrorCodes.Summits.FileMissingField, b, $"The block '{id}' needs 'end' or 'minutes'.");
            }

            return null;
        }

        if (end is null)
        {
            return null;
        }

        var reserved = r.Int(b["reserved"], "'reserved'", 0, 24 * 60) ?? 0;
        var rooms = r.Strings(b["rooms"], "'rooms'");
        var block = new AgendaBlock(id, title, kind.Kind, date, start.Value, end.Value)
        {
            Rooms = rooms,
            ReservedMinutes = reserved,
        };
        if (r.String(b["reservedTitle"], "'reservedTitle'") is { } reservedTitle)
        {
            block = block with { ReservedTitle = reservedTitle };
        }

        if (end.Value <= start.Value)
        {
            r.Add(new SummitError(ErrorCodes.Planning.FrameBlocksOverlap, $"The block '{id}' ends ({end.Value:HH':'mm}) at or before it starts ({start.Value:HH':'mm}).").WithMetadata("block", id), b);
            return null;
        }

        if (previousEnd is { } before && start.Value < before)
        {
            r.Add(new SummitError(ErrorCodes.Planning.FrameBlocksOverlap, $"The block '{id}' starts at {start.Value:HH':'mm}, before the previous block of its day ends ({before:HH':'mm}); parallel tables are 'rooms' of one block.").WithMetadata("block", id), b);
            return null;
        }

        if (reserved > 0 && (kind.Kind != BlockKind.Session || reserved >= block.Minutes))
        {
            r.Add(ErrorCodes.Summits.FileInvalidValue, b["reserved"]!, $"'reserved' minutes belong to a session and must be fewer than its {block.Minutes} minutes.");
            return null;
        }

        if (day is not null && (start.Value < day.Start || end.Value > day.End))
        {
            r.Add(new SummitError(ErrorCodes.Planning.FrameOutsideDay, $"The block '{id}' ({start.Value:HH':'mm}–{end.Value:HH':'mm}) does not fit the summit's day {date:uuuu'-'MM'-'dd} ({day.Start:HH':'mm}–{day.End:HH':'mm}).")
                .WithMetadata("block", id).WithMetadata("date", date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture)), b);
            return null;
        }

        if (OffGrid(start.Value, grid) || OffGrid(end.Value, grid) || reserved % grid != 0)
        {
            r.Add(new SummitError(ErrorCodes.Planning.FrameOffGrid, string.Create(CultureInfo.InvariantCulture, $"The block '{id}' ({start.Value:HH':'mm}–{end.Value:HH':'mm}, {reserved} reserved) is off the {grid}-minute grid; move it or set 'grid'."))
                .WithMetadata("block", id).WithMetadata("grid", grid), b);
            return null;
        }

        return block;
    }

    internal static bool OffGrid(LocalTime time, int grid) => ((time.Hour * 60) + time.Minute) % grid != 0 || time.Second != 0;
}
