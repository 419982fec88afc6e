using System.Globalization;
using System.Net;
using System.Text;
using Summit.Core.Planning;
using Summit.Core.Scheduling;

namespace Summit.Core.Export;

/// <summary>Writes a whole plan as one self-contained HTML page: agenda grid, timeline with the phase, vote bar chart, selection counts.</summary>
/// <remarks>
/// One file with its CSS inline: no scripts, no external assets (no fonts, images or links to load), readable offline and
/// printable (<c>@media print</c>). Sections: the timeline with the phase at the plan's instant; the agenda per day as a
/// time-by-room table (rows at every start and end time, an item spanning the rows it lasts; widths are relative so the
/// page never scrolls sideways); the topic vote sorted best first as a bar chart of scores with topic titles, and for
/// IRV and STV a round-by-round chart; attendees (selected and standby by name, not-selected only as a count) and topics
/// by outcome. Every piece of user text is HTML-encoded. Agenda cells carry <c>data-item</c> (the item's kind) for tests.
/// Deterministic: invariant culture, no clock; lines end in LF.
/// </remarks>
public static class SummitHtmlPage
{
    private const string Style = """
        :root { --ink: #1d2433; --muted: #5b6475; --line: #d5d9e2; --topic: #e8f0fe; --fixed: #f3f4f6; --bar: #3b6fd8; --win: #1e8e3e; --out: #b3261e; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
        main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
        h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
        h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
        p, li { overflow-wrap: anywhere; }
        .meta { color: var(--muted); margin: 0; }
        .phase { background: #fff8e1; border-left: 4px solid #f2b600; padding: .5rem .75rem; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        th { background: #f8f9fb; }
        table.agenda { table-layout: fixed; }
        table.agenda col.time { width: 4.5rem; }
        td.item { background: var(--fixed); }
        td.item.topic { background: var(--topic); }
        td.item .title { display: block; font-weight: 600; }
        td.item.topic .title { color: #123a8c; }
        td.item .who, td.item .len { display: block; font-size: .85rem; color: var(--muted); }
        td.free { background: #fff; }
        ol.timeline { list-style: none; padding: 0; margin: 0; }
        ol.timeline li { display: grid; grid-template-columns: 1.5rem minmax(0, 14rem) minmax(0, 1fr); gap: .5rem; padding: .3rem 0; border-bottom: 1px dashed var(--line); }
        ol.timeline li.past { color: var(--muted); }
        ol.timeline li.next { font-weight: 600; }
        ol.timeline li.aborted { text-decoration: line-through; }
        .chart { display: grid; grid-template-columns: 2.5rem minmax(0, 22rem) minmax(0, 1fr) 4rem; gap: .35rem .5rem; align-items: center; }
        .chart .place, .chart .score { text-align: right; font-variant-numeric: tabular-nums; }
        .bar { display: block; height: 1.1rem; background: #eef1f6; border-radius: 3px; }
        .bar > span { display: block; height: 100%; background: var(--bar); border-radius: 3px; min-width: 2px; }
        .win .bar > span { background: var(--win); }
        table.rounds td.n { font-variant-numeric: tabular-nums; }
        table.rounds td.elected { box-shadow: inset 4px 0 var(--win); }
        table.rounds td.excluded { color: var(--out); }
        table.rounds .bar { height: .5rem; margin-top: .2rem; }
        .counts { display: flex; flex-wrap: wrap; gap: .75rem; padding: 0; list-style: none; }
        .counts li { border: 1px solid var(--line); border-radius: 6px; padding: .4rem .75rem; }
        .counts b { font-size: 1.3rem; margin-right: .3rem; }
        ul.names { columns: 16rem auto; padding-left: 1.2rem; }
        .note { color: var(--muted); font-size: .9rem; }
        @media print {
          body { font-size: 10pt; }
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid; }
          section, tr, .chart > * { break-inside: avoid; }
          .bar, .bar > span, td.item, .phase { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    /// <summary>Writes the plan as one HTML page.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The HTML text (UTF-8 when written to a file; it declares <c>charset=utf-8</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static string Write(SummitPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var s = plan.Document.Summit;
        var b = new StringBuilder();
        b.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(H(s.Name)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<main>\n<header>\n<h1>").Append(H(s.Name)).Append("</h1>\n");
        var meta = new List<string>();
        if (s.Conference is not null)
        {
            meta.Add(s.Conference);
        }

        if (PlanText.Where(plan) is { Length: > 0 } where)
        {
            meta.Add(where);
        }

        meta.AddRange(PlanText.Days(plan));
        b.Append("<p class=\"meta\">").Append(string.Join(" · ", meta.Select(H))).Append("</p>\n</header>\n");
        WriteTimeline(b, plan);
        WriteAgenda(b, plan);
        WriteVote(b, plan);
        WriteSelection(b, plan);
        b.Append("</main>\n</body>\n</html>\n");
        return b.ToString();
    }

    private static string H(string? text) => WebUtility.HtmlEncode(ExportText.Xml(text));

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Percent(decimal value, decimal max) =>
        (max <= 0 ? 0m : Math.Round(value / max * 100m, 1)).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static void WriteTimeline(StringBuilder b, SummitPlan plan)
    {
        var timeline = plan.Timeline;
        b.Append("<section id=\"timeline\">\n<h2>Timeline</h2>\n<p class=\"phase\"><strong>At ").Append(H(PlanText.UtcText(plan.At))).Append(":</strong> ")
            .Append(H(PlanText.Phase(plan))).Append("</p>\n<ol class=\"timeline\">\n");
        foreach (var m in timeline.Milestones)
        {
            var (cls, mark) = timeline.IsAborted(m) ? ("aborted", "✗") : PlanText.IsPast(m, plan.At) ? ("past", "✓") : plan.Phase.Next == m ? ("next", "➜") : ("later", string.Empty);
            b.Append("<li class=\"").Append(cls).Append("\"><span>").Append(mark).Append("</span><span>").Append(H(MilestoneText.Name(m.Kind))).Append("</span><span>")
                .Append(H(MilestoneText.When(m, plan.Document.Summit.Zone)));
            if (m.At is { } at)
            {
                b.Append(" <span class=\"note\">(").Append(H(PlanText.UtcText(at))).Append(")</span>");
            }

            b.Append("</span></li>\n");
        }

        b.Append("</ol>\n");
        if (timeline.Cancellation is { } cancel)
        {
            b.Append("<p><strong>Cancelled</strong> at ").Append(H(PlanText.UtcText(cancel.At))).Append(": ").Append(H(cancel.Reason)).Append("</p>\n");
        }

        b.Append("</section>\n");
    }

    private static void WriteAgenda(StringBuilder b, SummitPlan plan)
    {
        b.Append("<section id=\"agenda\">\n<h2>Agenda</h2>\n");
        if (!plan.Agenda.IsSuccess)
        {
            WriteNotRun(b, plan.Agenda.HasRun ? null : plan.Agenda.NotRunReason, plan.Agenda.Errors);
            b.Append("</section>\n");
            return;
        }

        var agenda = plan.Agenda.Value;
        foreach (var day in AgendaTimeGrid.Days(agenda))
        {
            b.Append("<h3>").Append(H(PlanText.Day(day.Date))).Append(" <span class=\"note\">local time, ").Append(H(agenda.Zone.Id)).Append("</span></h3>\n")
                .Append("<table class=\"agenda\">\n<colgroup><col class=\"time\">");
            for (var c = 0; c < day.Rooms.Count; c++)
            {
                b.Append("<col>");
            }

            b.Append("</colgroup>\n<thead><tr><th scope=\"col\">Time</th>");
            foreach (var room in day.Rooms)
            {
                b.Append("<th scope=\"col\">").Append(H(room)).Append("</th>");
            }

            b.Append("</tr></thead>\n<tbody>\n");
            for (var r = 0; r < day.RowCount; r++)
            {
                b.Append("<tr><th scope=\"row\">").Append(day.Bounds[r].ToString("HH:mm", CultureInfo.InvariantCulture)).Append("</th>");
                for (var c = 0; c < day.Rooms.Count; c++)
                {
                    if (day.StartAt(r, c) is { } start)
                    {
                        Cell(b, start.Item, start.Span);
                    }
                    else if (!day.IsCovered(r, c))
                    {
                        b.Append("<td class=\"free\"></td>");
                    }
                }

                b.Append("</tr>\n");
            }

            b.Append("</tbody>\n</table>\n");
        }

        if (!agenda.Unplaced.IsEmpty)
        {
            b.Append("<h3>Not placed</h3>\n<ul>\n");
            foreach (var u in agenda.Unplaced)
            {
                b.Append("<li>").Append(H(u.Title)).Append(": ").Append(H(u.Message)).Append("</li>\n");
            }

            b.Append("</ul>\n");
        }

        b.Append("</section>\n");
    }

    private static void Cell(StringBuilder b, AgendaItem item, int span)
    {
        var kind = item.Kind == AgendaItemKind.Topic ? "topic" : "fixed";
        b.Append("<td class=\"item ").Append(kind).Append('"');
        if (span > 1)
        {
            b.Append(" rowspan=\"").Append(N(span)).Append('"');
        }

        b.Append(" data-item=\"").Append(item.Kind.ToString().ToLowerInvariant()).Append("\"><span class=\"title\">").Append(H(item.Title)).Append("</span>");
        if (!item.Presenters.IsEmpty)
        {
            b.Append("<span class=\"who\">").Append(H(string.Join(", ", item.Presenters))).Append("</span>");
        }

        b.Append("<span class=\"len\">").Append(H(PlanText.TimeRange(item))).Append(" · ").Append(N(item.Minutes)).Append(" min</span></td>");
    }

    private static void WriteVote(StringBuilder b, SummitPlan plan)
    {
        if (plan.Tally.ValueOrDefault is not { } tally)
        {
            return;
        }

        b.Append("<section id=\"vote\">\n<h2>Topic vote <span class=\"note\">(").Append(H(tally.Method)).Append(")</span></h2>\n<p>").Append(H(PlanText.Ballots(tally))).Append(".</p>\n");
        if (VoteSummary.Of(plan) is not { } vote)
        {
            WriteNotRun(b, null, tally.Outcome.Errors);
            b.Append("</section>\n");
            return;
        }

        var max = vote.Rows.Select(r => r.Score).DefaultIfEmpty(0m).Max();
        b.Append("<div class=\"chart\" role=\"table\" aria-label=\"Vote result\">\n<span class=\"place\"><b>#</b></span><span><b>Topic</b></span><span></span><span class=\"score\"><b>")
            .Append(H(vote.ScoreName)).Append("</b></span>\n");
        foreach (var row in vote.Rows)
        {
            var win = row.Winner ? " win" : string.Empty;
            b.Append("<span class=\"place").Append(win).Append("\">").Append(N(row.Place)).Append("</span><span class=\"topic").Append(win).Append("\">").Append(H(row.Title))
                .Append("</span><span class=\"").Append(win.Trim()).Append("\"><span class=\"bar\"><span style=\"width:").Append(Percent(row.Score, max)).Append("\"></span></span></span><span class=\"score\">")
                .Append(VoteSummary.Number(row.Score)).Append("</span>\n");
        }

        b.Append("</div>\n");
        if (vote.ScoreExplanation.Length > 0)
        {
            b.Append("<p class=\"note\">").Append(H(vote.ScoreName)).Append(": ").Append(H(SummitMarkdown.Titled(vote.ScoreExplanation, vote))).Append("</p>\n");
        }

        foreach (var tie in vote.Result.TieBreaks)
        {
            b.Append("<p class=\"note\">Tie broken (").Append(H(tie.Strategy)).Append("): ").Append(H(SummitMarkdown.Titled(tie.Explanation, vote))).Append("</p>\n");
        }

        if (vote.HasRounds)
        {
            WriteRounds(b, vote);
        }

        b.Append("</section>\n");
    }

    private static void WriteRounds(StringBuilder b, VoteSummary vote)
    {
        var rounds = vote.Result.Rounds;
        var max = rounds.SelectMany(r => r.Candidates).Select(c => c.Votes).DefaultIfEmpty(0m).Max();
        b.Append("<h3>Round by round</h3>\n<table class=\"rounds\">\n<thead><tr><th scope=\"col\">Topic</th>");
        foreach (var round in rounds)
        {
            b.Append("<th scope=\"col\">Round ").Append(N(round.Number)).Append("</th>");
        }

        b.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in vote.Rows)
        {
            b.Append("<tr><th scope=\"row\">").Append(H(row.Title)).Append("</th>");
            foreach (var round in rounds)
            {
                var line = round.Candidates.FirstOrDefault(c => c.Candidate == row.TopicId);
                var state = round.Elected.Contains(row.TopicId) ? " elected" : round.Excluded.Contains(row.TopicId) ? " excluded" : string.Empty;
                b.Append("<td class=\"n").Append(state).Append("\">");
                if (line is not null)
                {
                    b.Append(VoteSummary.Number(line.Votes)).Append(state).Append("<span class=\"bar\"><span style=\"width:").Append(Percent(line.Votes, max)).Append("\"></span></span>");
                }

                b.Append("</td>");
            }

            b.Append("</tr>\n");
        }

        b.Append("</tbody>\n</table>\n<ol>\n");
        foreach (var round in rounds)
        {
            b.Append("<li>").Append(H(SummitMarkdown.Titled(round.Action, vote))).Append("</li>\n");
        }

        b.Append("</ol>\n");
    }

    private static void WriteSelection(StringBuilder b, SummitPlan plan)
    {
        if (!plan.Attendees.HasRun && !plan.Topics.HasRun)
        {
            return;
        }

        b.Append("<section id=\"selection\">\n<h2>Selection</h2>\n");
        if (plan.Attendees.HasRun)
        {
            b.Append("<h3>Attendees</h3>\n");
            if (plan.Attendees.IsSuccess)
            {
                var r = plan.Attendees.Value;
                Counts(b, PlanText.AttendeeCounts(r), r.Outcomes.Length);
                b.Append("<p>Selected, ").Append(N(r.Selected.Length)).Append(" of ").Append(N(r.Capacity)).Append(" places:</p>\n<ul class=\"names\">\n");
                foreach (var o in r.Selected.OrderBy(o => o.Candidate.Name, StringComparer.Ordinal))
                {
                    b.Append("<li>").Append(H(o.Candidate.Name)).Append("</li>\n");
                }

                b.Append("</ul>\n");
                if (!r.Standby.IsEmpty)
                {
                    b.Append("<p>Standby, in order:</p>\n<ol>\n");
                    foreach (var o in r.Standby)
                    {
                        b.Append("<li>").Append(H(o.Candidate.Name)).Append("</li>\n");
                    }

                    b.Append("</ol>\n");
                }

                b.Append("<p class=\"note\">People not selected are counted, not named.</p>\n");
            }
            else
            {
                WriteNotRun(b, null, plan.Attendees.Errors);
            }
        }

        if (plan.Topics.HasRun)
        {
            b.Append("<h3>Topics</h3>\n");
            if (plan.Topics.IsSuccess)
            {
                var t = plan.Topics.Value;
                Counts(b, PlanText.TopicCounts(t), t.Outcomes.Length);
                b.Append("<ul>\n");
                foreach (var o in t.Outcomes)
                {
                    b.Append("<li><strong>").Append(H(PlanText.TopicOutcome(o.Kind))).Append(":</strong> ").Append(H(o.Proposal.Title)).Append(" <span class=\"note\">— ").Append(H(o.Reason.Message)).Append("</span></li>\n");
                }

                b.Append("</ul>\n");
            }
            else
            {
                WriteNotRun(b, null, plan.Topics.Errors);
            }
        }

        b.Append("</section>\n");
    }

    private static void Counts(StringBuilder b, List<(string Label, int Count)> counts, int total)
    {
        b.Append("<ul class=\"counts\">\n");
        foreach (var (label, count) in counts)
        {
            b.Append("<li><b>").Append(N(count)).Append("</b>").Append(H(label)).Append("<span class=\"bar\"><span style=\"width:").Append(Percent(count, total)).Append("\"></span></span></li>\n");
        }

        b.Append("</ul>\n");
    }

    private static void WriteNotRun(StringBuilder b, string? reason, IEnumerable<SummitError> errors)
    {
        if (reason is not null)
        {
            b.Append("<p>Not made: ").Append(H(reason)).Append("</p>\n");
        }

        b.Append("<ul>\n");
        foreach (var e in errors)
        {
            b.Append("<li><code>").Append(H(e.Code)).Append("</code>: ").Append(H(e.Message)).Append("</li>\n");
        }

        b.Append("</ul>\n");
    }
}
