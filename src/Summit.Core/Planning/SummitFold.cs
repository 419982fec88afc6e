using System.Collections.Immutable;
using NodaTime;
using Summit.Core.Summits;
using Summit.Core.Timing;

namespace Summit.Core.Planning;

/// <summary>The record's facts as of one instant: the timeline and the intake that only the facts dated at or before it make.</summary>
/// <param name="Timeline">The timeline with the amendments decided by then, and the cancellation if it happened by then.</param>
/// <param name="Intake">The submissions dated at or before the instant, taken under that timeline and the extensions granted by then.</param>
/// <param name="Amendments">The deadline amendments in effect.</param>
/// <param name="Decisions">The decisions dated at or before the instant, in time order (the file's order among equal instants).</param>
/// <param name="Refused">Decisions that could not take effect here (for example an amendment that would invert a window).</param>
internal sealed record RecordAt(
    Timeline Timeline,
    SummitIntake Intake,
    ImmutableArray<DeadlineAmendment> Amendments,
    ImmutableArray<SummitDecision> Decisions,
    ImmutableArray<RejectedDecision> Refused);

/// <summary>Folds a summit's record up to an instant. Pure: nothing dated after the instant has any effect.</summary>
internal static class SummitFold
{
    public static RecordAt At(
        Timeline announced,
        IEnumerable<Registration> registrations,
        IEnumerable<TopicProposal> proposals,
        ImmutableArray<SummitDecision> decisions,
        Instant at)
    {
        var dated = decisions.Select((d, i) => (d, i)).Where(p => p.d.At <= at).OrderBy(p => p.d.At).ThenBy(p => p.i).Select(p => p.d).ToImmutableArray();
        var refused = ImmutableArray.CreateBuilder<RejectedDecision>();
        var amendments = ImmutableArray.CreateBuilder<DeadlineAmendment>();
        var milestones = announced.Milestones.ToList();
        foreach (var amendment in dated.Where(d => d.Kind == DecisionKind.DeadlineAmended))
        {
            var to = amendment.To!;
            var index = milestones.FindIndex(m => m.Kind == to.Kind);
            var candidate = milestones.ToList();
            if (index >= 0)
            {
                candidate[index] = to;
            }
            else
            {
                candidate.Add(to);
            }

            var made = Timeline.Create(candidate);
            if (made.IsFailed)
            {
                refused.Add(new RejectedDecision(amendment, made.SummitErrors()[0]));
                continue;
            }

            amendments.Add(new DeadlineAmendment(index >= 0 ? milestones[index] : to, to, amendment.At, amendment.Reason ?? string.Empty));
            milestones = candidate;
        }

        var timeline = amendments.Count == 0 ? Timeline.Create(announced.Milestones).Value : Timeline.Create(milestones).Value;
        if (announced.Cancellation is { } cancel && cancel.At <= at)
        {
            timeline = timeline.CancelAt(cancel.At, cancel.Reason).Value;
        }

        var extensions = dated.Where(d => d.Kind == DecisionKind.Extension).ToList();
        var intake = SummitIntake.Open(
            timeline,
            Policy(timeline, MilestoneKind.RegistrationCloses, extensions, refused),
            Policy(timeline, MilestoneKind.ProposalsClose, extensions, refused));
        intake = intake.SubmitAll(registrations.Where(r => r.SubmittedAt <= at), proposals.Where(p => p.SubmittedAt <= at));
        return new RecordAt(timeline, intake, amendments.ToImmutable(), dated, refused.ToImmutable());
    }

    private static DeadlinePolicy? Policy(Timeline timeline, MilestoneKind closes, List<SummitDecision> extensions, ImmutableArray<RejectedDecision>.Builder refused)
    {
        var mine = extensions.Where(e => (e.Milestone ?? MilestoneKind.RegistrationCloses) == closes).ToList();
        if (mine.Count == 0 || timeline.Get(closes) is not { At: { } closesAt } milestone)
        {
            return null;
        }

        var deadline = milestone.Deadline ?? Deadline.AtLocal(closesAt.InUtc().LocalDateTime, DateTimeZone.Utc).Value;
        var policy = DeadlinePolicy.For(deadline);
        foreach (var e in mine)
        {
            var person = e.Registration ?? e.Name ?? string.Empty;
            var extended = policy.WithExtension(new DeadlineExtension(person, e.To!.At!.Value, e.By ?? "the organizers", e.Reason ?? "personal extension"));
            if (extended.IsFailed)
            {
                refused.Add(new RejectedDecision(e, extended.SummitErrors()[0]));
                continue;
            }

            policy = extended.Value;
        }

        return policy;
    }
}
