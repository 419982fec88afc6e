using System.Collections.Immutable;
using NodaTime;
using FluentResults;
using Summit.Core.Scheduling;
using Summit.Core.Selection;
using Summit.Core.Selection.Topics;
using Summit.Core.Summits;
using Summit.Core.Timing;
using Summit.Core.Voting;

namespace Summit.Core.Planning;

/// <summary>Runs the whole pipeline for one summit at one instant: the record up to then, attendees, topic vote, topics, agenda.</summary>
/// <remarks>
/// Pure and deterministic: the same document and instant give the same plan, and nothing dated after the instant
/// (a submission, a ballot, a decision, a cancellation) has any effect. The flow is the one in docs/architecture.md:
/// the record is folded up to the instant (timeline with its amendments, intake); the accepted registrations go
/// through <see cref="SelectionPolicies.DefaultSummit"/> once registration has closed and the decisions act on that
/// selection (frozen once published); the ballots cast by then go through a ballot box gated by the voting window and
/// are counted by the named method; once proposals (and voting) have closed, the ranking feeds
/// <see cref="TopicSelection"/> with the sessions of the agenda frame as the time budget; the selected topics are
/// packed into the one agenda template that also gave the budget (<see cref="AgendaFrame"/>: a full frame on the summit's
/// days, or the standard shape on the first day), against the published agenda once there is one, and laid on the
/// summit's time grid (<see cref="AgendaGrid"/>). Every topic's length is one <see cref="TopicLength"/> under the agenda's
/// length rules.
/// Each stage that is not reached yet says why.
/// </remarks>
public static class SummitPlanner
{
    /// <summary>Plans a summit at an instant.</summary>
    /// <param name="document">The summit file's content.</param>
    /// <param name="at">The instant ("now", passed in).</param>
    /// <returns>The plan; every step carries its own result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static SummitPlan Plan(SummitDocument document, Instant at)
    {
        ArgumentNullException.ThrowIfNull(document);
        return PlanCore(document, at, usePublishedAgenda: true);
    }

