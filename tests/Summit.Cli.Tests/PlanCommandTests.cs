using System.Text.Json;
using NodaTime;

namespace Summit.Cli.Tests;

public sealed class PlanCommandTests
{
    [Fact]
    public void NoArguments_PlansThe2024Example()
    {
        var (code, output, _) = CliRunner.Run();
        Assert.Equal(0, code);
        Assert.Contains("PyCon US 2024 Packaging Summit", output, StringComparison.Ordinal);
        Assert.Contains("2024-04-02T12:00:00Z", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Json_AtAnInstant_ReportsPhaseAndTimeline()
    {
        var (code, output, _) = CliRunner.Run("plan", "--at", "2024-04-01T12:00:00Z", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("America/New_York", root.GetProperty("summit").GetProperty("timeZone").GetString());
        var phase = root.GetProperty("phase");
        Assert.Equal(["Registration", "Proposals"], phase.GetProperty("open").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("RegistrationCloses", phase.GetProperty("next").GetString());
        var close = root.GetProperty("timeline").EnumerateArray().Single(m => m.GetProperty("milestone").GetString() == "RegistrationCloses");
        Assert.Equal("2024-04-02T12:00:00Z", close.GetProperty("utc").GetString());
        Assert.Equal("2024-04-02T00:00:00-12:00", close.GetProperty("aoe").GetString());
        Assert.Equal("2024-04-02T08:00:00-04:00", close.GetProperty("local").GetString());
    }

    [Fact]
    public void Plan_UsesTheInjectedClockForNow()
    {
        var (code, output, _) = CliRunner.RunAt(Instant.FromUtc(2024, 5, 18, 18, 0), "plan", "--json");
        Assert.Equal(0, code);
        var phase = JsonDocument.Parse(output).RootElement.GetProperty("phase");
        Assert.Equal(["Summit"], phase.GetProperty("open").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Plan_CancelledExample_ShowsAbortedMilestones()
    {
        var (code, output, _) = CliRunner.Run("plan", "example:pycon-us-2020", "--at", "2020-03-25T00:00:00Z", "--json");
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.True(root.GetProperty("phase").GetProperty("cancelled").GetBoolean());
        Assert.Contains(root.GetProperty("timeline").EnumerateArray(), m => m.GetProperty("milestone").GetString() == "VotingCloses" && m.GetProperty("aborted").GetBoolean());
    }

    [Fact]
    public void Plan_FileWithErrors_ExitsTwoWithLineAndColumn()
    {
        var path = Path.Combine(Path.GetTempPath(), $"summit-bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\n  \"summit\": { \"id\": \"x\", \"name\": \"X\", \"timeZone\": \"Mars/Base\", \"days\": [] }\n}");
        try
        {
            var (code, _, err) = CliRunner.Run("plan", path);
            Assert.Equal(2, code);
            Assert.Contains(":2:", err, StringComparison.Ordinal);
            Assert.Contains("deadline.unknown-zone", err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("plan", "no-such-file.json")]
    [InlineData("plan", "example:nope")]
    [InlineData("plan", "--at", "yesterday")]
    public void Plan_UsageErrors_ExitTwo(params string[] args) => Assert.Equal(2, CliRunner.Run(args).ExitCode);
}

public sealed class PlanPipelineTests
{
    [Fact]
    public void Plan_Json_HasSelectionTallyTopicsAndAgenda()
    {
        var (code, output, err) = CliRunner.Run("plan", "--at", "2024-05-10T00:00:00Z", "--json");
        Assert.True(code == 0, err);
        var root = JsonDocument.Parse(output).RootElement;
        var outcomes = root.GetProperty("selection").GetProperty("outcomes").EnumerateArray().ToList();
        // 12 places, two declines replaced from standby, one admission over capacity (the example's decisions).
        Assert.Equal(13, outcomes.Count(o => o.GetProperty("outcome").GetString() == "Selected"));
        Assert.Equal(2, outcomes.Count(o => o.GetProperty("outcome").GetString() == "Declined"));
        Assert.Equal("published", root.GetProperty("selection").GetProperty("state").GetString());
        Assert.All(outcomes, o => Assert.NotEqual(0, o.GetProperty("reasons").GetArrayLength()));
        Assert.Equal("arbitrary-metadata", root.GetProperty("tally").GetProperty("winners")[0].GetString());
        Assert.Equal(4, root.GetProperty("tally").GetProperty("rejected").GetArrayLength());
        Assert.Equal(5, root.GetProperty("topics").GetProperty("outcomes").GetArrayLength());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("agenda").ValueKind);
    }

    [Fact]
    public void Plan_Text_ShowsAgendaInside1345To1745()
    {
        var (code, output, _) = CliRunner.Run("plan", "--at", "2024-05-10T00:00:00Z");
        Assert.Equal(0, code);
        Assert.Contains("13:45", output, StringComparison.Ordinal);
        Assert.Contains("Agenda (exact, proven optimal)", output, StringComparison.Ordinal);
        Assert.Contains("14:00  Room 319: Arbitrary package metadata: the key to enabling smaller binaries", output, StringComparison.Ordinal);
        Assert.Contains("standby 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Text_PutsParallelRoomsSideBySideOnOneLine()
    {
        var (code, output, _) = CliRunner.Run("plan", "example:pycon-us-2026", "--at", "2026-05-10T00:00:00Z");
        Assert.Equal(0, code);
        var roundtables = Assert.Single(output.Split('\n'), l => l.StartsWith("16:45  Table 1: ", StringComparison.Ordinal));
        for (var table = 2; table <= 6; table++)
        {
            Assert.Contains($" | Table {table}: ", roundtables, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Plan_Exports_WriteIcsAndFrabFiles()
    {
        var dir = Directory.CreateTempSubdirectory("summit-plan-");
        try
        {
            var ics = Path.Combine(dir.FullName, "agenda.ics");
            var xml = Path.Combine(dir.FullName, "schedule.xml");
            var json = Path.Combine(dir.FullName, "schedule.json");
            var (code, _, err) = CliRunner.Run("plan", "--at", "2024-05-10T00:00:00Z", "--ics", ics, "--frab-xml", xml, "--frab-json", json);
            Assert.True(code == 0, err);
            var calendar = File.ReadAllText(ics);
            Assert.StartsWith("BEGIN:VCALENDAR\r\n", calendar, StringComparison.Ordinal);
            Assert.Contains("DTSTART:20240518T180000Z", calendar, StringComparison.Ordinal);
            var deadlines = File.ReadAllText(Path.Combine(dir.FullName, "agenda-deadlines.ics"));
            Assert.Contains("DTSTART:20240402T120000Z", deadlines, StringComparison.Ordinal);
            Assert.Contains("SUMMARY:Registration closes (2024-04-01 AoE)\r\n", deadlines, StringComparison.Ordinal);
            Assert.Contains("DTSTART;VALUE=DATE:20240405\r\n", deadlines, StringComparison.Ordinal);
            Assert.DoesNotContain("SUMMARY:Overflow time", calendar, StringComparison.Ordinal);
            Assert.Contains("<schedule", File.ReadAllText(xml), StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(File.ReadAllText(json)).RootElement.GetProperty("schedule").ValueKind);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Plan_FrabExportWithoutAgenda_ExitsOne()
    {
        // A summit file without an agenda section (the bundled 2023 example now has its real two-day frame).
        var file = Path.Combine(Path.GetTempPath(), $"summit-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """
            {
              "summit": { "id": "s", "name": "S", "timeZone": "America/Denver", "days": [ { "date": "2023-04-21", "start": "10:30", "end": "12:30" } ] },
              "timeline": { "registrationCloses": "2023-04-01 AoE", "proposalsClose": "2023-04-10 AoE" },
              "proposals": [ { "id": "a", "title": "A", "submittedAt": "2023-03-20T12:00:00Z" } ]
            }
            """);
        var xml = Path.Combine(Path.GetTempPath(), $"summit-{Guid.NewGuid():N}.xml");
        try
        {
            var (code, _, err) = CliRunner.Run("plan", file, "--frab-xml", xml);
            Assert.Equal(1, code);
            Assert.Contains("no packed agenda", err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Plan_MarkdownAndHtml_FromFormsWithEmails_NamesOnlyNeverEmail()
    {
        var dir = Directory.CreateTempSubdirectory("summit-plan-");
        try
        {
            var md = Path.Combine(dir.FullName, "plan.md");
            var html = Path.Combine(dir.FullName, "plan.html");
            var (code, text, err) = CliRunner.RunAt(NodaTime.Instant.FromUtc(2024, 5, 10, 0, 0), "plan", "example:pycon-us-2024-forms", "--markdown", md, "--html", html);
            Assert.True(code == 0, err);
            var markdown = File.ReadAllText(md);
            var page = File.ReadAllText(html);
            Assert.Contains("Avery Tool (invented)", markdown, StringComparison.Ordinal);
            Assert.Contains("Avery Tool (invented)", page, StringComparison.Ordinal);
            Assert.DoesNotContain("@example.org", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("@example.org", page, StringComparison.Ordinal);
            Assert.DoesNotContain("@example.org", text, StringComparison.Ordinal);
            Assert.Contains("Arbitrary package metadata: the key to enabling smaller binaries", markdown, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
