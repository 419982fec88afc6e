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

    /// <summary>The seed of the conference-size instances (issue 14).</summary>
    public const string ConferenceSeed = "issue-14-conference";

    /// <summary>
    /// Instance <paramref name="index"/> of the seeded conference-size set of issue 14 (seed <see cref="ConferenceSeed"/>):
    /// 20–100 talks, 3–6 parallel rooms, 2–3 days (a May weekend in America/New_York, so no DST change) of 2–3 sessions of
    /// 60–120 minutes with a 30-minute coffee break between them and a 60-minute lunch before the last, talks of 15–45 minutes (a third elastic, a quarter opening
    /// with a 5-minute lightning talk), weights 1–9, a presenter per three fifths of the talks (the rest are second talks of
    /// one of them), a changeover of 0, 5 or 10 minutes, and for about 15% of the talks one availability window (a morning,
    /// an afternoon or a whole day), 5% a restriction to one or two rooms, 4% a listed conflict with an earlier talk and
    /// 3% a session pin.
    /// </summary>
    /// <param name="index">The instance number, 0 or more.</param>
    /// <returns>The request, the same for the same index.</returns>
    public static PackingRequest Conference(int index) => Conference(ConferenceSeed + "-" + index.ToString(CultureInfo.InvariantCulture), null, null, null);

    /// <summary>
    /// A seeded conference of a given size, drawn like <see cref="Conference(int)"/> (sessions, lengths, weights, presenters,
    /// windows, conflicts, rooms and pins) with seed <c>issue-14-conference-{talks}x{rooms}x{days}</c>.
    /// </summary>
    /// <param name="talks">The number of talks, 1 or more.</param>
    /// <param name="rooms">The number of parallel rooms of every session, 1 or more.</param>
    /// <param name="days">The number of days, 1 or more.</param>
    /// <returns>The request, the same for the same size.</returns>
    public static PackingRequest Conference(int talks, int rooms, int days) =>
        Conference(string.Create(CultureInfo.InvariantCulture, $"{ConferenceSeed}-{talks}x{rooms}x{days}"), talks, rooms, days);

    /// <summary>Issue 14's hardest conference case: 100 talks, 6 rooms, 3 days (<see cref="Conference(int, int, int)"/>).</summary>
    /// <returns>The request, fixed.</returns>
    public static PackingRequest ConferenceLargest() => Conference(100, 6, 3);

    private static PackingRequest Conference(string seed, int? fixedTalks, int? fixedRooms, int? fixedDays)
    {
        var random = SplitMix64.FromText(seed);
        int Below(int bound) => (int)random.NextBelow((ulong)bound);
        string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
        var talks = 20 + Below(81);
        var roomCount = 3 + Below(4);
        var days = 2 + Below(2);
        talks = fixedTalks ?? talks;
        roomCount = fixedRooms ?? roomCount;
        days = fixedDays ?? days;

        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var first = new LocalDate(2024, 5, 17);
        var rooms = Enumerable.Range(0, roomCount).Select(r => "Room " + Text(r)).ToArray();
        var blocks = new List<AgendaBlock>();
        var sessions = new List<AgendaBlock>();
        for (var d = 0; d < days; d++)
        {
            var date = first.PlusDays(d);
            var start = new LocalTime(9, 0);
            var count = 2 + Below(2);
            for (var s = 0; s < count; s++)
            {
                if (s > 0)
                {
                    var lunch = s == count - 1;
                    var pause = lunch ? 60 : 30;
                    blocks.Add(new AgendaBlock("d" + Text(d) + "b" + Text(s), lunch ? "Lunch" : "Coffee break", lunch ? BlockKind.Lunch : BlockKind.Break, date, start, start.PlusMinutes(pause)));
                    start = start.PlusMinutes(pause);
                }

                var minutes = 60 + (5 * Below(13));
                var session = new AgendaBlock("d" + Text(d) + "s" + Text(s), "Day " + Text(d + 1) + " session " + Text(s + 1), BlockKind.Session, date, start, start.PlusMinutes(minutes))
                {
                    Rooms = [.. rooms],
                };
                blocks.Add(session);
                sessions.Add(session);
                start = start.PlusMinutes(minutes);
            }
        }

        var template = new AgendaTemplate("conference", "Conference", zone, "Foyer") { Blocks = [.. blocks] };

        // Three fifths of the talks have a presenter of their own; each other talk is the second talk of one of them.
        var presenterCount = Math.Max(1, ((talks * 3) + 2) / 5);
        var presenters = Enumerable.Range(0, presenterCount).ToArray();
        random.Shuffle(presenters.AsSpan());
        var speakerOf = Enumerable.Range(0, talks).Select(i => i < presenterCount ? i : presenters[(i - presenterCount) % presenterCount]).ToArray();
        random.Shuffle(speakerOf.AsSpan());

        var ids = Enumerable.Range(0, talks).Select(i => "t" + Text(i)).ToArray();
        var requests = new List<SlotRequest>();
        for (var i = 0; i < talks; i++)
        {
            var least = 15 + (5 * Below(7));
            var most = Below(3) == 0 ? Math.Min(45, least + (5 * (1 + Below(3)))) : least;
            var lightning = Below(4) == 0 ? 5 : 0;
            var r = new SlotRequest(ids[i], "Talk " + Text(i))
            {
                LightningTalkMinutes = lightning,
                DiscussionMinimumMinutes = least - lightning,
                DiscussionMaximumMinutes = most - lightning,
                Presenters = ["P" + Text(speakerOf[i])],
                Weight = 1 + Below(9),
            };
            var draw = Below(100);
            if (draw < 15)
            {
                var date = first.PlusDays(Below(days));
                var (from, to) = Below(3) switch
                {
                    0 => (new LocalTime(8, 0), new LocalTime(12, 30)),
                    1 => (new LocalTime(12, 30), new LocalTime(19, 0)),
                    _ => (new LocalTime(8, 0), new LocalTime(19, 0)),
                };
                r = r with { Availability = [new LocalWindow(date + from, date + to)] };
            }
            else if (draw < 20)
            {
                r = r with { AllowedRooms = Below(2) == 0 || rooms.Length < 2 ? [rooms[0]] : [rooms[0], rooms[1]] };
            }
            else if (draw < 24 && i > 0)
            {
                r = r with { Conflicts = [ids[Below(i)]] };
            }
            else if (draw < 27)
            {
                r = r with { PinnedBlockId = sessions[Below(sessions.Count)].Id };
            }

            requests.Add(r);
        }

        return new PackingRequest(template, [.. requests]) { ChangeoverMinutes = 5 * Below(3) };
    }

    /// <summary>The request without topic <paramref name="id"/>: withdrawn, and gone from every other topic's conflicts, groupings and orders.</summary>
    /// <param name="request">The request.</param>
    /// <param name="id">The id of the topic withdrawn.</param>
    /// <returns>The request without it.</returns>
    public static PackingRequest Without(PackingRequest request, string id) =>
        request with
        {
            Requests = [.. request.Requests.Where(r => r.Id != id).Select(r => r with
            {
                Conflicts = [.. r.Conflicts.Where(c => c != id)],
                SameSessionAs = [.. r.SameSessionAs.Where(c => c != id)],
                After = [.. r.After.Where(c => c != id)],
            })],
        };

    /// <summary>The seed of the eight-lane instances (issue 14: "up to 30 topics and 8 parallel lanes").</summary>
    public const string EightLaneSeed = "issue-14-eight-lanes";

    /// <summary>
    /// Instance <paramref name="index"/> of the seeded eight-lane set (seed <see cref="EightLaneSeed"/>): drawn like
    /// <see cref="Study(int, string)"/> (5–30 topics, 1–3 sessions, the same topics and rules), but with exactly eight
    /// lanes in all: one session of eight parallel rooms, or the eight shared among two or three sessions. The study set
    /// itself stops at seven lanes.
    /// </summary>
    /// <param name="index">The instance number, 0 or more.</param>
    /// <returns>The request, the same for the same index.</returns>
    public static PackingRequest StudyEightLanes(int index) => Study(index, EightLaneSeed, 5, 30, 3, 8, exactLanes: 8);

    private static PackingRequest Study(int index, string seed, int fewestTopics, int mostTopics, int mostSessions, int mostRooms, int? exactLanes = null)
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
            var rooms = exactLanes is { } total
                ? (b == sessions - 1 ? total - lanes : 1 + Below(Math.Min(mostRooms, total - lanes - (sessions - b - 1))))
                : Math.Min(1 + Below(mostRooms), 7 - lanes - (sessions - b - 1));
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

    /// <summary>
    /// The request with seeded room rules (<see cref="PackingRequest.Rooms"/>) for about half of its rooms (seats 10–50 or
    /// none; one or two stretches of some sessions, off the grid and sometimes past the session) and an expected interest
    /// of 0–55 for about two thirds of its topics.
    /// </summary>
    public static PackingRequest WithRoomRules(PackingRequest request, int seed)
    {
        var random = SplitMix64.FromText("room-rules-" + seed.ToString(CultureInfo.InvariantCulture));
        int Below(int n) => (int)random.NextBelow((ulong)n);
        var sessions = request.Template.Blocks.Where(b => b.Kind == BlockKind.Session).ToList();
        var rules = new List<RoomRules>();
        foreach (var room in sessions.SelectMany(b => request.Template.RoomsOf(b)).Distinct(StringComparer.Ordinal))
        {
            if (Below(2) == 0)
            {
                continue;
            }

            var windows = new List<LocalWindow>();
            foreach (var block in sessions.Where(b => Below(2) == 0))
            {
                // One or two stretches, on or off the 5-minute grid, sometimes reaching past the session.
                var from = block.LocalStart.PlusMinutes(Below(block.Minutes / 2) - 10);
                var to = from.PlusMinutes(15 + Below(block.Minutes));
                windows.Add(new LocalWindow(from, to));
                if (Below(2) == 0)
                {
                    windows.Add(new LocalWindow(to.PlusMinutes(5 + Below(20)), block.LocalEnd.PlusMinutes(Below(20) - 10)));
                }
            }

            rules.Add(new RoomRules(room)
            {
                Seats = Below(2) == 0 ? null : 10 + (10 * Below(5)),
                Availability = [.. windows.Where(w => w.Start < w.End)],
            });
        }

        return request with
        {
            Rooms = [.. rules],
            Requests = [.. request.Requests.Select(r => Below(3) == 0 ? r : r with { ExpectedInterest = 5 * Below(12) })],
        };
    }

    /// <summary>
    /// <paramref name="request"/> with seeded orders (<see cref="SlotRequest.After"/>): about one topic in three must follow
    /// one earlier topic of the request (so the orders never form a cycle), one in ten of those a second one.
    /// </summary>
    public static PackingRequest WithOrders(PackingRequest request, int seed)
    {
        var random = SplitMix64.FromText("orders-" + seed.ToString(CultureInfo.InvariantCulture));
        int Below(int n) => (int)random.NextBelow((ulong)n);
        var topics = request.Requests;
        return request with
        {
            Requests = [.. topics.Select((r, j) => j == 0 || Below(3) != 0 ? r : r with
            {
                After = [.. new[] { topics[Below(j)].Id, Below(10) == 0 ? topics[Below(j)].Id : null }.OfType<string>().Distinct(StringComparer.Ordinal)],
            })],
        };
    }
}
