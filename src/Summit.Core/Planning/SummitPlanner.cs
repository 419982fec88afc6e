using System.Collections.Immutable;
using NodaTime;
using FluentResults;
using Summit.Core.Scheduling;
using Summit.Core.Selection;
using Summit.Core.Selection.Topics;
using Summit.Core.Summits;
using Summit.Core.Timing;

namespace Summit.Core.Planning;

/// <summary>Runs the whole pipeline for one summit: timeline phase, attendee selection, topic vote, topic selection, agenda.</summary>
/// <remarks>
/// Pure and deterministic: the same document and instant give the same plan. The flow is the one in ARCHITECTURE.md:
/// accepted registrations go through <see cref="SelectionPolicies.DefaultSummit"/>; the vote's ballots go through a
/// ballot box gated by the timeline's voting window and are counted by the named method; the ranking (or, without a
/// vote, the order of submission) feeds <see cref="TopicSelection"/> with the sessions of the agenda frame as the
/// time budget (derived from the one agenda template, <see cref="AgendaFrame"/>); the selected topics are packed into that
/// template (a full frame on the summit's days, or the standard shape on the first day) and laid on the summit's time grid
/// (<see cref="AgendaGrid"/>). Every topic's length is one <see cref="TopicLength"/> under the agenda's length rules.
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
        var settings = document.Selection ?? new SelectionSettings();
        var attendees = SelectAttendees(document, settings, at);
        var tally = document.Vote is { } vote
            ? StageOutcome<TopicTally>.Succeeded(CountVote(document, vote))
            : StageOutcome<TopicTally>.NotRun("the summit file has no topic vote");
        var proposals = document.Intake.Proposals;
        if (proposals.IsEmpty)
        {
            return new SummitPlan(
                document,
                at,
                document.Timeline.PhaseAt(at),
                attendees,
                tally,
                StageOutcome<TopicSelectionResult>.NotRun("no topic proposals were accepted"),
                StageOutcome<Agenda>.NotRun("no topic proposals were accepted"));
        }

        var ranking = tally.ValueOrDefault?.Outcome is { IsSuccess: true } counted
            ? TopicRanking.FromTally(counted.Value)
            : TopicRanking.FromOrder(proposals.Select(p => p.Id));
        var topics = StageOutcome<TopicSelectionResult>.From(TopicSelection.Select(ranking, proposals, Budget(document), settings.Curation));
        StageOutcome<Agenda> agenda;
        if (document.Agenda is not { } agendaSettings)
        {
            agenda = StageOutcome<Agenda>.NotRun("the summit file asks for no agenda");
        }
        else if (topics.IsFailed)
        {
            agenda = StageOutcome<Agenda>.NotRun("the topic selection failed");
        }
        else
        {
            agenda = StageOutcome<Agenda>.From(Pack(document, agendaSettings, topics.Value, ranking));
        }

        return new SummitPlan(document, at, document.Timeline.PhaseAt(at), attendees, tally, topics, agenda);
    }

    private static StageOutcome<SelectionResult<Registration>> SelectAttendees(SummitDocument document, SelectionSettings settings, Instant at)
    {
        if (document.Summit.Capacity is not { } capacity)
        {
            return StageOutcome<SelectionResult<Registration>>.NotRun("the summit has no capacity, so everyone registered may come");
        }

        if (document.Intake.Registrations.IsEmpty)
        {
            return StageOutcome<SelectionResult<Registration>>.NotRun("no registrations were accepted");
        }

        return StageOutcome<SelectionResult<Registration>>.From(Select(document, settings, at, capacity));
    }

    private static Result<SelectionResult<Registration>> Select(SummitDocument document, SelectionSettings settings, Instant at, int capacity)
    {

        var policy = SelectionPolicies.DefaultSummit(new DefaultSummitPolicyOptions
        {
            RegistrationClosesAt = document.Timeline.Get(MilestoneKind.RegistrationCloses)?.At,
            Observers = settings.Observers,
            TieBreak = settings.TieBreak,
            MaximumPerProject = settings.MaximumPerProject,
            MaximumPerOrganization = settings.MaximumPerOrganization,
            RoleQuotas = settings.Quotas,
        });
        if (policy.IsFailed)
        {
            return Result.Fail<SelectionResult<Registration>>(policy.Errors);
        }

        IRandomSource random;
        if (settings.Rfc3797Key is { } key)
        {
            var source = RandomSources.Rfc3797Key(key);
            if (source.IsFailed)
            {
                return Result.Fail<SelectionResult<Registration>>(source.Errors);
            }

            random = source.Value;
        }
        else
        {
            random = RandomSources.Seeded(settings.Seed ?? document.Summit.Id);
        }

        return SelectionContext.ForRegistrations(document.Intake.Registrations, capacity, settings.Standby, at, random, settings.Confirmed)
            .Bind(context => SelectionPolicies.Run(policy.Value, context));
    }

    private static TopicTally CountVote(SummitDocument document, TopicVoteSettings vote)
    {
        var opens = document.Timeline.Get(MilestoneKind.VotingOpens)?.At;
        var closes = document.Timeline.Get(MilestoneKind.VotingCloses)?.At;
        Interval? window = opens is { } o && closes is { } c ? new Interval(o, c) : null; // the timeline guarantees o < c
        return TopicTally.Count(
            vote,
            [.. document.Intake.Proposals.Select(p => p.Id)],
            document.Intake.Registrations.Select(r => r.Id),
            window);
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

    private static Result<Agenda> Pack(SummitDocument document, AgendaSettings settings, TopicSelectionResult topics, TopicRanking ranking)
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

        var tiers = ranking.Tiers.Length;
        var requests = topics.Selected
            .Select(t => SlotRequest.FromProposal(t.Proposal, tiers - t.Tier + 1, settings.LengthRules))
            .ToImmutableArray();
        var request = new PackingRequest(template.Value, requests) { Slack = settings.Slack };
        return packer.Pack(request).Bind(agenda => AgendaGrid.Align(agenda, request, Math.Max(1, settings.GridMinutes)));
    }
}
