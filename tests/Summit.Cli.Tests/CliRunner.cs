using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Summit.Core;

namespace Summit.Cli.Tests;

/// <summary>Runs the <c>summit</c> command in-process and captures its output.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Err) Run(params string[] args) =>
        RunAt(Instant.FromUtc(2024, 4, 1, 12, 0), args);

    public static (int ExitCode, string Out, string Err) RunAt(Instant now, params string[] args)
    {
        var services = new ServiceCollection()
            .AddSingleton<IClock>(new NodaTime.Testing.FakeClock(now))
            .AddSummitCore()
            .BuildServiceProvider();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error, services);
        return (code, output.ToString(), error.ToString());
    }
}
