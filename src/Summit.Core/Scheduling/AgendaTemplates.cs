using System.Collections.Immutable;
using NodaTime;

namespace Summit.Core.Scheduling;

/// <summary>Ready-made agenda templates: the standard summit afternoon, and the real frames of the PyCon US Packaging Summits.</summary>
/// <remarks>Block ids are stable: <c>welcome</c>, <c>session-1</c>, <c>break</c>, <c>session-2</c>, <c>day-of</c>, <c>open-time</c> (2023: <c>welcome-1</c>, <c>session-1</c>, <c>welcome-2</c>, <c>session-2</c>).</remarks>
public static class AgendaTemplates
{
    /// <summary>Builds the standard afternoon: Welcome, Session 1 (with reserved call-out minutes), Break, Session 2 (parallel rooms allowed), day-of slot, Open time.</summary>
    /// <param name="summitId">The summit's stable id.</param>
    /// <param name="name">The summit's name.</param>
    /// <param name="zone">The summit's IANA zone.</param>
    /// <param name="date">The local date.</param>
    /// <param name="start">The local start of the welcome.</param>
    /// <param name="room">The summit's room.</param>
    /// <param name="shape">The minutes of each part; <see langword="null"/> for the defaults (the 2024 frame).</param>
    /// <returns>The template; blocks that would end after midnight or have invalid minutes are reported by the packers.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static AgendaTemplate Standard(string summitId, string name, DateTimeZone zone, LocalDate date, LocalTime start, string room, StandardAgendaShape? shape = null)
    {
        ArgumentNullException.ThrowIfNull(summitId);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(room);
        shape ??= new StandardAgendaShape();
        var blocks = ImmutableArray.CreateBuilder<AgendaBlock>();
        var cursor = start;

        void Add(string id, string title, BlockKind kind, int minutes, Func<AgendaBlock, AgendaBlock>? adjust = null)
        {
            if (minutes == 0 && kind != BlockKind.Session)
            {
                return;
            }

            var end = cursor.PlusMinutes(minutes);
            var block = new AgendaBlock(id, title, kind, date, cursor, end < cursor ? LocalTime.Midnight : end);
            blocks.Add(adjust is null ? block : adjust(block));
            cursor = end;
        }

        Add("welcome", "Welcome, introductions", BlockKind.Welcome, shape.WelcomeMinutes);
        Add("session-1", "Session 1", BlockKind.Session, shape.Session1Minutes,
            b => b with { ReservedMinutes = shape.Session1ReservedMinutes, ReservedTitle = shape.Session1ReservedTitle });
        Add("break", "Coffee break", BlockKind.Break, shape.BreakMinutes);
        Add("session-2", "Session 2", BlockKind.Session, shape.Session2Minutes, b => b with { Rooms = shape.Session2Rooms });
        Add("day-of", "Lightning talks submitted on the day", BlockKind.DayOf, shape.DayOfMinutes);
        Add("open-time", "Open time", BlockKind.OpenTime, shape.OpenTimeMinutes);
        return new AgendaTemplate(summitId, name, zone, room) { Blocks = blocks.ToImmutable() };
    }

    /// <summary>The PyCon US 2022 Packaging Summit frame: Fri 2022-04-29 13:45–17:15 America/Denver, Room 250AB (Salt Palace).</summary>
    /// <returns>Welcome 10, Session 1 80, Coffee break 30, Session 2 40, day-of lightning talks 50 (up to 3, submitted on site).</returns>
    /// <remarks>Source: PyCon/pycon-archive <c>2022/events/packaging-summit/index.html</c>.</remarks>
    public static AgendaTemplate PyConUs2022() =>
        Standard("pycon-us-2022-packaging", "PyCon US 2022 Packaging Summit", DateTimeZoneProviders.Tzdb["America/Denver"],
            new LocalDate(2022, 4, 29), new LocalTime(13, 45), "Room 250AB",
            new StandardAgendaShape
            {
                WelcomeMinutes = 10, Session1Minutes = 80, Session1ReservedMinutes = 0, BreakMinutes = 30,
                Session2Minutes = 40, DayOfMinutes = 50, OpenTimeMinutes = 0,
            }) with { Venue = "Salt Palace Convention Center" };

    /// <summary>The PyCon US 2023 Packaging Summit frame: two 2-hour sessions on different days, America/Denver, Room 251AB.</summary>
    /// <returns>Fri 2023-04-21 10:30–12:30 and Sun 2023-04-23 13:00–15:00, each a 5-minute welcome and a 115-minute session.</returns>
    /// <remarks>Source: PyCon/pycon-archive <c>2023/events/packaging-summit/index.html</c>. Four 25-minute topics leave 15 minutes of overflow per session.</remarks>
    public static AgendaTemplate PyConUs2023()
    {
        var day1 = new LocalDate(2023, 4, 21);
        var day2 = new LocalDate(2023, 4, 23);
        return new AgendaTemplate("pycon-us-2023-packaging", "PyCon US 2023 Packaging Summit", DateTimeZoneProviders.Tzdb["America/Denver"], "Room 251AB")
        {
            Venue = "Salt Palace Convention Center",
            Blocks =
            [
                new AgendaBlock("welcome-1", "Welcome", BlockKind.Welcome, day1, new LocalTime(10, 30), new LocalTime(10, 35)),
                new AgendaBlock("session-1", "Session 1: Scope, Strategy & Synergy", BlockKind.Session, day1, new LocalTime(10, 35), new LocalTime(12, 30)),
                new AgendaBlock("welcome-2", "Welcome", BlockKind.Welcome, day2, new LocalTime(13, 0), new LocalTime(13, 5)),
                new AgendaBlock("session-2", "Session 2: Tech Spec Proposals", BlockKind.Session, day2, new LocalTime(13, 5), new LocalTime(15, 0)),
            ],
        };
    }

    /// <summary>The PyCon US 2024 Packaging Summit frame: Sat 2024-05-18 13:45–17:45 America/New_York, Room 319 (David L. Lawrence Convention Center).</summary>
    /// <param name="breakoutRooms">The parallel breakout tables of session 2; <see langword="null"/> for five (<c>Table 1</c> … <c>Table 5</c>).</param>
    /// <returns>Welcome 15, Session 1 105 (last 15 for call-outs), Coffee break 30, Breakouts 75 in parallel, Open time 15: 240 minutes.</returns>
    /// <remarks>Source: PyCon/pycon-archive <c>2024/events/packaging-summit/index.html</c>.</remarks>
    public static AgendaTemplate PyConUs2024(IEnumerable<string>? breakoutRooms = null)
    {
        var rooms = breakoutRooms?.ToImmutableArray() ?? [.. Enumerable.Range(1, 5).Select(i => "Table " + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        var template = Standard("pycon-us-2024-packaging", "PyCon US 2024 Packaging Summit", DateTimeZoneProviders.Tzdb["America/New_York"],
            new LocalDate(2024, 5, 18), new LocalTime(13, 45), "Room 319", new StandardAgendaShape { Session2Rooms = rooms });
        var blocks = template.Blocks.Select(b => b.Id == "session-2" ? b with { Title = "Breakout discussions / unconference" } : b).ToImmutableArray();
        return template with { Blocks = blocks, Venue = "David L. Lawrence Convention Center" };
    }
}
