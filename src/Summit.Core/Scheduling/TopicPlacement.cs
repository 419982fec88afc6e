using NodaTime;

namespace Summit.Core.Scheduling;

/// <summary>Where and when one topic runs: a session, a room, a local start and a length; what your own packer hands to <see cref="AgendaComposer.Compose"/>.</summary>
/// <param name="TopicId">The id of the topic (<see cref="SlotRequest.Id"/>).</param>
/// <param name="BlockId">The id of the session block.</param>
/// <param name="Room">The room, one of the session's rooms.</param>
/// <param name="Start">The local start (included), wall time in the template's zone.</param>
/// <param name="Minutes">The length in minutes (lightning talk, discussion and wrap-up together).</param>
/// <remarks>Immutable. The topic covers <c>[Start, Start + Minutes)</c>.</remarks>
public sealed record TopicPlacement(string TopicId, string BlockId, string Room, LocalDateTime Start, int Minutes)
{
    /// <summary>Gets the local end (excluded).</summary>
    public LocalDateTime End => Start.PlusMinutes(Minutes);
}
