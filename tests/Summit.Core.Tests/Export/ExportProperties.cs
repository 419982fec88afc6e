using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Schema;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Summit.Core.Export;
using Summit.Core.Scheduling;

namespace Summit.Core.Tests.Export;

public sealed class ExportProperties
{
    private static readonly Gen<string> AwkwardText =
        Gen.ArrayOf(Gen.Elements('a', 'Z', '7', ' ', 'é', 'ß', '中', '\uD83C', '\uDF89', ';', ',', '\\', '\n', '\r', '\t', '|', '<', '&', '"', '\u0001', '\u007F'))
            .Select(chars => new string(chars));

    private static readonly Gen<Agenda> Agendas =
        from titles in Gen.ArrayOf(AwkwardText, 4)
        from people in Gen.ArrayOf(AwkwardText, 4)
        let requests = titles.Select((t, i) => SlotRequest.Fixed("t" + i, t, 25) with { Presenters = [people[i]] }).ToImmutableArray()
        select Packers.Exact.Pack(new PackingRequest(AgendaTemplates.PyConUs2024(["Table 1", "Table 2"]), requests)).Value;

    /// <summary>Agendas of four 25-minute talks with awkward titles and presenter names (no shrinking).</summary>
    public static class AwkwardAgendas
    {
        public static Arbitrary<Agenda> Agendas { get; } = Arb.From(ExportProperties.Agendas);
    }

    /// <summary>SUMMARY content lines of ASCII and of 2-, 3- and 4-byte UTF-8 characters (no shrinking).</summary>
    public static class SummaryLines
    {
        public static Arbitrary<string> Lines { get; } = Arb.From(
            Gen.ArrayOf(Gen.Elements("a", "é", "中", "🎉", " ", ";")).Select(c => "SUMMARY:" + string.Concat(c)));
    }

    /// <summary>The frab schema, read once for all the cases.</summary>
    private static readonly Lazy<XmlSchemaSet> FrabSchema = new(Schema);

    private static XmlSchemaSet Schema()
    {
        var schemas = new XmlSchemaSet();
        using var reader = XmlReader.Create(Path.Combine(AppContext.BaseDirectory, "Fixtures", "frab", "schedule.xml.xsd"));
        schemas.Add(null, reader);
        return schemas;
    }

    [SummitProperty(Arbitrary = [typeof(AwkwardAgendas)], Runs = 100)]
    public bool FrabXml_AnyTitlesAndNames_ValidatesAgainstTheSchema(Agenda agenda)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = FrabSchema.Value };
        settings.ValidationEventHandler += (_, e) => errors.Add(e.Message);
        using var reader = XmlReader.Create(new StringReader(FrabXmlExport.Write(agenda)), settings);
        while (reader.Read())
        {
        }

        return errors.Count == 0;
    }

    [SummitProperty(Arbitrary = [typeof(AwkwardAgendas)], Runs = 100)]
    public bool FrabJsonAndAgendaJson_AnyTitlesAndNames_AreValidJson(Agenda agenda)
    {
        using var frab = JsonDocument.Parse(FrabJsonExport.Write(agenda));
        using var plain = JsonDocument.Parse(AgendaJsonExport.Write(agenda));
        return frab.RootElement.GetProperty("schedule").GetProperty("conference").GetProperty("days").GetArrayLength() == 1
            && plain.RootElement.GetProperty("items").GetArrayLength() == agenda.Items.Length;
    }

    [SummitProperty(Arbitrary = [typeof(AwkwardAgendas)], Runs = 100)]
    public bool ICalendar_AnyTitlesAndNames_LinesAtMost75OctetsCrlfOnlyAndIcalNetReadsBackEveryItem(Agenda agenda)
    {
        var stamp = Instant.FromUtc(2024, 5, 1, 0, 0);
        var ics = CalendarExport.Write(agenda, stamp);
        var physical = ics.Split("\r\n");
        var bareLineBreak = ics.Replace("\r\n", string.Empty, StringComparison.Ordinal).IndexOfAny(['\r', '\n']) >= 0;
        var unfolded = ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n");
        return !bareLineBreak
            && physical.All(l => Encoding.UTF8.GetByteCount(l) <= 75)
            && unfolded.Count(l => l == "BEGIN:VEVENT") == agenda.Items.Count(CalendarExportOptions.Default.Includes)
            && ParsesBack(ics, agenda, stamp);
    }

    /// <summary>Ical.Net (an independent parser) reads the header and every event back, field by field.</summary>
    private static bool ParsesBack(string ics, Agenda agenda, Instant stamp)
    {
        var (header, events) = IcalParseBack.Parse(ics);
        Assert.Equal(IcalParseBack.Header(agenda.Template.Name, agenda.Items.Count(CalendarExportOptions.Default.Includes)), header);
        IcalParseBack.AssertEvents(IcalParseBack.Expected(agenda, stamp), events);
        return true;
    }

    [SummitProperty(Arbitrary = [typeof(SummaryLines)], Runs = 100)]
    public bool Fold_AnyLine_UnfoldsToTheSameTextAndNeverSplitsACharacter(string line)
    {
        var parts = ICalendarFold(line);
        return parts.All(p => Encoding.UTF8.GetByteCount(p) <= 75 && !p.Contains('\uFFFD', StringComparison.Ordinal))
            && string.Concat(parts.Select((p, i) => i == 0 ? p : p[1..])) == line;
    }

    private static string[] ICalendarFold(string line) => CalendarExport.Fold(line).Split("\r\n");
}
