namespace Summit.Core.Voting;

/// <summary>A candidate's state at the end of a round.</summary>
public enum CandidateStatus
{
    /// <summary>Still in the count.</summary>
    Hopeful,

    /// <summary>Elected in this or an earlier round.</summary>
    Elected,

    /// <summary>Excluded (eliminated) in this or an earlier round.</summary>
    Excluded,

    /// <summary>Withdrawn before the count.</summary>
    Withdrawn,
}
