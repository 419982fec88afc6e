using System.Collections.Immutable;
using FluentResults;

namespace Summit.Core.Voting;

/// <summary>Finds tally methods by name inside a dependency-injection container: the built-ins and any registered <see cref="ITallyMethod"/>.</summary>
/// <remarks>Registered by <c>AddSummitCore</c>. A method you register as <see cref="ITallyMethod"/> wins over a built-in of the same name.</remarks>
public interface ITallyMethodProvider
{
    /// <summary>Gets every known method name, ordinal order, aliases included.</summary>
    ImmutableArray<string> Names { get; }

    /// <summary>Finds a method by name (case-insensitive; <c>stv</c> means <c>stv-scottish</c>).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The method, or <c>voting.unknown-method</c>.</returns>
    Result<ITallyMethod> Get(string name);
}
