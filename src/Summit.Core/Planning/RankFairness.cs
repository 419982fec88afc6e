using System.Collections.Immutable;
using System.Globalization;
using Summit.Core.Scheduling;
using Summit.Core.Selection.Topics;

namespace Summit.Core.Planning;

/// <summary>Explains every place where a better-ranked topic got less discussion than a worse-ranked one, naming the constraint that forced it.</summary>
/// <remarks>
/// <see cref="AgendaGrid"/> never lets a worse-ranked topic's discussion grow past a better-ranked one that still wants more,
/// so such a pair only arises from a constraint: the worse-ranked topic's own minimum discussion, or the better-ranked
/// topic's maximum (it asked for less). Reports print these notes next to the agenda.
/// </remarks>
public static class RankFairness
{
    /// <summary>Lists the better-ranked topics that got less discussion than they asked for while a worse-ranked topic got more than they did.</summary>
    /// <param name="agenda">The packed agenda.</param>
    /// <param name="topics">The topic selection the agenda was packed from (its tiers are the ranks).</param>
    /// <param name="rules">The length rules the agenda was packed with; null for <see cref="TopicLengthRules.Default"/>.</param>
    /// <returns>
    /// One sentence per such better-ranked topic, in rank order, naming the worse-ranked topics and the constraint (their
    /// minimum discussion, or the placement that left the better-ranked topic's room full). A better-ranked topic that got
    /// all it asked for is never listed. Empty when rank order holds.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ImmutableArray<string> Explain(Agenda agenda, TopicSelectionResult topics, TopicLengthRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(topics);
        rules ??= TopicLengthRules.Default;
        var placed = topics.Selected
            .Select(t => (Topic: t, Item: agenda.FindTopic(t.Proposal.Id)!, Length: TopicLength.For(t.Proposal, rules)))
            .Where(x => x.Item is not null)
            .OrderBy(x => x.Topic.Tier).ThenBy(x => x.Topic.Proposal.Id, StringComparer.Ordinal)
            .ToList();
        var notes = ImmutableArray.CreateBuilder<string>();
        foreach (var better in placed.Where(b => b.Item.DiscussionMinutes < b.Length.MaximumDiscussionMinutes))
        {
            var worse = placed.Where(w => w.Topic.Tier > better.Topic.Tier && w.Item.DiscussionMinutes > better.Item.DiscussionMinutes).ToList();
            if (worse.Count == 0)
            {
                continue;
            }

            var reasons = worse.Select(w => string.Create(
                CultureInfo.InvariantCulture,
                $"'{w.Topic.Proposal.Title}' (tier {w.Topic.Tier}, {w.Item.DiscussionMinutes} min{(w.Item.DiscussionMinutes <= w.Length.MinimumDiscussionMinutes ? ": its minimum" : string.Empty)})"));
            notes.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"'{better.Topic.Proposal.Title}' (tier {better.Topic.Tier}) gets {better.Item.DiscussionMinutes} of the {better.Length.MaximumDiscussionMinutes} min of discussion it asked for because {better.Item.Room} in {better.Item.BlockId} is full; worse-ranked topics elsewhere get more: {string.Join(", ", reasons)}."));
        }

        return notes.ToImmutable();
    }
}
