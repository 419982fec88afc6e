using BenchmarkDotNet.Attributes;
using NodaTime;
using Summit.Core.Timing;

namespace Summit.Core.Benchmarks.Timing;

/// <summary>Deadline parsing and checks, and timeline phase evaluation: the work every intake and every "summit plan" does.</summary>
[MemoryDiagnoser]
public class TimingBenchmarks
{
    private readonly Deadline _deadline = Deadline.EndOfDayAnywhereOnEarth(new LocalDate(2024, 4, 1));
    private readonly DeadlinePolicy _policy = DeadlinePolicy.For(Deadline.EndOfDayAnywhereOnEarth(new LocalDate(2024, 4, 1)))
        .WithGrace(Duration.FromMinutes(15)).Value;
    private Timeline _timeline = null!;
    private Instant[] _instants = null!;

    [GlobalSetup]
    public void Setup()
    {
        _timeline = Timeline.Create(
        [
            Milestone.StartOfDayAnywhereOnEarth(MilestoneKind.RegistrationOpens, new LocalDate(2020, 2, 17)),
            Milestone.AtDeadline(MilestoneKind.RegistrationCloses, Deadline.EndOfDayAnywhereOnEarth(new LocalDate(2020, 3, 7))),
            Milestone.StartOfDayAnywhereOnEarth(MilestoneKind.ProposalsOpen, new LocalDate(2020, 2, 17)),
            Milestone.AtDeadline(MilestoneKind.ProposalsClose, Deadline.EndOfDayAnywhereOnEarth(new LocalDate(2020, 3, 7))),
            Milestone.StartOfDayAnywhereOnEarth(MilestoneKind.VotingOpens, new LocalDate(2020, 3, 9)),
            Milestone.AtDeadline(MilestoneKind.VotingCloses, Deadline.EndOfDayAnywhereOnEarth(new LocalDate(2020, 3, 30))),
            Milestone.Exact(MilestoneKind.SummitStarts, Instant.FromUtc(2020, 4, 16, 13, 30)),
            Milestone.Exact(MilestoneKind.SummitEnds, Instant.FromUtc(2020, 4, 16, 22, 0)),
        ]).Value;
        _instants = Enumerable.Range(0, 1000).Select(i => Instant.FromUtc(2020, 2, 1, 0, 0) + Duration.FromHours(i * 1.9)).ToArray();
    }

    [Benchmark(Description = "Deadline.Parse(\"2024-04-01T17:00 America/New_York\")")]
    public Deadline ParseZoned() => Deadline.Parse("2024-04-01T17:00 America/New_York").Value;

    [Benchmark(Description = "Deadline.Parse(\"2024-04-01 AoE\")")]
    public Deadline ParseAoE() => Deadline.Parse("2024-04-01 AoE").Value;

    [Benchmark(Description = "1,000 submission checks with grace", OperationsPerInvoke = 1000)]
    public int CheckSubmissions()
    {
        var accepted = 0;
        foreach (var at in _instants)
        {
            if (_policy.Check(at).IsAccepted)
            {
                accepted++;
            }
        }

        return accepted;
    }

    [Benchmark(Description = "1,000 timeline phases (2020 timeline)", OperationsPerInvoke = 1000)]
    public int Phases()
    {
        var open = 0;
        foreach (var at in _instants)
        {
            open += _timeline.PhaseAt(at).OpenWindows.Length;
        }

        return open;
    }

    [Benchmark(Description = "Deadline.IsOpenAt")]
    public bool IsOpen() => _deadline.IsOpenAt(_instants[500]);
}