    private static SummitPlan PlanCore(SummitDocument document, Instant at, bool usePublishedAgenda)
    {
        var settings = document.Selection ?? new SelectionSettings();
        var record = SummitFold.At(document.Timeline, document.Registrations, document.Proposals, document.Decisions, at);
        var timeline = record.Timeline;
        var cancel = timeline.Cancellation;
        var refused = record.Refused.ToBuilder();
        var warnings = ImmutableArray.CreateBuilder<SummitError>();

        var attendeeStage = AttendeeFold.Run(document, record, settings, at);
        refused.AddRange(attendeeStage.Refused);
        var attendees = attendeeStage.Outcome;
        var messages = attendeeStage.Messages.ToBuilder();

        var tally = document.Vote is not { } vote ? StageOutcome<TopicTally>.NotRun("the summit file has no topic vote")
            : timeline.Get(MilestoneKind.VotingOpens)?.At is { } opens && at < opens ? StageOutcome<TopicTally>.NotRun($"voting not open until {ZonedText.Utc(opens)}")
            : StageOutcome<TopicTally>.Succeeded(CountVote(record, vote, at));

        var proposals = record.Intake.Proposals;
        StageOutcome<TopicSelectionResult> topics;
        TopicRanking? ranking = null;
        if (proposals.IsEmpty)
        {
            topics = StageOutcome<TopicSelectionResult>.NotRun("no topic proposals were accepted");
        }
        else if (cancel is not null)
        {
            topics = StageOutcome<TopicSelectionResult>.NotRun($"topic selection not run: the summit was cancelled at {ZonedText.Utc(cancel.At)} ({cancel.Reason})");
        }
        else if (timeline.Get(MilestoneKind.ProposalsClose)?.At is { } proposalsClose && at < proposalsClose)
        {
            topics = StageOutcome<TopicSelectionResult>.NotRun($"topic selection not run: proposals open until {ZonedText.Utc(proposalsClose)}");
        }
        else if (document.Vote is not null && timeline.Get(MilestoneKind.VotingCloses)?.At is { } votingCloses && at < votingCloses)
        {
            topics = StageOutcome<TopicSelectionResult>.NotRun($"topic selection not run: voting open until {ZonedText.Utc(votingCloses)}");
        }
        else
        {
            ranking = tally.ValueOrDefault?.Outcome is { IsSuccess: true } counted
                ? TopicRanking.FromTally(counted.Value)
                : TopicRanking.FromOrder(proposals.Select(p => p.Id));
            topics = StageOutcome<TopicSelectionResult>.From(TopicSelection.Select(ranking, proposals, Budget(document), settings.Curation));
        }

        if (topics.IsSuccess && attendees.IsSuccess)
        {
            var seated = Presenters(record, settings, attendees.Value, topics.Value, at, warnings);
            attendees = StageOutcome<SelectionResult<Registration>>.Succeeded(seated);
        }

        // The agenda as published: the plan at the last publication instant (before any cancellation) packed without a previous agenda.
        var publications = record.Decisions.Where(d => d.Kind == DecisionKind.AgendaPublished).ToList();
        Agenda? published = null;
        if (usePublishedAgenda)
        {
            foreach (var p in publications)
            {
                if (cancel is not null && p.At >= cancel.At)
                {
                    refused.Add(new RejectedDecision(p, new SummitError(ErrorCodes.Decisions.AfterCancellation, $"agenda-published at {ZonedText.Utc(p.At)} comes after the cancellation at {ZonedText.Utc(cancel.At)}.")));
                    continue;
                }

                var then = PlanCore(document, p.At, usePublishedAgenda: false).Agenda;
                if (then.IsSuccess)
                {
                    published = then.Value;
                }
                else
                {
                    refused.Add(new RejectedDecision(p, new SummitError(ErrorCodes.Decisions.NoAgendaToPublish, $"agenda-published at {ZonedText.Utc(p.At)} has no agenda to publish: {then.NotRunReason ?? string.Join("; ", then.Errors.Select(e => e.Message))}.")));
                }
            }
        }

        StageOutcome<Agenda> agenda;
        if (document.Agenda is not { } agendaSettings)
        {
            agenda = StageOutcome<Agenda>.NotRun("the summit file asks for no agenda");
        }
        else if (cancel is not null)
        {
            agenda = StageOutcome<Agenda>.NotRun($"agenda not packed: the summit was cancelled at {ZonedText.Utc(cancel.At)} ({cancel.Reason})"
                + (published is null ? string.Empty : "; the published agenda exports with STATUS:CANCELLED"));
        }
        else if (!topics.IsSuccess)
        {
            agenda = StageOutcome<Agenda>.NotRun(topics.HasRun ? "the topic selection failed" : topics.NotRunReason!);
        }
        else
        {
            var votes = tally.ValueOrDefault is { Outcome.IsSuccess: true, Box: { } box } ? box.Profile : null;
            agenda = StageOutcome<Agenda>.From(Pack(document, agendaSettings, topics.Value, ranking!, votes, published));
        }

        // Topics brought on the day fill the reserved day-of time, in the order of their decisions.
        var dayOf = record.Decisions.Where(d => d.Kind == DecisionKind.DayOfTopic && d.Topic is not null).ToList();
        if (dayOf.Count > 0)
        {
            var noAgenda = agenda.NotRunReason ?? string.Join("; ", agenda.Errors.Select(e => e.Message));
            if (DayOfPlacement.Place(document.Summit, agenda.IsSuccess ? agenda.Value : null, noAgenda, dayOf, cancel, refused) is { } placed && agenda.IsSuccess)
            {
                agenda = StageOutcome<Agenda>.Succeeded(placed);
            }
        }

        // Messages the agenda publication and the cancellation owe.
        foreach (var d in record.Decisions.Where(d => d.Kind is DecisionKind.AgendaPublished or DecisionKind.Cancelled))
        {
            if (d.Kind == DecisionKind.AgendaPublished && (published is null || (cancel is not null && d.At >= cancel.At)))
            {
                continue;
            }

            var template = d.Kind == DecisionKind.Cancelled ? "cancelled" : "agenda-published";
            if (attendees.ValueOrDefault is { } selection)
            {
                var recipients = d.Kind == DecisionKind.Cancelled
                    ? selection.Outcomes.Where(o => o.Kind != SelectionOutcomeKind.Declined)
                    : selection.Selected.AsEnumerable();
                messages.AddRange(recipients.Select(o => AttendeeFold.Message(d, o, template)));
            }
            else
            {
                messages.AddRange(record.Intake.Registrations.Select(r => new SummitMessage(d.At, d.KindName, r.Id, r.Name, r.Email, template, null, null)));
            }
        }

        return new SummitPlan(document, at, timeline.PhaseAt(at), attendees, tally, topics, agenda)
        {
            Timeline = timeline,
            Intake = record.Intake,
            SelectionState = attendeeStage.State,
            Amendments = record.Amendments,
            RejectedDecisions = refused.ToImmutable(),
            Warnings = warnings.ToImmutable(),
            Messages = [.. messages.OrderBy(m => m.At)],
            PublishedAgenda = published,
        };
    }

