using NodaTime;
using Summit.Core.Testing;

namespace Summit.Core.Testing.Tests;

public sealed class FakeClockTests
{
    [Fact]
    public void GetCurrentInstant_AutoAdvance_MovesAfterEachRead()
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 4, 2, 11, 59, 59), Duration.FromSeconds(1));
        Assert.Equal(Instant.FromUtc(2024, 4, 2, 11, 59, 59), clock.GetCurrentInstant());
        Assert.Equal(Instant.FromUtc(2024, 4, 2, 12, 0, 0), clock.GetCurrentInstant());
    }

    [Fact]
    public void Advance_AndReset_MoveTheClock()
    {
        var clock = FakeClock.FromUtc(2024, 1, 1);
        clock.Advance(Duration.FromHours(2));
        Assert.Equal(Instant.FromUtc(2024, 1, 1, 2, 0), clock.GetCurrentInstant());
        clock.Reset(Instant.FromUtc(2020, 3, 8, 12, 0));
        Assert.Equal(Instant.FromUtc(2020, 3, 8, 12, 0), clock.GetCurrentInstant());
    }
}
