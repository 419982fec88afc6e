using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FluentResults;
using Summit.Core.Selection;

namespace Summit.Cli.Commands;

/// <summary><c>summit lottery --key KEY --pool N|FILE --select K [--json]</c>: RFC 3797 selection.</summary>
internal static class LotteryCommand
{
    public static Command Create(CliContext context)
    {
        var key = new Option<string>("--key")
        {
            Description = "The RFC 3797 key string built from the public random values, e.g. \"9319./2.5.8.10.12./9.18.26.34.41.45./\".",
            Required = true,
        };
        var pool = new Option<string>("--pool")
        {
            Description = "The pool: a number N (entries 1..N) or a file with one name a line.",
            Required = true,
        };
        var select = new Option<int>("--select")
        {
            Description = "How many entries to select.",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON document instead of text." };
        var command = new Command("lottery", "Select K of a pool by the publicly verifiable method of RFC 3797.");
        command.Options.Add(key);
        command.Options.Add(pool);
        command.Options.Add(select);
        command.Options.Add(json);
        command.SetAction(parse => Run(context, parse.GetValue(key) ?? string.Empty, parse.GetValue(pool) ?? string.Empty, parse.GetValue(select), parse.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, string key, string poolText, int count, bool json)
    {
        string[]? names = null;
        int[]? lines = null;
        int poolSize;
        if (int.TryParse(poolText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            poolSize = number;
        }
        else
        {
            if (!File.Exists(poolText))
            {
                return CliErrors.Usage(context, $"--pool '{poolText}' is neither a number nor an existing file.", json);
            }

            var read = ReadPool(File.ReadAllText(poolText), poolText);
            if (read.IsFailed)
            {
                return CliErrors.Write(context, read.Errors, json, ExitCodes.UsageError);
            }

            (names, lines) = read.Value;
            poolSize = names.Length;
        }

        var selected = Rfc3797.Select(key, poolSize, count);
        if (selected.IsFailed)
        {
            return CliErrors.Write(context, selected.Errors, json, ExitCodes.DomainError);
        }

        var positions = selected.Value;
        if (json)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                writer.WriteStartObject();
                writer.WriteString("method", "rfc3797");
                writer.WriteString("key", key);
                writer.WriteNumber("pool", poolSize);
                writer.WriteNumber("select", count);
                writer.WriteStartArray("selected");
                foreach (var p in positions)
                {
                    if (names is null)
                    {
                        writer.WriteNumberValue(p);
                    }
                    else
                    {
                        writer.WriteStringValue(names[p - 1]);
                    }
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            return ExitCodes.Ok;
        }

        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RFC 3797 selection of {count} from a pool of {poolSize}, key \"{key}\":"));
        for (var i = 0; i < positions.Length; i++)
        {
            var p = positions[i];
            context.Out.WriteLine(names is null
                ? string.Create(CultureInfo.InvariantCulture, $"{i + 1,4}. {p}")
                : string.Create(CultureInfo.InvariantCulture, $"{i + 1,4}. {names[p - 1]} (entry {p} of the pool, line {lines![p - 1]} of the file)"));
        }

        return ExitCodes.Ok;
    }

    /// <summary>Reads a pool file's text: one name a line (lines end at LF, CRLF or CR), blank lines skipped, names trimmed; a name given twice is refused.</summary>
    internal static Result<(string[] Names, int[] Lines)> ReadPool(string text, string path)
    {
        var names = new List<string>();
        var lines = new List<int>();
        var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var line = 0;
        using var reader = new StringReader(text.StartsWith('\uFEFF') ? text[1..] : text);
        while (reader.ReadLine() is { } raw)
        {
            line++;
            var name = raw.Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (lineOf.TryGetValue(name, out var first))
            {
                return Result.Fail<(string[], int[])>(new SummitError(ErrorCodes.Selection.PoolDuplicateName, $"{path}:{line.ToString(CultureInfo.InvariantCulture)}: '{name}' is already on line {first.ToString(CultureInfo.InvariantCulture)}.")
                    .WithMetadata("file", path).WithMetadata("line", line).WithMetadata("column", raw.IndexOf(name[0], StringComparison.Ordinal) + 1));
            }

            lineOf[name] = line;
            names.Add(name);
            lines.Add(line);
        }

        return (names.ToArray(), lines.ToArray());
    }
}
