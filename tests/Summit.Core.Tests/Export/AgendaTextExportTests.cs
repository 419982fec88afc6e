using Summit.Core.Export;

namespace Summit.Core.Tests.Export;

public sealed class AgendaTextExportTests
{
    [Fact]
    public void ToMarkdown_2023Agenda_OneTablePerDayWithTimeItemPresenterMinutes()
    {
        var markdown = AgendaTextExport.ToMarkdown(ExportTestAgendas.PyConUs2023());

        Assert.StartsWith("# PyCon US 2023 Packaging Summit\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## Friday 2023-04-21 — Room 251AB, Salt Palace Convention Center (America/Denver)", markdown, StringComparison.Ordinal);
        Assert.Contains("## Sunday 2023-04-23", markdown, StringComparison.Ordinal);
        Assert.Contains("| Time | Item | Presenter | Minutes |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 10:30 | Welcome | – | 5 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 10:35 | Topic 0 | Person 0 | 25 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 12:15 | Overflow time | – | 15 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlainText_2024Agenda_ShowsRoomsWhenThereAreParallelOnes()
    {
        var text = AgendaTextExport.ToPlainText(ExportTestAgendas.PyConUs2024());

        Assert.Contains("13:45   15 min  Welcome, introductions [Room 319]", text, StringComparison.Ordinal);
        Assert.Contains("14:00   30 min  Arbitrary package metadata: the key to enabling smaller binaries — Michael Sarahan [Room 319]", text, StringComparison.Ordinal);
        Assert.Contains("[Table 2]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_PipeInTitle_IsEscaped()
    {
        var agenda = ExportTestAgendas.PyConUs2023();
        var renamed = agenda with { Items = [.. agenda.Items.Select(i => i.TopicId == "t0" ? i with { Title = "a | b" } : i)] };

        Assert.Contains("| a \\| b |", AgendaTextExport.ToMarkdown(renamed), StringComparison.Ordinal);
    }
}
