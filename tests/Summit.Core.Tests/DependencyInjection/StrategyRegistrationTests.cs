using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Scheduling;
using Summit.Core.Voting;

namespace Summit.Core.Tests.DependencyInjection;

public sealed class StrategyRegistrationTests
{
    [Fact]
    public void AddSummitCore_TallyMethods_KeyedByEveryNameAndFoundByProvider()
    {
        using var services = new ServiceCollection().AddSummitCore().BuildServiceProvider();
        var provider = services.GetRequiredService<ITallyMethodProvider>();
        foreach (var name in TallyMethods.Names)
        {
            var keyed = services.GetRequiredKeyedService<ITallyMethod>(name);
            Assert.True(TallyMethods.TryGet(name, out var builtIn));
            Assert.Same(builtIn, keyed);
            Assert.Same(keyed, provider.Get(name).Value);
        }

        Assert.Equal([ErrorCodes.Voting.UnknownMethod], provider.Get("dictator").Codes());
    }

    [Fact]
    public void AddSummitCore_TieBreakers_KeyedByNameAndPlainIsTheDefault()
    {
        using var services = new ServiceCollection().AddSummitCore().BuildServiceProvider();
        Assert.Same(TieBreakers.PreviousRounds, services.GetRequiredKeyedService<ITieBreaker>("previous-rounds"));
        Assert.Same(TieBreakers.DeclaredOrder, services.GetRequiredKeyedService<ITieBreaker>("declared-order"));
        Assert.Null(services.GetKeyedService<ITieBreaker>("lottery"));
        Assert.Same(TieBreakers.PreviousRounds, Assert.Single(services.GetServices<ITieBreaker>()));
    }

    [Fact]
    public void AddSummitCore_Packers_KeyedByNameAndPlainIsTheDefault()
    {
        using var services = new ServiceCollection().AddSummitCore().BuildServiceProvider();
        Assert.Same(Packers.Exact, services.GetRequiredKeyedService<IAgendaPacker>("exact"));
        Assert.Same(Packers.Heuristic, services.GetRequiredKeyedService<IAgendaPacker>("heuristic"));
        Assert.Same(Packers.Exact, Assert.Single(services.GetServices<IAgendaPacker>()));
    }

    [Fact]
    public void AddSummitCore_DefaultsNamed_PlainServicesFollowTheOptions()
    {
        using var services = new ServiceCollection()
            .AddSummitCore(o =>
            {
                o.DefaultTallyMethod = "stv";
                o.DefaultTieBreaker = "lottery:2024-05-01 12 34 56";
                o.DefaultPacker = "Heuristic";
            })
            .BuildServiceProvider();

        Assert.Same(TallyMethods.ScottishStv, services.GetRequiredService<ITallyMethod>());
        Assert.Equal("lottery", services.GetRequiredService<ITieBreaker>().Name);
        Assert.Same(Packers.Heuristic, services.GetRequiredService<IAgendaPacker>());
    }

    [Fact]
    public void AddSummitCore_OwnKeyedMethodNamedAsDefault_IsThePlainMethod()
    {
        var mine = new FixedMethod();
        using var services = new ServiceCollection()
            .AddKeyedSingleton<ITallyMethod>("fixed", mine)
            .AddSummitCore(o => o.DefaultTallyMethod = "fixed")
            .BuildServiceProvider();
        services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();

        Assert.Same(mine, services.GetRequiredService<ITallyMethod>());
    }

    [Fact]
    public void AddSummitCore_StrategiesRegisteredBefore_Win()
    {
        var mine = new FixedMethod();
        using var services = new ServiceCollection()
            .AddKeyedSingleton<ITallyMethod>("schulze", mine)
            .AddSingleton<ITieBreaker>(TieBreakers.DeclaredOrder)
            .AddSummitCore()
            .BuildServiceProvider();

        Assert.Same(mine, services.GetRequiredKeyedService<ITallyMethod>("schulze"));
        Assert.Same(mine, services.GetRequiredService<ITallyMethod>());
        Assert.Same(TieBreakers.DeclaredOrder, services.GetRequiredService<ITieBreaker>());
    }

    [Fact]
    public void Provider_UserMethodRegisteredPlain_FoundByName()
    {
        var mine = new FixedMethod();
        using var services = new ServiceCollection().AddSingleton<ITallyMethod>(mine).AddSummitCore().BuildServiceProvider();
        Assert.Same(mine, services.GetRequiredService<ITallyMethodProvider>().Get("Fixed").Value);
    }

    [Fact]
    public void Provider_UserMethodRegisteredKeyed_FoundByNameAndOverridesABuiltIn()
    {
        var mine = new FixedMethod();
        using var services = new ServiceCollection()
            .AddSummitCore()
            .AddKeyedSingleton<ITallyMethod>("mine", mine)
            .AddKeyedSingleton<ITallyMethod>("borda", mine)
            .BuildServiceProvider();
        var provider = services.GetRequiredService<ITallyMethodProvider>();

        Assert.Same(mine, provider.Get("mine").Value);
        Assert.Same(mine, provider.Get("Borda").Value);
        Assert.Same(TallyMethods.Schulze, provider.Get("schulze").Value);
        Assert.Equal(TallyMethods.Names.Order(StringComparer.Ordinal), provider.Names);
    }

    [Fact]
    public void TallyMethods_Lookup_TenMethodsPlusAlias()
    {
        Assert.Equal(11, TallyMethods.Names.Length);
        Assert.Equal("stv-scottish", TallyMethods.Get(" STV ").Value.Name);
        Assert.All(TallyMethods.Names, n => Assert.True(TallyMethods.TryGet(n, out _)));
        Assert.False(TallyMethods.TryGet("dictator", out var none));
        Assert.Null(none);
        Assert.Contains("schulze", TallyMethods.Get("dictator").Errors[0].Message, StringComparison.Ordinal);
    }

    private sealed class FixedMethod : ITallyMethod
    {
        public string Name => "fixed";

        public Result<TallyResult> Tally(BallotProfile profile, TallyOptions options) => TallyMethods.Plurality.Tally(profile, options);
    }
}
