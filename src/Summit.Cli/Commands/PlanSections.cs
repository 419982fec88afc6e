using Summit.Core.Export;
using Summit.Core.Planning;
using FluentResults;
using Summit.Core.Selection;

namespace Summit.Cli.Commands;

/// <summary>Text and JSON for the selection, tally, topic and agenda parts of <c>summit plan</c>.</summary>
internal static class PlanSections
{
    public static object? AttendeesJson(SummitPlan plan) => plan.Attendees switch
    {
        { HasRun: false } => null,
        { IsFailed: true } failed => new { errors = failed.Errors.Select(CliOutput.ErrorJson) },
        { } ok => new
        {
            policy = ok.Value.PolicyName,
            capacity = ok.Value.Capacity,
            standbyPlaces = ok.Value.StandbyPlaces,
            randomSource = ok.Value.RandomSource,
            outcomes = ok.Value.Outcomes.Select(o => new
            {
                id = o.Id,
                name = o.Candidate.Name,
                outcome = o.Kind.ToString(),
                standbyRank = o.StandbyRank,
                reasons = o.Reasons.Select(r => new { code = r.Code, message = r.Message }),
            }),
        },
    };

    public static object? TallyJson(SummitPlan plan)
    {
        if (plan.Tally.ValueOrDefault is not { } tally)
        {
            return null;
        }

        var rejected = (tally.Box?.Rejected.Select(b => new { voter = b.Voter, code = b.Rejection!.Code, message = b.Rejection.Message }) ?? [])
            .Concat(tally.RejectedBeforeBox.Select(r => new { voter = r.Entry.Voter, code = r.Rejection.Code, message = r.Rejection.Message }));
        return new
        {
            method = tally.Method,
            cast = tally.Cast,
            counted = tally.Box?.Counted ?? 0,
            rejected,
            winners = tally.Outcome.ValueOrDefault?.Winners,
            ranking = tally.Outcome.ValueOrDefault?.Ranking,
            errors = tally.Outcome.Errors.Select(CliOutput.ErrorJson),
        };
    }

    public static object? TopicsJson(SummitPlan plan) => plan.Topics switch
    {
        { HasRun: false } => null,
        { IsFailed: true } failed => new { errors = failed.Errors.Select(CliOutput.ErrorJson) },
        { } ok => new
        {
            outcomes = ok.Value.Outcomes.Select(o => new
            {
                id = o.Proposal.Id,
                title = o.Proposal.Title,
                outcome = o.Kind.ToString(),
                reason = new { code = o.Reason.Code, message = o.Reason.Message },
                minutes = o.Minutes,
                session = o.Session,
                mergedInto = o.MergedInto,
            }),
        },
    };

    public static void WriteAttendees(TextWriter w, SummitPlan plan)
    {
        var attendees = plan.Attendees;
        if (!attendees.HasRun)
        {
            return;
        }

        w.WriteLine();
        if (attendees.IsFailed)
        {
            WriteErrors(w, "Attendee selection failed", attendees.Errors);
            return;
        }

        var r = attendees.Value;
        w.WriteLine($"Attendees: {r.Selected.Length} selected of {r.Capacity} places, {r.Standby.Length} on standby, {r.NotSelected.Length} not selected ({r.PolicyName}; {r.RandomSource})");
        foreach (var o in r.Outcomes.OrderBy(o => o.Kind).ThenBy(o => o.StandbyRank ?? 0))
        {
            var label = o.Kind switch
            {
                SelectionOutcomeKind.Standby => $"standby {o.StandbyRank}",
                SelectionOutcomeKind.Selected => "selected",
                _ => "not selected",
            };
            w.WriteLine($"  {label,-14} {o.Candidate.Name,-30} {string.Join("; ", o.Reasons.Select(x => x.Message))}");
        }
    }

    public static void WriteTally(TextWriter w, SummitPlan plan)
    {
        if (plan.Tally.ValueOrDefault is not { } tally)
        {
            return;
        }

        w.WriteLine();
        var refused = (tally.Box?.Rejected.Length ?? 0) + tally.RejectedBeforeBox.Length;
        w.WriteLine($"Topic vote ({tally.Method}): {tally.Cast} ballots cast, {tally.Box?.Counted ?? 0} counted, {refused} refused");
        foreach (var b in tally.Box?.Rejected ?? [])
        {
            w.WriteLine($"  refused ballot of {b.Voter}: {b.Rejection!.Code}: {b.Rejection.Message}");
        }

        foreach (var r in tally.RejectedBeforeBox)
        {
            w.WriteLine($"  refused ballot of {r.Entry.Voter}: {r.Rejection.Code}: {r.Rejection.Message}");
        }

        if (tally.Outcome.IsFailed)
        {
            WriteErrors(w, "The count failed", tally.Outcome.Errors);
            return;
        }

        var result = tally.Outcome.Value;
        var vote = VoteSummary.Of(plan)!;
        w.WriteLine($"  Ranking ({vote.ScoreName.ToLowerInvariant()} in brackets):");
        foreach (var row in vote.Rows)
        {
            w.WriteLine($"  {row.Place,3}. {row.Title} ({VoteSummary.Number(row.Score)})");
        }

        foreach (var tie in result.TieBreaks)
        {
            w.WriteLine($"  Tie broken ({tie.Strategy}): {tie.Explanation}");
        }
    }

    public static void WriteTopics(TextWriter w, SummitPlan plan)
    {
        var topics = plan.Topics;
        if (!topics.HasRun)
        {
            return;
        }

        w.WriteLine();
        if (topics.IsFailed)
        {
            WriteErrors(w, "Topic selection failed", topics.Errors);
            return;
        }

        w.WriteLine($"Topics: {topics.Value.Selected.Length} selected of {topics.Value.Outcomes.Length} proposals");
        foreach (var o in topics.Value.Outcomes)
        {
            w.WriteLine($"  {o.Kind,-12} {o.Proposal.Title} ({o.Minutes} min{(o.Session is null ? string.Empty : ", " + o.Session)}): {o.Reason.Message}");
        }
    }

    public static void WriteAgenda(TextWriter w, SummitPlan plan)
    {
        var agenda = plan.Agenda;
        if (!agenda.HasRun)
        {
            return;
        }

        w.WriteLine();
        if (agenda.IsFailed)
        {
            WriteErrors(w, "The agenda could not be packed", agenda.Errors);
            return;
        }

        var a = agenda.Value;
        w.WriteLine($"Agenda ({a.PackerName}{(a.IsProvenOptimal ? ", proven optimal" : $", gap {a.Objective.Gap:P1}")}), local time {a.Zone.Id}");
        w.Write(AgendaTextExport.ToPlainText(a));
    }

    private static void WriteErrors(TextWriter w, string title, IEnumerable<IError> errors)
    {
        w.WriteLine(title + ":");
        foreach (var e in errors.Select(x => x.AsSummitError()))
        {
            w.WriteLine($"  {e.Code}: {e.Message}");
        }
    }
}
