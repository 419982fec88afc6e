using Summit.Core.Summits.File;
using Summit.Core.Planning;
using FluentResults;
using Summit.Core.Forms;
using Summit.Core.Summits;

namespace Summit.Cli;

/// <summary>Reads the FILE argument of <c>plan</c> and <c>check</c>: a path or <c>example:NAME</c>, with the CSV sheets it names.</summary>
internal static class SummitInput
{
    /// <summary>Reads the document, or prints a usage error (as JSON under <c>--json</c>) and returns null with the exit code in <paramref name="exitCode"/>.</summary>
    public static Result<SummitDocument>? Read(CliContext context, string? file, bool json, out int exitCode)
    {
        exitCode = ExitCodes.Ok;
        var source = file ?? "example:" + Examples.Default;
        if (source.StartsWith("example:", StringComparison.Ordinal))
        {
            var name = source["example:".Length..];
            var text = Examples.Read(name);
            if (text is null)
            {
                exitCode = CliErrors.Usage(context, $"unknown example '{source}'; known: {string.Join(", ", Examples.Names.Select(n => "example:" + n))}.", json);
                return null;
            }

            return SummitFile.Read(text, source, CsvSheetSource.ForFunction(path => Examples.ReadSheet(name, path), source + "/"));
        }

        if (!File.Exists(source))
        {
            exitCode = CliErrors.Write(context, [new SummitError(CliErrors.FileSystemCode, $"file not found: {source}").WithMetadata(SummitError.SourceKey, source)], json, ExitCodes.UsageError);
            return null;
        }

        return SummitForms.ReadFile(source);
    }
}
