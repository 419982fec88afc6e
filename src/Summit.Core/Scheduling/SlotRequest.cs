using System.Collections.Immutable;
using Summit.Core.Summits;

namespace Summit.Core.Scheduling;

/// <summary>A request for agenda time for one topic: a lightning talk, an elastic discussion, an action-item wrap-up, and constraints.</summary>
/// <param name="Id">A stable identifier, unique within the request (for example the topic proposal's id).</param>
/// <param name="Title">The title shown in the agenda.</param>
/// <remarks>
/// Immutable. The topic takes <c>LightningTalkMinutes + discussion + WrapUpMinutes</c>, with the discussion between
/// <see cref="DiscussionMinimumMinutes"/> and <see cref="DiscussionMaximumMinutes"/> (15–30 by default), the total a
/// multiple of <see cref="PackingRequest.GridMinutes"/>. The packers place it as one interval of real time in one room of
/// one session (the natural model, docs/scheduling.md): inside one of its <see cref="Availability"/> windows, never at
/// the same time as a topic in <see cref="Conflicts"/> or one sharing a presenter (plus
/// <see cref="PackingRequest.ChangeoverMinutes"/> between rooms for a shared presenter), and in the same session as a
/// topic of <see cref="SameSessionAs"/> when both are placed, and after the topics of <see cref="After"/> when both are
/// placed. Equality compares the arrays by content.
/// </remarks>
public sealed record SlotRequest(string Id, string Title)
{
    /// <summary>Gets the minutes of the opening lightning talk (0 for none). The default value is 0.</summary>
    public int LightningTalkMinutes { get; init; }

    /// <summary>Gets the least minutes of discussion the topic accepts. The default value is 15.</summary>
    public int DiscussionMinimumMinutes { get; init; } = 15;

    /// <summary>Gets the most minutes of discussion the topic can use. The default value is 30.</summary>
    public int DiscussionMaximumMinutes { get; init; } = 30;

    /// <summary>Gets the minutes kept at the end to collect action items. The default value is 0.</summary>
    public int WrapUpMinutes { get; init; }

    /// <summary>Gets the presenters, in the order given; a person is never in two places at once.</summary>
    public EquatableArray<string> Presenters { get; init; } = [];

    /// <summary>Gets the local windows the presenters can attend; empty means always.</summary>
    public EquatableArray<LocalWindow> Availability { get; init; } = [];

    /// <summary>Gets the ids of topics that must not run at the same time as this one.</summary>
    public EquatableArray<string> Conflicts { get; init; } = [];

    /// <summary>Gets the ids of topics that must be in the same session as this one.</summary>
    public EquatableArray<string> SameSessionAs { get; init; } = [];

    /// <summary>Gets the ids of topics that must end before this one starts when both are placed ("A before B" is <c>B.After = [A]</c>), in any room or session.</summary>
    /// <remarks>
    /// Either topic may still be left out alone; the order binds only when both are placed. A topic may not follow itself,
    /// and the orders may not form a cycle (<c>scheduling.order-cycle</c>). Two pinned starts in the wrong order leave the
    /// lighter topic out (<c>scheduling.pins-out-of-order</c>).
    /// </remarks>
    public EquatableArray<string> After { get; init; } = [];

    /// <summary>Gets the rooms the topic may use; empty means any room.</summary>
    public EquatableArray<string> AllowedRooms { get; init; } = [];

    /// <summary>Gets how many people are expected at the topic (for example from the vote), or <see langword="null"/> when unknown. The default value is <see langword="null"/>.</summary>
    /// <remarks>Not negative. The topic never goes into a room of <see cref="PackingRequest.Rooms"/> with fewer <see cref="RoomRules.Seats"/>; when no room it may use is large enough it is left out (<c>scheduling.room-too-small</c>).</remarks>
    public int? ExpectedInterest { get; init; }

    /// <summary>Gets the id of the session block this topic is pinned to, or <see langword="null"/>.</summary>
    public string? PinnedBlockId { get; init; }

    /// <summary>Gets the room this topic is pinned to, or <see langword="null"/>.</summary>
    public string? PinnedRoom { get; init; }

