using NodaTime;

namespace Summit.Core.Export;

/// <summary>A named instant for a calendar of deadlines (for example a timeline milestone).</summary>
/// <param name="Uid">A stable, unique id; re-exports with the same uid update the same calendar event.</param>
/// <param name="Summary">The text shown in the calendar.</param>
/// <param name="At">The instant.</param>
/// <remarks>Immutable. An exclusive deadline (closes at <c>At</c>) is shown as a zero-length event at <c>At</c>.</remarks>
public sealed record CalendarMilestone(string Uid, string Summary, Instant At)
{
    /// <summary>Gets a longer description, if any.</summary>
    public string? Description { get; init; }
}
