using Microsoft.Extensions.DependencyInjection;
using FluentResults;
using Summit.Core.Voting;

namespace Summit.Core.Tests.Voting;

public sealed class VotingRegistrationTests
{
    [Fact]
    public void AddSummitCore_EveryMethodKeyedAndFoundByProvider()
    {
        using var services = new ServiceCollection().AddSummitCore().AddSummitCore().BuildServiceProvider();
        var provider = services.GetRequiredService<ITallyMethodProvider>();
        foreach (var name in TallyMethods.Names)
        {
            var keyed = services.GetRequiredKeyedService<ITallyMethod>(name);
            Assert.Equal(TallyMethods.Canonical(name), keyed.Name);
            Assert.Same(keyed, provider.Get(name).Value);
        }

        Assert.Equal(10, services.GetServices<ITallyMethod>().Count());
        Assert.Equal("previous-rounds", services.GetRequiredKeyedService<ITieBreaker>("previous-rounds").Name);
        Assert.Equal(ErrorCodes.Voting.UnknownMethod, provider.Get("dictator").Codes()[0]);
    }

    [Fact]
    public void Provider_UserMethodRegistered_FoundByName()
    {
        var mine = new FixedMethod();
        using var services = new ServiceCollection().AddSingleton<ITallyMethod>(mine).AddSummitCore().BuildServiceProvider();
        Assert.Same(mine, services.GetRequiredService<ITallyMethodProvider>().Get("Fixed").Value);
    }

    [Fact]
    public void TallyMethods_Names_TenMethodsPlusAlias()
    {
        Assert.Equal(11, TallyMethods.Names.Length);
        Assert.Equal("stv-scottish", TallyMethods.Get("stv").Value.Name);
        Assert.All(TallyMethods.Names, n => Assert.True(TallyMethods.Get(n).IsSuccess));
    }

    private sealed class FixedMethod : ITallyMethod
    {
        public string Name => "fixed";

        public Result<TallyResult> Tally(BallotProfile profile, TallyOptions options) => TallyMethods.Plurality.Tally(profile, options);
    }
}
