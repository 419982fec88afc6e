using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core;
using FluentResults;
using Summit.Core.Voting;

namespace Summit.Cli.Commands;

/// <summary><c>summit tally FILE... [--method NAME] [--seats N] [--tie-break NAME] [--json]</c>.</summary>
/// <remarks>
/// Each file is counted on its own: <c>.blt</c> through the BLT reader, anything else through the preference-list
/// reader. A file that fails reports its errors (on its own JSON line with <c>--json</c>) and the others are still
/// counted. Exit codes: 0 all counted; 1 any file failed (with one file: 2 when it cannot be read or parsed, 1 when
/// the count fails a rule); 2 for a usage error (unknown method or tie-breaker, seats &lt; 1).
/// </remarks>
internal static class TallyCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Ballot files: .blt, or a preference list (.txt)." };
        var method = new Option<string?>("--method") { Description = "The tally method: " + string.Join(", ", TallyMethods.Names) + "." };
        var seats = new Option<int?>("--seats") { Description = "The number of seats (default: the file's declared seats, else 1)." };
        var tieBreak = new Option<string?>("--tie-break") { Description = "previous-rounds (default), declared-order or lottery:SEED." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per file (JSON Lines)." };
        var command = new Command("tally", "Count ballots from BLT or preference-list files.");
        command.Arguments.Add(files);
        command.Options.Add(method);
        command.Options.Add(seats);
        command.Options.Add(tieBreak);
        command.Options.Add(json);
        command.SetAction(parsed => Run(
            context,
            parsed.GetValue(files) ?? [],
            parsed.GetValue(method),
            parsed.GetValue(seats),
            parsed.GetValue(tieBreak),
            parsed.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, string[] files, string? methodName, int? seats, string? tieBreakName, bool json)
    {
        var method = methodName is null
            ? Result.Ok(context.Services.GetRequiredService<ITallyMethod>())
            : context.Services.GetRequiredService<ITallyMethodProvider>().Get(methodName);
        if (method.IsFailed)
        {
            throw new CliUsageException(method.Errors[0].Message);
        }

        ITieBreaker? tieBreaker = null;
        if (tieBreakName is not null)
        {
            var found = TieBreakers.Get(tieBreakName);
            if (found.IsFailed)
            {
                throw new CliUsageException(found.Errors[0].Message);
            }

            tieBreaker = found.Value;
        }

        if (seats is < 1)
        {
            throw new CliUsageException($"--seats must be at least 1, not {seats.Value.ToString(CultureInfo.InvariantCulture)}.");
        }

        var formatFailures = 0;
        var countFailures = 0;
        foreach (var file in files)
        {
            var profile = Read(file);
            if (profile.IsFailed)
            {
                formatFailures++;
                TallyOutput.WriteFailure(context, file, profile.Errors, json);
                continue;
            }

            var options = new TallyOptions(seats ?? profile.Value.DeclaredSeats ?? 1, tieBreaker);
            var result = method.Value.Tally(profile.Value, options);
            if (result.IsFailed)
            {
                countFailures++;
                TallyOutput.WriteFailure(context, file, result.Errors, json);
                continue;
            }

            TallyOutput.WriteResult(context, file, result.Value, json);
        }

        if (formatFailures + countFailures == 0)
        {
            return ExitCodes.Ok;
        }

        return files.Length == 1 && formatFailures == 1 ? ExitCodes.UsageError : ExitCodes.DomainError;
    }

    private static Result<BallotProfile> Read(string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Result.Fail<BallotProfile>(new SummitError(ErrorCodes.Voting.FileUnreadable, $"Cannot read '{file}': {ex.Message}").WithMetadata("file", file));
        }

        var name = Path.GetFileName(file);
        return file.EndsWith(".blt", StringComparison.OrdinalIgnoreCase)
            ? Summit.Core.Voting.Formats.BltFormat.Read(text, name)
            : Summit.Core.Voting.Formats.PreferenceListFormat.Read(text, name);
    }
}
