using Summit.Core.Summits.File;
using NodaTime;
using Summit.Core.Export;
using Summit.Core.Planning;
using Summit.Core.Scheduling;
using Summit.Core.Summits;

namespace Summit.Core.Tests.Export;

public sealed class SummitPagesTests
{
    private static SummitPlan Plan2024(Func<string, string>? edit = null)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", "pycon-us-2024.json"));
        var document = SummitFile.Read(edit is null ? text : edit(text), "pycon-us-2024.json").Value;
        return SummitPlanner.Plan(document, Instant.FromUtc(2024, 5, 10, 0, 0));
    }

    [Fact]
    public void Markdown_2024_RoomsSideBySideTitlesNotSlugsScoresAndNamesOnly()
    {
        var plan = Plan2024();

        var md = SummitMarkdown.Write(plan);

        Assert.Contains("| Time | Room 319 | Breakout A |", md, StringComparison.Ordinal);
        Assert.Contains("| 16:15 |  | **Lock file standardisation status** — Devon Lock (invented) (20 min) |", md, StringComparison.Ordinal);
        Assert.Contains("| 1 | Arbitrary package metadata: the key to enabling smaller binaries | 4 |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("arbitrary-metadata >", md, StringComparison.Ordinal);
        Assert.Contains("- Avery Tool (invented)", md, StringComparison.Ordinal);
        Assert.Contains("Not selected: 1 (names are not published).", md, StringComparison.Ordinal);
        Assert.DoesNotContain("Jordan Hatch", md, StringComparison.Ordinal);
        Assert.Contains("| ✓ | Registration closes | 2024-04-01 AoE |", md, StringComparison.Ordinal);
        Assert.Equal(md, SummitMarkdown.Write(plan));
    }

    [Fact]
    public void Html_2024_SelfContainedEncodedAndHasEverySection()
    {
        var plan = Plan2024(t => t.Replace("Lock file standardisation status", "Lock <script>alert(1)</script> & files", StringComparison.Ordinal));

        var html = SummitHtmlPage.Write(plan);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Lock &lt;script&gt;alert(1)&lt;/script&gt; &amp; files", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("id=\"timeline\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"agenda\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"vote\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"selection\"", html, StringComparison.Ordinal);
        Assert.Equal(plan.Agenda.Value.Items.Length, html.Split("data-item=").Length - 1);
        Assert.Equal(html, SummitHtmlPage.Write(plan));
    }

    [Fact]
    public void AgendaMarkdown_2023_OneGridPerDay()
    {
        var md = AgendaMarkdownExport.Write(ExportTestAgendas.PyConUs2023());

        Assert.Contains("## Friday 2023-04-21", md, StringComparison.Ordinal);
        Assert.Contains("## Sunday 2023-04-23", md, StringComparison.Ordinal);
        Assert.Contains("| 10:35 | **Topic 0** — Person 0 (25 min) |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundByRound_Irv_MarkdownAndHtmlShowEveryRoundWithTitles()
    {
        var plan = Plan2024(t => t.Replace("\"method\": \"schulze\"", "\"method\": \"irv\"", StringComparison.Ordinal));
        var rounds = plan.Tally.Value.Outcome.Value.Rounds;
        Assert.True(rounds.Length > 1);

        var md = SummitMarkdown.Write(plan);
        var html = SummitHtmlPage.Write(plan);

        Assert.Contains("### Round by round", md, StringComparison.Ordinal);
        Assert.Contains("| Highest count |", md.Replace("| Place | Topic | Highest count |", "| Highest count |", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Round " + rounds.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
        Assert.Contains("class=\"rounds\"", html, StringComparison.Ordinal);
    }
}
