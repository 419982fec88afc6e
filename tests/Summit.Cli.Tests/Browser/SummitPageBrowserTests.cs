using Summit.Core.Summits.File;
using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Summit.Core.Export;
using Summit.Core.Planning;
using Summit.Core.Scheduling;
using Summit.Core.Summits;

namespace Summit.Cli.Tests.Browser;

/// <summary>
/// Renders the bundled summits' HTML pages (<c>summit plan --html</c>) in a real headless Chromium at 1280 px and checks
/// the layout the browser computed: no horizontal overflow (screen and print), every agenda item laid out inside the
/// viewport with its text unclipped, every title in the rendered text and in <c>--dump-dom</c>, and a 1280 px wide PNG.
/// </summary>
public sealed class SummitPageBrowserTests
{
    private const int Width = 1280;
    private const int Height = 2000;

    // What the page measures: the viewport, the document's scroll width, and each agenda cell's box and overflow.
    private const string Measure = """
        (() => {
          const items = [...document.querySelectorAll('[data-item]')].map(e => {
            const r = e.getBoundingClientRect();
            const s = getComputedStyle(e);
            return { title: e.querySelector('.title').textContent, left: r.left, right: r.right, width: r.width, height: r.height,
                     shown: s.visibility !== 'hidden' && s.display !== 'none' && parseFloat(s.opacity) > 0,
                     clipped: e.scrollWidth > e.clientWidth + 1 };
          });
          return { innerWidth, scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
                   text: document.body.innerText, items, scripts: document.scripts.length,
                   external: document.querySelectorAll('[src], link[href], iframe, object, embed').length };
        })()
        """;

