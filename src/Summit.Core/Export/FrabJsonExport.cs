using System.Globalization;
using System.Text;
using System.Text.Json;
using Summit.Core.Scheduling;

namespace Summit.Core.Export;

/// <summary>Writes an agenda as a frab schedule JSON (the c3voc <c>schema.json</c> shape that pretalx exports).</summary>
/// <remarks>
/// <c>schedule.version</c>, <c>schedule.conference</c> with <c>acronym</c>, <c>title</c>, <c>start</c>, <c>end</c>, <c>daysCount</c>,
/// <c>timeslot_duration</c>, <c>time_zone_name</c>, <c>rooms</c> and <c>days</c>; each day maps room names to events carrying
/// every field the schema requires (<c>guid</c>, <c>id</c>, <c>date</c>, <c>start</c>, <c>duration</c>, <c>room</c>, <c>slug</c>,
/// <c>url</c>, <c>title</c>, <c>subtitle</c>, <c>track</c>, <c>type</c>, <c>language</c>, <c>abstract</c>, <c>persons</c>, <c>links</c>).
/// Deterministic: same agenda, same bytes.
/// </remarks>
public static class FrabJsonExport
{
    /// <summary>Writes the schedule JSON (UTF-8 text, indented).</summary>
    /// <param name="agenda">The agenda.</param>
    /// <param name="options">The export settings; <see langword="null"/> for the defaults.</param>
    /// <returns>The JSON document text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agenda"/> is null.</exception>
    public static string Write(Agenda agenda, FrabExportOptions? options = null)
    {
        var schedule = FrabSchedule.Create(agenda, options);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://c3voc.de/schedule/schema.json");
            w.WriteStartObject("generator");
            w.WriteString("name", "Summit.Core");
            w.WriteEndObject();
            w.WriteStartObject("schedule");
            w.WriteString("version", ExportText.Clean(schedule.Options.Version));
            if (schedule.Options.BaseUrl is not null)
            {
                w.WriteString("base_url", ExportText.Clean(schedule.Options.BaseUrl));
            }

            w.WriteStartObject("conference");
            w.WriteString("acronym", ExportText.Clean(schedule.Acronym));
            w.WriteString("title", ExportText.Clean(agenda.Template.Name));
            w.WriteString("start", schedule.Days.Count > 0 ? Date(schedule.Days[0].Date) : string.Empty);
            w.WriteString("end", schedule.Days.Count > 0 ? Date(schedule.Days[^1].Date) : string.Empty);
            w.WriteNumber("daysCount", schedule.Days.Count);
            w.WriteString("timeslot_duration", "00:05");
            w.WriteString("time_zone_name", agenda.Zone.Id);
            w.WriteStartArray("rooms");
            foreach (var room in schedule.Rooms)
            {
                w.WriteStartObject();
                w.WriteString("name", ExportText.Clean(room));
                w.WriteString("guid", StableGuid.ForRoom(schedule.SummitId, room).ToString("D", CultureInfo.InvariantCulture));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("days");
            foreach (var day in schedule.Days)
            {
                w.WriteStartObject();
                w.WriteNumber("index", day.Index);
                w.WriteString("date", Date(day.Date));
                w.WriteString("day_start", schedule.DateTime(day.Start));
                w.WriteString("day_end", schedule.DateTime(day.End));
                w.WriteStartObject("rooms");
                foreach (var (room, events) in day.Rooms)
                {
                    w.WriteStartArray(ExportText.Clean(room));
                    foreach (var e in events)
                    {
                        WriteEvent(w, schedule, e);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteEvent(Utf8JsonWriter w, FrabSchedule schedule, FrabSchedule.FrabEvent e)
    {
        w.WriteStartObject();
        w.WriteString("guid", e.Guid);
        w.WriteNumber("id", e.Id);
        w.WriteString("date", e.Date);
        w.WriteString("start", e.Start);
        w.WriteString("end", e.End);
        w.WriteString("duration", e.Duration);
        w.WriteString("room", ExportText.Clean(e.Item.Room));
        w.WriteString("slug", e.Slug);
        w.WriteString("url", ExportText.Clean(e.Url));
        w.WriteString("title", ExportText.Clean(e.Item.Title));
        w.WriteString("subtitle", string.Empty);
        w.WriteString("track", ExportText.Clean(e.Track));
        w.WriteString("type", e.Type);
        w.WriteString("language", ExportText.Clean(schedule.Options.Language));
        w.WriteString("abstract", e.Abstract);
        w.WriteString("description", string.Empty);
        w.WriteStartArray("persons");
        foreach (var person in e.Item.Presenters)
        {
            w.WriteStartObject();
            w.WriteString("name", ExportText.Clean(person));
            w.WriteString("guid", StableGuid.ForPerson(schedule.SummitId, person).ToString("D", CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("links");
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Date(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
