using System.Collections.Immutable;
using NodaTime;
using FluentResults;
using Summit.Core.Timing;

namespace Summit.Core.Summits;

/// <summary>
/// Takes registrations and topic proposals through the timeline: on-time, unique submissions are accepted; late,
/// early, duplicate or post-cancellation ones are refused with a coded error and kept in <see cref="Rejected"/>.
/// </summary>
/// <remarks>
/// Immutable: each submission returns a new intake. A submission at <c>t</c> is on time when its window is open at
/// <c>t</c> (half-open, see <see cref="Timeline"/>); when a <see cref="DeadlinePolicy"/> is given for the window,
/// its grace period and the submitter's extension apply to the closing side.
/// </remarks>
public sealed class SummitIntake
{
    private SummitIntake(
        Timeline timeline,
        DeadlinePolicy? registrationPolicy,
        DeadlinePolicy? proposalPolicy,
        ImmutableArray<Registration> registrations,
        ImmutableArray<TopicProposal> proposals,
        ImmutableArray<RejectedSubmission> rejected)
    {
        Timeline = timeline;
        RegistrationPolicy = registrationPolicy;
        ProposalPolicy = proposalPolicy;
        Registrations = registrations;
        Proposals = proposals;
        Rejected = rejected;
    }

    /// <summary>Gets the timeline that gates the intake.</summary>
    public Timeline Timeline { get; }

    /// <summary>Gets the grace and extensions for registrations, if any.</summary>
    public DeadlinePolicy? RegistrationPolicy { get; }

    /// <summary>Gets the grace and extensions for proposals, if any.</summary>
    public DeadlinePolicy? ProposalPolicy { get; }

    /// <summary>Gets the accepted registrations, in order of submission to the intake.</summary>
    public ImmutableArray<Registration> Registrations { get; }

    /// <summary>Gets the accepted proposals, in order of submission to the intake.</summary>
    public ImmutableArray<TopicProposal> Proposals { get; }

    /// <summary>Gets every refused submission with its reason.</summary>
    public ImmutableArray<RejectedSubmission> Rejected { get; }

