using System.Collections.Immutable;
using NodaTime;
using Summit.Core.Scheduling;

namespace Summit.Core.Planning;

/// <summary>Sets of local time given as windows: joined (overlapping or touching windows become one) and intersected.</summary>
/// <remarks>
/// A list of windows stands for the time covered by any of them. The packers place a topic inside one of its
/// <see cref="SlotRequest.Availability"/> windows, so the planner hands them joined windows: then "inside one window"
/// and "inside the time covered" are the same.
/// </remarks>
internal static class AvailabilityWindows
{
    /// <summary>The windows sorted by start, with windows that overlap or touch joined; empty windows are dropped.</summary>
    public static ImmutableArray<LocalWindow> Join(IEnumerable<LocalWindow> windows)
    {
        var joined = ImmutableArray.CreateBuilder<LocalWindow>();
        foreach (var w in windows.Where(w => w.Start < w.End).OrderBy(w => w.Start).ThenBy(w => w.End))
        {
            if (joined.Count > 0 && w.Start <= joined[^1].End)
            {
                joined[^1] = new LocalWindow(joined[^1].Start, LocalDateTime.Max(joined[^1].End, w.End));
            }
            else
            {
                joined.Add(w);
            }
        }

        return joined.ToImmutable();
    }

    /// <summary>The time two sets of windows have in common, as joined windows; empty when they share no moment.</summary>
    public static ImmutableArray<LocalWindow> Intersect(IEnumerable<LocalWindow> first, IEnumerable<LocalWindow> second)
    {
        var a = Join(first);
        var b = Join(second);
        var common = ImmutableArray.CreateBuilder<LocalWindow>();
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var start = LocalDateTime.Max(a[i].Start, b[j].Start);
            var end = LocalDateTime.Min(a[i].End, b[j].End);
            if (start < end)
            {
                common.Add(new LocalWindow(start, end));
            }

            if (a[i].End <= b[j].End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        // Pieces of joined windows never overlap or touch: a[i] and a[i + 1] are apart, so their pieces are too.
        return common.ToImmutable();
    }
}
