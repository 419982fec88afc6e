using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Summit.Core.Export;
using Summit.Core.Scheduling;

namespace Summit.Core.Tests.Export;

// Schemas and the real pretalx export: voc/schedule validator/ (EUPL-1.2), copied under Fixtures/frab with LICENCE.txt.
public sealed class FrabExportTests
{
    private static string Fixture(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "frab", file);

    private static List<string> ValidateXml(string xml)
    {
        var schemas = new XmlSchemaSet();
        using (var reader = XmlReader.Create(Fixture("schedule.xml.xsd")))
        {
            schemas.Add(null, reader);
        }

        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity}: {e.Message}");
        using var xmlReader = XmlReader.Create(new StringReader(xml), settings);
        while (xmlReader.Read())
        {
        }

        return errors;
    }

    public static TheoryData<string> Agendas => new() { "2023", "2024" };

    private static Agenda AgendaFor(string year) => year == "2023" ? ExportTestAgendas.PyConUs2023() : ExportTestAgendas.PyConUs2024();

    [Theory]
    [MemberData(nameof(Agendas))]
    public void WriteXml_RealSummitAgenda_ValidatesAgainstTheFrabSchema(string year)
    {
        var xml = FrabXmlExport.Write(AgendaFor(year));

        Assert.Empty(ValidateXml(xml));
    }

    [Fact]
    public void WriteXml_WithBaseUrl_StillValidates()
    {
        var xml = FrabXmlExport.Write(ExportTestAgendas.PyConUs2024(), new FrabExportOptions { BaseUrl = "https://example.org/summit/" });

        Assert.Empty(ValidateXml(xml));
        Assert.Contains("<url>https://example.org/summit/", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateXml_BrokenDocument_IsRejected()
    {
        var xml = FrabXmlExport.Write(ExportTestAgendas.PyConUs2024()).Replace("<duration>00:30</duration>", "<duration>half an hour</duration>", StringComparison.Ordinal);

        Assert.NotEmpty(ValidateXml(xml));
    }

    [Fact]
    public void WriteXml_2023_TwoDaysWithLocalOffsets()
    {
        var doc = XDocument.Parse(FrabXmlExport.Write(ExportTestAgendas.PyConUs2023()));

        var days = doc.Root!.Elements("day").ToList();
        Assert.Equal(2, days.Count);
        Assert.Equal("2023-04-21T10:30:00-06:00", days[0].Attribute("start")!.Value);
        Assert.Equal("2023-04-23T15:00:00-06:00", days[1].Attribute("end")!.Value);
        Assert.Equal("America/Denver", doc.Root.Element("conference")!.Element("time_zone_name")!.Value);
        var firstTopic = days[0].Descendants("event").First(e => e.Element("type")!.Value == "discussion");
        Assert.Equal(StableGuid.ForTopic("pycon-us-2023-packaging", "t0").ToString(), firstTopic.Attribute("guid")!.Value);
        Assert.Equal("Person 0", firstTopic.Element("persons")!.Element("person")!.Value);
    }

    [Theory]
    [MemberData(nameof(Agendas))]
    public void WriteJson_RealSummitAgenda_HasEveryFieldTheSchemaRequiresWithItsType(string year)
    {
        using var schemaDoc = JsonDocument.Parse(File.ReadAllText(Fixture("schema.json")));
        using var doc = JsonDocument.Parse(FrabJsonExport.Write(AgendaFor(year)));
        var defs = schemaDoc.RootElement.GetProperty("definitions");

        var problems = new List<string>();
        CheckObject(doc.RootElement, schemaDoc.RootElement, defs, "$", problems);

        Assert.Empty(problems);
    }

    [Fact]
    public void CheckObject_RealPretalxExport_Passes()
    {
        // The checker itself must accept the real export it was built from, and reject a broken one.
        using var schemaDoc = JsonDocument.Parse(File.ReadAllText(Fixture("schema.json")));
        using var real = JsonDocument.Parse(File.ReadAllText(Fixture("pretalx-democon.json")));
        var defs = schemaDoc.RootElement.GetProperty("definitions");
        var problems = new List<string>();
        CheckObject(real.RootElement.GetProperty("schedule"), defs.GetProperty("Schedule"), defs, "$.schedule", problems);
        Assert.Empty(problems);

        using var broken = JsonDocument.Parse(FrabJsonExport.Write(ExportTestAgendas.PyConUs2024()).Replace("\"duration\": \"00:30\"", "\"duration\": 30", StringComparison.Ordinal));
        CheckObject(broken.RootElement, schemaDoc.RootElement, defs, "$", problems);
        Assert.NotEmpty(problems);
    }

    [Fact]
    public void WriteJson_2024_HasTheShapeOfTheRealPretalxExport()
    {
        using var real = JsonDocument.Parse(File.ReadAllText(Fixture("pretalx-democon.json")));
        using var ours = JsonDocument.Parse(FrabJsonExport.Write(ExportTestAgendas.PyConUs2024()));
        var realEvent = real.RootElement.GetProperty("schedule").GetProperty("conference").GetProperty("days")[0].GetProperty("rooms").EnumerateObject().First().Value[0];
        var ourConference = ours.RootElement.GetProperty("schedule").GetProperty("conference");
        var ourEvent = ourConference.GetProperty("days")[0].GetProperty("rooms").GetProperty("Room 319")[0];

        var realKeys = realEvent.EnumerateObject().Select(p => p.Name).ToHashSet();
        var ourKeys = ourEvent.EnumerateObject().Select(p => p.Name).ToHashSet();
        var missing = realKeys.Except(ourKeys).Except(["logo", "code", "do_not_record", "recording_license", "answers", "feedback_url", "origin_url", "attachments"]).ToList();
        Assert.Empty(missing);
        foreach (var key in realKeys.Intersect(ourKeys))
        {
            Assert.True(SameKind(realEvent.GetProperty(key).ValueKind, ourEvent.GetProperty(key).ValueKind), key);
        }

        Assert.Equal("pycon_us_2024_packaging", ourConference.GetProperty("acronym").GetString());
        Assert.Equal(1, ourConference.GetProperty("daysCount").GetInt32());
        Assert.Equal("2024-05-18T13:45:00-04:00", ourConference.GetProperty("days")[0].GetProperty("day_start").GetString());
    }

    private static bool SameKind(JsonValueKind a, JsonValueKind b) =>
        a == b || (a is JsonValueKind.Null or JsonValueKind.String && b is JsonValueKind.Null or JsonValueKind.String);

    /// <summary>A small checker for the parts of JSON schema draft-06 that schema.json uses on the paths we emit: $ref, type, required, pattern, properties, items, patternProperties.</summary>
    private static void CheckObject(JsonElement value, JsonElement schema, JsonElement defs, string path, List<string> problems)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            CheckObject(value, defs.GetProperty(name), defs, path, problems);
            return;
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Any(t => Matches(value, t)))
            {
                problems.Add($"{path}: {value.ValueKind} is not {string.Join("|", types)}");
                return;
            }
        }

        if (schema.TryGetProperty("pattern", out var pattern) && value.ValueKind == JsonValueKind.String
            && !Regex.IsMatch(value.GetString()!, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            problems.Add($"{path}: '{value.GetString()}' does not match {pattern.GetString()}");
        }

        if (schema.TryGetProperty("format", out var format) && value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            var ok = format.GetString() switch
            {
                "uuid" => Guid.TryParse(text, out _),
                "date" => Regex.IsMatch(text, @"^\d{4}-\d{2}-\d{2}$", RegexOptions.None, TimeSpan.FromSeconds(1)),
                "date-time" => DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
                    && Regex.IsMatch(text, @"(Z|[+-]\d{2}:\d{2})$", RegexOptions.None, TimeSpan.FromSeconds(1)),
                "uri" => Uri.TryCreate(text, UriKind.Absolute, out _),
                _ => true,
            };
            if (!ok)
            {
                problems.Add($"{path}: '{text}' is not a {format.GetString()}");
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                {
                    if (!value.TryGetProperty(name, out _))
                    {
                        problems.Add($"{path}: required '{name}' is missing");
                    }
                }
            }

            var properties = schema.TryGetProperty("properties", out var p) ? p : default;
            foreach (var property in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var sub))
                {
                    if (sub.ValueKind == JsonValueKind.False)
                    {
                        problems.Add($"{path}.{property.Name}: not allowed");
                    }
                    else
                    {
                        CheckObject(property.Value, sub, defs, path + "." + property.Name, problems);
                    }
                }
                else if (schema.TryGetProperty("patternProperties", out var patterns))
                {
                    foreach (var pp in patterns.EnumerateObject())
                    {
                        CheckObject(property.Value, pp.Value, defs, path + "." + property.Name, problems);
                    }
                }
                else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False)
                {
                    problems.Add($"{path}.{property.Name}: not allowed");
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var element in value.EnumerateArray())
            {
                CheckObject(element, items, defs, $"{path}[{i++}]", problems);
            }
        }
    }

    private static bool Matches(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => true,
    };
}