    private static SelectionResult<Registration> Presenters(RecordAt record, SelectionSettings settings, SelectionResult<Registration> attendees, TopicSelectionResult topics, Instant at, ImmutableArray<SummitError>.Builder warnings)
    {
        var result = attendees;
        foreach (var topic in topics.Selected)
        {
            foreach (var presenter in topic.Proposal.Proposers)
            {
                var held = result.Outcomes.FirstOrDefault(o => o.Candidate.Name == presenter);
                if (held is { Kind: SelectionOutcomeKind.Selected })
                {
                    continue;
                }

                var registration = held?.Candidate ?? record.Intake.Registrations.FirstOrDefault(r => r.Name == presenter);
                if (settings.SeatPresenters && registration is not null && held?.Kind != SelectionOutcomeKind.Declined && result.FreePlaces > 0)
                {
                    result = result.Seat(registration, at, new SelectionReason(SelectionReasonCodes.Presenter, $"Presents the selected topic '{topic.Proposal.Title}'; given a free place (presenters: \"seat\")."),
                        SelectionEventKind.Admitted, $"{registration.Id} was seated to present '{topic.Proposal.Id}'.");
                    continue;
                }

                var fix = registration is null
                    ? $"they have no registration: add one and an 'admitted' decision for it"
                    : $"an 'admitted' decision for registration '{registration.Id}' would give them one";
                warnings.Add(new SummitError(ErrorCodes.Decisions.PresenterWithoutSeat, $"'{presenter}' presents the selected topic '{topic.Proposal.Title}' but holds no seat; {fix}.")
                    .WithMetadata("person", presenter)
                    .WithMetadata("topic", topic.Proposal.Id)
                    .WithMetadata("registration", registration?.Id ?? string.Empty));
            }
        }

        return result;
    }

    private static TopicTally CountVote(RecordAt record, TopicVoteSettings vote, Instant at)
    {
        var timeline = record.Timeline;
        var opens = timeline.Get(MilestoneKind.VotingOpens)?.At;
        var closes = timeline.Get(MilestoneKind.VotingCloses)?.At;
        Interval? window = opens is { } o && closes is { } c ? new Interval(o, c) : null; // the timeline guarantees o < c
        var cast = vote with { Ballots = [.. vote.Ballots.Where(b => b.CastAt <= at)] };
        var electorate = vote.IsOpen ? cast.Ballots.Select(b => b.Voter).Distinct(StringComparer.Ordinal).ToImmutableArray()
            : vote.Electorate.IsEmpty ? record.Intake.Registrations.Select(r => r.Id).ToImmutableArray()
            : vote.Electorate;
        return TopicTally.Count(cast with { Electorate = electorate }, [.. record.Intake.Proposals.Select(p => p.Id)], electorate, window, timeline.Cancellation);
    }

