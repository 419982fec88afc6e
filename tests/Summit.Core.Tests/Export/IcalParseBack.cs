using System.Globalization;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;
using Summit.Core.Export;
using Summit.Core.Scheduling;

namespace Summit.Core.Tests.Export;

/// <summary>One VEVENT as an independent parser (Ical.Net) reads it, or as the writer should have written it.</summary>
/// <param name="Uid">UID, unescaped.</param>
/// <param name="Stamp">DTSTAMP as a UTC instant.</param>
/// <param name="Start">DTSTART as a UTC instant.</param>
/// <param name="End">DTEND as a UTC instant, or the end RFC 5545 §3.6.1 implies when there is none (DTSTART for a DATE-TIME start).</param>
/// <param name="AllDay">Whether DTSTART is a DATE (approximate milestones); Start and End are then midnight UTC of the dates.</param>
/// <param name="Summary">SUMMARY, unescaped and unfolded.</param>
/// <param name="Location">LOCATION, or null when absent.</param>
/// <param name="Description">DESCRIPTION, or null when absent.</param>
/// <param name="Status">STATUS, or null when absent.</param>
/// <param name="Transparency">TRANSP, or null when absent.</param>
/// <param name="Categories">CATEGORIES joined with <c>|</c>, empty when absent.</param>
/// <param name="Properties">The names of the event's properties, sorted and joined with <c>,</c>: nothing else may appear.</param>
internal sealed record IcalEvent(
    string Uid, Instant Stamp, Instant Start, Instant End, bool AllDay, string Summary, string? Location, string? Description,
    string? Status, string? Transparency, string Categories, string Properties);

/// <summary>The calendar-level properties as Ical.Net reads them.</summary>
internal sealed record IcalHeader(string? Version, string? ProductId, string? Scale, string? Method, string? Name, int Components);

/// <summary>Parses <see cref="CalendarExport"/> output back with Ical.Net 5 and builds the events it should contain from the inputs.</summary>
internal static class IcalParseBack
{
    private const string AgendaProperties = "DESCRIPTION,DTEND,DTSTAMP,DTSTART,LOCATION,SUMMARY,UID";

    /// <summary>Loads the text with <c>Ical.Net.Calendar.Load</c> and maps it; throws when a date-time is not a UTC DATE-TIME.</summary>
    public static (IcalHeader Header, List<IcalEvent> Events) Parse(string ics)
    {
        var calendar = Ical.Net.Calendar.Load(ics) ?? throw new InvalidOperationException("Ical.Net read no calendar.");
        var header = new IcalHeader(
            calendar.Version, calendar.ProductId, calendar.Scale, calendar.Method,
            calendar.Properties.Get<string>("X-WR-CALNAME"), Count(calendar.Children));
        return (header, [.. calendar.Events.Select(Map)]);
    }

