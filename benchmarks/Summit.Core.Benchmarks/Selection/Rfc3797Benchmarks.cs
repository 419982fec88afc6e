using BenchmarkDotNet.Attributes;
using Summit.Core.Selection;

namespace Summit.Core.Benchmarks.Selection;

/// <summary>RFC 3797 selection of 1,000 entries from a pool of 100,000 (target: under 5 ms).</summary>
[MemoryDiagnoser]
public class Rfc3797Benchmarks
{
    private const string Key = "9319./2.5.8.10.12./9.18.26.34.41.45./";

    [Benchmark]
    public int Select1000Of100000() => Rfc3797.Select(Key, 100_000, 1_000).Value.Length;
}