    private static TopicBudget Budget(SummitDocument document)
    {
        if (document.Agenda is { } agenda && AgendaFrame.Template(document.Summit, agenda) is { IsSuccess: true } template)
        {
            return AgendaFrame.Budget(template.Value, agenda.LengthRules);
        }

        var rules = document.Agenda?.LengthRules ?? new AgendaSettings(new StandardAgendaShape()).LengthRules;
        return new TopicBudget([.. document.Summit.Days.Select((d, i) =>
            new TopicSession("Day " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), (int)(d.End - d.Start).ToDuration().TotalMinutes))])
        {
            WrapUpMinutes = rules.WrapUpMinutes,
            MinimumDiscussionMinutes = rules.MinimumDiscussionMinutes,
            GridMinutes = rules.GridMinutes,
        };
    }

    /// <summary>The packing request for a summit file's agenda settings: its slack rule, grid, changeover and room rules.</summary>
    internal static PackingRequest PackingRequestFor(AgendaTemplate template, ImmutableArray<SlotRequest> requests, AgendaSettings settings, Agenda? previous) =>
        new(template, requests)
        {
            Slack = settings.Slack,
            Previous = previous,
            GridMinutes = Math.Clamp(settings.GridMinutes, 1, 60),
            ChangeoverMinutes = settings.ChangeoverMinutes,
            Rooms = settings.Rooms,
        };

    /// <summary>
    /// The slot requests of the selected topics to pack: weight from the ranking's tier, <see cref="SlotRequest.ExpectedInterest"/>
    /// from the vote when a room of the settings has seats and the vote was counted, and the constraints of the
    /// settings' topic and presenter rules (<see cref="TopicConstraints"/>); a topic whose availability windows share no
    /// time is left out of them (see <see cref="RequestsFor"/>).
    /// </summary>
    internal static ImmutableArray<SlotRequest> SlotRequestsFor(TopicSelectionResult topics, TopicRanking ranking, AgendaSettings settings, BallotProfile? votes) =>
        RequestsFor(topics, ranking, settings, votes).Requests;

    /// <summary>
    /// The slot requests of the selected topics, and the selected topics that can never be placed because their own and
    /// their presenters' availability windows share no time (listed as unplaced with <c>scheduling.availability-misses-sessions</c>).
    /// </summary>
    /// <remarks>
    /// The expected interest is the number of counted ballots that rank the topic (or a duplicate merged into it) at all,
    /// each voter once: a ranked ballot lists the topics its voter wants, and leaves out the rest.
    /// </remarks>
    internal static (ImmutableArray<SlotRequest> Requests, ImmutableArray<UnplacedTopic> Unplaceable) RequestsFor(TopicSelectionResult topics, TopicRanking ranking, AgendaSettings settings, BallotProfile? votes)
    {
        var tiers = ranking.Tiers.Length;
        var seats = votes is not null && settings.Rooms.Any(r => r.Seats is not null);
        ImmutableArray<SlotRequest> requests = [.. topics.Selected.Select(t =>
        {
            var request = SlotRequest.FromProposal(t.Proposal, tiers - t.Tier + 1, settings.LengthRules);
            return seats ? request with { ExpectedInterest = Supporters(votes!, [t.Proposal.Id, .. t.MergedIds]) } : request;
        })];
        return TopicConstraints.Apply(requests, topics.Selected, settings);
    }

    /// <summary>The weight of the ballots that rank any of the topics.</summary>
    private static int Supporters(BallotProfile votes, IReadOnlyCollection<string> topicIds)
    {
        var indices = votes.Candidates.Select((id, i) => (id, i)).Where(p => topicIds.Contains(p.id, StringComparer.Ordinal)).Select(p => p.i).ToHashSet();
        var count = votes.Ballots
            .Where(b => b.Ballot is RankedBallot ranked && ranked.Ranks.Any(tier => tier.Any(indices.Contains)))
            .Sum(b => b.Weight);
        return (int)Math.Min(count, int.MaxValue);
    }

    private static Result<Agenda> Pack(SummitDocument document, AgendaSettings settings, TopicSelectionResult topics, TopicRanking ranking, BallotProfile? votes, Agenda? previous)
    {
        var template = AgendaFrame.Template(document.Summit, settings);
        if (template.IsFailed)
        {
            return Result.Fail<Agenda>(template.Errors);
        }

        if (!Packers.TryGet(settings.Packer, out var packer))
        {
            return new SummitError(ErrorCodes.Planning.UnknownPacker, $"No agenda packer is named '{settings.Packer}'; known: {string.Join(", ", Packers.All.Select(p => p.Name))}.")
                .WithMetadata("packer", settings.Packer);
        }

        // The planner's own check of the topic and presenter rules, for settings built in code (a summit file reports these at their line and column).
        var findings = TopicRulesCheck.Check(settings, document.Proposals, document.Selection?.Curation);
        if (findings.Count > 0)
        {
            return Result.Fail<Agenda>(findings.Select(f => f.ToError()));
        }

        var (requests, unplaceable) = RequestsFor(topics, ranking, settings, votes);
        var request = PackingRequestFor(template.Value, requests, settings, previous);
        var packed = packer.Pack(request).Bind(agenda => AgendaGrid.Align(agenda, request, Math.Max(1, settings.GridMinutes)));
        if (unplaceable.IsEmpty || packed.IsFailed)
        {
            return packed;
        }

        // Topics no time suits are listed with the packer's own, in the order of the selected topics.
        var order = topics.Selected.Select((t, i) => (t.Proposal.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return packed.Value with { Unplaced = [.. packed.Value.Unplaced.Concat(unplaceable).OrderBy(u => order.GetValueOrDefault(u.TopicId, int.MaxValue))] };
    }
}
