using System.Collections.Immutable;
using NodaTime;

namespace Summit.Core.Scheduling;

/// <summary>One item of a packed <see cref="Agenda"/>: a topic or a fixed block, in one room, at one time.</summary>
/// <param name="Kind">What the item is.</param>
/// <param name="Title">The title shown in the agenda.</param>
/// <param name="BlockId">The id of the template block the item lies in.</param>
/// <param name="Room">The room.</param>
/// <param name="LocalStart">The local start (included), wall time in the agenda's zone.</param>
/// <param name="LocalEnd">The local end (excluded).</param>
/// <param name="Start">The start as an instant (DST-correct).</param>
/// <param name="End">The end as an instant (excluded).</param>
/// <remarks>Immutable; the item covers <c>[LocalStart, LocalEnd)</c> = <c>[Start, End)</c>. Equality compares <see cref="Presenters"/> by content.</remarks>
public sealed record AgendaItem(
    AgendaItemKind Kind, string Title, string BlockId, string Room, LocalDateTime LocalStart, LocalDateTime LocalEnd, Instant Start, Instant End)
{
    /// <summary>Gets the topic id of a <see cref="AgendaItemKind.Topic"/> item, or <see langword="null"/>.</summary>
    public string? TopicId { get; init; }

    /// <summary>Gets the presenters, in the order given.</summary>
    public EquatableArray<string> Presenters { get; init; } = [];

    /// <summary>Gets the minutes of the opening lightning talk (topics only).</summary>
    public int LightningTalkMinutes { get; init; }

    /// <summary>Gets the minutes of discussion granted (topics only).</summary>
    public int DiscussionMinutes { get; init; }

    /// <summary>Gets the minutes of action-item wrap-up (topics only).</summary>
    public int WrapUpMinutes { get; init; }

    /// <summary>Gets the length of the item in minutes.</summary>
    public int Minutes => (int)(End - Start).TotalMinutes;
}
