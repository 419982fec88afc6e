using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Selection;
using Summit.Core.Summits;

namespace Summit.Core.Tests.Selection;

public sealed class SelectionRegistrationTests
{
    [Fact]
    public void AddSummitCore_RegistersDefaultPolicy_PlainAndKeyed()
    {
        using var provider = new ServiceCollection().AddSummitCore().BuildServiceProvider();
        var plain = provider.GetRequiredService<ISelectionPolicy<Registration>>();
        var keyed = provider.GetRequiredKeyedService<ISelectionPolicy<Registration>>("summit-default");
        Assert.Equal("summit-default", plain.Name);
        Assert.Same(plain, keyed);
    }

    [Fact]
    public void AddSummitCore_PolicyRegisteredBefore_Wins()
    {
        var mine = SelectionPolicies.FirstComeFirstServed();
        using var provider = new ServiceCollection().AddSingleton(mine).AddSummitCore().BuildServiceProvider();
        Assert.Same(mine, provider.GetRequiredService<ISelectionPolicy<Registration>>());
    }
}
