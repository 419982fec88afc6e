using System.Collections.Immutable;

namespace Summit.Core.Voting;

/// <summary>A named strategy that orders candidates a counting method could not separate.</summary>
/// <remarks>Implementations must be deterministic and thread-safe; a lottery takes its seed as data.</remarks>
public interface ITieBreaker
{
    /// <summary>Gets the stable name of the strategy, for example <c>previous-rounds</c>.</summary>
    string Name { get; }

    /// <summary>Orders the tied candidates, the one to favour (elect or keep) first.</summary>
    /// <param name="request">The tied candidates and the count so far.</param>
    /// <returns>Every tied candidate index exactly once, best first.</returns>
    ImmutableArray<int> Order(TieBreakRequest request);

    /// <summary>Explains, in words, how <see cref="Order"/> ordered the tied candidates; shown in the count's tie-break records.</summary>
    /// <param name="request">The request that was ordered.</param>
    /// <param name="order">The order returned by <see cref="Order"/>.</param>
    /// <returns>One or two sentences.</returns>
    string Explain(TieBreakRequest request, ImmutableArray<int> order) => $"Ordered by the '{Name}' tie-breaker.";
}
