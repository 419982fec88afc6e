using System.CommandLine;
using Summit.Cli.Commands;

namespace Summit.Cli;

/// <summary>The <c>summit</c> command line, runnable in-process (the tests call <see cref="Run"/>).</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error, IServiceProvider services)
    {
        var context = new CliContext(output, error, services);
        var root = new RootCommand("summit: plan a community summit, count its votes, run verifiable lotteries.");
        var plan = PlanCommand.Create(context);
        root.Subcommands.Add(plan);
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(DeadlineCommand.Create(context));
        root.Subcommands.Add(TallyCommand.Create(context));
        root.Subcommands.Add(LotteryCommand.Create(context));
        root.SetAction(_ => PlanCommand.Run(context, file: null, at: null, json: false, exports: PlanExports.None));

        // Under --json every outcome, failures included, is one JSON document on standard output.
        var json = args.Contains("--json", StringComparer.Ordinal);
        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                if (json)
                {
                    return CliErrors.Write(output, error, [.. parsed.Errors.Select(e => new SummitError(CliErrors.UsageCode, e.Message))], json: true, ExitCodes.UsageError);
                }

                foreach (var e in parsed.Errors)
                {
                    error.WriteLine($"summit: {e.Message}");
                }

                error.WriteLine("Run 'summit --help' for usage.");
                return ExitCodes.UsageError;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliUsageException ex)
        {
            return CliErrors.Write(output, error, [new SummitError(CliErrors.UsageCode, ex.Message)], json, ExitCodes.UsageError);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            // A missing folder or input file, no permission, a read-only or full disk: one line, no stack trace.
            return CliErrors.Write(output, error, [new SummitError(CliErrors.FileSystemCode, FileProblem(ex))], json, ExitCodes.UsageError);
        }
    }

    private static string FileProblem(Exception ex)
    {
        var what = ex switch
        {
            DirectoryNotFoundException => "a folder does not exist",
            FileNotFoundException => "a file does not exist",
            UnauthorizedAccessException or System.Security.SecurityException => "permission denied",
            PathTooLongException => "a path is too long",
            _ => "a file could not be read or written",
        };
        var detail = ex.Message.ReplaceLineEndings(" ").Trim();
        return $"{what}: {detail}";
    }
}
