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
