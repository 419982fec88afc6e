using BenchmarkDotNet.Attributes;
using NodaTime;
using Summit.Core.Summits;
using Summit.Core.Timing;

namespace Summit.Core.Benchmarks.Summits;

/// <summary>
/// <see cref="SummitIntake.SubmitAll"/> over many registrations (issue 12: it was quadratic, 20,000 took 4 s).
/// Linear now: doubling the registrations should roughly double the time.
/// </summary>
[MemoryDiagnoser]
public class IntakeBenchmarks
{
    private SummitIntake _intake = null!;
    private Registration[] _registrations = null!;

    [Params(5_000, 20_000)]
    public int Registrations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var timeline = Timeline.Create(
        [
            Milestone.StartOfDayAnywhereOnEarth(MilestoneKind.RegistrationOpens, new LocalDate(2024, 1, 1)),
            Milestone.AtDeadline(MilestoneKind.RegistrationCloses, Deadline.EndOfDayAnywhereOnEarth(new LocalDate(2024, 4, 1))),
        ]).Value;
        _intake = SummitIntake.Open(timeline);

        // One duplicate id in ten; all within the window.
        _registrations = Enumerable.Range(0, Registrations)
            .Select(i => new Registration(i % 10 == 9 ? "r" + (i - 1) : "r" + i, "Person " + i, Instant.FromUtc(2024, 2, 1, 0, 0) + Duration.FromSeconds(i)))
            .ToArray();
    }

    [Benchmark(Description = "SummitIntake.SubmitAll")]
    public int SubmitAll() => _intake.SubmitAll(_registrations, []).Registrations.Length;
}
