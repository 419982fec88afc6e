namespace Summit.Core.Scheduling.OrTools;

/// <summary>How much work <see cref="CpSatPacker"/> may do, and the solver settings that keep it deterministic.</summary>
/// <remarks>
/// Immutable. The limit is CP-SAT's deterministic time, a count of work and not of seconds, so the same request gives the
/// same agenda on every machine and under any load (with one worker). <see cref="WallTimeLimitSeconds"/> is a guard
/// against a stuck run only; if it ever ends a stage before the deterministic limit, that run may differ from another.
/// </remarks>
public sealed record CpSatPackerOptions
{
    /// <summary>Gets the default options.</summary>
    public static CpSatPackerOptions Default { get; } = new();

    /// <summary>Gets the limit of CP-SAT's deterministic time for all stages of one pack together (about a second of work each on a current core). The default value is 30.</summary>
    /// <remarks>Positive. Later stages get what earlier ones left; a stage stopped by the limit keeps its best solution and is not proven.</remarks>
    public double DeterministicTimeLimit { get; init; } = 30;

    /// <summary>Gets the wall-clock limit of each stage in seconds, a guard only. The default value is 600.</summary>
    /// <remarks>Positive. Keep it well above what <see cref="DeterministicTimeLimit"/> takes, or runs stop being reproducible.</remarks>
    public double WallTimeLimitSeconds { get; init; } = 600;

    /// <summary>Gets the number of CP-SAT workers. The default value is 1.</summary>
    /// <remarks>From 1 to 64. One worker is deterministic; more run CP-SAT's parallel portfolio, often faster at conference size but not reproducible from run to run.</remarks>
    public int Workers { get; init; } = 1;

    /// <summary>Gets CP-SAT's random seed. The default value is 20240518.</summary>
    public int Seed { get; init; } = 20240518;
}
