using System.Globalization;
using System.Text;
using System.Text.Json;
using Summit.Core.Planning;
using Summit.Core.Selection;
using Summit.Core.Timing;

namespace Summit.Cli.Commands;

/// <summary>
/// The summit-over-time parts of <c>summit plan</c>: the selection with its state, the record's amendments, refused
/// decisions and warnings, and the messages CSV. JSON is written with <see cref="Utf8JsonWriter"/> (no reflection).
/// E-mail addresses appear only in the messages CSV.
/// </summary>
internal static class PlanRecordSections
{
    public static JsonElement SelectionJson(SummitPlan plan) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("state", plan.SelectionState switch
        {
            SelectionState.Provisional => "provisional",
            SelectionState.Published => "published",
            _ => "not-run",
        });
        var attendees = plan.Attendees;
        if (!attendees.HasRun)
        {
            w.WriteString("reason", attendees.NotRunReason);
        }
        else if (attendees.IsFailed)
        {
            WriteErrors(w, "errors", attendees.Errors);
        }
        else
        {
            var r = attendees.Value;
            w.WriteString("policy", r.PolicyName);
            w.WriteNumber("capacity", r.Capacity);
            w.WriteNumber("standbyPlaces", r.StandbyPlaces);
            w.WriteString("randomSource", r.RandomSource);
            w.WriteStartArray("outcomes");
            foreach (var o in r.Outcomes)
            {
                w.WriteStartObject();
                w.WriteString("id", o.Id);
                w.WriteString("name", o.Candidate.Name);
                w.WriteString("outcome", o.Kind.ToString());
                if (o.StandbyRank is { } rank)
                {
                    w.WriteNumber("standbyRank", rank);
                }
                else
                {
                    w.WriteNull("standbyRank");
                }

                w.WriteStartArray("reasons");
                foreach (var reason in o.Reasons)
                {
                    w.WriteStartObject();
                    w.WriteString("code", reason.Code);
                    w.WriteString("message", reason.Message);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    });

    public static JsonElement RecordJson(SummitPlan plan) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("decisions", plan.Document.Decisions.Count(d => d.At <= plan.At));
        w.WriteStartArray("amendments");
        foreach (var a in plan.Amendments)
        {
            w.WriteStartObject();
            w.WriteString("milestone", a.Amended.Kind.ToString());
            w.WriteString("from", a.Original.Deadline?.ToString() ?? (a.Original.At is { } f ? ZonedText.Utc(f) : a.Original.Approximately?.ToString()));
            w.WriteString("to", a.Amended.Deadline?.ToString() ?? (a.Amended.At is { } t ? ZonedText.Utc(t) : a.Amended.Approximately?.ToString()));
            w.WriteString("at", ZonedText.Utc(a.At));
            w.WriteString("reason", a.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("refused");
        foreach (var d in plan.RejectedDecisions)
        {
            w.WriteStartObject();
            w.WriteString("at", ZonedText.Utc(d.Decision.At));
            w.WriteString("kind", d.Decision.KindName);
            w.WriteString("registration", d.Decision.Registration);
            w.WriteString("code", d.Rejection.Code);
            w.WriteString("message", d.Rejection.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteErrors(w, "warnings", plan.Warnings);
        w.WriteNumber("messages", plan.Messages.Length);
        w.WriteEndObject();
    });

    public static void WriteRecord(TextWriter w, SummitPlan plan)
    {
        if (plan.Amendments.IsEmpty && plan.RejectedDecisions.IsEmpty && plan.Warnings.IsEmpty)
        {
            return;
        }

        w.WriteLine();
        w.WriteLine("Record");
        foreach (var a in plan.Amendments)
        {
            w.WriteLine($"  {a.Amended.Kind} moved at {ZonedText.Utc(a.At)}: was {a.Original.Deadline?.ToString() ?? a.Original.ToString()}, now {a.Amended.Deadline?.ToString() ?? a.Amended.ToString()} ({a.Reason})");
        }

        foreach (var d in plan.RejectedDecisions)
        {
            w.WriteLine($"  no effect: {d.Decision.KindName} at {ZonedText.Utc(d.Decision.At)}: {d.Rejection.Code}: {d.Rejection.Message}");
        }

        foreach (var e in plan.Warnings)
        {
            w.WriteLine($"  warning {e.Code}: {e.Message}");
        }
    }

    public static void WriteAttendees(TextWriter w, SummitPlan plan)
    {
        w.WriteLine();
        var state = plan.SelectionState switch { SelectionState.Provisional => "provisional", SelectionState.Published => "published", _ => "not run" };
        if (!plan.Attendees.HasRun)
        {
            w.WriteLine($"Attendees ({state}): {plan.Attendees.NotRunReason}");
            return;
        }

        w.WriteLine($"Attendees ({state})");
        PlanSections.WriteAttendees(w, plan);
    }

    /// <summary>Writes one row per message: at,decision,id,name,email,template,outcome,standbyRank (RFC 4180 quoting, CRLF).</summary>
    public static string MessagesCsv(SummitPlan plan)
    {
        var csv = new StringBuilder();
        csv.Append("at,decision,id,name,email,template,outcome,standbyRank\r\n");
        foreach (var m in plan.Messages)
        {
            string[] cells =
            [
                ZonedText.Utc(m.At), m.Decision, m.RegistrationId, m.Name, m.Email ?? string.Empty, m.Template, m.Outcome ?? string.Empty,
                m.StandbyRank?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            ];
            csv.Append(string.Join(',', cells.Select(Quote))).Append("\r\n");
        }

        return csv.ToString();
    }

    internal static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 || cell.StartsWith(' ') || cell.EndsWith(' ')
            ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;

    private static void WriteErrors(Utf8JsonWriter w, string name, IEnumerable<FluentResults.IError> errors)
    {
        w.WriteStartArray(name);
        foreach (var e in errors.Select(x => x.AsSummitError()))
        {
            w.WriteStartObject();
            w.WriteString("code", e.Code);
            w.WriteString("message", e.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static JsonElement Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }
}
