using System.Collections.Immutable;
using Summit.Core.Voting;

namespace Summit.Core.Selection.Topics;

/// <summary>The order of preference among topics: tiers of topic identifiers, best tier first; a tier holds equally ranked topics.</summary>
/// <remarks>Immutable. Topics the ranking does not list rank below every tier. Identifiers are checked against the proposals when topics are selected.</remarks>
public sealed class TopicRanking
{
    private TopicRanking(ImmutableArray<ImmutableArray<string>> tiers) => Tiers = tiers;

    /// <summary>Gets the tiers of topic identifiers, best first.</summary>
    public ImmutableArray<ImmutableArray<string>> Tiers { get; }

    /// <summary>Takes the ranking of a count, whose candidate names are topic identifiers.</summary>
    /// <param name="tally">The count's result.</param>
    /// <returns>The ranking with the count's tiers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    public static TopicRanking FromTally(TallyResult tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return FromTiers(tally.Ranking.Select(t => t.AsEnumerable()));
    }

    /// <summary>Takes a plain order, best first, with no ties.</summary>
    /// <param name="topicIds">The topic identifiers, best first.</param>
    /// <returns>The ranking, one topic per tier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="topicIds"/> is null.</exception>
    public static TopicRanking FromOrder(IEnumerable<string> topicIds)
    {
        ArgumentNullException.ThrowIfNull(topicIds);
        return FromTiers(topicIds.Select(id => new[] { id }));
    }

    /// <summary>Takes tiers of equally ranked topics, best tier first.</summary>
    /// <param name="tiers">The tiers.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tiers"/> or a tier or an identifier is null.</exception>
    public static TopicRanking FromTiers(IEnumerable<IEnumerable<string>> tiers)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        var list = tiers.Select(t =>
        {
            ArgumentNullException.ThrowIfNull(t, nameof(tiers));
            var ids = t.ToImmutableArray();
            foreach (var id in ids)
            {
                ArgumentNullException.ThrowIfNull(id, nameof(tiers));
            }

            return ids;
        }).Where(t => !t.IsEmpty).ToImmutableArray();
        return new TopicRanking(list);
    }
}
