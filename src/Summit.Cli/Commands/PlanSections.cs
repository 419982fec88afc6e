using System.Globalization;
using Summit.Cli.Json;
using Summit.Core.Export;
using Summit.Core.Planning;
using Summit.Core.Scheduling;
using Summit.Core.Selection.Topics;
using FluentResults;
using Summit.Core.Selection;

namespace Summit.Cli.Commands;

/// <summary>Text and JSON for the selection, tally, topic and agenda parts of <c>summit plan</c>.</summary>
internal static class PlanSections
{
    public static TallyJson? TallyJson(SummitPlan plan)
    {
        if (plan.Tally.ValueOrDefault is not { } tally)
        {
            return null;
        }

        var rejected = (tally.Box?.Rejected.Select(b => new RejectedBallotJson(b.Voter, b.Rejection!.Code, b.Rejection.Message)) ?? [])
            .Concat(tally.RejectedBeforeBox.Select(r => new RejectedBallotJson(r.Entry.Voter, r.Rejection.Code, r.Rejection.Message)));
        return new TallyJson(
            tally.Method,
            tally.AbortedAt is { } aborted ? Summit.Core.Timing.ZonedText.Utc(aborted) : null,
            tally.Cast,
            tally.Box?.Counted ?? 0,
            rejected,
            tally.Outcome.ValueOrDefault?.Winners.AsImmutableArray(),
            tally.Outcome.ValueOrDefault?.Ranking.Select(tier => (IEnumerable<string>)tier.AsImmutableArray()),
            tally.Outcome.Errors.Select(ErrorJson.Of));
    }

    public static SectionJson? TopicsJson(SummitPlan plan) => plan.Topics switch
    {
        { HasRun: false } => null,
        { IsFailed: true } failed => new FailedSectionJson(failed.Errors.Select(ErrorJson.Of)),
        { } ok => new TopicsJson(
            ok.Value.Outcomes.Select(o => new TopicOutcomeJson(
                o.Proposal.Id,
                o.Proposal.Title,
                o.Kind.ToString(),
                new ReasonJson(o.Reason.Code, o.Reason.Message),
                o.Minutes,
                Length(plan, o),
                PackedSession(plan, o.Proposal.Id),
                Placement(plan, o.Proposal.Id),
                o.MergedInto))),
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
                SelectionOutcomeKind.Declined => "declined",
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
        if (tally.AbortedAt is { } aborted)
        {
            w.WriteLine($"  Voting aborted: the summit was cancelled at {Summit.Core.Timing.ZonedText.Utc(aborted)}");
        }
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
            var placed = Placement(plan, o.Proposal.Id);
            w.WriteLine($"  {o.Kind,-12} {o.Proposal.Title} ({(placed is null ? $"{o.Minutes} min" : placed)}): {o.Reason.Message}");
        }
    }

    /// <summary>The packer's placement of a topic (the only placement reported): block, room, local times and minutes.</summary>
    private static string? Placement(SummitPlan plan, string topicId)
    {
        if (plan.Agenda is not { IsSuccess: true } agenda || agenda.Value.FindTopic(topicId) is not { } item)
        {
            return null;
        }

        var block = agenda.Value.Template.Blocks.FirstOrDefault(b => b.Id == item.BlockId)?.Title ?? item.BlockId;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{block}, {item.Room}, {item.LocalStart:ddd uuuu'-'MM'-'dd HH':'mm}–{item.LocalEnd:HH':'mm}, {item.Minutes} min = {item.LightningTalkMinutes} lightning talk + {item.DiscussionMinutes} discussion + {item.WrapUpMinutes} wrap-up");
    }

    /// <summary>The packer's session of a topic (block title, and the room when the block has parallel rooms), or null when not placed.</summary>
    private static string? PackedSession(SummitPlan plan, string topicId)
    {
        if (plan.Agenda is not { IsSuccess: true } agenda || agenda.Value.FindTopic(topicId) is not { } item
            || agenda.Value.Template.Blocks.FirstOrDefault(b => b.Id == item.BlockId) is not { } block)
        {
            return null;
        }

        return agenda.Value.Template.RoomsOf(block).Length > 1 ? block.Title + " / " + item.Room : block.Title;
    }

    private static TopicLengthJson Length(SummitPlan plan, TopicOutcome o)
    {
        var length = TopicLength.For(o.Proposal, plan.Document.Agenda?.LengthRules ?? TopicLengthRules.Default);
        return new TopicLengthJson(length.LightningTalkMinutes, length.MinimumDiscussionMinutes, length.MaximumDiscussionMinutes, length.WrapUpMinutes);
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
        if (Summit.Core.Export.AgendaTimeGrid.Days(a).Any(day => day.Rooms.Count > 1))
        {
            WriteRoomsSideBySide(w, a);
        }
        else
        {
            w.Write(AgendaTextExport.ToPlainText(a));
        }

        if (plan.Topics is { IsSuccess: true } topics)
        {
            foreach (var note in RankFairness.Explain(a, topics.Value, plan.Document.Agenda?.LengthRules))
            {
                w.WriteLine("  Note: " + note);
            }
        }
    }

    private static void WriteErrors(TextWriter w, string title, IEnumerable<IError> errors)
    {
        w.WriteLine(title + ":");
        foreach (var e in errors.Select(x => x.AsSummitError()))
        {
            w.WriteLine($"  {e.Code}: {e.Message}");
        }
    }

    /// <summary>Writes a day with parallel rooms one time row a line, the rooms side by side: "16:15  Breakout A: … | Breakout B: …".</summary>
    private static void WriteRoomsSideBySide(TextWriter w, Summit.Core.Scheduling.Agenda agenda)
    {
        foreach (var day in Summit.Core.Export.AgendaTimeGrid.Days(agenda))
        {
            w.WriteLine();
            w.WriteLine($"{PlanText.Day(day.Date)} ({agenda.Zone.Id}); rooms: {string.Join(", ", day.Rooms)}");
            for (var r = 0; r < day.RowCount; r++)
            {
                var cells = new List<string>();
                for (var c = 0; c < day.Rooms.Count; c++)
                {
                    if (day.StartAt(r, c) is { } start)
                    {
                        var item = start.Item;
                        var presenters = item.Presenters.IsEmpty ? string.Empty : " — " + string.Join(", ", item.Presenters);
                        cells.Add($"{day.Rooms[c]}: {item.Title}{presenters} ({item.Minutes.ToString(CultureInfo.InvariantCulture)} min)");
                    }
                }

                if (cells.Count > 0)
                {
                    w.WriteLine($"{day.Bounds[r].ToString("HH:mm", CultureInfo.InvariantCulture)}  {string.Join(" | ", cells)}");
                }
            }
        }

        foreach (var u in agenda.Unplaced)
        {
            w.WriteLine($"  not placed: {u.Title}: {u.Message} ({u.Code})");
        }
    }
}
