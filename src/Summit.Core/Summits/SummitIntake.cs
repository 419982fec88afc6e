using System.Collections.Immutable;
using NodaTime;
using FluentResults;
using Summit.Core.Timing;

namespace Summit.Core.Summits;

/// <summary>
/// Takes registrations and topic proposals through the timeline: on-time submissions are accepted (an on-time
/// re-submission replaces the earlier one, which is kept in <see cref="Superseded"/>); late, early, post-cancellation
/// (and, under <see cref="ResubmissionPolicy.Refuse"/>, duplicate) ones are refused with a coded error and kept in <see cref="Rejected"/>.
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
        ImmutableArray<RejectedSubmission> rejected,
        ResubmissionPolicy resubmissions,
        ImmutableArray<SupersededSubmission> superseded)
    {
        Timeline = timeline;
        RegistrationPolicy = registrationPolicy;
        ProposalPolicy = proposalPolicy;
        Registrations = registrations;
        Proposals = proposals;
        Rejected = rejected;
        Resubmissions = resubmissions;
        Superseded = superseded;
    }

    /// <summary>Gets the timeline that gates the intake.</summary>
    public Timeline Timeline { get; }

    /// <summary>Gets the grace and extensions for registrations, if any.</summary>
    public DeadlinePolicy? RegistrationPolicy { get; }

    /// <summary>Gets the grace and extensions for proposals, if any.</summary>
    public DeadlinePolicy? ProposalPolicy { get; }

    /// <summary>Gets the accepted registrations, in order of submission to the intake (a replacement takes the place of the one it replaces).</summary>
    public ImmutableArray<Registration> Registrations { get; }

    /// <summary>Gets the accepted proposals, in order of submission to the intake (a replacement takes the place of the one it replaces).</summary>
    public ImmutableArray<TopicProposal> Proposals { get; }

    /// <summary>Gets every refused submission with its reason.</summary>
    public ImmutableArray<RejectedSubmission> Rejected { get; }

    /// <summary>Gets what happens to a second submission with the same id (or, for registrations, the same e-mail). The default value is <see cref="ResubmissionPolicy.Replace"/>.</summary>
    public ResubmissionPolicy Resubmissions { get; }

    /// <summary>Gets the earlier submissions that an on-time re-submission replaced, kept for the record.</summary>
    public ImmutableArray<SupersededSubmission> Superseded { get; }

    /// <summary>Starts an empty intake for a timeline.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="registrationPolicy">Grace and extensions for the registration deadline; optional.</param>
    /// <param name="proposalPolicy">Grace and extensions for the proposal deadline; optional.</param>
    /// <returns>The intake; re-submissions replace earlier ones (<see cref="ResubmissionPolicy.Replace"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static SummitIntake Open(Timeline timeline, DeadlinePolicy? registrationPolicy = null, DeadlinePolicy? proposalPolicy = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return new SummitIntake(timeline, registrationPolicy, proposalPolicy, [], [], [], ResubmissionPolicy.Replace, []);
    }

    /// <summary>Returns this intake with another re-submission policy (for submissions still to come).</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The new intake.</returns>
    public SummitIntake WithResubmissions(ResubmissionPolicy policy) =>
        new(Timeline, RegistrationPolicy, ProposalPolicy, Registrations, Proposals, Rejected, policy, Superseded);

    /// <summary>Submits a registration.</summary>
    /// <param name="registration">The registration.</param>
    /// <returns>The new intake and the refusal, if any.</returns>
    /// <remarks>
    /// An on-time registration with the id (or the non-empty e-mail) of an accepted one replaces it under
    /// <see cref="ResubmissionPolicy.Replace"/> (the earlier one goes to <see cref="Superseded"/>); a late one is refused as late.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="registration"/> is null.</exception>
    public IntakeDecision Submit(Registration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var state = new Builders(this);
        var refusal = state.Add(registration);
        return new IntakeDecision(state.Build(), refusal);
    }

    /// <summary>Submits a topic proposal (proposers need not attend, and may propose several topics).</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>The new intake and the refusal, if any.</returns>
    /// <remarks>An on-time proposal with the id of an accepted one replaces it under <see cref="ResubmissionPolicy.Replace"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="proposal"/> is null.</exception>
    public IntakeDecision Submit(TopicProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var state = new Builders(this);
        var refusal = state.Add(proposal);
        return new IntakeDecision(state.Build(), refusal);
    }

    /// <summary>Submits many registrations and proposals in order, keeping every refusal.</summary>
    /// <param name="registrations">The registrations.</param>
    /// <param name="proposals">The proposals.</param>
    /// <returns>The resulting intake: the same as submitting each registration, then each proposal, one by one.</returns>
    /// <remarks>Linear in the number of submissions: one builder per list and a dictionary of accepted ids.</remarks>
    /// <exception cref="ArgumentNullException">A sequence, or an item of one, is null.</exception>
    public SummitIntake SubmitAll(IEnumerable<Registration> registrations, IEnumerable<TopicProposal> proposals)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        ArgumentNullException.ThrowIfNull(proposals);
        var state = new Builders(this);
        foreach (var registration in registrations)
        {
            ArgumentNullException.ThrowIfNull(registration, nameof(registrations));
            state.Add(registration);
        }

        foreach (var proposal in proposals)
        {
            ArgumentNullException.ThrowIfNull(proposal, nameof(proposals));
            state.Add(proposal);
        }

        return state.Build();
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

    /// <summary>The lists of an intake being built: one pass over many submissions.</summary>
    private sealed class Builders(SummitIntake intake)
    {
        private readonly ImmutableArray<Registration>.Builder _registrations = intake.Registrations.ToBuilder();
        private readonly ImmutableArray<TopicProposal>.Builder _proposals = intake.Proposals.ToBuilder();
        private readonly ImmutableArray<RejectedSubmission>.Builder _rejected = intake.Rejected.ToBuilder();
        private readonly ImmutableArray<SupersededSubmission>.Builder _superseded = intake.Superseded.ToBuilder();
        private readonly Dictionary<string, int> _registrationIds = Index(intake.Registrations.Select(r => r.Id));
        private readonly Dictionary<string, int> _emails = Index(intake.Registrations.Select(r => r.Email));
        private readonly Dictionary<string, int> _proposalIds = Index(intake.Proposals.Select(p => p.Id));

        public SummitError? Add(Registration registration)
        {
            var earlier = _registrationIds.TryGetValue(registration.Id, out var byId) ? byId
                : registration.Email is { Length: > 0 } email && _emails.TryGetValue(email, out var byEmail) ? byEmail
                : -1;
            var refusal = earlier >= 0 && intake.Resubmissions == ResubmissionPolicy.Refuse
                ? Duplicate(SubmissionKind.Registration, registration.Id)
                : intake.CheckWindow(TimelineWindow.Registration, MilestoneKind.RegistrationOpens, intake.RegistrationPolicy, registration.SubmittedAt, registration.Id, registration.Id);
            if (refusal is not null)
            {
                _rejected.Add(new RejectedSubmission(registration.Id, SubmissionKind.Registration, registration.SubmittedAt, refusal));
                return refusal;
            }

            if (earlier < 0)
            {
                earlier = _registrations.Count;
                _registrations.Add(registration);
            }
            else
            {
                var old = _registrations[earlier];
                _superseded.Add(new SupersededSubmission(old.Id, SubmissionKind.Registration, old.SubmittedAt, registration.Id, registration.SubmittedAt));
                _registrationIds.Remove(old.Id);
                if (old.Email is { Length: > 0 } oldEmail)
                {
                    _emails.Remove(oldEmail);
                }

                _registrations[earlier] = registration;
            }

            _registrationIds[registration.Id] = earlier;
            if (registration.Email is { Length: > 0 } newEmail)
            {
                _emails[newEmail] = earlier;
            }

            return null;
        }

        public SummitError? Add(TopicProposal proposal)
        {
            var earlier = _proposalIds.TryGetValue(proposal.Id, out var byId) ? byId : -1;
            var refusal = earlier >= 0 && intake.Resubmissions == ResubmissionPolicy.Refuse
                ? Duplicate(SubmissionKind.Proposal, proposal.Id)
                : intake.CheckWindow(TimelineWindow.Proposals, MilestoneKind.ProposalsOpen, intake.ProposalPolicy, proposal.SubmittedAt, proposal.Proposers.FirstOrDefault(), proposal.Id);
            if (refusal is not null)
            {
                _rejected.Add(new RejectedSubmission(proposal.Id, SubmissionKind.Proposal, proposal.SubmittedAt, refusal));
                return refusal;
            }

            if (earlier < 0)
            {
                _proposalIds[proposal.Id] = _proposals.Count;
                _proposals.Add(proposal);
            }
            else
            {
                var old = _proposals[earlier];
                _superseded.Add(new SupersededSubmission(old.Id, SubmissionKind.Proposal, old.SubmittedAt, proposal.Id, proposal.SubmittedAt));
                _proposals[earlier] = proposal;
            }

            return null;
        }

        public SummitIntake Build() => new(
            intake.Timeline,
            intake.RegistrationPolicy,
            intake.ProposalPolicy,
            _registrations.ToImmutable(),
            _proposals.ToImmutable(),
            _rejected.ToImmutable(),
            intake.Resubmissions,
            _superseded.ToImmutable());

        private static Dictionary<string, int> Index(IEnumerable<string?> keys)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var i = 0;
            foreach (var key in keys)
            {
                if (key is { Length: > 0 })
                {
                    index[key] = i;
                }

                i++;
            }

            return index;
        }
    }
}
