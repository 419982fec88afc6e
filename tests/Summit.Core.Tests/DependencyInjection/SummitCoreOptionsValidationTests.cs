using Summit.Core.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Summit.Core.Voting;

namespace Summit.Core.Tests.DependencyInjection;

public sealed class SummitCoreOptionsValidationTests
{
    [Theory]
    [InlineData(nameof(SummitCoreOptions.DefaultTallyMethod), "dictator")]
    [InlineData(nameof(SummitCoreOptions.DefaultTieBreaker), "lottery")]
    [InlineData(nameof(SummitCoreOptions.DefaultPacker), "ilp")]
    [InlineData(nameof(SummitCoreOptions.DefaultPacker), " ")]
    public void Start_UnknownStrategyName_FailsNamingTheOption(string option, string value)
    {
        var services = new ServiceCollection().AddSummitCore(o => Set(o, option, value));
        using var provider = services.BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(option, Assert.Single(failure.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_NegativeGrace_Fails()
    {
        using var provider = new ServiceCollection().AddSummitCore(o => o.DefaultGracePeriod = Duration.FromMinutes(-5)).BuildServiceProvider();
        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(nameof(SummitCoreOptions.DefaultGracePeriod), Assert.Single(failure.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Registration_InvalidOptions_DoesNotThrowButFirstResolutionDoes()
    {
        var services = new ServiceCollection().AddSummitCore(o => o.DefaultTallyMethod = "dictator");
        using var provider = services.BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ITallyMethod>());
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SummitCoreOptions>>().Value);
    }

    [Fact]
    public void Start_LaterConfigurationFixesAnEarlierOne_Valid()
    {
        using var provider = new ServiceCollection()
            .AddSummitCore(o => o.DefaultPacker = "ilp")
            .AddSummitCore(o => o.DefaultPacker = "exact")
            .BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    private static void Set(SummitCoreOptions options, string option, string value)
    {
        switch (option)
        {
            case nameof(SummitCoreOptions.DefaultTallyMethod):
                options.DefaultTallyMethod = value;
                break;
            case nameof(SummitCoreOptions.DefaultTieBreaker):
                options.DefaultTieBreaker = value;
                break;
            default:
                options.DefaultPacker = value;
                break;
        }
    }
}
