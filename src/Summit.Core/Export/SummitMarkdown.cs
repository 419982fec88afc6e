using System.Globalization;
using System.Text;
using Summit.Core.Planning;

namespace Summit.Core.Export;

/// <summary>Writes a whole plan as one Markdown page for people: timeline and phase, agenda, vote result, who was selected.</summary>
/// <remarks>
/// Sections: the summit (where, when), the timeline with the phase at the plan's instant, the agenda by day with parallel
/// rooms side by side (<see cref="AgendaMarkdownExport"/>), the topic vote sorted best first with topic titles and scores
/// (and a round-by-round table for IRV and STV), the attendees (selected and standby by name, not-selected as a count
/// only) and the topics by outcome. Personal data beyond names (e-mail, organization) is never written. A stage that did
/// not run or failed says so. Deterministic: invariant culture, no clock; lines end in LF.
/// </remarks>
public static class SummitMarkdown
{
    /// <summary>Writes the plan as Markdown.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static string Write(SummitPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var b = new StringBuilder();
        var s = plan.Document.Summit;
        b.Append("# ").Append(E(s.Name)).Append("\n\n");
        if (s.Conference is not null)
        {
            b.Append("Part of ").Append(E(s.Conference)).Append(". ");
        }

        var where = PlanText.Where(plan);
        if (where.Length > 0)
        {
            b.Append(E(where)).Append(". ");
        }

