namespace Summit.Core.Selection;

/// <summary>The quickest way to write a custom policy: a lambda that ranks the candidates.</summary>
public static class SelectionPolicy
{
    /// <summary>Creates a policy from a ranking: already-confirmed candidates keep their places, then places and standby ranks go down the ranking.</summary>
    /// <typeparam name="TCandidate">The kind of candidate.</typeparam>
    /// <param name="name">The policy's name.</param>
    /// <param name="rank">Returns the candidates in order of preference; candidates left out are not selected ("not ranked").</param>
    /// <param name="isOrderIndependent">Whether <paramref name="rank"/> ignores the order of the context's candidates (for example because it sorts by a key with a total order).</param>
    /// <returns>The policy; it returns <see cref="ErrorCodes.Selection.PolicyRankedUnknownCandidate"/> if <paramref name="rank"/> returns a stranger or a candidate twice.</returns>
    /// <remarks><paramref name="rank"/> must be deterministic and thread-safe, and draw any randomness from <see cref="SelectionContext{TCandidate}.Random"/>.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ISelectionPolicy<TCandidate> Create<TCandidate>(string name, Func<SelectionContext<TCandidate>, IEnumerable<TCandidate>> rank, bool isOrderIndependent = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(rank);
        return new LambdaPolicy<TCandidate>(name, rank, isOrderIndependent);
    }
}
