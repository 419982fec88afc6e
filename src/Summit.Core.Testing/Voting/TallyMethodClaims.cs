namespace Summit.Core.Testing.Voting;

/// <summary>What a tally method claims, for <see cref="TallyMethodConformance"/>: the ballots it counts, the seat counts it supports and the optional criteria it meets.</summary>
/// <remarks>
/// How thoroughly to check (cases, seed, candidates) is in <see cref="ConformanceOptions"/>, shared by every kit; these are
/// the tally kit's own questions. Immutable: derive variants with <c>with</c>.
/// </remarks>
public sealed record TallyMethodClaims
{
    /// <summary>Gets the kind of ballots the method counts, and so the kind of profiles generated.</summary>
    /// <value>The default value is <see cref="ConformanceBallotKind.Ranked"/>.</value>
    public ConformanceBallotKind BallotKind { get; init; } = ConformanceBallotKind.Ranked;

    /// <summary>Gets the seat counts to try.</summary>
    /// <value>The default value is { 1, 2 }.</value>
    public IReadOnlyList<int> Seats { get; init; } = [1, 2];

    /// <summary>Gets a value indicating whether the method elects a Condorcet winner when one exists (single seat).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool CondorcetConsistent { get; init; }

    /// <summary>Gets a value indicating whether the method elects a candidate that a strict majority ranks first alone (single seat).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool MajorityConsistent { get; init; }

    /// <summary>Gets a value indicating whether a single-seat winner is never Pareto-dominated (another candidate ranked strictly above it on every ballot).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool Pareto { get; init; }

    /// <summary>Gets the claims of a plain ranked method: no optional criterion, one and two seats.</summary>
    public static TallyMethodClaims Default { get; } = new();
}
