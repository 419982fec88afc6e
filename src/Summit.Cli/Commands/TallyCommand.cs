using System.CommandLine;

namespace Summit.Cli.Commands;

/// <summary><c>summit tally FILE... [--method NAME] [--seats N] [--tie-break NAME] [--json]</c>.</summary>
internal static class TallyCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("tally", "Count ballots from BLT or preference-list files.");
        command.SetAction(_ =>
        {
            context.Err.WriteLine("summit: 'tally' is not available yet.");
            return ExitCodes.UsageError;
        });
        return command;
    }
}
