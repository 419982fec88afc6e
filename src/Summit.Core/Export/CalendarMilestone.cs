using NodaTime;
using Summit.Core.Timing;

namespace Summit.Core.Export;

/// <summary>A named instant for a calendar of deadlines (for example a timeline milestone), or a tentative range of days.</summary>
/// <param name="Uid">A stable, unique id; re-exports with the same uid update the same calendar event.</param>
/// <param name="Summary">The text shown in the calendar.</param>
/// <param name="At">The instant; for an all-day milestone (<see cref="Dates"/> set), the first day's midnight UTC, used for ordering only.</param>
/// <remarks>
/// Immutable. An exclusive deadline (closes at <c>At</c>) is shown as a zero-length event at <c>At</c>. A milestone with
/// <see cref="Dates"/> is written as an all-day event (<c>DTSTART;VALUE=DATE</c>) over those dates.
/// </remarks>
public sealed record CalendarMilestone(string Uid, string Summary, Instant At)
{
    /// <summary>Gets a longer description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the dates of an all-day milestone (first and last day, both included), or <see langword="null"/> for a milestone at <see cref="At"/>.</summary>
    public ApproximateDate? Dates { get; init; }

    /// <summary>Gets the event's <c>STATUS</c>, or <see langword="null"/> to write none.</summary>
    public CalendarEventStatus? Status { get; init; }

    /// <summary>Creates a tentative all-day milestone for dates known only approximately (written with <c>STATUS:TENTATIVE</c>).</summary>
    /// <param name="uid">A stable, unique id.</param>
    /// <param name="summary">The text shown in the calendar.</param>
    /// <param name="dates">The fuzzy dates: the event covers <see cref="ApproximateDate.Earliest"/> to <see cref="ApproximateDate.Latest"/>.</param>
    /// <returns>The milestone.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CalendarMilestone Approximate(string uid, string summary, ApproximateDate dates)
    {
        ArgumentNullException.ThrowIfNull(uid);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(dates);
        return new CalendarMilestone(uid, summary, dates.Earliest.AtMidnight().InUtc().ToInstant())
        {
            Dates = dates,
            Status = CalendarEventStatus.Tentative,
        };
    }
}
