using System.Globalization;
using NodaTime;
using NodaTime.Text;
using FluentResults;

namespace Summit.Core.Timing;

/// <summary>
/// The moment a form or window closes: the end of a date Anywhere on Earth, the end of a date in an IANA zone,
/// or a local date-time in an IANA zone.
/// </summary>
/// <remarks>
/// <para>Half-open: a deadline is open at <c>now</c> exactly when <c>now &lt; <see cref="ClosesAt"/></c>.
/// <see cref="ClosesAt"/> is the exclusive end; <see cref="LastMoment"/> (one second earlier) is the last accepted
/// whole second, as organizers write it ("23:59:59 AoE").</para>
/// <para><c>2024-04-01 AoE</c> closes at <c>2024-04-02T12:00:00Z</c>; its last moment is <c>2024-04-02T11:59:59Z</c>.
/// <c>2024-04-01T17:00 America/New_York</c> closes at <c>2024-04-01T21:00:00Z</c>.</para>
/// <para>The wall time and the zone are stored, never a fixed offset, so a deadline keeps its meaning across DST
/// changes. Immutable; equality is by kind, local value and zone id.</para>
/// </remarks>
public sealed class Deadline : IEquatable<Deadline>
{
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly LocalDateTimePattern LocalPatternSeconds = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss");

    private Deadline(DeadlineKind kind, LocalDateTime localClose, DateTimeZone zone, Instant closesAt)
    {
        Kind = kind;
        LocalClose = localClose;
        Zone = zone;
        ClosesAt = closesAt;
    }

    /// <summary>Gets the earliest date a deadline, a milestone or a local date-time may fall on: 1900-01-01.</summary>
    /// <remarks>Summits are recent events; the bound also keeps clear of the local-mean-time offsets of the early zone data.</remarks>
    public static LocalDate MinDate { get; } = new(1900, 1, 1);

    /// <summary>Gets the latest date a deadline, a milestone or a local date-time may fall on: 9998-12-31.</summary>
    /// <remarks>The end of that day AoE, rendered in any zone (offsets up to ±18 h), stays inside NodaTime's range (year 9999).</remarks>
    public static LocalDate MaxDate { get; } = new(9998, 12, 31);

    /// <summary>Gets the earliest supported instant: 1899-12-31T00:00:00Z (the start of <see cref="MinDate"/> at UTC+18, with room to spare).</summary>
    public static Instant MinInstant { get; } = Instant.FromUtc(1899, 12, 31, 0, 0);

    /// <summary>Gets the latest supported instant: 9999-01-02T00:00:00Z (the end of <see cref="MaxDate"/> at UTC−18, with room to spare).</summary>
    public static Instant MaxInstant { get; } = Instant.FromUtc(9999, 1, 2, 0, 0);

    /// <summary>Gets how the deadline was stated.</summary>
    public DeadlineKind Kind { get; }

    /// <summary>Gets the exclusive end as a wall time in <see cref="Zone"/> (midnight after the date, for date deadlines).</summary>
    public LocalDateTime LocalClose { get; }

    /// <summary>Gets the zone the deadline is stated in (<see cref="AnywhereOnEarth.Zone"/> for AoE).</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the exclusive end: the first instant at which the deadline has passed.</summary>
    public Instant ClosesAt { get; }

    /// <summary>Gets the last accepted whole second: <see cref="ClosesAt"/> minus one second.</summary>
    public Instant LastMoment => ClosesAt - Duration.FromSeconds(1);

    /// <summary>Gets the date whose end this is, for <see cref="DeadlineKind.EndOfDayAnywhereOnEarth"/> and <see cref="DeadlineKind.EndOfDayInZone"/>.</summary>
    public LocalDate? Date => Kind == DeadlineKind.LocalDateTime ? null : LocalClose.Date.PlusDays(-1);

