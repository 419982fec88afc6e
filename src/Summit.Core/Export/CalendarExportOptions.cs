using Summit.Core.Scheduling;

namespace Summit.Core.Export;

/// <summary>What <see cref="CalendarExport.Write(Agenda, NodaTime.Instant, CalendarExportOptions)"/> writes of an agenda.</summary>
/// <remarks>Immutable. The default writes every item but overflow and open time, which are room time, not sessions people plan to attend.</remarks>
public sealed record CalendarExportOptions
{
    /// <summary>Gets the default options: overflow and open time are not written as events.</summary>
    public static CalendarExportOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether <see cref="AgendaItemKind.Overflow"/> and <see cref="AgendaItemKind.OpenTime"/> items are written as events too. The default value is <see langword="false"/>.</summary>
    public bool IncludeOverflowAndOpenTime { get; init; }

    /// <summary>Gets a value indicating whether the summit was cancelled: every event then carries <c>STATUS:CANCELLED</c>. The default value is <see langword="false"/>.</summary>
    public bool Cancelled { get; init; }

    /// <summary>Tells whether an item becomes an event under these options.</summary>
    /// <param name="item">The agenda item.</param>
    /// <returns><see langword="true"/> when the item is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public bool Includes(AgendaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return IncludeOverflowAndOpenTime || item.Kind is not (AgendaItemKind.Overflow or AgendaItemKind.OpenTime);
    }
}
