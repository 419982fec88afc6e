using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using FluentResults;
using Summit.Core.Selection;
using Summit.Core.Summits;
using Summit.Core.Timing;

namespace Summit.Core.Planning;

/// <summary>The attendee stage at one instant: the outcome, how far it has come, the decisions it refused and the messages it owes.</summary>
internal sealed record AttendeeStage(
    StageOutcome<SelectionResult<Registration>> Outcome,
    SelectionState State,
    ImmutableArray<RejectedDecision> Refused,
    ImmutableArray<SummitMessage> Messages);

/// <summary>
/// Attendee selection over time. The selection is a pure function of the registrations accepted when registration
/// closed (minus people who withdrew before it was published); once a <c>selection-published</c> decision is in the
/// record, later decisions only act on that frozen result: a decline frees a place for standby rank 1 (the other ranks
/// move up by one), and when the frozen standby list is exhausted the place goes to the best-ranked applicant left.
/// Quota minimums are not re-reserved after publication: the standby order is the promise.
/// </summary>
internal static class AttendeeFold
{
    private static readonly DecisionKind[] SeatKinds = [DecisionKind.Declined, DecisionKind.Admitted, DecisionKind.WalkIn];

    public static AttendeeStage Run(SummitDocument document, RecordAt record, SelectionSettings settings, Instant at)
    {
        var refused = ImmutableArray.CreateBuilder<RejectedDecision>();
        var seatDecisions = record.Decisions.Where(d => SeatKinds.Contains(d.Kind)).ToList();
        var publications = record.Decisions.Where(d => d.Kind == DecisionKind.SelectionPublished).ToList();
        var cancel = record.Timeline.Cancellation;

        AttendeeStage NotRun(string reason)
        {
            foreach (var d in seatDecisions.Concat(publications))
            {
                refused.Add(new RejectedDecision(d, new SummitError(ErrorCodes.Decisions.NoSelection, $"{d.KindName} at {ZonedText.Utc(d.At)} has no effect: {reason}.")));
            }

            return new AttendeeStage(StageOutcome<SelectionResult<Registration>>.NotRun(reason), SelectionState.NotRun, refused.ToImmutable(), []);
        }

        if (document.Summit.Capacity is not { } capacity)
        {
            return NotRun("selection not run: the summit has no capacity, so everyone registered may come");
        }

        var closes = record.Timeline.Get(MilestoneKind.RegistrationCloses)?.At;
        if (closes is { } c && at < c)
        {
            return NotRun($"selection not run: registration open until {ZonedText.Utc(c)}");
        }

        // A publication before registration closes, or after a cancellation, or a second one, has no effect.
        SummitDecision? published = null;
        foreach (var p in publications)
        {
            var why = published is not null ? $"the selection was already published at {ZonedText.Utc(published.At)}"
                : closes is { } cl && p.At < cl ? $"registration was still open until {ZonedText.Utc(cl)}"
                : cancel is not null && p.At >= cancel.At ? $"the summit was cancelled at {ZonedText.Utc(cancel.At)}"
                : null;
            if (why is null)
            {
                published = p;
            }
            else
            {
                refused.Add(new RejectedDecision(p, new SummitError(ErrorCodes.Decisions.PublicationRefused, $"The selection published at {ZonedText.Utc(p.At)} has no effect: {why}.")));
            }
        }

        if (cancel is not null && published is null)
        {
            return NotRun($"selection not run: the summit was cancelled at {ZonedText.Utc(cancel.At)} ({cancel.Reason}) before a selection was published");
        }

        var registrations = record.Intake.Registrations;
        if (registrations.IsEmpty)
        {
            return NotRun("selection not run: no registrations were accepted");
        }

        // Withdrawals before publication: nobody was told anything yet, so the selection is made without them.
        var withdrawn = seatDecisions
            .Where(d => d.Kind == DecisionKind.Declined && (published is null || d.At < published.At))
            .GroupBy(d => d.Registration!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var pool = registrations.Where(r => !withdrawn.ContainsKey(r.Id)).ToImmutableArray();
        // The selection is made as of registration close (or now, without a deadline), so its reasons do not drift with the instant asked about.
        var selectionAt = closes ?? at;
        var selected = Select(document, settings, selectionAt, capacity, settings.Standby, pool);
        if (selected.IsFailed)
        {
            return new AttendeeStage(StageOutcome<SelectionResult<Registration>>.From(selected), SelectionState.NotRun, refused.ToImmutable(), []);
        }

        var result = selected.Value;
        foreach (var (id, d) in withdrawn)
        {
            if (registrations.FirstOrDefault(r => r.Id == id) is { } who)
            {
                result = result.Append([new CandidateOutcome<Registration>(who, id, SelectionOutcomeKind.Declined, null,
                    [new SelectionReason(SelectionReasonCodes.Declined, $"Withdrew at {ZonedText.Utc(d.At)}, before the selection was published.")])]);
            }
            else
            {
                refused.Add(new RejectedDecision(d, Unknown(d)));
            }
        }

        // The order beyond the frozen standby list: the same policy asked for every standby rank.
        var beyond = BeyondOrder(document, settings, selectionAt, capacity, pool, result);
        var messages = ImmutableArray.CreateBuilder<SummitMessage>();
        if (published is not null)
        {
            foreach (var o in result.Outcomes.Where(o => o.Kind != SelectionOutcomeKind.Declined))
            {
                var template = o.Kind switch
                {
                    SelectionOutcomeKind.Selected => o.Candidate.Attendance == AttendanceKind.Observer ? "observer" : "selected",
                    SelectionOutcomeKind.Standby => "standby",
                    _ => "not-selected",
                };
                messages.Add(Message(published, o, template));
            }
        }

        var after = seatDecisions.Where(d => !(d.Kind == DecisionKind.Declined && withdrawn.TryGetValue(d.Registration!, out var w) && ReferenceEquals(w, d)) && (published is null || d.At >= published.At));
        foreach (var d in after)
        {
            if (cancel is not null && d.At >= cancel.At)
            {
                refused.Add(new RejectedDecision(d, new SummitError(ErrorCodes.Decisions.AfterCancellation, $"{d.KindName} at {ZonedText.Utc(d.At)} comes after the cancellation at {ZonedText.Utc(cancel.At)}.")));
                continue;
            }

            var step = d.Kind switch
            {
                DecisionKind.Declined => Decline(document, settings, result, d, beyond, messages),
                DecisionKind.Admitted => Admit(document, result, d, messages),
                _ => WalkIn(document, result, d, messages),
            };
            if (step.IsFailed)
            {
                refused.Add(new RejectedDecision(d, step.SummitErrors()[0]));
            }
            else
            {
                result = step.Value;
            }
        }

        return new AttendeeStage(
            StageOutcome<SelectionResult<Registration>>.Succeeded(result),
            published is null ? SelectionState.Provisional : SelectionState.Published,
            refused.ToImmutable(),
            messages.ToImmutable());
    }

    internal static SummitMessage Message(SummitDecision decision, CandidateOutcome<Registration> o, string template) =>
        new(decision.At, decision.KindName, o.Id, o.Candidate.Name, o.Candidate.Email, template, o.Kind.ToString(), o.StandbyRank);

    private static Result<SelectionResult<Registration>> Decline(
        SummitDocument document,
        SelectionSettings settings,
        SelectionResult<Registration> result,
        SummitDecision d,
        ImmutableArray<string> beyond,
        ImmutableArray<SummitMessage>.Builder messages)
    {
        var id = d.Registration!;
        if (result.Find(id) is not { } before)
        {
            return Unknown(d);
        }

        if (before.Kind is not (SelectionOutcomeKind.Selected or SelectionOutcomeKind.Standby))
        {
            return new SummitError(ErrorCodes.Decisions.NotApplicable, $"'{id}' holds neither a place nor a standby rank ({before.Kind}), so cannot decline.").WithMetadata("registration", id);
        }

        var declined = result.Decline(id, d.At);
        if (declined.IsFailed)
        {
            return declined;
        }

        var next = declined.Value;
        string? promotedId = null;
        if (before.Kind == SelectionOutcomeKind.Selected)
        {
            var promoted = next.History[^1];
            if (promoted.Kind == SelectionEventKind.Promoted)
            {
                promotedId = promoted.CandidateId;
            }
            else if (beyond.FirstOrDefault(b => next.Find(b) is { Kind: SelectionOutcomeKind.NotSelected } o && WithinCaps(settings, next, o.Candidate)) is { } best)
            {
                var candidate = next.Find(best)!.Candidate;
                next = next.Seat(candidate, d.At, new SelectionReason(SelectionReasonCodes.PromotedBeyondStandby,
                    $"Offered the place '{id}' gave up at {ZonedText.Utc(d.At)}: the standby list was exhausted, and this was the best-ranked applicant left."),
                    SelectionEventKind.Promoted, $"{best} took the place {id} gave up (beyond the standby list).");
                promotedId = best;
            }

            if (promotedId is not null)
            {
                foreach (var quota in AllQuotas(settings, result.Capacity).Where(q => q.Minimum > 0 && q.Includes(before.Candidate)))
                {
                    var held = next.Selected.Count(o => quota.Includes(o.Candidate));
                    if (held < quota.Minimum)
                    {
                        next = next.WithReason(promotedId, new SelectionReason(SelectionReasonCodes.QuotaNotReReserved, string.Create(CultureInfo.InvariantCulture,
                            $"The decline of '{id}' leaves the {quota.Label} quota at {held} of its minimum {quota.Minimum}; minimums are not re-reserved after publication, so the place went by standby order.")));
                    }
                }

                messages.Add(Message(d, next.Find(promotedId)!, "offered-place"));
            }
        }

        foreach (var o in next.Standby.Where(o => result.Find(o.Id) is { StandbyRank: { } old } && old != o.StandbyRank))
        {
            messages.Add(Message(d, o, "standby-rank"));
        }

        return next;
    }

    private static Result<SelectionResult<Registration>> Admit(SummitDocument document, SelectionResult<Registration> result, SummitDecision d, ImmutableArray<SummitMessage>.Builder messages)
    {
        var id = d.Registration!;
        var candidate = result.Find(id)?.Candidate ?? document.Registrations.LastOrDefault(r => r.Id == id);
        if (candidate is null)
        {
            return Unknown(d);
        }

        if (result.Find(id) is { Kind: SelectionOutcomeKind.Selected })
        {
            return new SummitError(ErrorCodes.Decisions.NotApplicable, $"'{id}' already holds a place; nothing to admit.").WithMetadata("registration", id);
        }

        if (result.FreePlaces <= 0 && !d.OverCapacity)
        {
            return new SummitError(ErrorCodes.Decisions.NoFreePlace, string.Create(CultureInfo.InvariantCulture,
                $"Every one of the {result.Capacity} places is taken, so '{id}' cannot be admitted at {ZonedText.Utc(d.At)}; say \"overCapacity\": true to admit over capacity.")).WithMetadata("registration", id);
        }

        var over = result.FreePlaces <= 0 ? " (over capacity, as the decision says)" : string.Empty;
        var by = d.By is null ? string.Empty : " by " + d.By;
        var next = result.Seat(candidate, d.At, new SelectionReason(SelectionReasonCodes.Admitted, $"Admitted{by} at {ZonedText.Utc(d.At)}{over}: {d.Reason}."), SelectionEventKind.Admitted, $"{id} was admitted: {d.Reason}.");
        messages.Add(Message(d, next.Find(id)!, "admitted"));
        return next;
    }

    private static Result<SelectionResult<Registration>> WalkIn(SummitDocument document, SelectionResult<Registration> result, SummitDecision d, ImmutableArray<SummitMessage>.Builder messages)
    {
        var starts = document.Summit.Intervals().ValueOrDefault is { IsDefaultOrEmpty: false } days ? days[0].Start : (Instant?)null;
        if (starts is { } s && d.At < s)
        {
            return new SummitError(ErrorCodes.Decisions.BeforeTheDay, $"A walk-in at {ZonedText.Utc(d.At)} comes before the summit starts ({ZonedText.Utc(s)}).");
        }

        var id = d.Registration!;
        var candidate = result.Find(id)?.Candidate ?? document.Registrations.LastOrDefault(r => r.Id == id)
            ?? (d.Name is { } name ? new Registration(id, name, d.At) : null);
        if (candidate is null)
        {
            return Unknown(d);
        }

        var walked = result.AddWalkIn(candidate, d.At);
        if (walked.IsSuccess)
        {
            // Admitted at the door.
            messages.Add(Message(d, walked.Value.Find(id)!, "walk-in"));
            return walked;
        }

        var noRoom = walked.SummitErrors()[0].Code == ErrorCodes.Selection.NoFreePlace;
        if (noRoom)
        {
            // Refused at the door for lack of room: the person is told, with their outcome (if any) unchanged.
            var held = result.Find(id);
            messages.Add(new SummitMessage(d.At, d.KindName, id, candidate.Name, candidate.Email, "walk-in-refused", held?.Kind.ToString(), held?.StandbyRank));
        }

        return new SummitError(noRoom ? ErrorCodes.Decisions.NoFreePlace : ErrorCodes.Decisions.NotApplicable, walked.SummitErrors()[0].Message)
            .WithMetadata("registration", id);
    }

    private static SummitError Unknown(SummitDecision d) =>
        new SummitError(ErrorCodes.Decisions.UnknownRegistration, $"{d.KindName} at {ZonedText.Utc(d.At)} names '{d.Registration}', which no registration has.")
            .WithMetadata("registration", d.Registration ?? string.Empty);

    private static ImmutableArray<string> BeyondOrder(SummitDocument document, SelectionSettings settings, Instant at, int capacity, ImmutableArray<Registration> pool, SelectionResult<Registration> frozen)
    {
        // Everyone ranked by the same policy and draw, with caps and quota maximums lifted: whether a cap still
        // blocks someone is checked against the places held when the place is offered.
        var uncapped = settings with
        {
            Policy = settings.Policy with
            {
                MaximumPerOrganization = null,
                MaximumPerProject = null,
                RoleQuotas = [.. settings.Policy.RoleQuotas.Select(q => q with { Maximum = int.MaxValue })],
                Quotas = [.. settings.Policy.Quotas.Select(q => q with { Maximum = int.MaxValue })],
            },
        };
        var all = Select(document, uncapped, at, capacity, Math.Max(pool.Length, 1), pool);
        if (all.IsFailed)
        {
            return [];
        }

        return [.. all.Value.Selected.Concat(all.Value.Standby)
            .Where(o => frozen.Find(o.Id) is { Kind: SelectionOutcomeKind.NotSelected })
            .Select(o => o.Id)];
    }

    /// <summary>Every quota of the settings (role quotas first, as the policy reserves them), with shares resolved against the capacity.</summary>
    internal static IEnumerable<SelectionQuota> AllQuotas(SelectionSettings settings, int capacity) =>
        settings.Policy.RoleQuotas.Select(q => SelectionQuota.ForRole(q.Role, q.Minimum, q.Maximum))
            .Concat(settings.Policy.Quotas.Select(q => q.ForCapacity(capacity)));

    private static bool WithinCaps(SelectionSettings settings, SelectionResult<Registration> result, Registration candidate)
    {
        var seated = result.Selected.Select(o => o.Candidate).ToList();
        if (settings.Policy.MaximumPerOrganization is { } org && candidate.Organization is { } o && seated.Count(s => s.Organization == o) >= org)
        {
            return false;
        }

        if (settings.Policy.MaximumPerProject is { } perProject && candidate.Projects.Any(p => seated.Count(s => s.Projects.Contains(p)) >= perProject))
        {
            return false;
        }

        return AllQuotas(settings, result.Capacity).All(q => !q.Includes(candidate) || seated.Count(q.Includes) < q.Maximum);
    }

    internal static Result<SelectionResult<Registration>> Select(SummitDocument document, SelectionSettings settings, Instant at, int capacity, int standby, ImmutableArray<Registration> pool)
    {
        // The intake already applied the registration deadline (with amendments and extensions): no second check here.
        var policy = SelectionPolicies.DefaultSummit(settings.Policy with
        {
            RegistrationClosesAt = null,
            Quotas = [.. settings.Policy.Quotas.Select(q => q.ForCapacity(capacity))],
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

        return SelectionContext.ForRegistrations(pool, capacity, standby, at, random, settings.Confirmed)
            .Bind(context => SelectionPolicies.Run(policy.Value, context));
    }
}