        b.Append(string.Join("; ", PlanText.Days(plan))).Append(".\n");
        WriteTimeline(b, plan);
        WriteAgenda(b, plan);
        WriteVote(b, plan);
        WriteAttendees(b, plan);
        WriteTopics(b, plan);
        return b.ToString();
    }

    private static string E(string? text) => AgendaMarkdownExport.Escape(text);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static void WriteTimeline(StringBuilder b, SummitPlan plan)
    {
        var timeline = plan.Timeline;
        b.Append("\n## Timeline\n\n| | Milestone | When | UTC |\n|---|---|---|---|\n");
        foreach (var m in timeline.Milestones)
        {
            var mark = timeline.IsAborted(m) ? "aborted" : PlanText.IsPast(m, plan.At) ? "✓" : plan.Phase.Next == m ? "next" : string.Empty;
            b.Append("| ").Append(mark).Append(" | ").Append(MilestoneText.Name(m.Kind)).Append(" | ")
                .Append(E(MilestoneText.When(m, plan.Document.Summit.Zone))).Append(" | ")
                .Append(m.At is { } at ? PlanText.UtcText(at) : "approximate").Append(" |\n");
        }

        if (timeline.Cancellation is { } cancel)
        {
            b.Append("\nCancelled at ").Append(PlanText.UtcText(cancel.At)).Append(": ").Append(E(cancel.Reason)).Append('\n');
        }

        b.Append("\n**At ").Append(PlanText.UtcText(plan.At)).Append(":** ").Append(E(PlanText.Phase(plan))).Append('\n');
    }

    private static void WriteAgenda(StringBuilder b, SummitPlan plan)
    {
        b.Append("\n## Agenda\n");
        var agenda = plan.Agenda;
        if (agenda.IsSuccess)
        {
            AgendaMarkdownExport.WriteDays(b, agenda.Value, "###");
        }
        else
        {
            WriteNotRun(b, agenda.HasRun ? null : agenda.NotRunReason, agenda.Errors);
        }
    }

    private static void WriteVote(StringBuilder b, SummitPlan plan)
    {
        if (plan.Tally.ValueOrDefault is not { } tally)
        {
            return;
        }

        b.Append("\n## Topic vote (").Append(E(tally.Method)).Append(")\n\n").Append(PlanText.Ballots(tally)).Append(".\n");
        if (VoteSummary.Of(plan) is not { } vote)
        {
            WriteNotRun(b, null, tally.Outcome.Errors);
            return;
        }

        b.Append("\n| Place | Topic | ").Append(vote.ScoreName).Append(" |\n|---:|---|---:|\n");
        foreach (var row in vote.Rows)
        {
            b.Append("| ").Append(N(row.Place)).Append(" | ").Append(E(row.Title)).Append(" | ").Append(VoteSummary.Number(row.Score)).Append(" |\n");
        }

        if (vote.ScoreExplanation.Length > 0)
        {
            b.Append('\n').Append(vote.ScoreName).Append(": ").Append(E(vote.ScoreExplanation)).Append('\n');
        }

        foreach (var tie in vote.Result.TieBreaks)
        {
            b.Append("\nTie broken (").Append(E(tie.Strategy)).Append("): ").Append(E(tie.Explanation)).Append('\n');
        }

        if (vote.HasRounds)
        {
            WriteRounds(b, vote);
        }
    }

    private static void WriteRounds(StringBuilder b, VoteSummary vote)
    {
        var rounds = vote.Result.Rounds;
        b.Append("\n### Round by round\n\n| Topic |");
        foreach (var round in rounds)
        {
            b.Append(" Round ").Append(N(round.Number)).Append(" |");
        }

        b.Append("\n|---|").Append(string.Concat(Enumerable.Repeat("---:|", rounds.Length))).Append('\n');
        foreach (var row in vote.Rows)
        {
            b.Append("| ").Append(E(row.Title)).Append(" |");
            foreach (var round in rounds)
            {
                var line = round.Candidates.FirstOrDefault(c => c.Candidate == row.TopicId);
                b.Append(' ');
                if (line is not null)
                {
                    b.Append(VoteSummary.Number(line.Votes));
                    if (round.Elected.Contains(row.TopicId))
                    {
                        b.Append(" elected");
                    }
                    else if (round.Excluded.Contains(row.TopicId))
                    {
                        b.Append(" excluded");
                    }
                }

                b.Append(" |");
            }

            b.Append('\n');
        }

        b.Append('\n');
        foreach (var round in rounds)
        {
            b.Append("- Round ").Append(N(round.Number)).Append(": ").Append(E(Titled(round.Action, vote))).Append('\n');
        }
    }

    // Round actions name candidates by id ("psf-support excluded"): show titles there too.
    internal static string Titled(string action, VoteSummary vote)
    {
        foreach (var row in vote.Rows.OrderByDescending(r => r.TopicId.Length))
        {
            action = action.Replace(row.TopicId, row.Title, StringComparison.Ordinal);
        }

        return action;
    }

    private static void WriteAttendees(StringBuilder b, SummitPlan plan)
    {
        var attendees = plan.Attendees;
        if (!attendees.HasRun)
        {
            return;
        }

        b.Append("\n## Attendees\n");
        if (!attendees.IsSuccess)
        {
            WriteNotRun(b, null, attendees.Errors);
            return;
        }

        var r = attendees.Value;
        b.Append('\n').Append(string.Join(", ", PlanText.AttendeeCounts(r).Select(p => p.Label + ": " + N(p.Count))))
            .Append(" (").Append(N(r.Capacity)).Append(" places).\n\n**Selected**\n\n");
        foreach (var o in r.Selected.OrderBy(o => o.Candidate.Name, StringComparer.Ordinal))
        {
            b.Append("- ").Append(E(o.Candidate.Name)).Append('\n');
        }

        if (!r.Standby.IsEmpty)
        {
            b.Append("\n**Standby**, in order\n\n");
            foreach (var o in r.Standby)
            {
                b.Append(N(o.StandbyRank ?? 0)).Append(". ").Append(E(o.Candidate.Name)).Append('\n');
            }
        }

        b.Append("\nNot selected: ").Append(N(r.NotSelected.Length)).Append(" (names are not published).\n");
    }

    private static void WriteTopics(StringBuilder b, SummitPlan plan)
    {
        var topics = plan.Topics;
        if (!topics.HasRun)
        {
            return;
        }

        b.Append("\n## Topics\n");
        if (!topics.IsSuccess)
        {
            WriteNotRun(b, null, topics.Errors);
            return;
        }

        b.Append("\n| Outcome | Topics |\n|---|---:|\n");
        foreach (var (label, count) in PlanText.TopicCounts(topics.Value))
        {
            b.Append("| ").Append(label).Append(" | ").Append(N(count)).Append(" |\n");
        }

        b.Append('\n');
        foreach (var o in topics.Value.Outcomes)
        {
            b.Append("- ").Append(PlanText.TopicOutcome(o.Kind)).Append(": ").Append(E(o.Proposal.Title)).Append(" — ").Append(E(o.Reason.Message)).Append('\n');
        }
    }

    private static void WriteNotRun(StringBuilder b, string? reason, IEnumerable<SummitError> errors)
    {
        b.Append('\n');
        if (reason is not null)
        {
            b.Append("Not made: ").Append(E(reason)).Append('\n');
        }

        foreach (var e in errors)
        {
            b.Append("- `").Append(e.Code).Append("`: ").Append(E(e.Message)).Append('\n');
        }
    }
}
