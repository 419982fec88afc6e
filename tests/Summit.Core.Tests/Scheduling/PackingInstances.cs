using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Summit.Core.Randomness;
using Summit.Core.Scheduling;

namespace Summit.Core.Tests.Scheduling;

/// <summary>Seeded packing instances shared by the tests and the benchmarks (the benchmark project links this file).</summary>
internal static class PackingInstances
{
    /// <summary>
    /// A summit-sized instance: <paramref name="topics"/> topics (seeded weights 1–100, optional 5-minute lightning talk
    /// and wrap-up, 15–30 minutes of discussion, 25 presenters) into sessions of 105, 75, 105 and 75 minutes on two days.
    /// </summary>
    public static PackingRequest Summit(int topics = 30, string seed = "summit-bench")
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
}
