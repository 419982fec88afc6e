using NodaTime;
using Summit.Core.Scheduling;

namespace Summit.Core.Planning;

/// <summary>What the organizers ask of one topic's place in the agenda: a session, room or start it is pinned to, the rooms and times it may use, and the topics it must not overlap, share a session with or follow.</summary>
/// <param name="TopicId">The id of the topic proposal the rules are for (a summit file's <c>agenda.topics[].id</c>).</param>
/// <remarks>
/// <para>
/// Immutable. Equality compares the arrays by content. The planner turns the rules into the constraints of the topic's
/// <see cref="SlotRequest"/> (docs/summit-file.md, "Topic rules"): <see cref="PinnedBlockId"/>, <see cref="PinnedRoom"/>,
/// <see cref="PinnedStart"/> and <see cref="AllowedRooms"/> as they are; <see cref="Availability"/> intersected with the
/// windows of the topic's presenters (<see cref="AgendaSettings.Presenters"/>); <see cref="Conflicts"/>,
/// <see cref="SameSessionAs"/> and <see cref="After"/> restricted to the selected topics.
/// </para>
/// <para>
/// Rules for a duplicate merged into another topic (<c>selection.topics.merge</c>) apply to the topic it was merged into,
/// and so do references to it; rules for a topic that is not selected, and references to one, have no effect.
/// </para>
/// </remarks>
public sealed record TopicRules(string TopicId)
{
    /// <summary>Gets the id of the session block the topic is pinned to, or <see langword="null"/>. The default value is <see langword="null"/>.</summary>
    /// <remarks>Becomes <see cref="SlotRequest.PinnedBlockId"/>: in a summit file <c>session-1</c>, <c>session-2</c> or a block's own <c>id</c>.</remarks>
    public string? PinnedBlockId { get; init; }

    /// <summary>Gets the room the topic is pinned to, or <see langword="null"/>. The default value is <see langword="null"/>.</summary>
    public string? PinnedRoom { get; init; }

    /// <summary>Gets the local time the topic is pinned to start at, or <see langword="null"/>. The default value is <see langword="null"/>.</summary>
    public LocalDateTime? PinnedStart { get; init; }

    /// <summary>Gets the rooms the topic may use; empty means any room. The default value is empty.</summary>
    public EquatableArray<string> AllowedRooms { get; init; } = [];

    /// <summary>Gets the local windows the topic may run in; empty means always. The default value is empty.</summary>
    /// <remarks>The topic runs inside the time these windows and the windows of each of its presenters have in common (windows that overlap or touch are joined first).</remarks>
    public EquatableArray<LocalWindow> Availability { get; init; } = [];

    /// <summary>Gets the ids of the topics that must not run at the same time as this one. The default value is empty.</summary>
    public EquatableArray<string> Conflicts { get; init; } = [];

    /// <summary>Gets the ids of the topics that must be in the same session as this one when both are placed. The default value is empty.</summary>
    public EquatableArray<string> SameSessionAs { get; init; } = [];

    /// <summary>Gets the ids of the topics that must end before this one starts when both are placed. The default value is empty.</summary>
    public EquatableArray<string> After { get; init; } = [];
}
