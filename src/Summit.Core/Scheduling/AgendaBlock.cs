using System.Collections.Immutable;
using NodaTime;

namespace Summit.Core.Scheduling;

/// <summary>One block of an <see cref="AgendaTemplate"/>: a fixed item (welcome, break, open time, call-outs, day-of slot) or a session.</summary>
/// <param name="Id">A stable identifier, unique within the template (for example <c>session-1</c>).</param>
/// <param name="Title">The title shown in the agenda (for example <c>Session 1</c> or <c>Coffee break</c>).</param>
/// <param name="Kind">What the block is for; only <see cref="BlockKind.Session"/> blocks receive topics.</param>
/// <param name="Date">The local date the block happens on.</param>
/// <param name="Start">The local start time (included).</param>
/// <param name="End">The local end time (excluded); must be after <paramref name="Start"/> on the same date.</param>
/// <remarks>
/// Immutable. Times are wall time in the template's zone; the block covers <c>[Date Start, Date End)</c>, half-open.
/// A session with several <see cref="Rooms"/> runs them in parallel (breakouts, roundtables). The last
/// <see cref="ReservedMinutes"/> of a session are kept free for topics brought on the day. Equality compares
/// <see cref="Rooms"/> by content.
/// </remarks>
public sealed record AgendaBlock(string Id, string Title, BlockKind Kind, LocalDate Date, LocalTime Start, LocalTime End)
{
    /// <summary>Gets the rooms the block runs in, in parallel; empty means the template's <see cref="AgendaTemplate.DefaultRoom"/>.</summary>
    public EquatableArray<string> Rooms { get; init; } = [];

    /// <summary>Gets the minutes at the end of a session kept for topics brought on the day (0 for none). The default value is 0.</summary>
    public int ReservedMinutes { get; init; }

    /// <summary>Gets the title of the reserved day-of item. The default value is <c>Topics brought on the day</c>.</summary>
    public string ReservedTitle { get; init; } = "Topics brought on the day";

    /// <summary>Gets the local start of the block.</summary>
    public LocalDateTime LocalStart => Date + Start;

    /// <summary>Gets the local end of the block (excluded).</summary>
    public LocalDateTime LocalEnd => Date + End;

    /// <summary>Gets the length of the block in minutes.</summary>
    public int Minutes => (int)Period.Between(Start, End, PeriodUnits.Minutes).Minutes;
}
