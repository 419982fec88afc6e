using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Summit.Core.Fuzz;

/// <summary>Runs a target on its seeds and on N mutated inputs; collects failures (exception, broken contract, over 1 s).</summary>
internal static class FuzzHarness
{
    /// <summary>The time one input may take before it counts as a hang (a hang detector, not a speed test).</summary>
    public static readonly TimeSpan PerInputCap = TimeSpan.FromSeconds(1);

    /// <summary>The base seed; SUMMIT_FUZZ_SEED overrides it.</summary>
    public static ulong BaseSeed =>
        ulong.TryParse(Environment.GetEnvironmentVariable("SUMMIT_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 20240401UL;

    /// <summary>Inputs per reader; SUMMIT_FUZZ=N overrides the smoke default.</summary>
    public static int InputsPerReader =>
        int.TryParse(Environment.GetEnvironmentVariable("SUMMIT_FUZZ"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 2000;

    public static FuzzReport Run(FuzzTarget target, int count, ulong baseSeed)
    {
        var report = new FuzzReport(target.Name);
        foreach (var seed in target.Seeds)
        {
            // Warm up, untimed: JIT and loading the time zone database are not an input's fault.
            try
            {
                target.Run(seed);
            }
            catch (Exception)
            {
                // Reported by the timed pass below.
            }
        }

        for (var i = 0; i < target.Seeds.Count; i++)
        {
            RunOne(target, target.Seeds[i], $"seed #{i}", report);
        }

        for (var i = 0; i < count; i++)
        {
            var seed = SplitMix64.InputSeed(baseSeed, target.Name, i);
            RunOne(target, Generate(target, seed), string.Create(CultureInfo.InvariantCulture, $"SUMMIT_FUZZ_REPRO={target.Name}:{seed}"), report);
        }

        return report;
    }

    /// <summary>The input a target gets for one seed (the same on every machine).</summary>
    public static string Generate(FuzzTarget target, ulong seed)
    {
        var rng = new SplitMix64(seed);
        return Mutator.Mutate(rng.Pick(target.Seeds), target.Seeds, rng);
    }

    private static void RunOne(FuzzTarget target, string input, string id, FuzzReport report)
    {
        var watch = Stopwatch.StartNew();
        string? problem;
        try
        {
            problem = target.Run(input);
        }
        catch (Exception ex)
        {
            problem = $"threw {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}";
        }

        watch.Stop();
        report.Inputs++;
        if (watch.Elapsed > report.Slowest)
        {
            report.Slowest = watch.Elapsed;
            report.SlowestId = id;
            report.SlowestLength = input.Length;
        }

        var cap = PerInputCap * target.Runs;
        if (problem is null && watch.Elapsed > cap)
        {
            problem = $"took {watch.Elapsed.TotalMilliseconds:F0} ms (cap {cap.TotalMilliseconds:F0} ms for {target.Runs} run(s))";
        }

        if (problem is not null)
        {
            report.Failures.Add($"[{target.Name}] {id}: {problem}\n  input ({input.Length} chars): {Escape(input)}");
        }
    }

    /// <summary>The input as a C# string literal body, shortened, so it can be pasted into a regression test.</summary>
    public static string Escape(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s.Length > 400 ? s[..400] : s)
        {
            sb.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' || c > '~' => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return sb.Append(s.Length > 400 ? "\"..." : "\"").ToString();
    }
}

internal sealed class FuzzReport(string target)
{
    public string Target { get; } = target;

    public int Inputs { get; set; }

    public TimeSpan Slowest { get; set; }

    public string SlowestId { get; set; } = string.Empty;

    public int SlowestLength { get; set; }

    public List<string> Failures { get; } = [];

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Target}: {Inputs} inputs, {Failures.Count} failures, slowest {Slowest.TotalMilliseconds:F1} ms ({SlowestId}, {SlowestLength} chars)");
}
