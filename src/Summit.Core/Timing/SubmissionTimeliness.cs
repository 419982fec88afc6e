namespace Summit.Core.Timing;

/// <summary>How a submission instant relates to its deadline.</summary>
public enum SubmissionTimeliness
{
    /// <summary>Before the (possibly extended) deadline.</summary>
    OnTime,

    /// <summary>After the deadline but inside the grace period.</summary>
    LateWithinGrace,

    /// <summary>After the deadline and the grace period.</summary>
    Late,
}
