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

    /// <summary>The seed of the committed summit-size study set (issue 14).</summary>
    public const string StudySeed = "issue-14-study";

    /// <summary>The number of instances in the committed study set.</summary>
    public const int StudySize = 300;

    /// <summary>
    /// Instance <paramref name="index"/> of the seeded summit-size study set, like the CP-SAT study of issue 14: 5–30
    /// topics, 1–3 sessions of 40–120 minutes with 1–3 parallel rooms (1–7 lanes), optional reserved minutes, lightning
    /// talks and wrap-ups, 15–30 minutes of discussion, weights 1–9 (or every weight 1), shared presenters, availability
    /// windows, listed conflicts, groupings, session and room pins and pinned start times.
    /// </summary>
    public static PackingRequest Study(int index, string seed = StudySeed) => Study(index, seed, 5, 30, 3, 3);

    /// <summary>A small seeded instance (2–6 topics, 1–2 sessions of 1–2 rooms) for the differential test against exhaustive enumeration.</summary>
    public static PackingRequest Small(int index) => Study(index, "issue-14-small", 2, 6, 2, 2);

    private static PackingRequest Study(int index, string seed, int fewestTopics, int mostTopics, int mostSessions, int mostRooms)
    {
        var random = SplitMix64.FromText(seed + "-" + index.ToString(CultureInfo.InvariantCulture));
        int Below(int bound) => (int)random.NextBelow((ulong)bound);
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var day = new LocalDate(2024, 5, 18);
        var sessions = 1 + Below(mostSessions);
        var blocks = new List<AgendaBlock>();
        var lanes = 0;
        var start = new LocalTime(9, 0);
        for (var b = 0; b < sessions; b++)
        {
            var minutes = 40 + (5 * Below(17));
            var rooms = Math.Min(1 + Below(mostRooms), 7 - lanes - (sessions - b - 1));
            lanes += rooms;
            blocks.Add(new AgendaBlock("s" + b.ToString(CultureInfo.InvariantCulture), "Session " + b.ToString(CultureInfo.InvariantCulture), BlockKind.Session, day, start, start.PlusMinutes(minutes))
            {
                Rooms = [.. Enumerable.Range(0, rooms).Select(r => "Room " + r.ToString(CultureInfo.InvariantCulture))],
                ReservedMinutes = Below(5) == 0 ? 10 : 0,
            });
            start = start.PlusMinutes(minutes + 30);
        }

        var template = new AgendaTemplate("study", "Study summit", zone, "Room 0") { Blocks = [.. blocks] };
        var n = fewestTopics + Below(mostTopics - fewestTopics + 1);
        var uniform = Below(4) == 0;
        var ids = Enumerable.Range(0, n).Select(i => "t" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var requests = new List<SlotRequest>();
        for (var i = 0; i < n; i++)
        {
            var r = new SlotRequest(ids[i], "Topic " + i.ToString(CultureInfo.InvariantCulture))
            {
                LightningTalkMinutes = uniform ? 0 : 5 * Below(3),
                DiscussionMinimumMinutes = 15,
                DiscussionMaximumMinutes = uniform ? 30 : 15 + (5 * Below(4)),
                WrapUpMinutes = uniform || Below(3) != 0 ? 0 : 5,
                Presenters = uniform ? [] : ["P" + Below(Math.Max(2, n)).ToString(CultureInfo.InvariantCulture)],
                Weight = uniform ? 1 : 1 + Below(9),
            };
            var block = blocks[Below(blocks.Count)];
            switch (uniform ? 9 : Below(20))
            {
                case 0:
                    r = r with { Availability = [new LocalWindow(block.LocalStart, block.LocalEnd)] };
                    break;
                case 1:
                    r = r with { PinnedBlockId = block.Id };
                    break;
                case 2:
                    r = r with { PinnedBlockId = block.Id, PinnedRoom = block.Rooms[Below(block.Rooms.Length)] };
                    break;
                case 3:
                    r = r with { PinnedStart = block.LocalStart.PlusMinutes(15 * Below(3)) };
                    break;
                case 4 when i > 0:
                    r = r with { Conflicts = [ids[Below(i)]] };
                    break;
                case 5 when i > 0:
                    r = r with { SameSessionAs = [ids[Below(i)]] };
                    break;
                case 6:
                    r = r with { AllowedRooms = ["Room 0"] };
                    break;
            }

            requests.Add(r);
        }

        return new PackingRequest(template, [.. requests]);
    }
}
