using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FluentResults;

namespace Summit.Cli;

/// <summary>
/// Prints failures: as <c>summit: CODE: MESSAGE</c> lines on standard error, or under <c>--json</c> as exactly one JSON
/// document on standard output, <c>{"errors":[{"code","message","file","line","column"}]}</c> (the five keys always
/// present; <c>null</c> when the error has no file or position). See docs/decisions/0004-cli-contract.md.
/// </summary>
internal static class CliErrors
{
    /// <summary>The code of a command-line usage error (an unknown option, a bad --at, an unknown example).</summary>
    public const string UsageCode = "cli.usage";

    /// <summary>The code of a file or folder the command could not read or write.</summary>
    public const string FileSystemCode = "cli.file-system";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Prints coded errors and returns <paramref name="exitCode"/>.</summary>
    public static int Write(CliContext context, IEnumerable<IError> errors, bool json, int exitCode) =>
        Write(context.Out, context.Err, [.. errors.Select(e => e.AsSummitError())], json, exitCode);

    /// <summary>Prints coded errors and returns <paramref name="exitCode"/>.</summary>
    public static int Write(TextWriter output, TextWriter error, IReadOnlyList<SummitError> errors, bool json, int exitCode)
    {
        if (json)
        {
            output.WriteLine(ToJson(errors));
        }
        else
        {
            foreach (var e in errors)
            {
                // Command-line problems read as before ("summit: MESSAGE"); coded errors show their code.
                error.WriteLine(e.Code.StartsWith("cli.", StringComparison.Ordinal) ? $"summit: {e.Message}" : $"summit: {e.Code}: {e.Message}");
            }
        }

        return exitCode;
    }

    /// <summary>Prints one usage error (no file, no position) and returns exit code 2.</summary>
    public static int Usage(CliContext context, string message, bool json) =>
        Write(context.Out, context.Err, [new SummitError(UsageCode, message)], json, ExitCodes.UsageError);

    /// <summary>Prints errors found while reading a file and returns the exit code their codes call for (<see cref="ExitCodes.ForReadErrors"/>).</summary>
    public static int ReadErrors(CliContext context, IEnumerable<IError> errors, bool json)
    {
        var list = errors.Select(e => e.AsSummitError()).ToList();
        return Write(context.Out, context.Err, list, json, ExitCodes.ForReadErrors(list.Select(e => e.Code)));
    }

    /// <summary>The JSON document <c>{"errors":[...]}</c>.</summary>
    public static string ToJson(IEnumerable<SummitError> errors)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteStartArray("errors");
            foreach (var e in errors)
            {
                w.WriteStartObject();
                w.WriteString("code", e.Code);
                w.WriteString("message", e.Message);
                WriteOrNull(w, "file", e.Source);
                WriteOrNull(w, "line", e.Line);
                WriteOrNull(w, "column", e.Column);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteOrNull(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
