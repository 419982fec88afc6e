using Summit.Cli.Json;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Summit.Core.Export;
using Summit.Core.Planning;
using Summit.Core.Summits;
using Summit.Core.Timing;

namespace Summit.Cli.Commands;

/// <summary>The result of <c>summit plan</c> for one document at one instant, as text or JSON.</summary>
internal sealed class PlanReport
{
    private PlanReport(SummitPlan plan) => Plan = plan;

    public SummitPlan Plan { get; }

    private SummitDocument Document => Plan.Document;

    private Instant Now => Plan.At;

    private TimelinePhase Phase => Plan.Phase;

    public static PlanReport Build(SummitPlan plan) => new(plan);

    public PlanJson ToJson()
    {
        var s = Document.Summit;
        return new PlanJson(
            Summit: new SummitJson(
                s.Id,
                s.Name,
                s.Conference,
                s.Venue,
                s.Room,
                s.Zone.Id,
                s.Capacity,
                s.Organizers,
                s.Days.Zip(s.Intervals().Value, (d, interval) => new DayJson(
                    LocalDatePattern.Iso.Format(d.Date),
                    LocalTimePattern.ExtendedIso.Format(d.Start),
                    LocalTimePattern.ExtendedIso.Format(d.End),
                    ZonedText.Utc(interval.Start),
                    ZonedText.Utc(interval.End))),
                Document.Invented),
            Timeline: Plan.Timeline.Milestones.Select(m => new MilestoneJson(
                m.Kind.ToString(),
                m.Deadline?.ToString(),
                m.At is { } a ? ZonedText.Utc(a) : null,
                m.Deadline is { } d ? ZonedText.Utc(d.LastMoment) : null,
                m.At is { } b ? ZonedText.WithOffset(b.InZone(AnywhereOnEarth.Zone)) : null,
                m.At is { } c ? ZonedText.WithOffset(c.InZone(s.Zone)) : null,
                m.Approximately?.ToString(),
                Plan.Timeline.IsAborted(m))),
            Cancelled: Plan.Timeline.Cancellation is { } cancel ? new CancelledJson(ZonedText.Utc(cancel.At), cancel.Reason) : null,
            Phase: new PhaseJson(
                ZonedText.Utc(Now),
                Phase.OpenWindows.Select(w => w.ToString()),
                Phase.Next?.Kind.ToString(),
                Phase.TimeToNext is { } t ? DurationPattern.Roundtrip.Format(t) : null,
                Phase.IsCancelled),
            Intake: new IntakeJson(
                Plan.Intake.Registrations.Length,
                Plan.Intake.Proposals.Length,
                Plan.Intake.Rejected.Select(r => new RejectedJson(r.Id, r.Kind.ToString(), r.Rejection.Code, r.Rejection.Message)),
                Document.RejectedRows.Select(e => new RejectedRowJson(e.Code, e.Source, e.Line, e.GetMetadataText("columnName"), e.Message))),
            Selection: PlanRecordSections.SelectionJson(Plan),
            Record: PlanRecordSections.RecordJson(Plan),
            Tally: PlanSections.TallyJson(Plan),
            Topics: PlanSections.TopicsJson(Plan),
            AgendaNotRun: Plan.Agenda.NotRunReason,
            Agenda: !Plan.Agenda.HasRun ? null
                : Plan.Agenda.IsSuccess ? new AgendaJson(Plan.Agenda.Value)
                : new FailedSectionJson(Plan.Agenda.Errors.Select(ErrorJson.Of)));
    }

    public void WriteText(TextWriter w)
    {
        var s = Document.Summit;
        w.WriteLine(s.Name);
        w.WriteLine(new string('=', s.Name.Length));
        if (s.Conference is not null)
        {
            w.WriteLine($"Conference   {s.Conference}");
        }

        w.WriteLine($"Where        {string.Join(", ", new[] { s.Room, s.Venue }.Where(x => x is not null))}");
        foreach (var d in s.Days)
        {
            var interval = d.ToInterval(s.Zone).Value;
            w.WriteLine($"When         {LocalDatePattern.Iso.Format(d.Date)} {d.Start:HH:mm}–{d.End:HH:mm} {s.Zone.Id} ({ZonedText.Utc(interval.Start)} – {ZonedText.Utc(interval.End)})");
        }

        if (s.Capacity is { } cap)
        {
            w.WriteLine($"Capacity     {cap}{(Document.Invented.Contains("capacity") ? " (invented)" : string.Empty)}");
        }

        if (!s.Organizers.IsEmpty)
        {
            w.WriteLine($"Organizers   {string.Join(", ", s.Organizers)}");
        }

        w.WriteLine();
        w.WriteLine("Timeline (UTC | AoE | local)");
        foreach (var m in Plan.Timeline.Milestones)
        {
            var aborted = Plan.Timeline.IsAborted(m) ? "  [aborted]" : string.Empty;
            if (m.At is { } at)
            {
                var label = m.Deadline is { } dl ? $"{m.Kind} ({dl}; last second {ZonedText.Utc(dl.LastMoment)})" : m.Kind.ToString();
                w.WriteLine($"  {label}{aborted}");
                w.WriteLine($"      {ZonedText.Utc(at)} | {ZonedText.WithOffset(at.InZone(AnywhereOnEarth.Zone))} | {ZonedText.WithOffsetAndAbbreviation(at.InZone(s.Zone))}");
            }
            else
            {
                w.WriteLine($"  {m.Kind}: {m.Approximately}{aborted}");
            }
        }

        if (Plan.Timeline.Cancellation is { } cancel)
        {
            w.WriteLine($"  Cancelled at {ZonedText.Utc(cancel.At)}: {cancel.Reason}");
        }

        w.WriteLine();
        w.WriteLine($"Phase at {ZonedText.Utc(Now)}");
        w.WriteLine($"  Open: {(Phase.OpenWindows.IsEmpty ? "nothing" : string.Join(", ", Phase.OpenWindows))}{(Phase.IsCancelled ? " (cancelled)" : string.Empty)}");
        if (Phase.Next is { } next)
        {
            w.WriteLine($"  Next: {next.Kind} at {ZonedText.Utc(next.At!.Value)}, in {FormatDuration(Phase.TimeToNext!.Value)}");
        }

        w.WriteLine();
        w.WriteLine($"Intake: {Plan.Intake.Registrations.Length} registrations and {Plan.Intake.Proposals.Length} proposals accepted, {Plan.Intake.Rejected.Length} refused");
        foreach (var r in Plan.Intake.Rejected)
        {
            w.WriteLine($"  refused {r.Kind} {r.Id}: {r.Rejection.Code}: {r.Rejection.Message}");
        }

        if (!Document.RejectedRows.IsEmpty)
        {
            w.WriteLine($"Sheet rows refused: {Document.RejectedRows.Length}");
            foreach (var e in Document.RejectedRows)
            {
                w.WriteLine($"  {e.Code}: {e.Message}");
            }
        }

        PlanRecordSections.WriteRecord(w, Plan);
        PlanRecordSections.WriteAttendees(w, Plan);
        PlanSections.WriteTally(w, Plan);
        PlanSections.WriteTopics(w, Plan);
        PlanSections.WriteAgenda(w, Plan);
        if (!Plan.Agenda.HasRun)
        {
            w.WriteLine();
            w.WriteLine($"Agenda: {Plan.Agenda.NotRunReason}");
        }
    }

    private static string FormatDuration(Duration d) =>
        d.Days > 0 ? $"{d.Days} d {d.Hours} h {d.Minutes} min" : $"{d.Hours} h {d.Minutes} min";
}
