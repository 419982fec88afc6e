using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Summit.Core.Voting;
using Summit.Core.Voting.Formats;
using Summit.Core.Voting.Stv;

namespace Summit.Core.Benchmarks.Stv;

/// <summary>
/// Measurement modes outside BenchmarkDotNet: <c>--glasgow-memory</c> (bytes retained by the 21 grouped Glasgow
/// 2007 profiles against the raw BLT size), <c>--stv-digest</c> (a SHA-256 over every scot-elex profile's grouped
/// ballots and Scottish STV result, and the Glasgow Meek results, to check that results do not change) and
/// <c>--scotelex-time</c> (a quick stopwatch of read + parse + count over the 1,100 files).
/// </summary>
internal static class StvMeasurements
{
    public static bool TryRun(string[] args)
    {
        if (args.FirstOrDefault() is "--glasgow-memory" or "--stv-digest" or "--scotelex-time" && SharedData.Folder is null)
        {
            Console.WriteLine("../shared/data not found: nothing to measure.");
            return true;
        }

        switch (args.FirstOrDefault())
        {
            case "--glasgow-memory":
                GlasgowMemory();
                return true;
            case "--stv-digest":
                Digest();
                return true;
            case "--scotelex-time":
                Time(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5);
                return true;
            default:
                return false;
        }
    }

    public static string VotingData() => SharedData.PathOf("voting");

    private static string[] ScotElexFiles() =>
        [.. Directory.GetFiles(Path.Combine(VotingData(), "scot-elex", "blt_files"), "*.blt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    /// <summary>The Glasgow 2007 folder: the 21 wards (<c>*-2007.blt</c>) and, unless <paramref name="wardsOnly"/>, two small droop test files.</summary>
    private static string[] GlasgowFiles(bool wardsOnly = false) =>
        [.. Directory.GetFiles(Path.Combine(VotingData(), "stv-glasgow-2007"), wardsOnly ? "*-2007.blt" : "*.blt").Order(StringComparer.Ordinal)];

    private static void GlasgowMemory()
    {
        var files = GlasgowFiles(wardsOnly: true);
        var texts = files.Select(File.ReadAllText).ToArray();
        var raw = files.Sum(f => new FileInfo(f).Length);

        // Cold: the first read of the wards in this process (JIT warmed on a small ward).
        GC.KeepAlive(BltFormat.Read(texts.MinBy(t => t.Length)!).Value);
        var coldBefore = GC.GetTotalMemory(forceFullCollection: true);
        var cold = texts.Select(t => BltFormat.Read(t).Value).ToArray();
        var coldRetained = GC.GetTotalMemory(forceFullCollection: true) - coldBefore;
        GC.KeepAlive(cold);
        cold = null;

        // Warm: read all 21 again and hold them.
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var profiles = texts.Select((t, i) => BltFormat.Read(t, files[i]).Value).ToArray();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var retained = after - before;
        GC.KeepAlive(profiles);
        var store = profiles.Sum(p => p.Store?.ArrayBytes ?? 0);

        // Last: the public Ballots materializes the object form on first access.
        var groups = profiles.Sum(p => (long)p.Ballots.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Glasgow 2007: {files.Length} wards, raw BLT {raw:N0} bytes"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"retained by the grouped profiles (GC.GetTotalMemory(true) after - before): {retained:N0} bytes ({(double)retained / raw:0.00}x raw)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"retained, first read in the process: {coldRetained:N0} bytes ({(double)coldRetained / raw:0.00}x raw)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"compact store arrays (length x element size): {store:N0} bytes"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated while reading (GC.GetAllocatedBytesForCurrentThread): {allocated:N0} bytes; {groups:N0} ballot groups"));
    }

    private static void Digest()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var scottish = new ScottishStvMethod();
        var meek = new MeekStvMethod();
        void Add(string s) => sha.AppendData(Encoding.UTF8.GetBytes(s + "\n"));
        foreach (var file in ScotElexFiles())
        {
            var profile = BltFormat.Read(File.ReadAllText(file), Path.GetFileName(file)).Value;
            var result = scottish.Tally(profile, new TallyOptions(profile.DeclaredSeats!.Value)).Value;
            Add(JsonSerializer.Serialize(result));
            Add(string.Join('|', profile.Candidates) + "#" + string.Join(',', profile.Withdrawn) + "#" + profile.Title + "#" + profile.TotalWeight);
            Add(BltFormat.Write(profile));
        }

        foreach (var file in GlasgowFiles())
        {
            var profile = BltFormat.Read(File.ReadAllText(file), Path.GetFileName(file)).Value;
            Add(JsonSerializer.Serialize(meek.Tally(profile, new TallyOptions(profile.DeclaredSeats!.Value)).Value));
        }

        Console.WriteLine(Convert.ToHexString(sha.GetHashAndReset()));
    }

    private static void Time(int runs)
    {
        var files = ScotElexFiles();
        var method = new ScottishStvMethod();
        for (var run = 0; run < runs; run++)
        {
            var sw = Stopwatch.StartNew();
            var seats = 0;
            foreach (var file in files)
            {
                var profile = BltFormat.Read(File.ReadAllText(file), file).Value;
                seats += method.Tally(profile, new TallyOptions(profile.DeclaredSeats!.Value)).Value.Winners.Length;
            }

            var all = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            foreach (var file in files)
            {
                GC.KeepAlive(BltFormat.Read(File.ReadAllText(file), file).Value);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run + 1}: read+parse+count {all:0} ms ({seats} seats); read+parse {sw.Elapsed.TotalMilliseconds:0} ms"));
        }
    }
}
