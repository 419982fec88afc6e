using NodaTime;

namespace Summit.Core.Timing;

/// <summary>A milestone as seen from one zone.</summary>
/// <param name="Milestone">The milestone.</param>
/// <param name="At">The milestone's instant in the zone (for a deadline, its exclusive end), or null when approximate.</param>
/// <param name="LastMoment">For a deadline, its last accepted second in the zone; otherwise null.</param>
/// <param name="IsAborted">Whether a cancellation aborted the milestone.</param>
internal sealed record MilestoneView(Milestone Milestone, ZonedDateTime? At, ZonedDateTime? LastMoment, bool IsAborted);