    /// <summary>Gets the local time this topic is pinned to start at, or <see langword="null"/>.</summary>
    /// <remarks>A pinned-time topic is placed exactly there (in <see cref="PinnedRoom"/>, or the session's first room it may use) before the other topics; its length is chosen like any topic's. Pins are honoured by falling weight: one that clashes with a heavier pin is left out with the reason.</remarks>
    public NodaTime.LocalDateTime? PinnedStart { get; init; }

    /// <summary>Gets the weight of the topic, for example its score in the vote; the packers maximize the total weight placed. The default value is 1.</summary>
    /// <remarks>From 0 to 10^12. The packers compare and sum weights in whole hundredths (rounded half away from zero), so the placed weight is an exact decimal sum.</remarks>
    public double Weight { get; init; } = 1;

    /// <summary>Gets the shortest length of the topic in minutes.</summary>
    public int MinimumMinutes => LightningTalkMinutes + DiscussionMinimumMinutes + WrapUpMinutes;

    /// <summary>Gets the longest length of the topic in minutes.</summary>
    public int MaximumMinutes => LightningTalkMinutes + DiscussionMaximumMinutes + WrapUpMinutes;

    /// <summary>Creates a request from a topic proposal and a weight (for example its tally score), with the default length rules.</summary>
    /// <param name="proposal">The proposal: its id, title, proposers (as presenters), lightning talk and discussion minutes are used.</param>
    /// <param name="weight">The weight; must be finite and not negative (the packers report it otherwise).</param>
    /// <returns>A request whose discussion runs from <c>min(15, desired)</c> (or the proposal's own minimum) to the desired minutes, with no wrap-up.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposal"/> is null.</exception>
    public static SlotRequest FromProposal(TopicProposal proposal, double weight) => FromProposal(proposal, weight, TopicLengthRules.Default);

    /// <summary>Creates a request from a topic proposal, a weight and the summit's length rules.</summary>
    /// <param name="proposal">The proposal: its id, title, proposers (as presenters), lightning talk and discussion minutes are used.</param>
    /// <param name="weight">The weight; must be finite and not negative (the packers report it otherwise).</param>
    /// <param name="rules">The summit's wrap-up, default minimum discussion and time grid.</param>
    /// <returns>A request whose parts are <see cref="TopicLength.For"/> of the proposal: the same length topic selection budgets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposal"/> or <paramref name="rules"/> is null.</exception>
    public static SlotRequest FromProposal(TopicProposal proposal, double weight, TopicLengthRules rules)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(rules);
        return FromLength(proposal.Id, proposal.Title, TopicLength.For(proposal, rules), weight) with { Presenters = proposal.Proposers };
    }

    /// <summary>Creates a request from a <see cref="TopicLength"/>.</summary>
    /// <param name="id">The topic id.</param>
    /// <param name="title">The title.</param>
    /// <param name="length">The length: lightning talk, discussion range and wrap-up.</param>
    /// <param name="weight">The weight. The default value is 1.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="length"/> is null.</exception>
    public static SlotRequest FromLength(string id, string title, TopicLength length, double weight = 1)
    {
        ArgumentNullException.ThrowIfNull(length);
        return new SlotRequest(id, title)
        {
            LightningTalkMinutes = length.LightningTalkMinutes,
            DiscussionMinimumMinutes = length.MinimumDiscussionMinutes,
            DiscussionMaximumMinutes = length.MaximumDiscussionMinutes,
            WrapUpMinutes = length.WrapUpMinutes,
            Weight = weight,
        };
    }

    /// <summary>Gets the request's length in the shared <see cref="TopicLength"/> model.</summary>
    public TopicLength Length => new(LightningTalkMinutes, DiscussionMinimumMinutes, DiscussionMaximumMinutes, WrapUpMinutes);

    /// <summary>Creates a request of a fixed length: no lightning talk, no wrap-up, a discussion of exactly <paramref name="minutes"/>.</summary>
    /// <param name="id">The topic id.</param>
    /// <param name="title">The title.</param>
    /// <param name="minutes">The length in minutes.</param>
    /// <param name="weight">The weight. The default value is 1.</param>
    /// <returns>The request.</returns>
    public static SlotRequest Fixed(string id, string title, int minutes, double weight = 1) =>
        new(id, title) { DiscussionMinimumMinutes = minutes, DiscussionMaximumMinutes = minutes, Weight = weight };
}