    [BrowserFact]
    public Task Page2024_NoHorizontalOverflowEveryItemVisibleEveryTitleInTheDom()
    {
        var dir = Directory.CreateTempSubdirectory("summit-page-");
        var html = Path.Combine(dir.FullName, "page.html");
        var (code, output, err) = CliRunner.RunAt(Instant.FromUtc(2024, 5, 10, 0, 0), "plan", "example:pycon-us-2024", "--json", "--html", html);
        Assert.True(code == 0, err);
        var titles = JsonDocument.Parse(output).RootElement.GetProperty("agenda").GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("title").GetString()!).ToList();
        Assert.Contains("Lock file standardisation status", titles);
        return Check(dir, html, titles, "summit-page-2024.png");
    }

    [BrowserFact]
    public Task Page2026_SixParallelRoundtables_NoHorizontalOverflowEveryItemVisibleEveryTitleInTheDom()
    {
        var dir = Directory.CreateTempSubdirectory("summit-page-");
        var html = Path.Combine(dir.FullName, "page.html");
        var (code, output, err) = CliRunner.RunAt(Instant.FromUtc(2026, 5, 10, 0, 0), "plan", "example:pycon-us-2026", "--json", "--html", html);
        Assert.True(code == 0, err);
        var titles = JsonDocument.Parse(output).RootElement.GetProperty("agenda").GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("title").GetString()!).ToList();
        Assert.NotEmpty(titles);
        return Check(dir, html, titles, "summit-page-2026.png");
    }

    /// <summary>The real two-day 2023 agenda, packed from <see cref="AgendaTemplates.PyConUs2023"/> (the library's own template of that frame).</summary>
    [BrowserFact]
    public Task Page2023_TwoDayAgenda_NoHorizontalOverflowEveryItemVisibleEveryTitleInTheDom()
    {
        var services = new ServiceCollection().AddSingleton<IClock>(new NodaTime.Testing.FakeClock(Instant.FromUtc(2023, 4, 1, 0, 0))).AddSummitCore().BuildServiceProvider();
        var document = SummitFile.Read(Examples.Read("pycon-us-2023")!, "pycon-us-2023.json").Value;
        var plan = services.GetRequiredService<ISummitPlanner>().Plan(document, Instant.FromUtc(2023, 4, 1, 0, 0));
        var requests = Enumerable.Range(0, 8).Select(i => SlotRequest.Fixed("t" + i, $"Topic {i}: <b>not bold</b> & \"quoted\" — a long title that has to wrap inside its cell", 25) with
        {
            PinnedBlockId = i < 4 ? "session-1" : "session-2",
            Presenters = ["Person " + i],
        }).ToImmutableArray();
        var agenda = Packers.Exact.Pack(new PackingRequest(AgendaTemplates.PyConUs2023(), requests)).Value;
        Assert.Equal(2, agenda.Items.Select(i => i.LocalStart.Date).Distinct().Count());
        var dir = Directory.CreateTempSubdirectory("summit-page-");
        var html = Path.Combine(dir.FullName, "page.html");
        File.WriteAllText(html, SummitHtmlPage.Write(plan with { Agenda = StageOutcome<Agenda>.Succeeded(agenda) }));
        return Check(dir, html, [.. agenda.Items.Select(i => i.Title)], "summit-page-2023.png");
    }

    private static async Task Check(DirectoryInfo dir, string html, List<string> titles, string screenshot)
    {
        try
        {
            var url = new Uri(html).AbsoluteUri;

            await using (var browser = await HeadlessChromium.OpenAsync(url, Width, Height))
            {
                var page = await browser.EvaluateAsync(Measure);
                Assert.Equal(Width, page.GetProperty("innerWidth").GetInt32());
                Assert.True(page.GetProperty("scrollWidth").GetInt32() <= Width, $"horizontal overflow: scrollWidth {page.GetProperty("scrollWidth")} > {Width}");
                Assert.Equal(0, page.GetProperty("scripts").GetInt32());
                Assert.Equal(0, page.GetProperty("external").GetInt32());
                var items = page.GetProperty("items").EnumerateArray().ToList();
                var laid = items.Select(i => i.GetProperty("title").GetString()!).Order(StringComparer.Ordinal).ToList();
                Assert.Equal(titles.Order(StringComparer.Ordinal), laid);
                foreach (var item in items)
                {
                    var name = item.GetProperty("title").GetString();
                    Assert.True(item.GetProperty("shown").GetBoolean(), $"'{name}' is hidden");
                    Assert.True(item.GetProperty("width").GetDouble() > 0 && item.GetProperty("height").GetDouble() > 0, $"'{name}' has no box");
                    Assert.True(item.GetProperty("left").GetDouble() >= 0 && item.GetProperty("right").GetDouble() <= Width, $"'{name}' lies outside the viewport");
                    Assert.False(item.GetProperty("clipped").GetBoolean(), $"'{name}' overflows its cell");
                }

                var text = page.GetProperty("text").GetString()!;
                Assert.All(titles, t => Assert.Contains(t, text, StringComparison.Ordinal));

                await browser.SendAsync("Emulation.setEmulatedMedia", new Dictionary<string, object> { ["media"] = "print" });
                var print = await browser.EvaluateAsync(Measure);
                Assert.True(print.GetProperty("scrollWidth").GetInt32() <= Width, "horizontal overflow in print media");
                await browser.SendAsync("Emulation.setEmulatedMedia", new Dictionary<string, object> { ["media"] = "screen" });

                var shot = await browser.SendAsync("Page.captureScreenshot", new Dictionary<string, object> { ["format"] = "png", ["captureBeyondViewport"] = false });
                var png = Convert.FromBase64String(shot.GetProperty("data").GetString()!);
                Assert.Equal(Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
                await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, screenshot), png);
            }

            var dom = WebUtility.HtmlDecode(await DumpDom(url, dir.FullName));
            Assert.All(titles, t => Assert.Contains(t, dom, StringComparison.Ordinal));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static async Task<string> DumpDom(string url, string dir)
    {
        var start = new ProcessStartInfo(HeadlessChromium.Find()!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var flag in HeadlessChromium.Flags(Path.Combine(dir, "dump-profile"), Width, Height))
        {
            start.ArgumentList.Add(flag);
        }

        start.ArgumentList.Add("--dump-dom");
        start.ArgumentList.Add(url);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return await stdout;
    }
}
