using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NodaTime;
using NodaTime.Text;
using Summit.Core.Randomness;
using Summit.Core.Scheduling;

namespace Summit.Core.Benchmarks.Scheduling;

/// <summary>The exact packer at summit size: 30 topics into 4 sessions (two days), seeded and fixed.</summary>
[MemoryDiagnoser]
public class ExactPackingBenchmarks
{
    private PackingRequest _request = null!;

    [GlobalSetup]
    public void Setup() => _request = SummitInstance(30, "summit-bench");

    /// <summary>30 topics (seeded weights 1–100, optional 5-minute lightning talk and wrap-up, 15–30 minutes of discussion) into sessions of 105, 75, 105 and 75 minutes.</summary>
    public static PackingRequest SummitInstance(int topics, string seed)
    {
        var random = SplitMix64.FromText(seed);
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var day1 = new LocalDate(2024, 5, 18);
        var day2 = day1.PlusDays(1);
        var template = new AgendaTemplate("bench", "Benchmark summit", zone, "Room 319")
        {
            Blocks =
            [
                new AgendaBlock("s1", "Session 1", BlockKind.Session, day1, new LocalTime(14, 0), new LocalTime(15, 45)),
                new AgendaBlock("s2", "Session 2", BlockKind.Session, day1, new LocalTime(16, 15), new LocalTime(17, 30)),
                new AgendaBlock("s3", "Session 3", BlockKind.Session, day2, new LocalTime(14, 0), new LocalTime(15, 45)),
                new AgendaBlock("s4", "Session 4", BlockKind.Session, day2, new LocalTime(16, 15), new LocalTime(17, 30)),
            ],
        };
        var requests = Enumerable.Range(0, topics).Select(i => new SlotRequest("t" + i.ToString(CultureInfo.InvariantCulture), "Topic " + i.ToString(CultureInfo.InvariantCulture))
        {
            LightningTalkMinutes = random.NextBelow(2) == 0 ? 0 : 5,
            DiscussionMinimumMinutes = 15,
            DiscussionMaximumMinutes = 15 + (5 * (int)random.NextBelow(4)),
            WrapUpMinutes = random.NextBelow(2) == 0 ? 0 : 5,
            Presenters = ["P" + random.NextBelow(25).ToString(CultureInfo.InvariantCulture)],
            Weight = 1 + random.NextBelow(100),
        }).ToImmutableArray();
        return new PackingRequest(template, requests);
    }

    [Benchmark]
    public Agenda Exact30TopicsInto4Sessions() => Packers.Exact.Pack(_request).Value;
}

/// <summary>The heuristic packer on the four EMF SlotMachine problems (98 talks, 3 venues), read in place from shared/data.</summary>
[MemoryDiagnoser]
public class SlotMachineBenchmarks
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss");

    private PackingRequest _request = null!;

    [Params("scheduled_hard", "unscheduled_easy", "unscheduled_hard", "unscheduled_very_hard")]
    public string Problem { get; set; } = "unscheduled_easy";

    [GlobalSetup]
    public void Setup()
    {
        var folder = FindSharedData() ?? throw new InvalidOperationException("shared/data not found above " + AppContext.BaseDirectory);
        _request = Load(Path.Combine(folder, "scheduling", "slotmachine", Problem + ".json"));
    }

    [Benchmark]
    public Agenda HeuristicSlotMachine() => Packers.Heuristic.Pack(_request).Value;

    private static string? FindSharedData()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Same reading as the real-data tests: blocks cut at every window boundary, venues as rooms, talks as fixed-length requests.</summary>
    public static PackingRequest Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var talks = document.RootElement.GetProperty("talks").EnumerateArray().Select(t => (
            Id: t.GetProperty("id").GetInt32(),
            Duration: t.GetProperty("duration").GetInt32(),
            Speakers: t.GetProperty("speakers").EnumerateArray().Select(s => s.ToString()).ToImmutableArray(),
            Venues: t.GetProperty("venue_times").EnumerateArray().Select(v => v.GetProperty("venue").GetInt32()).ToImmutableArray(),
            Windows: t.GetProperty("venue_times").EnumerateArray().SelectMany(v => v.GetProperty("times").EnumerateArray())
                .Select(w => new LocalWindow(Pattern.Parse(w.GetProperty("start").GetString()!).Value, Pattern.Parse(w.GetProperty("end").GetString()!).Value))
                .Distinct().OrderBy(w => w.Start).ToImmutableArray())).ToList();
        var venues = talks.SelectMany(t => t.Venues).Distinct().Order().Select(v => "Venue " + v.ToString(CultureInfo.InvariantCulture)).ToImmutableArray();
        var windows = talks.SelectMany(t => t.Windows).Distinct().ToList();
        var blocks = new List<AgendaBlock>();
        foreach (var day in windows.GroupBy(w => w.Start.Date).OrderBy(g => g.Key))
        {
            var cuts = day.SelectMany(w => new[] { w.Start, w.End }).Distinct().Order().ToList();
            for (var i = 0; i + 1 < cuts.Count; i++)
            {
                if (cuts[i].Date == cuts[i + 1].Date && day.Any(w => w.Contains(cuts[i], cuts[i + 1])))
                {
                    blocks.Add(new AgendaBlock(cuts[i].ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), "Talks", BlockKind.Session, cuts[i].Date, cuts[i].TimeOfDay, cuts[i + 1].TimeOfDay) { Rooms = venues });
                }
            }
        }

        var template = new AgendaTemplate("emf", "EMF", DateTimeZoneProviders.Tzdb["Europe/London"], venues[0]) { Blocks = [.. blocks] };
        return new PackingRequest(template, [.. talks.Select(t => SlotRequest.Fixed("talk-" + t.Id.ToString(CultureInfo.InvariantCulture), "Talk", t.Duration) with
        {
            Presenters = t.Speakers,
            AllowedRooms = [.. t.Venues.Order().Select(v => "Venue " + v.ToString(CultureInfo.InvariantCulture))],
            Availability = t.Windows,
        })]);
    }
}
