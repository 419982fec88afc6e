using NodaTime;
using FluentResults;
using Summit.Core.Scheduling;
using Summit.Core.Selection;
using Summit.Core.Selection.Topics;
using Summit.Core.Summits;
using Summit.Core.Timing;

namespace Summit.Core.Planning;

/// <summary>The whole pipeline's result for one summit at one instant: phase, attendees, topic vote, topics, agenda.</summary>
/// <param name="Document">The summit file's content.</param>
/// <param name="At">The instant the plan describes.</param>
/// <param name="Phase">The timeline's phase at <paramref name="At"/>.</param>
/// <param name="Attendees">The attendee selection, or null when the summit has no capacity or no registrations.</param>
/// <param name="Tally">The topic vote, or null when the file has none.</param>
/// <param name="Topics">The topic selection, or null when there are no proposals.</param>
/// <param name="Agenda">The packed agenda, or null when the file asks for none.</param>
/// <remarks>Each step is a <see cref="Result{T}"/>: one step failing (for example an agenda that cannot be packed) does not hide the others.</remarks>
public sealed record SummitPlan(
    SummitDocument Document,
    Instant At,
    TimelinePhase Phase,
    Result<SelectionResult<Registration>>? Attendees,
    TopicTally? Tally,
    Result<TopicSelectionResult>? Topics,
    Result<Agenda>? Agenda)
{
    /// <summary>Gets every error of every step, in pipeline order.</summary>
    public IEnumerable<IError> Errors =>
        (Attendees?.Errors ?? []).Concat(Tally?.Result.Errors ?? []).Concat(Topics?.Errors ?? []).Concat(Agenda?.Errors ?? []);
}
