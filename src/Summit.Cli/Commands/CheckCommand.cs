using Summit.Core.Planning;
using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FluentResults;
using Summit.Core.Summits;

namespace Summit.Cli.Commands;

/// <summary><c>summit check FILE [--json]</c>: reads a summit file and every sheet it names, prints the counts and every refused row.</summary>
/// <remarks>Exit 0 when every row was read, 1 when a row was refused, 2 when the file or a sheet cannot be read at all.</remarks>
internal static class CheckCommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A summit file (it may name CSV form exports), or example:NAME." };
        var json = new Option<bool>("--json") { Description = "Print one JSON document." };
        var command = new Command("check", "Read a summit file and the form exports it names; print the counts and every refused row.") { file, json };
        command.SetAction(parse => Run(context, parse.GetValue(file)!, parse.GetValue(json)));
        return command;
    }

    public static int Run(CliContext context, string file, bool json)
    {
        var document = SummitInput.Read(context, file, json, out var inputExit);
        if (document is null)
        {
            return inputExit;
        }

        var exit = document.IsFailed ? ExitCodes.UsageError : document.Value.RejectedRows.IsEmpty ? ExitCodes.Ok : ExitCodes.DomainError;
        if (json)
        {
            context.Out.WriteLine(Json(file, document));
            return exit;
        }

        if (document.IsFailed)
        {
            return CliErrors.ReadErrors(context, document.Errors, json);
        }

        var d = document.Value;
        context.Out.WriteLine($"{file}: {d.Summit.Name}");
        context.Out.WriteLine($"  registrations: {d.Intake.Registrations.Length} accepted, {Replaced(d, SubmissionKind.Registration)} replaced by a later submission, {Refused(d, SubmissionKind.Registration)} refused by the intake");
        context.Out.WriteLine($"  proposals: {d.Intake.Proposals.Length} accepted, {Replaced(d, SubmissionKind.Proposal)} replaced by a later submission, {Refused(d, SubmissionKind.Proposal)} refused by the intake");
        context.Out.WriteLine($"  ballots: {d.Vote?.Ballots.Length ?? 0} read");
        context.Out.WriteLine($"  sheet rows refused: {d.RejectedRows.Length}");
        foreach (var e in d.RejectedRows)
        {
            context.Out.WriteLine($"    {e.Code}: {e.Message}");
        }

        return exit;
    }

    private static int Refused(SummitDocument d, SubmissionKind kind) => d.Intake.Rejected.Count(r => r.Kind == kind);

    private static int Replaced(SummitDocument d, SubmissionKind kind) => d.Intake.Superseded.Count(s => s.Kind == kind);

    private static string Json(string file, Result<SummitDocument> document)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("file", file);
            w.WriteBoolean("ok", document.IsSuccess && document.Value.RejectedRows.IsEmpty);
            if (document.IsFailed)
            {
                WriteErrors(w, "errors", document.Errors.Select(e => e.AsSummitError()));
            }
            else
            {
                var d = document.Value;
                w.WriteStartObject("counts");
                w.WriteNumber("registrations", d.Intake.Registrations.Length);
                w.WriteNumber("registrationsRefused", Refused(d, SubmissionKind.Registration));
                w.WriteNumber("proposals", d.Intake.Proposals.Length);
                w.WriteNumber("proposalsRefused", Refused(d, SubmissionKind.Proposal));
                w.WriteNumber("ballots", d.Vote?.Ballots.Length ?? 0);
                w.WriteNumber("rejectedRows", d.RejectedRows.Length);
                w.WriteEndObject();
                WriteErrors(w, "rejectedRows", d.RejectedRows);
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteErrors(Utf8JsonWriter w, string name, IEnumerable<SummitError> errors)
    {
        w.WriteStartArray(name);
        foreach (var e in errors)
        {
            w.WriteStartObject();
            w.WriteString("code", e.Code);
            w.WriteString("file", e.Source);
            if (e.Metadata.TryGetValue("row", out var row) && row is int r)
            {
                w.WriteNumber("row", r);
            }
            else if (e.Line is { } line)
            {
                w.WriteNumber("line", line);
            }

            if (e.GetMetadataText("columnName") is { } column)
            {
                w.WriteString("column", column);
            }
            else if (e.Column is { } c)
            {
                w.WriteNumber("column", c);
            }

            w.WriteString("message", e.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
