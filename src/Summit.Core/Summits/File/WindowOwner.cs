namespace Summit.Core.Summits.File;

/// <summary>Whose <c>available</c> windows are read (a room, a topic or a presenter): how messages name it and which codes its bad windows get.</summary>
/// <param name="What">How a message names the owner: <c>the room 'Breakout A'</c>.</param>
/// <param name="EmptyHint">What to write instead of an empty <c>available</c>: <c>leave it out for a room that is available all the time</c>.</param>
/// <param name="Key">The metadata key of the owner's name (<c>room</c>, <c>topic</c>, <c>presenter</c>).</param>
/// <param name="Name">The owner's name.</param>
/// <param name="InvertedCode">The code of a window that ends at or before it starts.</param>
/// <param name="OffGridCode">The code of a window off the time grid.</param>
internal readonly record struct WindowOwner(string What, string EmptyHint, string Key, string Name, string InvertedCode, string OffGridCode)
{
    public static WindowOwner Room(string name) =>
        new($"the room '{name}'", "leave it out for a room that is available all the time", "room", name, ErrorCodes.Planning.RoomWindowInverted, ErrorCodes.Planning.RoomWindowOffGrid);

    public static WindowOwner Topic(string id) =>
        new($"the topic '{id}'", "leave it out for a topic that may run at any time", "topic", id, ErrorCodes.Planning.AvailabilityWindowInverted, ErrorCodes.Planning.AvailabilityWindowOffGrid);

    public static WindowOwner Presenter(string name) =>
        new($"the presenter '{name}'", "leave the presenter out of 'agenda.presenters' when they can come at any time", "presenter", name, ErrorCodes.Planning.AvailabilityWindowInverted, ErrorCodes.Planning.AvailabilityWindowOffGrid);
}
