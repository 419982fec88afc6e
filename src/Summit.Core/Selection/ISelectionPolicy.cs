using FluentResults;

namespace Summit.Core.Selection;

/// <summary>Decides who gets a place: one method from one immutable context to one immutable, explained result.</summary>
/// <typeparam name="TCandidate">The kind of candidate, for example <see cref="Summits.Registration"/>.</typeparam>
/// <remarks>
/// <para>Implementations must be deterministic (the same context, including its random source, gives the same result on
/// every machine) and thread-safe (one instance may serve many calls at once). They must give every candidate exactly
/// one outcome with at least one reason, never select more than <see cref="SelectionContext{TCandidate}.Capacity"/>,
/// number standby ranks 1..n without gaps, and keep every already-confirmed candidate selected.
/// <c>SelectionConformance</c> in Summit.Core.Testing checks all of this for any implementation.</para>
/// <para>Wrong input is returned as a failed result with a code from <see cref="ErrorCodes.Selection"/>, never thrown.
/// Run policies through <see cref="SelectionPolicies.Run{TCandidate}"/> to turn a throwing or contract-breaking policy into a coded error.</para>
/// </remarks>
public interface ISelectionPolicy<TCandidate>
{
    /// <summary>Gets the policy's name, used in explanations and error metadata.</summary>
    string Name { get; }

    /// <summary>Gets a value indicating whether the order of the candidate list cannot change the result (outcomes compared by identifier).</summary>
    bool IsOrderIndependent { get; }

    /// <summary>Decides every candidate's outcome.</summary>
    /// <param name="context">The candidates, the places, the instant, the random source and the already-confirmed.</param>
    /// <returns>The explained result, or coded errors.</returns>
    Result<SelectionResult<TCandidate>> Select(SelectionContext<TCandidate> context);
}
