using Summit.Core.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.Voting;

namespace Summit.Core.Tests.DependencyInjection;

public sealed class SummitCoreConfigurationTests
{
    private static IConfigurationSection Section(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>("SummitCore:" + v.Key, v.Value)))
            .Build()
            .GetSection("SummitCore");

    [Fact]
    public void AddSummitCore_Section_ReadsEveryOptionCaseInsensitively()
    {
        var section = Section(("DefaultGracePeriod", "00:15:00"), ("defaulttallymethod", "irv"), ("DefaultTieBreaker", "declared-order"), ("DEFAULTPACKER", "heuristic"));
        using var provider = new ServiceCollection().AddSummitCore(section).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(Duration.FromMinutes(15), provider.GetRequiredService<IOptions<SummitCoreOptions>>().Value.DefaultGracePeriod);
        Assert.Same(TallyMethods.InstantRunoff, provider.GetRequiredService<ITallyMethod>());
        Assert.Same(TieBreakers.DeclaredOrder, provider.GetRequiredService<ITieBreaker>());
        Assert.Same(Packers.Heuristic, provider.GetRequiredService<IAgendaPacker>());
    }

    [Fact]
    public void AddSummitCore_SectionThenConfigure_ComposeKeyByKey()
    {
        using var provider = new ServiceCollection()
            .AddSummitCore(Section(("DefaultTallyMethod", "irv"), ("DefaultPacker", "heuristic")))
            .AddSummitCore(o => o.DefaultTallyMethod = "copeland")
            .BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<SummitCoreOptions>>().Value;
        Assert.Equal(("copeland", "heuristic", "previous-rounds"), (options.DefaultTallyMethod, options.DefaultPacker, options.DefaultTieBreaker));
    }

    [Theory]
    [InlineData("DefaultTallyMetod", "irv", "SummitCore:DefaultTallyMetod")]
    [InlineData("DefaultGracePeriod", "15 minutes", "SummitCore:DefaultGracePeriod")]
    [InlineData("DefaultPacker:Name", "exact", "SummitCore:DefaultPacker")]
    [InlineData("DefaultTallyMethod", "dictator", "DefaultTallyMethod")]
    public void Start_BadKeyOrValue_FailsNamingTheKey(string key, string value, string named)
    {
        using var provider = new ServiceCollection().AddSummitCore(Section((key, value))).BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(named, Assert.Single(failure.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void AddSummitCore_EmptySection_KeepsTheDefaults()
    {
        using var provider = new ServiceCollection().AddSummitCore(Section()).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.Same(TallyMethods.Schulze, provider.GetRequiredService<ITallyMethod>());
    }
}
