using FluentResults;

namespace Summit.Core.Scheduling;

/// <summary>Packs topic requests into an agenda template.</summary>
/// <remarks>
/// Implementations are stateless and thread-safe, and give the same agenda for the same request on every machine.
/// Wrong input (an unknown block, a contradictory pin, a DST gap) is a failed <see cref="Result{T}"/> with codes from
/// <see cref="ErrorCodes.Scheduling"/>; a topic that merely does not fit is listed in <see cref="Agenda.Unplaced"/> with its reason.
/// Built-ins are on <see cref="Packers"/>; check your own with the conformance kit in Summit.Core.Testing.
/// </remarks>
public interface IAgendaPacker
{
    /// <summary>Gets the packer's name, as registered with dependency injection (for example <c>exact</c>).</summary>
    string Name { get; }

    /// <summary>Packs the request.</summary>
    /// <param name="request">The template, the topics and the previous agenda.</param>
    /// <returns>The agenda, or the errors that prevent one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    Result<Agenda> Pack(PackingRequest request);
}
