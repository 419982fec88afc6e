using NodaTime;
using Summit.Core.Scheduling;

namespace Summit.Core.Tests.Scheduling;

/// <summary>The one-day summit the hand-made scheduling tests use: 18 May 2024 in New York, sessions with named rooms.</summary>
internal static class SummitDay
{
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    public static readonly LocalDate Day = new(2024, 5, 18);

    /// <summary>A template of one session (<c>session-1</c>) of <paramref name="minutes"/> from <paramref name="start"/> in <paramref name="rooms"/>.</summary>
    public static AgendaTemplate Session(LocalTime start, int minutes, params string[] rooms) =>
        new("s", "Summit", NewYork, "Main")
        {
            Blocks = [new AgendaBlock("session-1", "Session 1", BlockKind.Session, Day, start, start.PlusMinutes(minutes)) { Rooms = [.. rooms] }],
        };

    public static LocalDateTime At(int hour, int minute) => Day.At(new LocalTime(hour, minute));

    public static LocalWindow Window(int fromHour, int fromMinute, int toHour, int toMinute) => new(At(fromHour, fromMinute), At(toHour, toMinute));
}
