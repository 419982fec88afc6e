using System.Collections.Immutable;
using NodaTime;

namespace Summit.Core.Scheduling;

/// <summary>A packed agenda: every item with local and UTC times, room and presenters; every topic not placed with its reason; the objective values.</summary>
/// <param name="Template">The template the agenda was packed into.</param>
/// <param name="Items">The items, ordered by local start, then by the room order of their block.</param>
/// <param name="Unplaced">The topics not placed, in request order, with reasons.</param>
/// <param name="Objective">The objective values and the proven bound.</param>
/// <param name="IsProvenOptimal">Whether the packer proved that no feasible agenda is better (on every objective, in order).</param>
/// <param name="PackerName">The name of the packer that made it.</param>
/// <remarks>Immutable. No room holds two items at once and no presenter is in two items at once. Equality compares the arrays by content.</remarks>
public sealed record Agenda(
    AgendaTemplate Template, EquatableArray<AgendaItem> Items, EquatableArray<UnplacedTopic> Unplaced, PackingObjective Objective, bool IsProvenOptimal, string PackerName)
{
    /// <summary>Gets the summit's zone.</summary>
    public DateTimeZone Zone => Template.Zone;

    /// <summary>Gets the topic items only, in agenda order.</summary>
    public IEnumerable<AgendaItem> Topics => Items.Where(i => i.Kind == AgendaItemKind.Topic);

    /// <summary>Finds the item of a topic.</summary>
    /// <param name="topicId">The topic id.</param>
    /// <returns>The item, or <see langword="null"/> when the topic is not placed.</returns>
    public AgendaItem? FindTopic(string topicId) => Items.FirstOrDefault(i => i.Kind == AgendaItemKind.Topic && i.TopicId == topicId);
}