    /// <summary>Creates the deadline "end of <paramref name="date"/> AoE": the start of the next day at UTC−12.</summary>
    /// <param name="date">The last day on which submissions are accepted.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> lies outside <see cref="MinDate"/>..<see cref="MaxDate"/>.</exception>
    public static Deadline EndOfDayAnywhereOnEarth(LocalDate date)
    {
        ThrowIfUnsupported(date);
        var close = date.PlusDays(1).AtMidnight();
        return new Deadline(DeadlineKind.EndOfDayAnywhereOnEarth, close, AnywhereOnEarth.Zone, close.InZoneStrictly(AnywhereOnEarth.Zone).ToInstant());
    }

    /// <summary>Creates the deadline "end of <paramref name="date"/> in <paramref name="zone"/>": the start of the next day there.</summary>
    /// <param name="date">The last day on which submissions are accepted.</param>
    /// <param name="zone">The zone.</param>
    /// <returns>The deadline. When midnight is skipped by DST, the day starts at the first instant after the gap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> lies outside <see cref="MinDate"/>..<see cref="MaxDate"/>.</exception>
    public static Deadline EndOfDayInZone(LocalDate date, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ThrowIfUnsupported(date);
        var next = date.PlusDays(1);
        return new Deadline(DeadlineKind.EndOfDayInZone, next.AtMidnight(), zone, zone.AtStartOfDay(next).ToInstant());
    }

    /// <summary>Creates a deadline at a local date-time in a zone; the local time itself is the exclusive end.</summary>
    /// <param name="local">The wall time at which the deadline passes.</param>
    /// <param name="zone">The zone.</param>
    /// <returns>
    /// The deadline, or <see cref="ErrorCodes.Timing.LocalTimeSkipped"/> when the wall time does not exist (a DST gap),
    /// or <see cref="ErrorCodes.Timing.OutOfRange"/> when its date lies outside <see cref="MinDate"/>..<see cref="MaxDate"/>.
    /// An ambiguous wall time (a DST overlap) takes its later occurrence, the reading kinder to submitters.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static Result<Deadline> AtLocal(LocalDateTime local, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (!IsSupported(local.Date))
        {
            return OutOfRange(Format(local) + " " + zone.Id);
        }

        var mapping = zone.MapLocal(local);
        if (mapping.Count == 0)
        {
            return new SummitError(ErrorCodes.Timing.LocalTimeSkipped, $"{Format(local)} does not exist in {zone.Id} (the clocks skip it).")
                .WithMetadata("zone", zone.Id);
        }

