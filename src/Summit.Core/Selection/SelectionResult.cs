using FluentResults;

namespace Summit.Core.Selection;

/// <summary>Creates <see cref="SelectionResult{TCandidate}"/>s, for custom policies.</summary>
public static class SelectionResult
{
    /// <summary>Creates a result from a policy's outcomes.</summary>
    /// <typeparam name="TCandidate">The kind of candidate.</typeparam>
    /// <param name="context">The context the policy decided on.</param>
    /// <param name="policyName">The policy's name.</param>
    /// <param name="outcomes">One outcome per candidate, in any order (kept in the order given).</param>
    /// <returns>The result.</returns>
    /// <remarks>
    /// Does not check the policy contract (that is what <see cref="SelectionPolicies.Run{TCandidate}"/> and the
    /// conformance kit do), so a broken policy can be caught and reported rather than crash here.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SelectionResult<TCandidate> Create<TCandidate>(
        SelectionContext<TCandidate> context,
        string policyName,
        IEnumerable<CandidateOutcome<TCandidate>> outcomes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(policyName);
        ArgumentNullException.ThrowIfNull(outcomes);
        return new SelectionResult<TCandidate>(policyName, context.Capacity, context.StandbyPlaces, context.Random.Description, [.. outcomes], [], context.IdOf);
    }
}
