using System.Collections.Immutable;

namespace Summit.Core.Voting.TieBreaking;

/// <summary>Favours the candidate declared first (the lower candidate index).</summary>
internal sealed class DeclaredOrderTieBreaker : ITieBreaker
{
    public string Name => "declared-order";

    public ImmutableArray<int> Order(TieBreakRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return [.. request.Tied.Order()];
    }

    public string Explain(TieBreakRequest request, ImmutableArray<int> order) =>
        "The candidate declared earlier in the candidate list is favoured.";
}
