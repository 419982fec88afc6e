using NodaTime;

namespace Summit.Core.Scheduling;

/// <summary>A stretch of local wall time, such as a presenter's availability.</summary>
/// <param name="Start">The first moment of the window (included).</param>
/// <param name="End">The end of the window (excluded).</param>
/// <remarks>Half-open: <c>[Start, End)</c>. A window with <c>End &lt;= Start</c> is empty and is reported as invalid by the packers.</remarks>
public readonly record struct LocalWindow(LocalDateTime Start, LocalDateTime End)
{
    /// <summary>Gets a value indicating whether <c>[start, end)</c> lies wholly inside this window.</summary>
    /// <param name="start">The start of the stretch (included).</param>
    /// <param name="end">The end of the stretch (excluded).</param>
    /// <returns><see langword="true"/> when <c>Start &lt;= start</c> and <c>end &lt;= End</c>.</returns>
    public bool Contains(LocalDateTime start, LocalDateTime end) => Start <= start && end <= End;

    /// <summary>Gets a value indicating whether <c>[start, end)</c> shares at least one moment with this window.</summary>
    /// <param name="start">The start of the stretch (included).</param>
    /// <param name="end">The end of the stretch (excluded).</param>
    /// <returns><see langword="true"/> when the half-open intervals intersect.</returns>
    public bool Overlaps(LocalDateTime start, LocalDateTime end) => Start < end && start < End;
}
