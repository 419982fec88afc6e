using NodaTime;

namespace Summit.Core.Timing;

/// <summary>One milestone of a <see cref="Timeline"/>: exact (an instant, possibly from a <see cref="Timing.Deadline"/>) or approximate (dates only).</summary>
/// <remarks>
/// For a closing milestone the instant is the exclusive end (the window is open while <c>now &lt; At</c>); for an
/// opening milestone it is the first instant of the window. Exactly one of <see cref="At"/> and
/// <see cref="Approximately"/> is set.
/// </remarks>
public sealed record Milestone
{
    private Milestone(MilestoneKind kind, Instant? at, Deadline? deadline, ApproximateDate? approximately)
    {
        Kind = kind;
        At = at;
        Deadline = deadline;
        Approximately = approximately;
    }

    /// <summary>Gets which milestone this is.</summary>
    public MilestoneKind Kind { get; }

    /// <summary>Gets the exact instant, or null for an approximate milestone.</summary>
    public Instant? At { get; }

    /// <summary>Gets the deadline the instant came from, when the milestone was stated as one.</summary>
    public Deadline? Deadline { get; }

    /// <summary>Gets the fuzzy dates, for an approximate milestone.</summary>
    public ApproximateDate? Approximately { get; }

    /// <summary>Gets a value indicating whether the milestone has only approximate dates.</summary>
    public bool IsApproximate => At is null;

    /// <summary>Creates a milestone at an exact instant.</summary>
    /// <param name="kind">The milestone.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The milestone.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> lies outside <see cref="Timing.Deadline.MinInstant"/>..<see cref="Timing.Deadline.MaxInstant"/>.</exception>
    public static Milestone Exact(MilestoneKind kind, Instant at)
    {
        if (!Timing.Deadline.IsSupported(at))
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"Milestones must lie between {Timing.Deadline.MinInstant} and {Timing.Deadline.MaxInstant}.");
        }

        return new(kind, at, null, null);
    }

    /// <summary>Creates a milestone at a deadline's exclusive end (<see cref="Timing.Deadline.ClosesAt"/>).</summary>
    /// <param name="kind">The milestone.</param>
    /// <param name="deadline">The deadline.</param>
    /// <returns>The milestone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deadline"/> is null.</exception>
    public static Milestone AtDeadline(MilestoneKind kind, Deadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return new Milestone(kind, deadline.ClosesAt, deadline, null);
    }

    /// <summary>Creates a milestone at the first instant of a date Anywhere on Earth (how "opens 2024-03-01 AoE" is read).</summary>
    /// <param name="kind">The milestone.</param>
    /// <param name="date">The date.</param>
    /// <returns>The milestone; for example 2020-03-09 starts at 2020-03-09T12:00:00Z.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> lies outside <see cref="Timing.Deadline.MinDate"/>..<see cref="Timing.Deadline.MaxDate"/>.</exception>
    public static Milestone StartOfDayAnywhereOnEarth(MilestoneKind kind, LocalDate date)
    {
        Timing.Deadline.ThrowIfUnsupported(date);
        return Exact(kind, date.AtMidnight().InZoneStrictly(AnywhereOnEarth.Zone).ToInstant());
    }

    /// <summary>Creates an approximate milestone that is kept as dates and never turned into an instant.</summary>
    /// <param name="kind">The milestone.</param>
    /// <param name="dates">The fuzzy dates.</param>
    /// <returns>The milestone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    public static Milestone Approximate(MilestoneKind kind, ApproximateDate dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return new Milestone(kind, null, null, dates);
    }
}
