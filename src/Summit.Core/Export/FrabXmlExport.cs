using System.Globalization;
using System.Text;
using System.Xml;
using Summit.Core.Scheduling;

namespace Summit.Core.Export;

/// <summary>Writes an agenda as a frab/pentabarf schedule XML, the file pretalx exports and Giggity, ConfClerk and EventFahrplan read.</summary>
/// <remarks>
/// The output validates against the c3voc <c>schedule.xml.xsd</c>: one <c>day</c> per local date, one <c>room</c> per room,
/// one <c>event</c> per item with its stable <c>guid</c> (<see cref="StableGuid.ForItem"/>), a numeric <c>id</c> (position in the
/// agenda, 1-based), local date-times with their UTC offset, and presenters as <c>persons</c>. Deterministic: same agenda, same bytes.
/// </remarks>
public static class FrabXmlExport
{
    /// <summary>Writes the schedule XML (UTF-8, indented, LF line ends).</summary>
    /// <param name="agenda">The agenda.</param>
    /// <param name="options">The export settings; <see langword="null"/> for the defaults.</param>
    /// <returns>The XML document text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agenda"/> is null.</exception>
    public static string Write(Agenda agenda, FrabExportOptions? options = null)
    {
        var schedule = FrabSchedule.Create(agenda, options);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("schedule");
            w.WriteStartElement("generator");
            w.WriteAttributeString("name", "Summit.Core");
            w.WriteEndElement();
            w.WriteElementString("version", ExportText.Xml(schedule.Options.Version));
            w.WriteStartElement("conference");
            w.WriteElementString("title", ExportText.Xml(agenda.Template.Name));
            w.WriteElementString("acronym", ExportText.Xml(schedule.Acronym));
            if (schedule.Days.Count > 0)
            {
                w.WriteElementString("start", Date(schedule.Days[0].Date));
                w.WriteElementString("end", Date(schedule.Days[^1].Date));
            }

            w.WriteElementString("days", schedule.Days.Count.ToString(CultureInfo.InvariantCulture));
            w.WriteElementString("timeslot_duration", "00:05");
            if (schedule.Options.BaseUrl is not null)
            {
                w.WriteElementString("base_url", ExportText.Xml(schedule.Options.BaseUrl));
            }

            w.WriteElementString("time_zone_name", ExportText.Xml(agenda.Zone.Id));
            w.WriteEndElement();
            foreach (var day in schedule.Days)
            {
                w.WriteStartElement("day");
                w.WriteAttributeString("index", day.Index.ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("date", Date(day.Date));
                w.WriteAttributeString("start", schedule.DateTime(day.Start));
                w.WriteAttributeString("end", schedule.DateTime(day.End));
                foreach (var (room, events) in day.Rooms)
                {
                    w.WriteStartElement("room");
                    w.WriteAttributeString("name", ExportText.Xml(room));
                    w.WriteAttributeString("guid", StableGuid.ForRoom(schedule.SummitId, room).ToString("D", CultureInfo.InvariantCulture));
                    foreach (var e in events)
                    {
                        WriteEvent(w, schedule, e);
                    }

                    w.WriteEndElement();
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteEvent(XmlWriter w, FrabSchedule schedule, FrabSchedule.FrabEvent e)
    {
        w.WriteStartElement("event");
        w.WriteAttributeString("guid", e.Guid);
        w.WriteAttributeString("id", e.Id.ToString(CultureInfo.InvariantCulture));
        w.WriteElementString("room", ExportText.Xml(e.Item.Room));
        w.WriteElementString("title", ExportText.Xml(e.Item.Title));
        w.WriteElementString("subtitle", string.Empty);
        w.WriteElementString("type", e.Type);
        w.WriteElementString("date", e.Date);
        w.WriteElementString("start", e.Start);
        w.WriteElementString("duration", e.Duration);
        w.WriteElementString("abstract", e.Abstract);
        w.WriteElementString("slug", e.Slug);
        w.WriteElementString("track", ExportText.Xml(e.Track));
        w.WriteStartElement("persons");
        foreach (var person in e.Item.Presenters)
        {
            w.WriteStartElement("person");
            w.WriteAttributeString("guid", StableGuid.ForPerson(schedule.SummitId, person).ToString("D", CultureInfo.InvariantCulture));
            w.WriteString(ExportText.Xml(person));
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteElementString("language", ExportText.Xml(schedule.Options.Language));
        w.WriteElementString("description", string.Empty);
        w.WriteStartElement("links");
        w.WriteEndElement();
        if (schedule.Options.BaseUrl is not null)
        {
            w.WriteElementString("url", ExportText.Xml(e.Url));
        }

        w.WriteEndElement();
    }

    private static string Date(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
