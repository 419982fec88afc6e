namespace Summit.Core.Selection.Topics;

/// <summary>A curation decision: leave a topic out, with the reason to show its proposers.</summary>
/// <param name="TopicId">The topic to leave out.</param>
/// <param name="Reason">Why, in words.</param>
public sealed record TopicExclusion(string TopicId, string Reason);
