using Summit.Core.Summits;

namespace Summit.Core.Selection.Topics;

/// <summary>One proposal's outcome and the reason for it.</summary>
/// <param name="Proposal">The proposal as submitted.</param>
/// <param name="Kind">What was decided.</param>
/// <param name="Reason">Why: a stable code from <see cref="SelectionReasonCodes"/> (<c>topic-…</c>) and a sentence.</param>
/// <param name="Tier">The 1-based ranking tier that decided its place (for a merged group, the group's best); ranking tiers + 1 when unranked.</param>
/// <param name="Minutes">The minutes it needs: the <see cref="Scheduling.TopicLength.MinimumMinutes"/> of its length (lightning talk + minimum discussion + wrap-up).</param>
/// <param name="Session">A session it fits in, when selected (proof that it fits, not its place: the agenda packer decides where it runs); otherwise null.</param>
/// <param name="MergedInto">The topic it was merged into, when merged; otherwise null.</param>
public sealed record TopicOutcome(
    TopicProposal Proposal,
    TopicOutcomeKind Kind,
    SelectionReason Reason,
    int Tier,
    int Minutes,
    string? Session,
    string? MergedInto);
