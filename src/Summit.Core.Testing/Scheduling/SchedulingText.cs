using System.Globalization;
using Summit.Core.Scheduling;

namespace Summit.Core.Testing.Scheduling;

/// <summary>Packing requests as text, for counterexamples.</summary>
internal static class SchedulingText
{
    /// <summary>The sessions, the room rules (when there are any) and the topics of a request.</summary>
    public static string Describe(PackingRequest request)
    {
        var sessions = request.Template.Blocks.Where(b => b.Kind == BlockKind.Session).Select(b => string.Create(
            CultureInfo.InvariantCulture,
            $"{b.Id} {b.Date:uuuu-MM-dd} {b.Start:HH:mm}–{b.End:HH:mm}, rooms [{string.Join(", ", request.Template.RoomsOf(b))}], reserved {b.ReservedMinutes} min"));
        var topics = request.Requests.Select(r => string.Create(
            CultureInfo.InvariantCulture,
            $"{r.Id} {r.MinimumMinutes}–{r.MaximumMinutes} min, weight {r.Weight}, presenters [{string.Join(", ", r.Presenters)}], conflicts [{string.Join(", ", r.Conflicts)}], same session as [{string.Join(", ", r.SameSessionAs)}], pinned to {r.PinnedBlockId ?? "-"}, available [{string.Join(", ", r.Availability)}]")
            + (r.ExpectedInterest is { } expected ? string.Create(CultureInfo.InvariantCulture, $", expects {expected} people") : string.Empty)
            + (r.After.IsEmpty ? string.Empty : $", after [{string.Join(", ", r.After)}]"));
        var rooms = request.Rooms.Where(x => x is not null).Select(x => string.Create(
            CultureInfo.InvariantCulture,
            $"{x.Room} seats {(x.Seats is { } seats ? seats.ToString(CultureInfo.InvariantCulture) : "any number")}, available [{(x.Availability.IsEmpty ? "always" : string.Join(", ", x.Availability))}]"));
        return "sessions: " + string.Join("; ", sessions) + Environment.NewLine
            + (request.Rooms.IsEmpty ? string.Empty : "room rules: " + string.Join("; ", rooms) + Environment.NewLine)
            + "topics: " + (request.Requests.IsEmpty ? "none" : string.Join("; ", topics));
    }
}
