using System.Collections.Immutable;
using FluentResults;

namespace Summit.Core.Voting;

/// <summary>Finds tally methods by name inside a dependency-injection container: the built-ins and the methods you register.</summary>
/// <remarks>
/// Registered by <c>AddSummitCore</c>. Lookup order: a method of yours registered as a plain <see cref="ITallyMethod"/>
/// (by its <see cref="ITallyMethod.Name"/>), then a keyed <see cref="ITallyMethod"/> under the name (so a keyed
/// override of a built-in wins), then the built-in of <see cref="TallyMethods"/>. Prefer keyed registration
/// (<c>AddKeyedSingleton&lt;ITallyMethod&gt;("mine", …)</c>): the plain <see cref="ITallyMethod"/> is the default method.
/// </remarks>
public interface ITallyMethodProvider
{
    /// <summary>Gets the built-in names (aliases included) and the names of plain-registered methods, ordinal order; keyed-only methods are found by <see cref="Get"/> but not listed.</summary>
    ImmutableArray<string> Names { get; }

    /// <summary>Finds a method by name (case-insensitive; <c>stv</c> means <c>stv-scottish</c>).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The method, or <c>voting.unknown-method</c> listing <see cref="Names"/>.</returns>
    Result<ITallyMethod> Get(string name);
}
