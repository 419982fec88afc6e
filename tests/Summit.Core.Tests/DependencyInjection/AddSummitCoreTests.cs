using Summit.Core.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Summit.Core.Planning;
using Summit.Core.Scheduling;
using Summit.Core.Selection;
using Summit.Core.Summits;
using Summit.Core.Voting;
using NodaTime.Testing;

namespace Summit.Core.Tests.DependencyInjection;

public sealed class AddSummitCoreTests
{
    [Fact]
    public void AddSummitCore_Defaults_ResolvesEveryService()
    {
        using var provider = new ServiceCollection().AddSummitCore().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        var options = provider.GetRequiredService<IOptions<SummitCoreOptions>>().Value;
        Assert.Equal(("schulze", "previous-rounds", "exact", Duration.Zero), (options.DefaultTallyMethod, options.DefaultTieBreaker, options.DefaultPacker, options.DefaultGracePeriod));
        Assert.Same(TallyMethods.Schulze, provider.GetRequiredService<ITallyMethod>());
        Assert.Same(TieBreakers.PreviousRounds, provider.GetRequiredService<ITieBreaker>());
        Assert.Same(Packers.Exact, provider.GetRequiredService<IAgendaPacker>());
        Assert.NotNull(provider.GetRequiredService<ITallyMethodProvider>());
        Assert.NotNull(provider.GetRequiredService<ISelectionPolicy<Registration>>());
        Assert.NotNull(provider.GetRequiredService<ISummitPlanner>());
        Assert.NotNull(provider.GetRequiredService<ISummitIntakeFactory>());
    }

    [Fact]
    public void AddSummitCore_ClockRegisteredBefore_Wins()
    {
        var fake = FakeClock.FromUtc(2024, 4, 1);
        using var provider = new ServiceCollection().AddSingleton<IClock>(fake).AddSummitCore().BuildServiceProvider();
        Assert.Same(fake, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddSummitCore_CalledTwice_ConfigurationsComposeInOrder()
    {
        using var provider = new ServiceCollection()
            .AddSummitCore(o => (o.DefaultTallyMethod, o.DefaultPacker) = ("irv", "heuristic"))
            .AddSummitCore(o => o.DefaultTallyMethod = "borda")
            .BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<SummitCoreOptions>>().Value;
        Assert.Equal(("borda", "heuristic"), (options.DefaultTallyMethod, options.DefaultPacker));
        Assert.Same(TallyMethods.Borda, provider.GetRequiredService<ITallyMethod>());
        Assert.Same(Packers.Heuristic, provider.GetRequiredService<IAgendaPacker>());
    }

    [Fact]
    public void AddSummitCore_CalledTwice_AddsNoServiceButTheConfiguration()
    {
        var once = new ServiceCollection().AddSummitCore();
        var twice = new ServiceCollection().AddSummitCore().AddSummitCore();
        var configuredTwice = new ServiceCollection().AddSummitCore().AddSummitCore(o => o.DefaultPacker = "heuristic");

        Assert.Equal(once.Count, twice.Count);
        Assert.Equal(once.Count + 1, configuredTwice.Count);
        Assert.Single(configuredTwice, d => d.ServiceType == typeof(IConfigureOptions<SummitCoreOptions>));
    }

    [Fact]
    public void AddSummitCore_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => SummitCoreServiceCollectionExtensions.AddSummitCore(null!));
        Assert.Throws<ArgumentNullException>(() => SummitCoreServiceCollectionExtensions.AddSummitCore(null!, new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddSummitCore((Microsoft.Extensions.Configuration.IConfiguration)null!));
    }
}
