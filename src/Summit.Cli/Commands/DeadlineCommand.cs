using System.CommandLine;

namespace Summit.Cli.Commands;

/// <summary><c>summit deadline DATE [--zone IANA]... [--json]</c>.</summary>
internal static class DeadlineCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("deadline", "Show when a deadline closes, in UTC and in any zone.");
        command.SetAction(_ => ExitCodes.Ok);
        return command;
    }
}
