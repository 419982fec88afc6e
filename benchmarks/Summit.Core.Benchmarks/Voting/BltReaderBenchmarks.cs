using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Summit.Core.Voting.Formats;

namespace Summit.Core.Benchmarks.Voting;

/// <summary>
/// The BLT reader on the 100,000 x 20 file of benchmarks/cli/run.sh (the same xorshift32 generator, seed 2463534242,
/// the same 5,500,342 bytes): text already in memory to a grouped <c>BallotProfile</c>. MB/s = 5.5 / mean seconds.
/// </summary>
[MemoryDiagnoser]
public class BltReaderBenchmarks
{
    private string _text = string.Empty;

    /// <summary>The size of the text in bytes (ASCII): divide by the mean for the throughput.</summary>
    public int Bytes => _text.Length;

    [GlobalSetup]
    public void Setup()
    {
        _text = Generate(100_000, 20);
        Console.WriteLine($"// BLT text: {_text.Length.ToString(CultureInfo.InvariantCulture)} bytes");
    }

    [Benchmark(Description = "BltFormat.Read, 100,000 full rankings x 20 candidates (5.5 MB)")]
    public long Read() => BltFormat.Read(_text, "100k-20.blt").Value.TotalWeight;

    /// <summary>The file gen-blt.py writes: N uniform permutations (Fisher-Yates, xorshift32), weight 1, quoted names.</summary>
    internal static string Generate(int ballots, int candidates)
    {
        var state = 2463534242u;
        var sb = new StringBuilder(ballots * (candidates * 3 + 4));
        sb.Append(CultureInfo.InvariantCulture, $"{candidates} 1\n");
        var perm = new int[candidates];
        for (var b = 0; b < ballots; b++)
        {
            for (var i = 0; i < candidates; i++)
            {
                perm[i] = i + 1;
            }

            for (var i = candidates - 1; i > 0; i--)
            {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                var j = (int)(state % (uint)(i + 1));
                (perm[i], perm[j]) = (perm[j], perm[i]);
            }

            sb.Append('1');
            foreach (var p in perm)
            {
                sb.Append(' ').Append(p.ToString(CultureInfo.InvariantCulture));
            }

            sb.Append(" 0\n");
        }

        sb.Append("0\n");
        for (var k = 1; k <= candidates; k++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\"Candidate {k:00}\"\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"\"{ballots} rankings of {candidates} candidates\"\n");
        return sb.ToString();
    }
}
