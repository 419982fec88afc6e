using BenchmarkDotNet.Attributes;
using Summit.Core.Voting;
using Summit.Core.Voting.Formats;
using Summit.Core.Voting.Stv;

namespace Summit.Core.Benchmarks.Stv;

/// <summary>Scottish STV over all 1,100 scot-elex elections, read in place from ../shared/data, parsing included.</summary>
[MemoryDiagnoser]
[RequiresSharedData]
public class ScotElexStvBenchmarks
{
    private string[] _files = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = SharedData.PathOf("voting", "scot-elex", "blt_files");
        _files = [.. Directory.GetFiles(folder, "*.blt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
    }

    [Benchmark(Description = "read+parse+count 1,100 files, 1 thread")]
    public int AllFilesOneThread()
    {
        var seats = 0;
        var method = new ScottishStvMethod();
        foreach (var file in _files)
        {
            seats += Count(method, file);
        }

        return seats;
    }

    [Benchmark(Description = "read+parse+count 1,100 files, parallel")]
    public int AllFilesParallel()
    {
        var method = new ScottishStvMethod();
        return _files.AsParallel().Sum(file => Count(method, file));
    }

    [Benchmark(Description = "read+parse only, 1 thread")]
    public long ParseOnly()
    {
        long total = 0;
        foreach (var file in _files)
        {
            total += BltFormat.Read(File.ReadAllText(file), file).Value.TotalWeight;
        }

        return total;
    }

    private static int Count(ScottishStvMethod method, string file)
    {
        var profile = BltFormat.Read(File.ReadAllText(file), file).Value;
        return method.Tally(profile, new TallyOptions(profile.DeclaredSeats!.Value)).Value.Winners.Length;
    }
}
