using BenchmarkDotNet.Attributes;
using Summit.Core.Scheduling;
using Summit.Core.Tests.RealData.Scheduling;
using Summit.Core.Tests.Scheduling;

namespace Summit.Core.Benchmarks.Scheduling;

/// <summary>The exact packer at summit size: 30 topics into 4 sessions (two days), seeded and fixed.</summary>
[MemoryDiagnoser]
public class ExactPackingBenchmarks
{
    private PackingRequest _request = null!;

    [GlobalSetup]
    public void Setup() => _request = PackingInstances.Summit();

    [Benchmark]
    public Agenda Exact30TopicsInto4Sessions() => Packers.Exact.Pack(_request).Value;
}

/// <summary>The heuristic packer on the four EMF SlotMachine problems (98 talks, 3 venues), read in place from shared/data.</summary>
/// <remarks>Read by the real-data tests' <see cref="SlotMachineProblem"/>; packed without the previous schedule of <c>scheduled_hard</c>.</remarks>
[MemoryDiagnoser]
[RequiresSharedData]
public class SlotMachineBenchmarks
{
    private PackingRequest _request = null!;

    [Params("scheduled_hard", "unscheduled_easy", "unscheduled_hard", "unscheduled_very_hard")]
    public string Problem { get; set; } = "unscheduled_easy";

    [GlobalSetup]
    public void Setup() =>
        _request = SlotMachineProblem.LoadPath(SharedData.PathOf("scheduling", "slotmachine", Problem + ".json")).Request with { Previous = null };

    [Benchmark]
    public Agenda HeuristicSlotMachine() => Packers.Heuristic.Pack(_request).Value;
}
