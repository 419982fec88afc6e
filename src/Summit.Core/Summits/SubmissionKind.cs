namespace Summit.Core.Summits;

/// <summary>The kinds of submission a summit takes.</summary>
public enum SubmissionKind
{
    /// <summary>A request to attend.</summary>
    Registration,

    /// <summary>A topic proposal.</summary>
    Proposal,
}
