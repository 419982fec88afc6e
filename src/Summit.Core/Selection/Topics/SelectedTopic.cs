using System.Collections.Immutable;
using Summit.Core.Summits;

namespace Summit.Core.Selection.Topics;

/// <summary>A topic chosen for the agenda, with its duplicates folded in.</summary>
/// <param name="Proposal">The proposal, with the proposers of merged duplicates appended (first appearance kept).</param>
/// <param name="Tier">The 1-based ranking tier (the best of its merged group).</param>
/// <param name="Minutes">The minutes it needs.</param>
/// <param name="Session">The session it fits in (a valid assignment; the agenda packer may move it).</param>
/// <param name="Pinned">Whether curation pinned it.</param>
/// <param name="MergedIds">The identifiers of the duplicates merged into it, in ordinal order.</param>
/// <remarks>Equality compares <see cref="MergedIds"/> by content.</remarks>
public sealed record SelectedTopic(TopicProposal Proposal, int Tier, int Minutes, string Session, bool Pinned, EquatableArray<string> MergedIds);
