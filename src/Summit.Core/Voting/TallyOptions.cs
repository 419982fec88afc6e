namespace Summit.Core.Voting;

/// <summary>How to count: the number of seats and the tie-breaker.</summary>
/// <param name="Seats">The number of winners wanted; at least 1. The default value is 1.</param>
/// <param name="TieBreaker">The tie-breaker; <see langword="null"/> means the method's documented default.</param>
public sealed record TallyOptions(int Seats = 1, ITieBreaker? TieBreaker = null);
