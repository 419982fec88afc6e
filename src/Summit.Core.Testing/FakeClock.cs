using NodaTime;

namespace Summit.Core.Testing;

/// <summary>A NodaTime <see cref="IClock"/> whose time only moves when a test moves it.</summary>
/// <remarks>
/// Thread-safe. NodaTime.Testing is not on this project's package source, so this is a minimal stand-in with the same
/// vocabulary (<see cref="Advance"/>, <see cref="Reset"/>, <see cref="AutoAdvance"/>).
/// </remarks>
public sealed class FakeClock : IClock
{
    private readonly Lock _gate = new();
    private Instant _now;

    /// <summary>Initializes a clock that reads <paramref name="initial"/>.</summary>
    /// <param name="initial">The first instant the clock returns.</param>
    /// <param name="autoAdvance">How far the clock moves after each read. The default value is zero.</param>
    public FakeClock(Instant initial, Duration autoAdvance = default)
    {
        _now = initial;
        AutoAdvance = autoAdvance;
    }

    /// <summary>Gets how far the clock moves after each read.</summary>
    public Duration AutoAdvance { get; }

    /// <summary>Creates a clock set to a UTC date and time.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day of the month.</param>
    /// <param name="hour">The hour, 0–23.</param>
    /// <param name="minute">The minute.</param>
    /// <param name="second">The second.</param>
    /// <returns>The clock.</returns>
    public static FakeClock FromUtc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(Instant.FromUtc(year, month, day, hour, minute, second));

    /// <inheritdoc />
    public Instant GetCurrentInstant()
    {
        lock (_gate)
        {
            var now = _now;
            _now += AutoAdvance;
            return now;
        }
    }

    /// <summary>Moves the clock forward (or back, with a negative duration).</summary>
    /// <param name="duration">How far to move.</param>
    public void Advance(Duration duration)
    {
        lock (_gate)
        {
            _now += duration;
        }
    }

    /// <summary>Sets the clock to an instant.</summary>
    /// <param name="instant">The new instant.</param>
    public void Reset(Instant instant)
    {
        lock (_gate)
        {
            _now = instant;
        }
    }
}
