using System.CommandLine;

namespace Summit.Cli.Commands;

/// <summary><c>summit lottery --key KEY --pool N|FILE --select K [--json]</c>: RFC 3797 selection.</summary>
internal static class LotteryCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("lottery", "Select K of a pool by the publicly verifiable method of RFC 3797.");
        command.SetAction(_ =>
        {
            context.Err.WriteLine("summit: 'lottery' is not available yet.");
            return ExitCodes.UsageError;
        });
        return command;
    }
}
