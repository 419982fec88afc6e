using Summit.Core.Export;
using Summit.Core.Planning;

namespace Summit.Cli.Commands;

/// <summary>Writes the export files <c>summit plan</c> was asked for.</summary>
internal static class PlanExportWriter
{
    public static int Write(CliContext context, SummitPlan plan, PlanExports exports, bool json)
    {
        if (exports == PlanExports.None)
        {
            return ExitCodes.Ok;
        }

        if (exports.Messages is { } messagesPath)
        {
            File.WriteAllText(messagesPath, PlanRecordSections.MessagesCsv(plan));
        }

        if (exports with { Messages = null } == PlanExports.None)
        {
            return ExitCodes.Ok;
        }

        var agenda = plan.Agenda is { IsSuccess: true } a ? a.Value : null;
        if (agenda is null && plan.Cancellation is not null && plan.PublishedAgenda is { } cancelledAgenda && exports.Ics is { } cancelledIcs)
        {
            // A cancelled summit's published agenda: every event STATUS:CANCELLED, same UIDs, so subscribers see it cancelled.
            File.WriteAllText(cancelledIcs, CalendarExport.WriteCancelled(cancelledAgenda, plan.At));
            return ExitCodes.Ok;
        }

        if (agenda is null && (exports.FrabXml is not null || exports.FrabJson is not null))
        {
            return CliErrors.Write(context, [new SummitError(ErrorCodes.Planning.StageNotRun, "The summit has no packed agenda to export (add an 'agenda' section, or see the plan's errors).")], json, ExitCodes.DomainError);
        }

        // DTSTAMP is when the calendar was made: the instant the plan describes, so re-exports are reproducible.
        if (exports.Ics is { } ics)
        {
            if (agenda is not null)
            {
                File.WriteAllText(ics, CalendarExport.Write(agenda, plan.At));
            }

            var calendar = CalendarExport.WriteTimeline(plan.Document.Summit, plan.Timeline, plan.At);
            if (calendar.IsFailed)
            {
                return CliErrors.Write(context, calendar.Errors, json, ExitCodes.DomainError);
            }

            var deadlinesPath = agenda is null ? ics : Path.ChangeExtension(ics, null) + "-deadlines.ics";
            File.WriteAllText(deadlinesPath, calendar.Value);
        }

        if (exports.FrabXml is { } xml)
        {
            File.WriteAllText(xml, FrabXmlExport.Write(agenda!));
        }

        if (exports.FrabJson is { } frabJson)
        {
            File.WriteAllText(frabJson, FrabJsonExport.Write(agenda!));
        }

        if (exports.Markdown is { } markdown)
        {
            File.WriteAllText(markdown, SummitMarkdown.Write(plan));
        }

        if (exports.Html is { } html)
        {
            File.WriteAllText(html, SummitHtmlPage.Write(plan));
        }

        return ExitCodes.Ok;
    }
}
