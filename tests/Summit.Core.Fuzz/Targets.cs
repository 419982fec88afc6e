using Summit.Core.Summits.File;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Summit.Cli;
using Summit.Cli.Commands;
using Summit.Core.Summits;
using Summit.Core.Timing;
using Summit.Core.Voting.Formats;

namespace Summit.Core.Fuzz;

/// <summary>One reader under fuzzing: its seeds and how to run one input (returning the errors, empty on success).</summary>
/// <param name="Name">The target's name (used in seeds and reports).</param>
/// <param name="Seeds">The seed corpus.</param>
/// <param name="Run">Runs one input; returns a problem description when the outcome breaks the contract, else null.</param>
/// <param name="Share">The fraction of N this target runs (the CLI pass touches the disk, so it runs fewer).</param>
/// <param name="Runs">How many reader runs one input makes (the CLI pass runs five commands), so the 1 s cap applies per run.</param>
internal sealed record FuzzTarget(string Name, IReadOnlyList<string> Seeds, Func<string, string?> Run, double Share = 1.0, int Runs = 1);

internal static class Targets
{
    private static readonly Lazy<IServiceProvider> Services = new(() => new ServiceCollection()
        .AddSingleton<IClock>(new NodaTime.Testing.FakeClock(Instant.FromUtc(2024, 4, 1, 12, 0)))
        .AddSummitCore()
        .BuildServiceProvider());

    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("deadline", Seeds.Deadlines, text => Check(Deadline.Parse(text), positioned: false)),
        new("summit-file", Seeds.Summits, text => Check(SummitFile.Read(text, "fuzz.json"), positioned: true)),
        new("blt", Seeds.Blts, text => Check(BltFormat.Read(text, "fuzz.blt"), positioned: true)),
        new("preference-list", Seeds.Preferences, text => Check(PreferenceListFormat.Read(text, "fuzz.txt"), positioned: true)),
        new("lottery-pool", Seeds.Pools, text => Check(LotteryCommand.ReadPool(text, "pool.txt"), positioned: true)),
        new("cli", [.. Seeds.Summits, .. Seeds.Blts, .. Seeds.Preferences], RunCli, Share: 0.05, Runs: 5),
    ];

    /// <summary>The contract of every reader: success, or errors that are all <see cref="SummitError"/>s with a code (and, for files, a position).</summary>
    public static string? Check(ResultBase result, bool positioned)
    {
        if (result.IsSuccess)
        {
            return null;
        }

        if (result.Errors.Count == 0)
        {
            return "failed with no error";
        }

        foreach (var error in result.Errors)
        {
            if (error is not SummitError e)
            {
                return $"an error is a {error.GetType().Name}, not a SummitError: {error.Message}";
            }

            if (string.IsNullOrWhiteSpace(e.Code))
            {
                return $"an error has no code: {e.Message}";
            }

            if (positioned && (e.Line is not > 0 || e.Column is not > 0))
            {
                return $"the error {e.Code} has no line and column: {e.Message}";
            }

            if (e.Message.Contains("System.", StringComparison.Ordinal) || e.Message.Contains("Exception", StringComparison.Ordinal))
            {
                return $"the error {e.Code} speaks of .NET, not of the user's input: {e.Message}";
            }
        }

        return null;
    }

    /// <summary>Runs the CLI in-process on the input written to a file: plan (summit JSON), tally (as BLT and as a list) and lottery, each under --json.</summary>
    private static string? RunCli(string text)
    {
        var dir = Path.Combine(Path.GetTempPath(), "summit-fuzz-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(dir);
        var json = Path.Combine(dir, "input.json");
        var blt = Path.Combine(dir, "input.blt");
        var txt = Path.Combine(dir, "input.txt");
        // A file holds bytes: a lone surrogate in the mutated text becomes U+FFFD, as any editor would save it.
        var bytes = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetBytes(text);
        File.WriteAllBytes(json, bytes);
        File.WriteAllBytes(blt, bytes);
        File.WriteAllBytes(txt, bytes);
        string[][] runs =
        [
            ["plan", json, "--at", "2024-04-01T12:00:00Z", "--json"],
            ["tally", blt, "--json"],
            ["tally", txt, "--json"],
            ["lottery", "--key", "9319./2.5.8.10.12./", "--pool", txt, "--select", "2", "--json"],
            ["deadline", text.Length > 200 ? text[..200] : text, "--json"],
        ];
        foreach (var args in runs)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = CliApp.Run(args, output, error, Services.Value);
            if (code is < 0 or > 2)
            {
                return $"'{args[0]}' exited {code}";
            }

            var printed = output.ToString();
            if (args[0] != "tally")
            {
                try
                {
                    using var doc = JsonDocument.Parse(printed);
                    if (code == ExitCodes.UsageError && !doc.RootElement.TryGetProperty("errors", out _))
                    {
                        return $"'{args[0]} --json' exited 2 without an errors document";
                    }
                }
                catch (JsonException ex)
                {
                    return $"'{args[0]} --json' (exit {code}) printed no single JSON document: {ex.Message}; stdout: {Shorten(printed)}";
                }
            }
        }

        return null;
    }

    private static string Shorten(string s) => s.Length > 300 ? s[..300] + "..." : s;
}
