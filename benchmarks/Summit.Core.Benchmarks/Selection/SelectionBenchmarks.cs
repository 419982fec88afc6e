using BenchmarkDotNet.Attributes;
using NodaTime;
using Summit.Core.Selection;
using Summit.Core.Summits;

namespace Summit.Core.Benchmarks.Selection;

/// <summary>100,000 applicants through a pipeline with five role quotas, tiers and a seeded lottery (target: under 20 ms).</summary>
[MemoryDiagnoser]
public class SelectionBenchmarks
{
    private ISelectionPolicy<Registration> _policy = null!;
    private SelectionContext<Registration> _context = null!;

    [Params(100_000)]
    public int Applicants { get; set; }

    /// <summary>
    /// False: candidates arrive in identifier order (a numbered form export); true: their identifiers come in a fixed
    /// random order (as when ids are e-mail hashes), each registration still created in list order as a reader would.
    /// </summary>
    [Params(false, true)]
    public bool ShuffledInput { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var start = Instant.FromUtc(2024, 3, 1, 0, 0);
        var roles = Enum.GetValues<StakeholderRole>();
        var projects = new[] { "pip", "setuptools", "uv", "conda", "hatch", "poetry", "pdm", "flit" };
        var order = Enumerable.Range(0, Applicants).ToArray();
        if (ShuffledInput)
        {
            new Summit.Core.Randomness.SplitMix64(42).Shuffle(order.AsSpan());
        }

        var people = order.Select(i => new Registration("r" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), "Person", start + Duration.FromSeconds(i % 5000))
        {
            Roles = [roles[i % roles.Length]],
            Projects = [projects[(i * 7) % projects.Length]],
            IsActiveToolContributor = i % 11 == 0,
            Attendance = i % 9 == 0 ? AttendanceKind.Observer : AttendanceKind.Participant,
        });
        _context = SelectionContext.ForRegistrations(people.ToArray(), 500, 50, start + Duration.FromDays(40), RandomSources.Seeded("benchmark")).Value;
        _policy = SelectionPolicies.DefaultSummit(new DefaultSummitPolicyOptions
        {
            RoleQuotas =
            [
                new RoleQuota(StakeholderRole.ToolCreator, 50, 200),
                new RoleQuota(StakeholderRole.LibraryMaintainer, 50, 200),
                new RoleQuota(StakeholderRole.ApplicationDeveloper, 20, 150),
                new RoleQuota(StakeholderRole.DownstreamDistributor, 20, 100),
                new RoleQuota(StakeholderRole.Consumer, 10, 100),
            ],
        }).Value;
    }

    [Benchmark]
    public int FiveQuotasAndLottery() => _policy.Select(_context).Value.Outcomes.Length;
}
