using System.Collections.Immutable;

namespace Summit.Core.Selection.Topics;

/// <summary>The organizers' curation, recorded as data: topics pinned in, topics excluded with a reason, duplicates merged.</summary>
/// <remarks>
/// Immutable; equality compares the lists by content. Pinned topics are selected before any other (they must fit together). A topic cannot be both pinned and
/// excluded; a duplicate cannot itself be pinned or excluded, and cannot be merged into an excluded topic or in a cycle.
/// </remarks>
public sealed record TopicCuration
{
    /// <summary>Gets a curation that changes nothing.</summary>
    public static TopicCuration None { get; } = new();

    /// <summary>Gets the identifiers of the topics pinned in.</summary>
    /// <value>The default value is empty.</value>
    public EquatableArray<string> Pinned { get; init; } = [];

    /// <summary>Gets the topics left out, with reasons.</summary>
    /// <value>The default value is empty.</value>
    public EquatableArray<TopicExclusion> Excluded { get; init; } = [];

    /// <summary>Gets the merges of duplicates.</summary>
    /// <value>The default value is empty.</value>
    public EquatableArray<TopicMerge> Merges { get; init; } = [];
}
