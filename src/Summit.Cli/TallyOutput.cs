using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FluentResults;
using Summit.Core.Voting;

namespace Summit.Cli;

/// <summary>Prints tally results and failures, as readable text (rounds as a table) or as one JSON object per line.</summary>
internal static class TallyOutput
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static void WriteResult(CliContext context, string file, TallyResult result, bool json)
    {
        if (json)
        {
            context.Out.WriteLine(Json(w =>
            {
                w.WriteString("file", file);
                w.WriteString("method", result.Method);
                w.WriteNumber("seats", result.Seats);
                w.WriteNumber("validBallots", result.ValidBallots);
                Strings(w, "winners", result.Winners);
                w.WriteStartArray("ranking");
                foreach (var tier in result.Ranking)
                {
                    w.WriteStartArray();
                    foreach (var name in tier)
                    {
                        w.WriteStringValue(name);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndArray();
                w.WriteStartArray("rounds");
                foreach (var round in result.Rounds)
                {
                    w.WriteStartObject();
                    w.WriteNumber("number", round.Number);
                    w.WriteString("action", round.Action);
                    if (round.Quota is { } quota)
                    {
                        w.WriteNumber("quota", quota);
                    }

                    w.WriteNumber("exhausted", round.Exhausted);
                    w.WriteNumber("residual", round.Residual);
                    Strings(w, "elected", round.Elected);
                    Strings(w, "excluded", round.Excluded);
                    w.WriteStartArray("candidates");
                    foreach (var c in round.Candidates)
                    {
                        w.WriteStartObject();
                        w.WriteString("name", c.Candidate);
                        w.WriteNumber("votes", c.Votes);
                        w.WriteNumber("transfer", c.Transfer);
                        w.WriteString("status", Status(c.Status));
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("tieBreaks");
                foreach (var t in result.TieBreaks)
                {
                    w.WriteStartObject();
                    w.WriteNumber("round", t.Round);
                    Strings(w, "tied", t.Tied);
                    Strings(w, "order", t.Order);
                    w.WriteString("strategy", t.Strategy);
                    w.WriteString("explanation", t.Explanation);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("rejected");
                w.WriteEndArray();
            }));
            return;
        }

        var o = context.Out;
        o.WriteLine($"{file}: {result.Method}, {result.Seats.ToString(CultureInfo.InvariantCulture)} seat(s), {result.ValidBallots.ToString(CultureInfo.InvariantCulture)} valid ballots");
        o.WriteLine("Winners: " + string.Join(", ", result.Winners));
        o.WriteLine("Ranking: " + string.Join(" > ", result.Ranking.Select(t => string.Join(" = ", t))));
        o.WriteLine();
        o.Write(Table(result));
        foreach (var round in result.Rounds)
        {
            o.WriteLine($"Round {round.Number.ToString(CultureInfo.InvariantCulture)}: {round.Action}");
        }

        foreach (var t in result.TieBreaks)
        {
            o.WriteLine($"Tie in round {t.Round.ToString(CultureInfo.InvariantCulture)} between {string.Join(", ", t.Tied)}: {t.Strategy} chose {string.Join(" > ", t.Order)}. {t.Explanation}");
        }

        o.WriteLine();
    }

    public static void WriteFailure(CliContext context, string file, IEnumerable<IError> errors, bool json)
    {
        if (json)
        {
            context.Out.WriteLine(Json(w =>
            {
                w.WriteString("file", file);
                w.WriteStartArray("errors");
                foreach (var e in errors.Select(x => x.AsSummitError()))
                {
                    w.WriteStartObject();
                    w.WriteString("code", e.Code);
                    w.WriteString("message", e.Message);
                    foreach (var (key, value) in e.Metadata)
                    {
                        switch (value)
                        {
                            case int i:
                                w.WriteNumber(key, i);
                                break;
                            case long l:
                                w.WriteNumber(key, l);
                                break;
                            default:
                                if (key != "file")
                                {
                                    w.WriteString(key, Convert.ToString(value, CultureInfo.InvariantCulture));
                                }

                                break;
                        }
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }));
            return;
        }

        foreach (var e in errors.Select(x => x.AsSummitError()))
        {
            context.Err.WriteLine($"{file}: {e.Code}: {e.Message}");
        }
    }

    /// <summary>The rounds as a table: one row per candidate, one column per round; * elected, x excluded.</summary>
    internal static string Table(TallyResult result)
    {
        var rows = new List<string[]>();
        var header = new List<string> { "Candidate" };
        header.AddRange(result.Rounds.Select(r => "R" + r.Number.ToString(CultureInfo.InvariantCulture)));
        rows.Add([.. header]);
        var names = result.Rounds.IsEmpty ? [] : result.Rounds[0].Candidates.Select(c => c.Candidate).ToList();
        for (var c = 0; c < names.Count; c++)
        {
            var row = new List<string> { names[c] };
            foreach (var round in result.Rounds)
            {
                var line = round.Candidates[c];
                var mark = line.Status switch
                {
                    CandidateStatus.Elected => " *",
                    CandidateStatus.Excluded => " x",
                    CandidateStatus.Withdrawn => " -",
                    _ => string.Empty,
                };
                row.Add(line.Votes.ToString(CultureInfo.InvariantCulture) + mark);
            }

            rows.Add([.. row]);
        }

        if (result.Rounds.Any(r => r.Exhausted != 0))
        {
            rows.Add(["(exhausted)", .. result.Rounds.Select(r => r.Exhausted.ToString(CultureInfo.InvariantCulture))]);
        }

        if (result.Rounds.Any(r => r.Quota is not null))
        {
            rows.Add(["(quota)", .. result.Rounds.Select(r => r.Quota?.ToString(CultureInfo.InvariantCulture) ?? string.Empty)]);
        }

        var widths = Enumerable.Range(0, rows[0].Length).Select(k => rows.Max(r => r[k].Length)).ToArray();
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            for (var k = 0; k < row.Length; k++)
            {
                sb.Append(k == 0 ? row[k].PadRight(widths[k]) : "  " + row[k].PadLeft(widths[k]));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string Status(CandidateStatus status) => status switch
    {
        CandidateStatus.Elected => "elected",
        CandidateStatus.Excluded => "excluded",
        CandidateStatus.Withdrawn => "withdrawn",
        _ => "hopeful",
    };

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static string Json(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOptions))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
