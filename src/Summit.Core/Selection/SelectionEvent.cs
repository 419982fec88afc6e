using NodaTime;

namespace Summit.Core.Selection;

/// <summary>One entry of a selection's history: a decline, a promotion from standby or a walk-in.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="At">When it happened.</param>
/// <param name="CandidateId">Who it happened to.</param>
/// <param name="Message">The explanation in words.</param>
public sealed record SelectionEvent(SelectionEventKind Kind, Instant At, string CandidateId, string Message);
