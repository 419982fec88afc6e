using System.Text.Json;
using Summit.Core.Export;

namespace Summit.Core.Tests.Export;

public sealed class AgendaJsonExportTests
{
    [Fact]
    public void Write_2024Agenda_ItemsWithLocalAndUtcTimesAndTheObjective()
    {
        var agenda = ExportTestAgendas.PyConUs2024();

        using var doc = JsonDocument.Parse(AgendaJsonExport.Write(agenda));

        var root = doc.RootElement;
        Assert.Equal("America/New_York", root.GetProperty("zone").GetString());
        Assert.True(root.GetProperty("provenOptimal").GetBoolean());
        var items = root.GetProperty("items");
        Assert.Equal(agenda.Items.Length, items.GetArrayLength());
        var topic = items.EnumerateArray().First(i => i.GetProperty("topicId").ValueKind == JsonValueKind.String);
        Assert.Equal("topic", topic.GetProperty("kind").GetString());
        Assert.Equal("2024-05-18T14:00:00", topic.GetProperty("localStart").GetString());
        Assert.Equal("2024-05-18T18:00:00Z", topic.GetProperty("start").GetString());
        Assert.Equal("Michael Sarahan", topic.GetProperty("presenters")[0].GetString());
        Assert.Equal(agenda.Objective.PlacedWeight, root.GetProperty("objective").GetProperty("placedWeight").GetDouble());
        Assert.Equal(0, root.GetProperty("unplaced").GetArrayLength());
    }
}
