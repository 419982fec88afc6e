namespace Summit.Core.Selection.Topics;

/// <summary>A curation decision: a duplicate topic is merged into another, which keeps the better rank of the two and both sets of proposers.</summary>
/// <param name="DuplicateId">The topic that disappears into the other.</param>
/// <param name="IntoId">The topic that stays. Chains (A into B, B into C) end at the last topic.</param>
public sealed record TopicMerge(string DuplicateId, string IntoId);
