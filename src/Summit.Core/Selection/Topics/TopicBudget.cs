using System.Collections.Immutable;

namespace Summit.Core.Selection.Topics;

/// <summary>The time topics may use: the sessions, and what each topic needs besides its lightning talk.</summary>
/// <param name="Sessions">The sessions; at least one.</param>
/// <remarks>
/// Immutable; equality compares <see cref="Sessions"/> by content. A topic needs its lightning-talk minutes (when it wants one) + its minimum discussion
/// (its own, or <see cref="MinimumDiscussionMinutes"/> capped at its desired minutes) + <see cref="WrapUpMinutes"/>, all in one session:
/// the <see cref="Scheduling.TopicLength"/> model the packers use too.
/// </remarks>
public sealed record TopicBudget(EquatableArray<TopicSession> Sessions)
{
    /// <summary>Gets the minimum discussion every topic needs.</summary>
    /// <value>The default value is 15 (discussions are elastic between 15 and 30 minutes).</value>
    public int MinimumDiscussionMinutes { get; init; } = 15;

    /// <summary>Gets the action-item wrap-up every topic needs.</summary>
    /// <value>The default value is 5.</value>
    public int WrapUpMinutes { get; init; } = 5;

    /// <summary>Gets the time grid in minutes: topic lengths are rounded to multiples of it (see <see cref="Scheduling.TopicLength.For"/>). The default value is 1 (no grid).</summary>
    public int GridMinutes { get; init; } = 1;

    /// <summary>Gets the length rules this budget applies: its wrap-up, minimum discussion and grid.</summary>
    public Scheduling.TopicLengthRules LengthRules => new() { WrapUpMinutes = WrapUpMinutes, MinimumDiscussionMinutes = MinimumDiscussionMinutes, GridMinutes = GridMinutes };

    /// <summary>Returns the length of a proposal under this budget (the one model shared with the packers and reports).</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>The length; the selection budgets its <see cref="Scheduling.TopicLength.MinimumMinutes"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposal"/> is null.</exception>
    public Scheduling.TopicLength LengthOf(Summits.TopicProposal proposal) => Scheduling.TopicLength.For(proposal, LengthRules);

    /// <summary>Creates a budget of one session of <paramref name="minutes"/> minutes.</summary>
    /// <param name="minutes">The minutes.</param>
    /// <param name="reservedMinutes">The minutes kept free for day-of slots.</param>
    /// <returns>The budget.</returns>
    public static TopicBudget SingleSession(int minutes, int reservedMinutes = 0) =>
        new([new TopicSession("Session 1", minutes, reservedMinutes)]);

    /// <summary>Returns the minutes a proposal needs under this budget.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>Lightning talk (if wanted) + minimum discussion + wrap-up: <see cref="LengthOf"/>'s <see cref="Scheduling.TopicLength.MinimumMinutes"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposal"/> is null.</exception>
    public int MinutesFor(Summits.TopicProposal proposal) => LengthOf(proposal).MinimumMinutes;
}
