using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Summit.Core.Voting.Counting;

namespace Summit.Core.Benchmarks.Voting;

/// <summary>Pairwise counting (the input of Schulze, ranked pairs, Copeland, Borda) on 1,000,000 random full rankings of 20 candidates.</summary>
[MemoryDiagnoser]
public class PairwiseBenchmarks
{
    private const int Ballots = 1_000_000;
    private const int Candidates = 20;
    private int[] _positions = [];
    private ImmutableArray<string> _names;

    [GlobalSetup]
    public void Setup()
    {
        _names = [.. Enumerable.Range(0, Candidates).Select(i => "C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        _positions = new int[Ballots * Candidates];
        var state = 0x9E3779B97F4A7C15UL;
        var order = new int[Candidates];
        for (var b = 0; b < Ballots; b++)
        {
            for (var i = 0; i < Candidates; i++)
            {
                order[i] = i;
            }

            for (var i = Candidates - 1; i > 0; i--)
            {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                var j = (int)(state % (ulong)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }

            for (var rank = 0; rank < Candidates; rank++)
            {
                _positions[(b * Candidates) + order[rank]] = rank;
            }
        }
    }

    /// <summary>One thread; reported per ballot.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Ballots)]
    public long OneThread() => PairwiseCount.OfPositions(_names, _positions, 1)[0, 1];

    /// <summary>Two slices counted in parallel and merged; reported per ballot.</summary>
    [Benchmark(OperationsPerInvoke = Ballots)]
    public long TwoThreadsMerged() => PairwiseCount.OfPositions(_names, _positions, 2)[0, 1];
}
