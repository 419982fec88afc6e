using System.Collections.Immutable;
using NodaTime;
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
/// <param name="Attendees">The attendee selection; not run when the summit has no capacity or no registrations.</param>
/// <param name="Tally">The topic vote; not run when the file has none.</param>
/// <param name="Topics">The topic selection; not run when there are no proposals.</param>
/// <param name="Agenda">The packed agenda; not run when the file asks for none or there are no proposals.</param>
/// <remarks>
/// Each stage is a <see cref="StageOutcome{T}"/>: it did not run (and says why), succeeded, or failed with coded errors;
/// one stage failing (for example an agenda that cannot be packed) does not hide the others.
/// </remarks>
public sealed record SummitPlan(
    SummitDocument Document,
    Instant At,
    TimelinePhase Phase,
    StageOutcome<SelectionResult<Registration>> Attendees,
    StageOutcome<TopicTally> Tally,
    StageOutcome<TopicSelectionResult> Topics,
    StageOutcome<Agenda> Agenda)
{
    /// <summary>Gets the timeline as known at <see cref="At"/>: amendments and a cancellation dated after it are not applied.</summary>
    public Timeline Timeline { get; init; } = Document.Timeline;

    /// <summary>Gets the intake at <see cref="At"/>: only the submissions dated at or before it, under the deadlines known then.</summary>
    public SummitIntake Intake { get; init; } = Document.Intake;

    /// <summary>Gets how far the attendee selection has come at <see cref="At"/>.</summary>
    public SelectionState SelectionState { get; init; }

    /// <summary>Gets the deadline amendments in effect at <see cref="At"/>, oldest first.</summary>
    public EquatableArray<DeadlineAmendment> Amendments { get; init; } = [];

    /// <summary>Gets the decisions dated at or before <see cref="At"/> that could not take effect, with the reason.</summary>
    public EquatableArray<RejectedDecision> RejectedDecisions { get; init; } = [];

    /// <summary>Gets the warnings (for example a presenter of a selected topic without a seat); they do not fail a stage.</summary>
    public EquatableArray<SummitError> Warnings { get; init; } = [];

    /// <summary>Gets the messages the decisions dated at or before <see cref="At"/> owe, in the order owed.</summary>
    public EquatableArray<SummitMessage> Messages { get; init; } = [];

    /// <summary>Gets the agenda as published (the last <c>agenda-published</c> decision at or before <see cref="At"/>), if any; after a cancellation it is the one to export as cancelled.</summary>
    public Agenda? PublishedAgenda { get; init; }

    /// <summary>Gets the cancellation in effect at <see cref="At"/>, if any.</summary>
    public TimelineCancellation? Cancellation => Timeline.Cancellation;

    /// <summary>Gets every error of every stage, in pipeline order (the vote's count errors included).</summary>
    public IEnumerable<SummitError> Errors =>
        Attendees.Errors
            .Concat(Tally.ValueOrDefault?.Outcome.Errors ?? [])
            .Concat(Topics.Errors)
            .Concat(Agenda.Errors);
}
