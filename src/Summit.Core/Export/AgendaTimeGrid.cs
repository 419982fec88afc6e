using NodaTime;
using Summit.Core.Scheduling;

namespace Summit.Core.Export;

/// <summary>One day of an agenda as a time-by-room grid: rows between consecutive start/end times, one column per room.</summary>
internal sealed class AgendaTimeGrid
{
    private AgendaTimeGrid(LocalDate date, List<string> rooms, List<LocalDateTime> bounds, Dictionary<(int Row, int Room), (AgendaItem Item, int Span)> starts, HashSet<(int Row, int Room)> covered)
    {
        Date = date;
        Rooms = rooms;
        Bounds = bounds;
        Starts = starts;
        Covered = covered;
    }

    /// <summary>The local date.</summary>
    public LocalDate Date { get; }

    /// <summary>The rooms used that day: the template's default room first, then in order of first use.</summary>
    public List<string> Rooms { get; }

    /// <summary>Every distinct start and end time, in order; row r covers [Bounds[r], Bounds[r+1]).</summary>
    public List<LocalDateTime> Bounds { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount => Bounds.Count - 1;

    private Dictionary<(int Row, int Room), (AgendaItem Item, int Span)> Starts { get; }

    private HashSet<(int Row, int Room)> Covered { get; }

    /// <summary>The grids of every day of the agenda, in date order.</summary>
    public static List<AgendaTimeGrid> Days(Agenda agenda) =>
        [.. agenda.Items.GroupBy(i => i.LocalStart.Date).OrderBy(g => g.Key).Select(g => Build(g.Key, [.. g], agenda.Template.DefaultRoom))];

    /// <summary>The item starting in this row and room, with the number of rows it spans; or null.</summary>
    public (AgendaItem Item, int Span)? StartAt(int row, int room) => Starts.TryGetValue((row, room), out var s) ? s : null;

    /// <summary>Whether an item that started in an earlier row still runs in this row and room.</summary>
    public bool IsCovered(int row, int room) => Covered.Contains((row, room));

    private static AgendaTimeGrid Build(LocalDate date, List<AgendaItem> items, string defaultRoom)
    {
        var rooms = items.Select(i => i.Room).Distinct(StringComparer.Ordinal)
            .OrderBy(r => string.Equals(r, defaultRoom, StringComparison.Ordinal) ? 0 : 1)
            .ToList();
        var bounds = items.SelectMany(i => new[] { i.LocalStart, i.LocalEnd }).Distinct().Order().ToList();
        var index = bounds.Select((b, i) => (b, i)).ToDictionary(p => p.b, p => p.i);
        var starts = new Dictionary<(int, int), (AgendaItem, int)>();
        var covered = new HashSet<(int, int)>();
        foreach (var item in items)
        {
            var room = rooms.IndexOf(item.Room);
            var first = index[item.LocalStart];
            var last = index[item.LocalEnd];
            if (!starts.TryAdd((first, room), (item, last - first)))
            {
                continue;
            }

            for (var r = first + 1; r < last; r++)
            {
                covered.Add((r, room));
            }
        }

        return new AgendaTimeGrid(date, rooms, bounds, starts, covered);
    }
}
