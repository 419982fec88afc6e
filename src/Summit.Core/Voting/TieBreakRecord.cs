using System.Collections.Immutable;

namespace Summit.Core.Voting;

/// <summary>A tie that a count had to break, and how it was broken.</summary>
/// <param name="Round">The round of the tie.</param>
/// <param name="Tied">The tied candidates' names.</param>
/// <param name="Order">The order decided, the favoured candidate first.</param>
/// <param name="Strategy">The tie-breaker's name (for example <c>previous-rounds</c> or <c>lottery</c>).</param>
/// <param name="Explanation">How the order was decided, in words.</param>
public sealed record TieBreakRecord(
    int Round,
    EquatableArray<string> Tied,
    EquatableArray<string> Order,
    string Strategy,
    string Explanation);
