using System.Collections.Immutable;
using NodaTime;

namespace Summit.Core.Timing;

/// <summary>Where a <see cref="Timeline"/> stands at one instant: the open windows and the next milestone.</summary>
/// <param name="At">The instant described.</param>
/// <param name="OpenWindows">The windows open at <paramref name="At"/> (each half-open: opens &lt;= at &lt; closes).</param>
/// <param name="Next">The next exact milestone strictly after <paramref name="At"/>, or null.</param>
/// <param name="TimeToNext">The time left until <paramref name="Next"/>, or null.</param>
/// <param name="IsCancelled">Whether the summit was cancelled at or before <paramref name="At"/>.</param>
public sealed record TimelinePhase(
    Instant At,
    EquatableArray<TimelineWindow> OpenWindows,
    Milestone? Next,
    Duration? TimeToNext,
    bool IsCancelled)
{
    /// <summary>Returns whether a window is open.</summary>
    /// <param name="window">The window.</param>
    /// <returns>True when open at <see cref="At"/>.</returns>
    public bool IsOpen(TimelineWindow window) => OpenWindows.Contains(window);
}
