using NodaTime;
using Summit.Core.Summits;
using Summit.Core.Timing;

namespace Summit.Core.Planning;

/// <summary>One dated organizer decision of a summit's record: what was decided, when, by whom and why.</summary>
/// <param name="Kind">What was decided.</param>
/// <param name="At">When it was decided; the state of the summit at an instant before it is not affected by it.</param>
/// <remarks>Immutable. Which of the optional fields a decision needs depends on its kind (see <c>docs/summit-over-time.md</c>).</remarks>
public sealed record SummitDecision(DecisionKind Kind, Instant At)
{
    /// <summary>Gets the registration id the decision is about (declined, admitted, extension, walk-in), if any.</summary>
    public string? Registration { get; init; }

    /// <summary>Gets the person's name for a walk-in who never registered.</summary>
    public string? Name { get; init; }

    /// <summary>Gets why (required for admitted, deadline-amended and cancelled).</summary>
    public string? Reason { get; init; }

    /// <summary>Gets who decided, if recorded.</summary>
    public string? By { get; init; }

    /// <summary>Gets the milestone a deadline amendment or an extension is about.</summary>
    public MilestoneKind? Milestone { get; init; }

    /// <summary>Gets the new milestone of a deadline amendment, or the extended closing instant of an extension (as an exact milestone).</summary>
    public Milestone? To { get; init; }

    /// <summary>Gets a value indicating whether an admission may exceed the capacity.</summary>
    public bool OverCapacity { get; init; }

    /// <summary>Gets the topic of a day-of-topic decision.</summary>
    public TopicProposal? Topic { get; init; }

    /// <summary>Gets the kind as the summit file spells it (for example <c>selection-published</c>).</summary>
    public string KindName => Names[(int)Kind];

    internal static readonly string[] Names =
        ["selection-published", "declined", "admitted", "extension", "deadline-amended", "agenda-published", "walk-in", "day-of-topic", "cancelled"];
}
