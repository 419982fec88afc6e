namespace Summit.Core.Testing.Voting;

/// <summary>How thoroughly <see cref="TallyMethodConformance"/> checks a method, and which optional properties apply.</summary>
/// <remarks>Options for a test helper: set once, then pass in.</remarks>
public sealed class TallyConformanceOptions
{
    /// <summary>Gets or sets the number of random profiles per property.</summary>
    /// <value>The default value is 100.</value>
    public int Runs { get; set; } = 100;

    /// <summary>Gets or sets the seed of the generator (the same seed checks the same profiles).</summary>
    /// <value>The default value is 20240401.</value>
    public ulong Seed { get; set; } = 20240401;

    /// <summary>Gets or sets the most candidates in a generated profile.</summary>
    /// <value>The default value is 6.</value>
    public int MaxCandidates { get; set; } = 6;

    /// <summary>Gets or sets the seat counts to try.</summary>
    /// <value>The default value is { 1, 2 }.</value>
    public IReadOnlyList<int> Seats { get; set; } = [1, 2];

    /// <summary>Gets or sets a value indicating whether the method must elect a Condorcet winner when one exists (single seat).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool CondorcetConsistent { get; set; }

    /// <summary>Gets or sets a value indicating whether the method must elect a candidate that a strict majority ranks first alone (single seat).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool MajorityConsistent { get; set; }

    /// <summary>Gets or sets a value indicating whether a single-seat winner must never be Pareto-dominated (another candidate ranked strictly above it on every ballot).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool Pareto { get; set; }

    /// <summary>Gets or sets the kind of profiles to generate.</summary>
    /// <value>The default value is <see cref="ConformanceBallotKind.Ranked"/>.</value>
    public ConformanceBallotKind BallotKind { get; set; } = ConformanceBallotKind.Ranked;
}
