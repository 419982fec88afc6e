using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Summit.Core.Tests.DependencyInjection;

public sealed class AddSummitCoreTests
{
    [Fact]
    public void AddSummitCore_RegistersSystemClockWhenAbsent()
    {
        using var provider = new ServiceCollection().AddSummitCore().BuildServiceProvider();
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.NotNull(provider.GetRequiredService<SummitCoreOptions>());
    }

    [Fact]
    public void AddSummitCore_ClockRegisteredBefore_Wins()
    {
        var fake = FakeClock.FromUtc(2024, 4, 1);
        using var provider = new ServiceCollection().AddSingleton<IClock>(fake).AddSummitCore().BuildServiceProvider();
        Assert.Same(fake, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddSummitCore_CalledTwice_ChangesNothing()
    {
        var once = new ServiceCollection().AddSummitCore();
        var twice = new ServiceCollection().AddSummitCore().AddSummitCore(o => o.DefaultTallyMethod = "irv");
        Assert.Equal(once.Count, twice.Count);
        using var provider = twice.BuildServiceProvider();
        Assert.Equal("schulze", provider.GetRequiredService<SummitCoreOptions>().DefaultTallyMethod);
    }

    [Fact]
    public void AddSummitCore_InvalidOptions_ThrowsWhenRegistered()
    {
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddSummitCore(o => o.DefaultGracePeriod = Duration.FromMinutes(-5)));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddSummitCore(o => o.DefaultTallyMethod = " "));
        Assert.Throws<ArgumentNullException>(() => SummitCoreServiceCollectionExtensions.AddSummitCore(null!));
    }
}
