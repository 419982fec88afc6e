using System.Globalization;
using Xunit.Abstractions;

namespace Summit.Core.Fuzz;

/// <summary>
/// The fuzz smoke pass: every reader gets its seeds and <see cref="FuzzHarness.InputsPerReader"/> mutated inputs
/// (SUMMIT_FUZZ=N for more). An exception, a failure that is not a coded (and positioned) SummitError, or an input
/// slower than 1 s fails the test; the message names the seed to reproduce (SUMMIT_FUZZ_REPRO=target:seed).
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    public static TheoryData<string> TargetNames => [.. Targets.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TargetNames))]
    public void Reader_SurvivesMutatedInputs(string name)
    {
        var target = Targets.All.Single(t => t.Name == name);
        var count = Math.Max(1, (int)(FuzzHarness.InputsPerReader * target.Share));
        var report = FuzzHarness.Run(target, count, FuzzHarness.BaseSeed);
        output.WriteLine(report.ToString());
        foreach (var failure in report.Failures.Take(20))
        {
            output.WriteLine(failure);
        }

        Assert.True(report.Failures.Count == 0, $"{report}\n{string.Join("\n", report.Failures.Take(5))}");
    }

    /// <summary>Replays one finding: SUMMIT_FUZZ_REPRO=target:seed dotnet test --filter Reproduce.</summary>
    [ReproFact]
    public void Reproduce()
    {
        var repro = Environment.GetEnvironmentVariable("SUMMIT_FUZZ_REPRO")!;
        var parts = repro.Split(':');
        var target = Targets.All.Single(t => t.Name == parts[0]);
        var input = FuzzHarness.Generate(target, ulong.Parse(parts[1], CultureInfo.InvariantCulture));
        output.WriteLine("input: " + FuzzHarness.Escape(input));
        Assert.Null(target.Run(input));
    }
}
