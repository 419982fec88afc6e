using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Summit.Cli;

/// <summary>What every command needs: where to write, the container, and the clock for "now".</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, IServiceProvider services)
{
    public TextWriter Out { get; } = output;

    public TextWriter Err { get; } = error;

    public IServiceProvider Services { get; } = services;

    public IClock Clock => Services.GetRequiredService<IClock>();
}
