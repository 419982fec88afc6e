namespace Summit.Core.Planning;

/// <summary>What became of one stage of a summit's plan.</summary>
public enum StageStatus
{
    /// <summary>The stage did not run; <see cref="StageOutcome{T}.NotRunReason"/> says why (not an error: nothing to do yet, or nothing asked for).</summary>
    NotRun,

    /// <summary>The stage ran and produced its value.</summary>
    Succeeded,

    /// <summary>The stage ran and failed on the user's data; <see cref="StageOutcome{T}.Errors"/> says why.</summary>
    Failed,
}
