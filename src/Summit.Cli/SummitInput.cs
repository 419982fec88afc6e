using FluentResults;
using Summit.Core.Forms;
using Summit.Core.Summits;

namespace Summit.Cli;

/// <summary>Reads the FILE argument of <c>plan</c> and <c>check</c>: a path or <c>example:NAME</c>, with the CSV sheets it names.</summary>
internal static class SummitInput
{
    /// <summary>Reads the document, or prints a usage error and returns null (the caller exits with <see cref="ExitCodes.UsageError"/>).</summary>
    public static Result<SummitDocument>? Read(CliContext context, string? file)
    {
        var source = file ?? "example:" + Examples.Default;
        if (source.StartsWith("example:", StringComparison.Ordinal))
        {
            var name = source["example:".Length..];
            var text = Examples.Read(name);
            if (text is null)
            {
                context.Err.WriteLine($"summit: unknown example '{source}'; known: {string.Join(", ", Examples.Names.Select(n => "example:" + n))}.");
                return null;
            }

            return SummitFile.Read(text, source, CsvSheetSource.ForFunction(path => Examples.ReadSheet(name, path), source + "/"));
        }

        if (!File.Exists(source))
        {
            context.Err.WriteLine($"summit: file not found: {source}");
            return null;
        }

        return SummitForms.ReadFile(source);
    }
}
