using System.Collections.Immutable;

namespace Summit.Core.Scheduling;

/// <summary>Everything a packer needs: the template, the topic requests, and optionally the previous agenda to change as little as possible.</summary>
/// <param name="Template">The agenda template.</param>
/// <param name="Requests">The topic requests, in priority order (for example ranked by the vote); within a session topics keep this order.</param>
/// <remarks>
/// Immutable. The request order matters twice: topics in one session appear in this order (topics of
/// <see cref="Previous"/> keep their previous order, new ones follow), and ties are broken in favour of earlier topics (going through
/// the topics by falling weight, then request order, the first topic where two equally good agendas differ is placed, and in the earlier lane). When <see cref="Previous"/> is given, among the agendas with the best weight and discussion
/// time the packers choose one that moves the fewest topics (a topic moves when its session or room changes, or when it
/// gains or loses its place). Equality compares <see cref="Requests"/> by content.
/// </remarks>
public sealed record PackingRequest(AgendaTemplate Template, EquatableArray<SlotRequest> Requests)
{
    /// <summary>Gets the agenda to change as little as possible, or <see langword="null"/>.</summary>
    public Agenda? Previous { get; init; }

    /// <summary>Gets how spare session minutes are shared among discussions. The default value is <see cref="SlackDistribution.ProportionalToWeight"/>.</summary>
    public SlackDistribution Slack { get; init; } = SlackDistribution.ProportionalToWeight;

    /// <summary>Gets the time grid in minutes: every topic starts a whole number of grid steps after its session's start (unless pinned to a start) and lasts a whole number of steps. The default value is 5; 1 means no grid.</summary>
    /// <remarks>A topic's length is its <see cref="SlotRequest.MinimumMinutes"/> rounded up to the grid, up to its <see cref="SlotRequest.MaximumMinutes"/> rounded down; a topic with no multiple of the grid between the two is not placed (<c>scheduling.topic-off-grid</c>). From 1 to 60.</remarks>
    public int GridMinutes { get; init; } = 5;

    /// <summary>Gets the least minutes between two topics of the same presenter in different rooms (time to change rooms). The default value is 0.</summary>
    /// <remarks>Topics of one presenter in the same room may run back to back. From 0 to 240.</remarks>
    public int ChangeoverMinutes { get; init; }

    /// <summary>Gets the rules of rooms that are not always free or not large enough for every topic: seats and availability windows, at most one entry per room. The default value is empty.</summary>
    /// <remarks>
    /// Every room named must be a room of the template (<c>scheduling.unknown-room</c>). A room with windows holds topics only
    /// inside them; a room with seats holds only topics whose <see cref="SlotRequest.ExpectedInterest"/> fits. A topic no
    /// room can take is left out with <c>scheduling.room-unavailable</c> or <c>scheduling.room-too-small</c>.
    /// </remarks>
    public EquatableArray<RoomRules> Rooms { get; init; } = [];

    /// <summary>Gets the most search nodes the exact packer explores before it stops and reports a gap instead of a proof. The default value is 5,000,000.</summary>
    /// <remarks>The nodes of the timing searches (lanes with windows, pinned starts or conflicts across rooms) count too.</remarks>
    public long SearchNodeLimit { get; init; } = 5_000_000;
}
