using System.Collections.Immutable;

namespace Summit.Core.Selection.Topics;

/// <summary>The time topics may use: the sessions, and what each topic needs besides its lightning talk.</summary>
/// <param name="Sessions">The sessions; at least one.</param>
/// <remarks>
/// Immutable; equality compares <see cref="Sessions"/> by content. A topic needs its lightning-talk minutes (when it wants one) + <see cref="MinimumDiscussionMinutes"/> +
/// <see cref="WrapUpMinutes"/>, all in one session.
/// </remarks>
public sealed record TopicBudget(EquatableArray<TopicSession> Sessions)
{
    /// <summary>Gets the minimum discussion every topic needs.</summary>
    /// <value>The default value is 15 (discussions are elastic between 15 and 30 minutes).</value>
    public int MinimumDiscussionMinutes { get; init; } = 15;

    /// <summary>Gets the action-item wrap-up every topic needs.</summary>
    /// <value>The default value is 5.</value>
    public int WrapUpMinutes { get; init; } = 5;

    /// <summary>Creates a budget of one session of <paramref name="minutes"/> minutes.</summary>
    /// <param name="minutes">The minutes.</param>
    /// <param name="reservedMinutes">The minutes kept free for day-of slots.</param>
    /// <returns>The budget.</returns>
    public static TopicBudget SingleSession(int minutes, int reservedMinutes = 0) =>
        new([new TopicSession("Session 1", minutes, reservedMinutes)]);

    /// <summary>Returns the minutes a proposal needs under this budget.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>Lightning talk (if wanted) + minimum discussion + wrap-up.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposal"/> is null.</exception>
    public int MinutesFor(Summits.TopicProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return (proposal.WantsLightningTalk ? proposal.LightningTalkMinutes : 0) + MinimumDiscussionMinutes + WrapUpMinutes;
    }
}
