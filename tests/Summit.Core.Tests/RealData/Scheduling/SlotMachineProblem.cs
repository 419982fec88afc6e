using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Summit.Core.Scheduling;

namespace Summit.Core.Tests.RealData.Scheduling;

/// <summary>
/// Reads an EMF SlotMachine sample problem (emfcamp/slotmachine <c>sample_schedules/*.json</c>, copied under
/// <c>Fixtures/slotmachine</c>, no licence stated: test fixture only) into a <see cref="PackingRequest"/>.
/// The benchmark project compiles this same file (linked), so tests and benchmarks read the problems one way.
/// </summary>
/// <remarks>
/// Each day is cut at every availability-window boundary; each piece covered by a window is a session block whose rooms
/// are the venues. A talk is a fixed-length request whose availability is its windows and whose allowed rooms are its
/// venues; its speakers are its presenters. A talk that already has a time and venue becomes part of the previous agenda.
/// </remarks>
internal sealed record SlotMachineProblem(PackingRequest Request, ImmutableArray<SlotMachineTalk> Talks)
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss");

    public static string FixturePath(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "slotmachine", file);

    public static SlotMachineProblem Load(string file) => LoadPath(FixturePath(file));

    /// <summary>Reads a problem from any path (the benchmarks read the originals in place from ../shared/data).</summary>
    public static SlotMachineProblem LoadPath(string path)
    {
        var file = Path.GetFileName(path);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var talks = new List<SlotMachineTalk>();
        foreach (var t in document.RootElement.GetProperty("talks").EnumerateArray())
        {
            var id = t.GetProperty("id").GetInt32();
            var venues = new List<(int Venue, List<LocalWindow> Windows)>();
            foreach (var vt in t.GetProperty("venue_times").EnumerateArray())
            {
                var windows = vt.GetProperty("times").EnumerateArray()
                    .Select(w => new LocalWindow(Parse(w.GetProperty("start").GetString()!), Parse(w.GetProperty("end").GetString()!)))
                    .OrderBy(w => w.Start).ToList();
                venues.Add((vt.GetProperty("venue").GetInt32(), windows));
            }

            var speakers = t.GetProperty("speakers").EnumerateArray()
                .Select(s => s.ValueKind == JsonValueKind.Number ? s.GetInt32().ToString(CultureInfo.InvariantCulture) : s.GetString()!).ToImmutableArray();
            LocalDateTime? time = t.TryGetProperty("time", out var tp) && tp.ValueKind == JsonValueKind.String ? Parse(tp.GetString()!) : null;
            int? venue = t.TryGetProperty("venue", out var vp) && vp.ValueKind == JsonValueKind.Number ? vp.GetInt32() : null;
            var title = t.TryGetProperty("title", out var ti) && ti.ValueKind == JsonValueKind.String ? ti.GetString()! : "Talk " + id.ToString(CultureInfo.InvariantCulture);
            talks.Add(new SlotMachineTalk(id, title, t.GetProperty("duration").GetInt32(), speakers,
                venues.ToImmutableDictionary(v => v.Venue, v => v.Windows.ToImmutableArray()), time, venue));
        }

        var allVenues = talks.SelectMany(t => t.Windows.Keys).Distinct().Order().ToList();
        var windowsAll = talks.SelectMany(t => t.Windows.Values.SelectMany(w => w)).Distinct().ToList();
        var blocks = ImmutableArray.CreateBuilder<AgendaBlock>();
        foreach (var day in windowsAll.GroupBy(w => w.Start.Date).OrderBy(g => g.Key))
        {
            var cuts = day.SelectMany(w => new[] { w.Start, w.End }).Distinct().Order().ToList();
            for (var i = 0; i + 1 < cuts.Count; i++)
            {
                var (a, b) = (cuts[i], cuts[i + 1]);
                if (a.Date != b.Date || !day.Any(w => w.Contains(a, b)))
                {
                    continue;
                }

                blocks.Add(new AgendaBlock(a.ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), "Talks", BlockKind.Session, a.Date, a.TimeOfDay, b.TimeOfDay)
                {
                    Rooms = [.. allVenues.Select(Room)],
                });
            }
        }

        var template = new AgendaTemplate("emf-" + Path.GetFileNameWithoutExtension(file), "EMF " + file, DateTimeZoneProviders.Tzdb["Europe/London"], Room(allVenues[0]))
        {
            Blocks = blocks.ToImmutable(),
        };
        var requests = talks.Select(t => SlotRequest.Fixed(Id(t.Id), t.Title, t.Duration) with
        {
            Presenters = t.Speakers,
            AllowedRooms = [.. t.Windows.Keys.Order().Select(Room)],
            Availability = [.. t.Windows.Values.SelectMany(w => w).Distinct().OrderBy(w => w.Start)],
        }).ToImmutableArray();
        var request = new PackingRequest(template, requests);
        var previousItems = talks.Where(t => t.Time is not null && t.Venue is not null).Select(t =>
        {
            var start = t.Time!.Value;
            var end = start.PlusMinutes(t.Duration);
            var block = template.Blocks.FirstOrDefault(b => b.LocalStart <= start && start < b.LocalEnd)?.Id ?? "none";
            return new AgendaItem(AgendaItemKind.Topic, t.Title, block, Room(t.Venue!.Value), start, end,
                start.InZoneLeniently(template.Zone).ToInstant(), end.InZoneLeniently(template.Zone).ToInstant()) { TopicId = Id(t.Id) };
        }).ToImmutableArray();
        if (!previousItems.IsEmpty)
        {
            request = request with
            {
                Previous = new Agenda(template, previousItems, [], new PackingObjective(0, 0, 0, 0), false, "slotmachine"),
            };
        }

        return new SlotMachineProblem(request, [.. talks]);
    }

    public static string Room(int venue) => "Venue " + venue.ToString(CultureInfo.InvariantCulture);

    public static string Id(int talk) => "talk-" + talk.ToString(CultureInfo.InvariantCulture);

    /// <summary>Checks SlotMachine's hard constraints directly against the JSON data: every talk once, in one of its venues and windows, no venue or speaker double-booked.</summary>
    public ImmutableArray<string> HardConstraintViolations(Agenda agenda)
    {
        var v = new List<string>();
        var placed = agenda.Items.Where(i => i.Kind == AgendaItemKind.Topic).ToList();
        foreach (var talk in Talks)
        {
            var items = placed.Where(i => i.TopicId == Id(talk.Id)).ToList();
            if (items.Count != 1)
            {
                v.Add($"Talk {talk.Id} is scheduled {items.Count} times.");
                continue;
            }

            var item = items[0];
            var venue = talk.Windows.Keys.FirstOrDefault(k => Room(k) == item.Room, -1);
            if (venue < 0)
            {
                v.Add($"Talk {talk.Id} is in {item.Room}, not one of its venues.");
            }
            else if (!talk.Windows[venue].Any(w => w.Contains(item.LocalStart, item.LocalEnd)))
            {
                v.Add($"Talk {talk.Id} at {item.LocalStart} is outside every window of {item.Room}.");
            }

            if (item.Minutes != talk.Duration)
            {
                v.Add($"Talk {talk.Id} lasts {item.Minutes} minutes instead of {talk.Duration}.");
            }
        }

        for (var i = 0; i < placed.Count; i++)
        {
            for (var j = i + 1; j < placed.Count; j++)
            {
                var (a, b) = (placed[i], placed[j]);
                if (a.Start < b.End && b.Start < a.End)
                {
                    if (a.Room == b.Room)
                    {
                        v.Add($"{a.Room} holds {a.TopicId} and {b.TopicId} at once.");
                    }

                    if (a.Presenters.Intersect(b.Presenters, StringComparer.Ordinal).Any())
                    {
                        v.Add($"A speaker gives {a.TopicId} and {b.TopicId} at once.");
                    }
                }
            }
        }

        return [.. v];
    }

    private static LocalDateTime Parse(string text) => Pattern.Parse(text).Value;
}

internal sealed record SlotMachineTalk(
    int Id, string Title, int Duration, ImmutableArray<string> Speakers, ImmutableDictionary<int, ImmutableArray<LocalWindow>> Windows, LocalDateTime? Time, int? Venue);