        return new Deadline(DeadlineKind.LocalDateTime, local, zone, mapping.Last().ToInstant());
    }

    /// <summary>
    /// Parses <c>2024-04-01</c> or <c>2024-04-01 AoE</c> (end of that day AoE), <c>2024-04-01 America/New_York</c>
    /// (end of that day in the zone) or <c>2024-04-01T17:00 America/New_York</c> (a local date-time in the zone).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The deadline, or a coded error naming what is wrong (<c>deadline.invalid</c>, <c>deadline.unknown-zone</c>, <c>deadline.local-time-skipped</c>,
    /// <c>deadline.out-of-range</c> for a date outside <see cref="MinDate"/>..<see cref="MaxDate"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Result<Deadline> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 2)
        {
            return Invalid(text, "expected 'YYYY-MM-DD [AoE]', 'YYYY-MM-DD ZONE' or 'YYYY-MM-DDTHH:MM ZONE'");
        }

        var zoneText = parts.Length == 2 ? parts[1] : null;
        var isAoe = zoneText is null || string.Equals(zoneText, "AoE", StringComparison.OrdinalIgnoreCase);
        DateTimeZone zone;
        if (isAoe)
        {
            zone = AnywhereOnEarth.Zone;
        }
        else
        {
            var found = Zones.Find(zoneText!);
            if (found.IsFailed)
            {
                return Result.Fail<Deadline>(found.Errors);
            }

            zone = found.Value;
        }

        var value = parts[0];
        if (value.Contains('T', StringComparison.Ordinal))
        {
            var parsed = LocalPattern.Parse(value);
            if (!parsed.Success)
            {
                parsed = LocalPatternSeconds.Parse(value);
            }

            if (!parsed.Success)
            {
                return Invalid(text, $"'{value}' is not a valid local date-time (expected YYYY-MM-DDTHH:MM)");
            }

            return IsSupported(parsed.Value.Date) ? AtLocal(parsed.Value, zone) : OutOfRange(text);
        }

        var date = LocalDatePattern.Iso.Parse(value);
        if (!date.Success)
        {
            return Invalid(text, $"'{value}' is not a valid date (expected YYYY-MM-DD)");
        }

        if (!IsSupported(date.Value))
        {
            return OutOfRange(text);
        }

        return isAoe ? EndOfDayAnywhereOnEarth(date.Value) : EndOfDayInZone(date.Value, zone);
    }

    /// <summary>Returns whether a date lies in the supported range <see cref="MinDate"/>..<see cref="MaxDate"/>.</summary>
    /// <param name="date">The date (ISO calendar).</param>
    /// <returns>True when deadlines and milestones may fall on it.</returns>
    public static bool IsSupported(LocalDate date) => date.Year >= MinDate.Year && date.Year <= MaxDate.Year;

    /// <summary>Returns whether an instant lies in the supported range <see cref="MinInstant"/>..<see cref="MaxInstant"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>True when milestones may lie at it (it can be rendered in every zone).</returns>
    public static bool IsSupported(Instant instant) => instant >= MinInstant && instant <= MaxInstant;

    /// <summary>Returns whether the deadline is still open at <paramref name="now"/>: <c>now &lt; ClosesAt</c>.</summary>
    /// <param name="now">The instant to test.</param>
    /// <returns>True while open.</returns>
    public bool IsOpenAt(Instant now) => now < ClosesAt;

    /// <summary>Returns the time left before the deadline passes (zero or negative once passed).</summary>
    /// <param name="now">The instant to measure from.</param>
    /// <returns><see cref="ClosesAt"/> minus <paramref name="now"/>.</returns>
    public Duration TimeLeft(Instant now) => ClosesAt - now;

    /// <inheritdoc />
    public bool Equals(Deadline? other) =>
        other is not null && Kind == other.Kind && LocalClose == other.LocalClose && Zone.Id == other.Zone.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Deadline);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, LocalClose, Zone.Id);

    /// <summary>Returns the deadline in the form <see cref="Parse"/> reads: <c>2024-04-01 AoE</c>, <c>2024-04-01 Europe/Paris</c> or <c>2024-04-01T17:00 America/New_York</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        DeadlineKind.EndOfDayAnywhereOnEarth => LocalDatePattern.Iso.Format(Date!.Value) + " AoE",
        DeadlineKind.EndOfDayInZone => LocalDatePattern.Iso.Format(Date!.Value) + " " + Zone.Id,
        _ => Format(LocalClose) + " " + Zone.Id,
    };

    private static string Format(LocalDateTime local) =>
        (local.Second == 0 ? LocalPattern : LocalPatternSeconds).Format(local);

    internal static SummitError OutOfRangeError(string text) =>
        new SummitError(
                ErrorCodes.Timing.OutOfRange,
                string.Create(CultureInfo.InvariantCulture, $"'{text}' lies outside the supported dates {LocalDatePattern.Iso.Format(MinDate)} to {LocalDatePattern.Iso.Format(MaxDate)}."))
            .WithMetadata("text", text);

    internal static void ThrowIfUnsupported(LocalDate date, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(date))] string? name = null)
    {
        if (!IsSupported(date))
        {
            throw new ArgumentOutOfRangeException(name, date, $"Dates must lie between {LocalDatePattern.Iso.Format(MinDate)} and {LocalDatePattern.Iso.Format(MaxDate)}.");
        }
    }

    private static Result<Deadline> OutOfRange(string text) => OutOfRangeError(text);

    private static Result<Deadline> Invalid(string text, string why) =>
        new SummitError(ErrorCodes.Timing.DeadlineInvalid, string.Create(CultureInfo.InvariantCulture, $"Cannot read the deadline '{text}': {why}."))
            .WithMetadata("text", text);
}
