namespace Summit.Core.Scheduling;

/// <summary>What one room allows beyond the template: the seats it has and the local windows it can be used in.</summary>
/// <param name="Room">The room's name, as the template's blocks (or its default room) spell it.</param>
/// <remarks>
/// Immutable. Given in <see cref="PackingRequest.Rooms"/>; a room without rules has unlimited seats and is always
/// available. A topic goes into the room only inside one of its <see cref="Availability"/> windows (a session's room is
/// cut to the windows: one lane per piece, each starting on the session's grid) and only when the room seats at least
/// the topic's <see cref="SlotRequest.ExpectedInterest"/>. Windows are half-open, like every <see cref="LocalWindow"/>.
/// Equality compares <see cref="Availability"/> by content.
/// </remarks>
public sealed record RoomRules(string Room)
{
    /// <summary>Gets the seats of the room, or <see langword="null"/> for no limit. The default value is <see langword="null"/>.</summary>
    /// <remarks>At least 1. A topic whose <see cref="SlotRequest.ExpectedInterest"/> is larger does not go into the room.</remarks>
    public int? Seats { get; init; }

    /// <summary>Gets the local windows the room can hold topics in; empty means always. The default value is empty.</summary>
    /// <remarks>Each window must end after it starts; windows that overlap or touch are joined. A session's reserved minutes are shown in the room only while it is available; fixed blocks (breaks, welcome) are not affected.</remarks>
    public EquatableArray<LocalWindow> Availability { get; init; } = [];
}
