using NodaTime;
using FluentResults;
using Summit.Core.Timing;

namespace Summit.Core.Summits;

/// <summary>One day (or one session on a day) of a summit, in local wall time.</summary>
/// <param name="Date">The local date.</param>
/// <param name="Start">The local start time.</param>
/// <param name="End">The local end time, after <paramref name="Start"/> on the same date.</param>
/// <remarks>Stored as wall time; turned into instants only with the summit's IANA zone (<see cref="ToInterval"/>), never with a fixed offset.</remarks>
public sealed record SummitDay(LocalDate Date, LocalTime Start, LocalTime End)
{
    /// <summary>Gets the length of the day's session.</summary>
    public Period Length => Period.Between(Start, End);

    /// <summary>Maps the day to a half-open interval of instants in a zone.</summary>
    /// <param name="zone">The summit's zone.</param>
    /// <returns>The interval, or <see cref="ErrorCodes.Timing.LocalTimeSkipped"/> when a wall time falls in a DST gap, or <see cref="ErrorCodes.Timing.OutOfRange"/> for a date outside <see cref="Deadline.MinDate"/>..<see cref="Deadline.MaxDate"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public Result<Interval> ToInterval(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (!Deadline.IsSupported(Date))
        {
            return Deadline.OutOfRangeError(NodaTime.Text.LocalDatePattern.Iso.Format(Date));
        }

        var start = zone.MapLocal(Date + Start);
        var end = zone.MapLocal(Date + End);
        if (start.Count == 0 || end.Count == 0)
        {
            return new SummitError(ErrorCodes.Timing.LocalTimeSkipped, $"{Date} {Start}–{End} falls in a DST gap in {zone.Id}.");
        }

        return new Interval(start.First().ToInstant(), end.Last().ToInstant());
    }
}
