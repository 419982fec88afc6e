using System.Collections.Immutable;
using Summit.Core.Scheduling;

namespace Summit.Core.Planning;

/// <summary>How a summit file asks for its agenda: the frame (a full list of blocks on the summit's days, or the standard shape on the first day), the length rules, and the packer.</summary>
/// <param name="Shape">The minutes of Welcome, Session 1 (and its call-outs), Break, Session 2 (and its parallel rooms), day-of block and Open time: the short form, used when <see cref="Frame"/> is empty.</param>
/// <remarks>Immutable. Equality compares <see cref="Frame"/>, <see cref="Rooms"/>, <see cref="Topics"/> and <see cref="Presenters"/> by content.</remarks>
public sealed record AgendaSettings(StandardAgendaShape Shape)
{
    /// <summary>Gets the packer's name (<c>exact</c> or <c>heuristic</c>). The default value is <c>exact</c>.</summary>
    public string Packer { get; init; } = "exact";

    /// <summary>Gets how free minutes are spread over discussions. The default value is <see cref="SlackDistribution.ProportionalToWeight"/>.</summary>
    public SlackDistribution Slack { get; init; } = SlackDistribution.ProportionalToWeight;

    /// <summary>Gets the full frame: every block on every day, in order; empty means <see cref="Shape"/> on the summit's first day.</summary>
    public EquatableArray<AgendaBlock> Frame { get; init; } = [];

    /// <summary>Gets the time grid in minutes: every block, topic start and topic length is a multiple of it. The default value is 5.</summary>
    public int GridMinutes { get; init; } = 5;

    /// <summary>Gets the least minutes between two topics of one presenter in different rooms (time to change rooms); it becomes <see cref="PackingRequest.ChangeoverMinutes"/>. The default value is 0.</summary>
    /// <remarks>From 0 to 240 and a multiple of <see cref="GridMinutes"/> (the summit file reports <c>plan.changeover-off-grid</c> otherwise).</remarks>
    public int ChangeoverMinutes { get; init; }

    /// <summary>Gets the rules of the rooms that need them (seats, availability windows); they become <see cref="PackingRequest.Rooms"/>. The default value is empty (every room unlimited and always available).</summary>
    /// <remarks>
    /// When any room has <see cref="RoomRules.Seats"/>, the planner sets each topic's <see cref="SlotRequest.ExpectedInterest"/>
    /// to the number of counted ballots of the topic vote that rank it (or a duplicate merged into it); without a counted vote
    /// topics expect no one in particular and seats do not limit them.
    /// </remarks>
    public EquatableArray<RoomRules> Rooms { get; init; } = [];

    /// <summary>Gets the organizers' rules for single topics (pins, rooms, times, conflicts, groupings, orders), at most one per topic; the planner applies them to the selected topics' <see cref="SlotRequest"/>s. The default value is empty.</summary>
    /// <remarks>
    /// Every id must name a topic proposal (<c>plan.unknown-topic</c>), a topic may not refer to itself (<c>plan.topic-refers-to-itself</c>),
    /// and a topic, counting the duplicates merged into it, has at most one entry (<c>file.duplicate-entry</c>). See <see cref="TopicRules"/>.
    /// </remarks>
    public EquatableArray<TopicRules> Topics { get; init; } = [];

    /// <summary>Gets the availability of presenters, at most one entry per person; each topic runs only when all its presenters can attend. The default value is empty.</summary>
    /// <remarks>Every name must be a proposer of some proposal (<c>plan.unknown-presenter</c>). See <see cref="PresenterRules"/>.</remarks>
    public EquatableArray<PresenterRules> Presenters { get; init; } = [];

    /// <summary>Gets the minutes of action-item wrap-up at the end of every topic. The default value is 0.</summary>
    public int WrapUpMinutes { get; init; }

    /// <summary>Gets the least discussion of a proposal that names no minimum of its own. The default value is 15.</summary>
    public int MinimumDiscussionMinutes { get; init; } = 15;

    /// <summary>Gets the length rules these settings give every topic: the one model used by topic selection, the packer and every output.</summary>
    public TopicLengthRules LengthRules => new() { WrapUpMinutes = WrapUpMinutes, MinimumDiscussionMinutes = MinimumDiscussionMinutes, GridMinutes = GridMinutes };
}
