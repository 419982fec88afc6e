using System.Collections.Immutable;
using NodaTime;

namespace Summit.Core.Scheduling;

/// <summary>The frame of a summit's agenda: ordered blocks on one or more days, in the local wall time of one IANA zone.</summary>
/// <param name="SummitId">The summit's stable identifier; exports derive stable GUIDs and UIDs from it.</param>
/// <param name="Name">The summit's name, shown in exports.</param>
/// <param name="Zone">The summit's IANA time zone; every block time is wall time in it.</param>
/// <param name="DefaultRoom">The room of every block that names no rooms of its own.</param>
/// <remarks>
/// Immutable. Blocks that share a room must not overlap; the packers check this and every other rule and return
/// coded errors rather than throwing. Local times are turned into instants with <c>InZoneStrictly</c> semantics: a
/// skipped or ambiguous local time (a DST change) is an error, never silently shifted. Build the usual shape with
/// <see cref="AgendaTemplates.Standard"/>. Equality compares <see cref="Blocks"/> by content.
/// </remarks>
public sealed record AgendaTemplate(string SummitId, string Name, DateTimeZone Zone, string DefaultRoom)
{
    /// <summary>Gets the blocks in agenda order.</summary>
    public EquatableArray<AgendaBlock> Blocks { get; init; } = [];

    /// <summary>Gets the venue, shown as part of the location in exports; optional.</summary>
    public string? Venue { get; init; }

    /// <summary>Gets the rooms a block runs in: its own rooms, or the default room.</summary>
    /// <param name="block">The block.</param>
    /// <returns>The rooms, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="block"/> is null.</exception>
    public ImmutableArray<string> RoomsOf(AgendaBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.Rooms.IsEmpty ? [DefaultRoom] : block.Rooms.AsImmutableArray();
    }

    /// <inheritdoc />
    /// <remarks>Written by hand to compare <see cref="Zone"/> by its IANA id rather than as an object: the same zone from two providers (or a reloaded database) is the same template.</remarks>
    public bool Equals(AgendaTemplate? other) =>
        other is not null
        && SummitId == other.SummitId && Name == other.Name && Zone.Id == other.Zone.Id
        && DefaultRoom == other.DefaultRoom && Venue == other.Venue && Blocks == other.Blocks;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SummitId, Name, Zone.Id, DefaultRoom, Venue, Blocks);
}
