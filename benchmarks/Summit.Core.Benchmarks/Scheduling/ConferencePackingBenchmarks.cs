using BenchmarkDotNet.Attributes;
using Summit.Core.Scheduling;
using Summit.Core.Tests.Scheduling;

namespace Summit.Core.Benchmarks.Scheduling;

/// <summary>
/// Issue 14 at conference size: 100 talks (<see cref="PackingInstances.Conference(int, int, int)"/>, seed
/// <see cref="PackingInstances.ConferenceSeed"/>) into 3, 4 or 6 parallel rooms on 2 or 3 days, packed by the heuristic
/// and by the exact packer with 200,000 search nodes. The target is a feasible agenda with every hard rule met in ≤ 1 s,
/// with a reported gap; the agendas are checked by <c>ConferencePackingTests</c>.
/// </summary>
/// <remarks>Rooms 6 and Days 3 is <see cref="PackingInstances.ConferenceLargest"/>.</remarks>
[MemoryDiagnoser]
public class ConferencePackingBenchmarks
{
    private PackingRequest _request = null!;
    private PackingRequest _limited = null!;

    [Params(3, 4, 6)]
    public int Rooms { get; set; } = 6;

    [Params(2, 3)]
    public int Days { get; set; } = 3;

    [GlobalSetup]
    public void Setup()
    {
        _request = PackingInstances.Conference(100, Rooms, Days);
        _limited = _request with { SearchNodeLimit = 200_000 };
    }

    [Benchmark]
    public Agenda Heuristic100Talks() => Packers.Heuristic.Pack(_request).Value;

    [Benchmark]
    public Agenda Exact100Talks200000Nodes() => Packers.Exact.Pack(_limited).Value;
}

/// <summary>
/// The exact packer with its default node limit (5,000,000) on the same 100-talk conferences as
/// <see cref="ConferencePackingBenchmarks"/>. One operation takes minutes on the project's machine, so this class is
/// kept apart: run it out of process with one cold iteration
/// (<c>--filter '*ConferenceExactDefault*' --strategy ColdStart --warmupCount 0 --iterationCount 1</c>; the in-process
/// toolchain gives up on operations this long). No memory diagnoser: it would run every operation a second time.
/// </summary>
public class ConferenceExactDefaultLimitBenchmarks
{
    private PackingRequest _request = null!;

    [Params(3, 4, 6)]
    public int Rooms { get; set; } = 6;

    [Params(2, 3)]
    public int Days { get; set; } = 3;

    [GlobalSetup]
    public void Setup() => _request = PackingInstances.Conference(100, Rooms, Days);

    [Benchmark]
    public Agenda Exact100TalksDefaultLimit() => Packers.Exact.Pack(_request).Value;
}

/// <summary>
/// The heuristic on the four seeded conference instances (<see cref="PackingInstances.Conference(int)"/>) where it was
/// slowest in a stopwatch sweep of instances 0–199: each has a timing search that reaches its node limit.
/// </summary>
[MemoryDiagnoser]
public class ConferenceHeuristicSlowestBenchmarks
{
    private PackingRequest _request = null!;

    [Params(39, 64, 109, 118)]
    public int Instance { get; set; } = 109;

    [GlobalSetup]
    public void Setup() => _request = PackingInstances.Conference(Instance);

    [Benchmark]
    public Agenda HeuristicConferenceInstance() => Packers.Heuristic.Pack(_request).Value;
}