    /// <summary>Asserts that the events read back are the expected ones, field by field (so a failure names the field and shows the strings).</summary>
    public static void AssertEvents(IReadOnlyList<IcalEvent> expected, IReadOnlyList<IcalEvent> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.Equal(e.Uid, a.Uid);
            Assert.Equal(e.Stamp, a.Stamp);
            Assert.Equal(e.Start, a.Start);
            Assert.Equal(e.End, a.End);
            Assert.Equal(e.AllDay, a.AllDay);
            Assert.Equal(e.Summary, a.Summary);
            Assert.Equal(e.Location, a.Location);
            Assert.Equal(e.Description, a.Description);
            Assert.Equal(e.Status, a.Status);
            Assert.Equal(e.Transparency, a.Transparency);
            Assert.Equal(e.Categories, a.Categories);
            Assert.Equal(e.Properties, a.Properties);
            Assert.Equal(e, a);
        }
    }

    /// <summary>The header every calendar carries.</summary>
    public static IcalHeader Header(string name, int events) => new("2.0", CalendarExport.ProductId, "GREGORIAN", "PUBLISH", Text(name), events);

    /// <summary>The events <see cref="CalendarExport.Write"/> should write for the agenda, built from the items, not from the writer.</summary>
    public static List<IcalEvent> Expected(Agenda agenda, Instant stamp) => Expected(agenda, stamp, CalendarExportOptions.Default);

    /// <summary>The events <see cref="CalendarExport.Write(Agenda, Instant, CalendarExportOptions)"/> should write: the items the options include.</summary>
    public static List<IcalEvent> Expected(Agenda agenda, Instant stamp, CalendarExportOptions options)
    {
        var template = agenda.Template;
        return [.. agenda.Items.Where(i => options.Includes(i)).Select(item => new IcalEvent(
            StableGuid.ForItem(template.SummitId, item).ToString("D", CultureInfo.InvariantCulture) + "@summit-core",
            stamp, item.Start, item.End, false, Text(item.Title),
            Text(template.Venue is null ? item.Room : item.Room + ", " + template.Venue),
            Text(Description(item, template.Zone)),
            null, null, string.Empty, AgendaProperties))];
    }

    /// <summary>
    /// The events <see cref="CalendarExport.WriteMilestones"/> should write: zero-length events without DTEND, or all-day
    /// events from the first date to the day after the last (DTEND, exclusive), with STATUS when one is set.
    /// </summary>
    public static List<IcalEvent> Expected(IEnumerable<CalendarMilestone> milestones, Instant stamp) =>
        [.. milestones.Select(m => new IcalEvent(
            Text(m.Uid), stamp,
            m.Dates is { } d ? Midnight(d.Earliest) : m.At,
            m.Dates is { } e ? Midnight(e.Latest.PlusDays(1)) : m.At,
            m.Dates is not null, Text(m.Summary), null, m.Description is null ? null : Text(m.Description),
            m.Status?.ToString().ToUpperInvariant(), null, string.Empty,
            string.Join(",", new[] { "DTSTAMP", "DTSTART", "SUMMARY", "UID" }
                .Concat(m.Description is null ? [] : ["DESCRIPTION"])
                .Concat(m.Dates is null ? [] : ["DTEND"])
                .Concat(m.Status is null ? [] : ["STATUS"])
                .Order(StringComparer.Ordinal))))];

    private static Instant Midnight(LocalDate date) => date.AtMidnight().InUtc().ToInstant();

    /// <summary>
    /// What a TEXT value (RFC 5545 §3.3.11) can carry of a string: CR LF, CR and LF become one LF; control characters
    /// other than HTAB and LF are not allowed and dropped; an unpaired surrogate, which UTF-8 cannot encode, becomes U+FFFD.
    /// Everything else (commas, semicolons, backslashes, non-ASCII) must come back exactly.
    /// </summary>
    public static string Text(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\r')
            {
                if (i + 1 < raw.Length && raw[i + 1] == '\n')
                {
                    i++;
                }

                builder.Append('\n');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                builder.Append(c).Append(raw[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (c == '\n' || c == '\t' || !char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Description(AgendaItem item, DateTimeZone zone)
    {
        var when = FormattableString.Invariant($"{item.LocalStart:uuuu-MM-dd HH:mm}–{item.LocalEnd:HH:mm} {zone.Id} ({item.Minutes} min)");
        if (item.Kind != AgendaItemKind.Topic)
        {
            return when;
        }

        var presenters = item.Presenters.IsEmpty ? string.Empty : "\nPresenters: " + string.Join(", ", item.Presenters);
        return when + presenters + FormattableString.Invariant(
            $"\nLightning talk {item.LightningTalkMinutes} min, discussion {item.DiscussionMinutes} min, action items {item.WrapUpMinutes} min");
    }

    private static IcalEvent Map(CalendarEvent e) => new(
        e.Uid ?? throw new InvalidOperationException("An event has no UID."),
        Utc(e.DtStamp, "DTSTAMP"),
        e.IsAllDay ? Date(e.DtStart, "DTSTART") : Utc(e.DtStart, "DTSTART"),
        e.IsAllDay ? Date(e.DtEnd, "DTEND")
        : e.DtEnd is null
            ? Utc(e.DtStart, "DTSTART").Plus(NodaTime.Duration.FromTimeSpan(e.EffectiveDuration.ToTimeSpanUnspecified()))
            : Utc(e.DtEnd, "DTEND"),
        e.IsAllDay,
        e.Summary ?? string.Empty,
        e.Location,
        e.Description,
        e.Status,
        e.Transparency,
        string.Join("|", e.Categories),
        string.Join(",", Names(e.Properties).Order(StringComparer.Ordinal)));

    // Ical.Net's GroupedList throws from its IList indexer, which LINQ's Select uses on an IList: enumerate it instead.
    private static List<string> Names(IEnumerable<Ical.Net.ICalendarProperty> properties)
    {
        var names = new List<string>();
        foreach (var property in properties)
        {
            names.Add(property.Name);
        }

        return names;
    }

    private static int Count(IEnumerable<Ical.Net.ICalendarObject> children)
    {
        var count = 0;
        foreach (var _ in children)
        {
            count++;
        }

        return count;
    }

    /// <summary>An all-day value: a DATE without time (VALUE=DATE), as midnight UTC of that date; throws for anything else.</summary>
    private static Instant Date(CalDateTime? value, string name)
    {
        if (value is null || value.HasTime)
        {
            throw new InvalidOperationException($"{name} is not a DATE: {value}.");
        }

        return Instant.FromUtc(value.Year, value.Month, value.Day, 0, 0);
    }

    private static Instant Utc(CalDateTime? value, string name)
    {
        if (value is null || !value.IsUtc || !value.HasTime)
        {
            throw new InvalidOperationException($"{name} is not a UTC DATE-TIME: {value}.");
        }

        return Instant.FromDateTimeUtc(DateTime.SpecifyKind(value.AsUtc, DateTimeKind.Utc));
    }
}
