namespace Summit.Core.Selection.Topics;

/// <summary>One discussion session of the agenda and its length, with the minutes reserved for day-of slots.</summary>
/// <param name="Name">The session's name, for example "Session 1".</param>
/// <param name="Minutes">The session's length in minutes.</param>
/// <param name="ReservedMinutes">Minutes kept free for day-of slots (call-outs, on-site lightning talks); topics never use them.</param>
/// <remarks>Immutable. Topics get <c>Minutes - ReservedMinutes</c>; a topic never spans two sessions.</remarks>
public sealed record TopicSession(string Name, int Minutes, int ReservedMinutes = 0);
