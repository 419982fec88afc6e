using NodaTime;
using Summit.Core.Timing;

namespace Summit.Core.Planning;

/// <summary>A milestone moved by a <c>deadline-amended</c> decision: the old and the new deadline, when and why.</summary>
/// <param name="Original">The milestone as first announced.</param>
/// <param name="Amended">The milestone after the amendment.</param>
/// <param name="At">When the amendment was decided.</param>
/// <param name="Reason">Why.</param>
public sealed record DeadlineAmendment(Milestone Original, Milestone Amended, Instant At, string Reason);
