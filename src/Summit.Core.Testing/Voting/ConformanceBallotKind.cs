namespace Summit.Core.Testing.Voting;

/// <summary>The kind of ballots <see cref="TallyMethodConformance"/> generates for a method.</summary>
public enum ConformanceBallotKind
{
    /// <summary>Ranked ballots with ties and truncation.</summary>
    Ranked,

    /// <summary>Approval ballots.</summary>
    Approval,

    /// <summary>Score ballots (0..5).</summary>
    Score,
}
