using Summit.Core.Scheduling;

namespace Summit.Core.Testing.Scheduling;

/// <summary>A packing request drawn with room rules and expected interest (<see cref="SchedulingArbitraries.PackingRequestsWithRooms"/>).</summary>
/// <param name="Request">The request.</param>
/// <remarks>
/// Its own type so that FsCheck, which picks an arbitrary by the parameter's type, can tell it from the plain
/// <see cref="PackingRequest"/> of <see cref="SchedulingArbitraries.PackingRequests"/>. Printed in a counterexample as
/// its sessions, room rules and topics.
/// </remarks>
public sealed record PackingRequestWithRooms(PackingRequest Request)
{
    /// <summary>Returns the request's sessions, room rules and topics as text, as a <see cref="ConformanceException.Counterexample"/> shows them.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => SchedulingText.Describe(Request);
}
