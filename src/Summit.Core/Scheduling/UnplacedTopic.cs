namespace Summit.Core.Scheduling;

/// <summary>A topic the packer did not place, with the reason in words an organizer understands.</summary>
/// <param name="TopicId">The topic id.</param>
/// <param name="Title">The topic title.</param>
/// <param name="Code">A stable code from <see cref="ErrorCodes.Scheduling"/> (for example <c>scheduling.topic-too-long</c>).</param>
/// <param name="Message">The explanation, in words an organizer understands.</param>
/// <remarks>Immutable.</remarks>
public sealed record UnplacedTopic(string TopicId, string Title, string Code, string Message);
