using System.CommandLine;

namespace Summit.Cli.Commands;

/// <summary><c>summit plan [FILE] [--at INSTANT] [--ics OUT] [--frab-xml OUT] [--frab-json OUT] [--json]</c>.</summary>
internal static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("plan", "Plan a summit from its file: timeline, selection, tally, agenda, exports.");
        command.SetAction(_ => Run(context, null, null, false, PlanExports.None));
        return command;
    }

    public static int Run(CliContext context, string? file, string? at, bool json, PlanExports exports)
    {
        context.Out.WriteLine("summit plan: not implemented yet");
        return ExitCodes.Ok;
    }
}
