using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Summit.Core.Timing;

namespace Summit.Core.Testing.Timing;

/// <summary>FsCheck arbitraries (generator plus shrinker) for dates, zones, instants, deadlines and valid timelines.</summary>
/// <remarks>
/// <para>Use the whole class with FsCheck.Xunit: <c>[Property(Arbitrary = [typeof(TimingArbitraries)])]</c>, then take
/// <see cref="LocalDate"/>, <see cref="DateTimeZone"/>, <see cref="Instant"/>, <see cref="Deadline"/> or
/// <see cref="Timeline"/> parameters. Each property returns an <see cref="Arbitrary{T}"/> of a distinct type, because
/// FsCheck registers arbitraries by type.</para>
/// <para>Naming rule of this package: <c>…Arbitraries</c> classes hold static properties returning
/// <see cref="Arbitrary{T}"/> (plus the public shrinkers they use, to pair with your own generators); the generators
/// they are built from are static methods returning <see cref="Gen{T}"/> on the matching <c>…Generators</c> class
/// (<see cref="TimingGenerators"/>).</para>
/// </remarks>
public static class TimingArbitraries
{
    /// <summary>Gets dates between 1900-01-01 and 2199-12-31, shrinking towards 2024-01-01.</summary>
    public static Arbitrary<LocalDate> Dates { get; } = Arb.From(TimingGenerators.Dates(), ShrinkDate);

    /// <summary>Gets every IANA zone NodaTime knows, plus the AoE zone; shrinks towards UTC.</summary>
    public static Arbitrary<DateTimeZone> Zones { get; } = Arb.From(TimingGenerators.Zones(), ShrinkZone);

    /// <summary>Gets instants between 1900 and 2200 with whole-second precision, shrinking towards 2024-01-01T00:00Z.</summary>
    public static Arbitrary<Instant> Instants { get; } = Arb.From(
        TimingGenerators.Instants(),
        i => ShrinkDays((int)(i - TimingGenerators.Origin).TotalDays).Select(d => TimingGenerators.Origin + Duration.FromDays(d)));

    /// <summary>Gets deadlines of every kind (see <see cref="TimingGenerators.Deadlines"/>), shrinking to end of day AoE and towards 2024-01-01.</summary>
    public static Arbitrary<Deadline> Deadlines { get; } = Arb.From(TimingGenerators.Deadlines(), ShrinkDeadline);

    /// <summary>Gets valid timelines shaped like the real summits (see <see cref="TimingGenerators.Timelines"/>), shrinking with <see cref="ShrinkTimeline"/>.</summary>
    public static Arbitrary<Timeline> Timelines { get; } = Arb.From(TimingGenerators.Timelines(), ShrinkTimeline);

    /// <summary>Smaller dates: 2024-01-01, then halfway there.</summary>
    /// <param name="date">The date to shrink.</param>
    /// <returns>The smaller dates; none for 2024-01-01 itself.</returns>
    public static IEnumerable<LocalDate> ShrinkDate(LocalDate date) =>
        ShrinkDays(Period.Between(TimingGenerators.OriginDate, date, PeriodUnits.Days).Days).Select(d => TimingGenerators.OriginDate.PlusDays(d));

    /// <summary>Smaller zones: UTC, unless the zone is UTC already.</summary>
    /// <param name="zone">The zone to shrink.</param>
    /// <returns>UTC or nothing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static IEnumerable<DateTimeZone> ShrinkZone(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.Id == DateTimeZone.Utc.Id ? [] : [DateTimeZone.Utc];
    }

    /// <summary>Simpler deadlines: end of day AoE on the same date (or the day before a local date-time), then earlier or later dates towards 2024-01-01.</summary>
    /// <param name="deadline">The deadline to shrink.</param>
    /// <returns>The simpler deadlines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deadline"/> is null.</exception>
    public static IEnumerable<Deadline> ShrinkDeadline(Deadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var date = deadline.Date ?? deadline.LocalClose.Date;
        if (deadline.Kind != DeadlineKind.EndOfDayAnywhereOnEarth)
        {
            yield return Deadline.EndOfDayAnywhereOnEarth(date);
            yield break;
        }

        foreach (var smaller in ShrinkDate(date))
        {
            yield return Deadline.EndOfDayAnywhereOnEarth(smaller);
        }
    }

    /// <summary>
    /// Simpler timelines of the shape <see cref="TimingGenerators.Timelines"/> makes: without the vote, the summit moved
    /// towards 2024-01-01, two hours long, the shortest windows and lead times. Every shrink is a valid timeline.
    /// </summary>
    /// <param name="timeline">The timeline to shrink.</param>
    /// <returns>The simpler timelines; none for a timeline of another shape.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static IEnumerable<Timeline> ShrinkTimeline(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return TimingGenerators.TimelineShape.Of(timeline) is { } shape ? shape.Shrink().Select(s => s.Build()) : [];
    }

    internal static IEnumerable<int> ShrinkDays(int days)
    {
        if (days == 0)
        {
            yield break;
        }

        yield return 0;
        if (Math.Abs(days) > 1)
        {
            yield return days / 2;
        }
    }
}
