using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;
using Summit.Cli.Json;
using Summit.Core.Planning;
using Summit.Core.Summits;
using Summit.Core.Timing;

namespace Summit.Cli.Commands;

/// <summary><c>summit plan [FILE] [--at INSTANT] [--ics OUT] [--frab-xml OUT] [--frab-json OUT] [--markdown OUT] [--html OUT] [--json]</c>.</summary>
internal static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "A summit file (it may name CSV form exports), or example:NAME (pycon-us-2024, pycon-us-2023, pycon-us-2020, pycon-us-2024-forms). Default: the PyCon US 2024 example.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var at = new Option<string?>("--at") { Description = "The instant to describe (ISO-8601, e.g. 2024-03-15T12:00:00Z). Default: now." };
        var json = new Option<bool>("--json") { Description = "Print one JSON document." };
        var ics = new Option<string?>("--ics") { Description = "Write the agenda and deadlines as iCalendar to this file." };
        var frabXml = new Option<string?>("--frab-xml") { Description = "Write the agenda as frab schedule XML to this file." };
        var frabJson = new Option<string?>("--frab-json") { Description = "Write the agenda as frab schedule JSON to this file." };
        var messages = new Option<string?>("--messages") { Description = "Write the messages the decisions owe as CSV (at,decision,id,name,email,template,outcome,standbyRank) to this file, for a mail merge." };
        var markdown = new Option<string?>("--markdown") { Description = "Write the plan as a Markdown page (agenda with rooms side by side, vote result, who was selected) to this file." };
        var html = new Option<string?>("--html") { Description = "Write the plan as one self-contained HTML page (no scripts, no external assets, printable) to this file." };
        var command = new Command("plan", "Plan a summit from its file: timeline and phase, selection, tally, agenda, exports.")
        {
            file, at, json, ics, frabXml, frabJson, messages, markdown, html,
        };
        command.SetAction(parse => Run(
            context,
            parse.GetValue(file),
            parse.GetValue(at),
            parse.GetValue(json),
            new PlanExports(parse.GetValue(ics), parse.GetValue(frabXml), parse.GetValue(frabJson), parse.GetValue(markdown), parse.GetValue(html)) { Messages = parse.GetValue(messages) }));
        return command;
    }

    public static int Run(CliContext context, string? file, string? at, bool json, PlanExports exports)
    {
        Instant now;
        if (at is null)
        {
            now = context.Clock.GetCurrentInstant();
        }
        else
        {
            var parsed = InstantPattern.ExtendedIso.Parse(at);
            if (!parsed.Success)
            {
                return CliErrors.Usage(context, $"--at '{at}' is not an instant (expected e.g. 2024-03-15T12:00:00Z).", json);
            }

            now = parsed.Value;
        }

        var document = SummitInput.Read(context, file, json, out var inputExit);
        if (document is null)
        {
            return inputExit;
        }

        if (document.IsFailed)
        {
            return CliErrors.ReadErrors(context, document.Errors, json);
        }

        var plan = PlanReport.Build(context.Services.GetRequiredService<ISummitPlanner>().Plan(document.Value, now));
        var written = PlanExportWriter.Write(context, plan.Plan, exports, json);
        if (written != ExitCodes.Ok)
        {
            return written;
        }

        if (json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(plan.ToJson(), CliJsonContext.Indented.PlanJson));
        }
        else
        {
            plan.WriteText(context.Out);
        }

        return plan.Plan.Errors.Any() ? ExitCodes.DomainError : ExitCodes.Ok;
    }
}
