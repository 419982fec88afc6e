using System.Globalization;
using Summits = Summit.Core.Summits;

namespace Summit.Core.Scheduling;

/// <summary>The one model of a topic's length: an optional lightning talk, an elastic discussion and a wrap-up for action items.</summary>
/// <param name="LightningTalkMinutes">The minutes of the opening lightning talk (0 for none).</param>
/// <param name="MinimumDiscussionMinutes">The least minutes of discussion the topic accepts.</param>
/// <param name="MaximumDiscussionMinutes">The most minutes of discussion the topic is given (the proposers' desired minutes).</param>
/// <param name="WrapUpMinutes">The minutes kept at the end to collect action items (a summit-wide setting).</param>
/// <remarks>
/// Immutable. Topic selection budgets <see cref="MinimumMinutes"/>, the packers place a topic between
/// <see cref="MinimumMinutes"/> and <see cref="MaximumMinutes"/>, and reports and exports show the same three parts.
/// Build it from a proposal with <see cref="For"/>; <see cref="SlotRequest.FromProposal(Summits.TopicProposal, double, TopicLengthRules)"/> and
/// <see cref="Selection.Topics.TopicBudget.LengthOf"/> both use it.
/// </remarks>
public sealed record TopicLength(int LightningTalkMinutes, int MinimumDiscussionMinutes, int MaximumDiscussionMinutes, int WrapUpMinutes)
{
    /// <summary>Gets the shortest length of the topic in minutes: lightning talk + minimum discussion + wrap-up.</summary>
    public int MinimumMinutes => LightningTalkMinutes + MinimumDiscussionMinutes + WrapUpMinutes;

    /// <summary>Gets the longest length of the topic in minutes: lightning talk + maximum discussion + wrap-up.</summary>
    public int MaximumMinutes => LightningTalkMinutes + MaximumDiscussionMinutes + WrapUpMinutes;

    /// <summary>Gets the length of a proposal under the summit's rules.</summary>
    /// <param name="proposal">The proposal: its lightning talk (when wanted), desired and minimum discussion minutes are used.</param>
    /// <param name="rules">The summit-wide rules (wrap-up, default minimum discussion, time grid); null for <see cref="TopicLengthRules.Default"/>.</param>
    /// <returns>
    /// The length: the discussion runs from the proposal's minimum (or <c>min(rules minimum, desired)</c>) to its desired
    /// minutes; on a grid of <c>g</c> minutes the shortest length is rounded up and the longest down to a multiple of
    /// <c>g</c> (never below the shortest), by changing the discussion only.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposal"/> is null.</exception>
    public static TopicLength For(Summits.TopicProposal proposal, TopicLengthRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        rules ??= TopicLengthRules.Default;
        var talk = proposal.WantsLightningTalk ? proposal.LightningTalkMinutes : 0;
        var desired = proposal.DesiredDiscussionMinutes;
        var least = Math.Min(proposal.MinimumDiscussionMinutes ?? rules.MinimumDiscussionMinutes, desired);
        var fixedPart = talk + rules.WrapUpMinutes;
        var grid = Math.Max(1, rules.GridMinutes);
        var shortest = RoundUp(fixedPart + Math.Max(0, least), grid);
        var longest = Math.Max(shortest, RoundDown(fixedPart + Math.Max(0, desired), grid));
        return new TopicLength(talk, shortest - fixedPart, longest - fixedPart, rules.WrapUpMinutes);
    }

    /// <summary>Describes the length for reports, for example <c>20 min = 5 lightning talk + 15 discussion + 0 wrap-up (up to 30 min: 25 discussion)</c>.</summary>
    /// <returns>The description, culture-invariant.</returns>
    public string Describe() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{MinimumMinutes} min = {LightningTalkMinutes} lightning talk + {MinimumDiscussionMinutes} discussion + {WrapUpMinutes} wrap-up")
        + (MaximumDiscussionMinutes > MinimumDiscussionMinutes
            ? string.Create(CultureInfo.InvariantCulture, $" (up to {MaximumMinutes} min: {MaximumDiscussionMinutes} discussion)")
            : string.Empty);

    private static int RoundUp(int minutes, int grid) => minutes % grid == 0 ? minutes : minutes + grid - (minutes % grid);

    private static int RoundDown(int minutes, int grid) => minutes - (minutes % grid);
}

/// <summary>The summit-wide rules of a topic's length: the wrap-up every topic gets, the default least discussion, and the time grid.</summary>
/// <remarks>Immutable. In a summit file these come from the <c>agenda</c> section (<c>wrapUp</c>, <c>minimumDiscussion</c>, <c>grid</c>).</remarks>
public sealed record TopicLengthRules
{
    /// <summary>Gets the rules the library used before frames had settings: no wrap-up, at least 15 minutes of discussion, no grid (1 minute).</summary>
    public static TopicLengthRules Default { get; } = new();

    /// <summary>Gets the minutes of action-item wrap-up every topic gets. The default value is 0.</summary>
    public int WrapUpMinutes { get; init; }

    /// <summary>Gets the least discussion of a proposal that names no minimum of its own (capped at its desired minutes). The default value is 15.</summary>
    public int MinimumDiscussionMinutes { get; init; } = 15;

    /// <summary>Gets the time grid in minutes: every topic length is a multiple of it. The default value is 1 (no grid).</summary>
    public int GridMinutes { get; init; } = 1;
}