    /// <summary>Starts an empty intake for a timeline.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="registrationPolicy">Grace and extensions for the registration deadline; optional.</param>
    /// <param name="proposalPolicy">Grace and extensions for the proposal deadline; optional.</param>
    /// <returns>The intake.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static SummitIntake Open(Timeline timeline, DeadlinePolicy? registrationPolicy = null, DeadlinePolicy? proposalPolicy = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return new SummitIntake(timeline, registrationPolicy, proposalPolicy, [], [], []);
    }

    /// <summary>Submits a registration.</summary>
    /// <param name="registration">The registration.</param>
    /// <returns>The new intake and the refusal, if any.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registration"/> is null.</exception>
    public IntakeDecision Submit(Registration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var refusal = Registrations.Any(r => r.Id == registration.Id)
            ? Duplicate(SubmissionKind.Registration, registration.Id)
            : CheckWindow(TimelineWindow.Registration, MilestoneKind.RegistrationOpens, RegistrationPolicy, registration.SubmittedAt, registration.Id, registration.Id);
        return refusal is null
            ? new IntakeDecision(With(registrations: Registrations.Add(registration)), null)
            : new IntakeDecision(With(rejected: Rejected.Add(new RejectedSubmission(registration.Id, SubmissionKind.Registration, registration.SubmittedAt, refusal))), refusal);
    }

    /// <summary>Submits a topic proposal (proposers need not attend, and may propose several topics).</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>The new intake and the refusal, if any.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposal"/> is null.</exception>
    public IntakeDecision Submit(TopicProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var refusal = Proposals.Any(p => p.Id == proposal.Id)
            ? Duplicate(SubmissionKind.Proposal, proposal.Id)
            : CheckWindow(TimelineWindow.Proposals, MilestoneKind.ProposalsOpen, ProposalPolicy, proposal.SubmittedAt, proposal.Proposers.FirstOrDefault(), proposal.Id);
        return refusal is null
            ? new IntakeDecision(With(proposals: Proposals.Add(proposal)), null)
            : new IntakeDecision(With(rejected: Rejected.Add(new RejectedSubmission(proposal.Id, SubmissionKind.Proposal, proposal.SubmittedAt, refusal))), refusal);
    }

    /// <summary>Submits many registrations and proposals in order, keeping every refusal.</summary>
    /// <param name="registrations">The registrations.</param>
    /// <param name="proposals">The proposals.</param>
    /// <returns>The resulting intake: the same as submitting each registration, then each proposal, one by one.</returns>
    /// <remarks>Linear in the number of submissions: one builder per list and a hash set of accepted ids.</remarks>
    /// <exception cref="ArgumentNullException">A sequence, or an item of one, is null.</exception>
    public SummitIntake SubmitAll(IEnumerable<Registration> registrations, IEnumerable<TopicProposal> proposals)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        ArgumentNullException.ThrowIfNull(proposals);
        var accepted = Registrations.ToBuilder();
        var acceptedProposals = Proposals.ToBuilder();
        var rejected = Rejected.ToBuilder();
        var registrationIds = new HashSet<string>(Registrations.Select(r => r.Id), StringComparer.Ordinal);
        var proposalIds = new HashSet<string>(Proposals.Select(p => p.Id), StringComparer.Ordinal);
        foreach (var registration in registrations)
        {
            ArgumentNullException.ThrowIfNull(registration, nameof(registrations));
            var refusal = registrationIds.Contains(registration.Id)
                ? Duplicate(SubmissionKind.Registration, registration.Id)
                : CheckWindow(TimelineWindow.Registration, MilestoneKind.RegistrationOpens, RegistrationPolicy, registration.SubmittedAt, registration.Id, registration.Id);
            if (refusal is null)
            {
                accepted.Add(registration);
                registrationIds.Add(registration.Id);
            }
            else
            {
                rejected.Add(new RejectedSubmission(registration.Id, SubmissionKind.Registration, registration.SubmittedAt, refusal));
            }
        }

        foreach (var proposal in proposals)
        {
            ArgumentNullException.ThrowIfNull(proposal, nameof(proposals));
            var refusal = proposalIds.Contains(proposal.Id)
                ? Duplicate(SubmissionKind.Proposal, proposal.Id)
                : CheckWindow(TimelineWindow.Proposals, MilestoneKind.ProposalsOpen, ProposalPolicy, proposal.SubmittedAt, proposal.Proposers.FirstOrDefault(), proposal.Id);
            if (refusal is null)
            {
                acceptedProposals.Add(proposal);
                proposalIds.Add(proposal.Id);
            }
            else
            {
                rejected.Add(new RejectedSubmission(proposal.Id, SubmissionKind.Proposal, proposal.SubmittedAt, refusal));
            }
        }

        return With(accepted.ToImmutable(), acceptedProposals.ToImmutable(), rejected.ToImmutable());
    }

    private static SummitError Duplicate(SubmissionKind kind, string id) =>
        new SummitError(ErrorCodes.Summits.DuplicateSubmission, $"A {kind.ToString().ToLowerInvariant()} with id '{id}' was already accepted.")
            .WithMetadata("id", id);

    private SummitError? CheckWindow(TimelineWindow window, MilestoneKind opensKind, DeadlinePolicy? policy, Instant at, string? personId, string id)
    {
        if (Timeline.Cancellation is { } cancel && at >= cancel.At)
        {
            return new SummitError(ErrorCodes.Summits.SummitCancelled, $"The summit was cancelled at {ZonedText.Utc(cancel.At)} ({cancel.Reason}).")
                .WithMetadata("id", id);
        }

        if (Timeline.Get(opensKind)?.At is { } opens && at < opens)
        {
            return new SummitError(ErrorCodes.Summits.WindowNotOpen, $"The {window} window opens at {ZonedText.Utc(opens)}; '{id}' came at {ZonedText.Utc(at)}.")
                .WithMetadata("id", id);
        }

        if (policy is not null)
        {
            var check = policy.Check(at, personId);
            return check.IsAccepted ? null : Late(window, id, check.GraceEndsAt, at);
        }

        var closesKind = window == TimelineWindow.Registration ? MilestoneKind.RegistrationCloses : MilestoneKind.ProposalsClose;
        return Timeline.Get(closesKind)?.At is { } closes && at >= closes ? Late(window, id, closes, at) : null;
    }

    private static SummitError Late(TimelineWindow window, string id, Instant closes, Instant at) =>
        new SummitError(ErrorCodes.Timing.DeadlinePassed, $"The {window} window closed at {ZonedText.Utc(closes)}; '{id}' came at {ZonedText.Utc(at)}.")
            .WithMetadata("id", id)
            .WithMetadata("closesAt", ZonedText.Utc(closes));

    private SummitIntake With(
        ImmutableArray<Registration>? registrations = null,
        ImmutableArray<TopicProposal>? proposals = null,
        ImmutableArray<RejectedSubmission>? rejected = null) =>
        new(Timeline, RegistrationPolicy, ProposalPolicy, registrations ?? Registrations, proposals ?? Proposals, rejected ?? Rejected);
}
