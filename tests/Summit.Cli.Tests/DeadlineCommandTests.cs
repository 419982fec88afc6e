using System.Text.Json;

namespace Summit.Cli.Tests;

public sealed class DeadlineCommandTests
{
    [Fact]
    public void Deadline_AoEWithZones_Json_HasClosesAtLastMomentAndZones()
    {
        var (code, output, _) = CliRunner.Run("deadline", "2020-03-07 AoE", "--zone", "America/New_York", "--zone", "Europe/Berlin", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("2020-03-08T12:00:00Z", root.GetProperty("closesAt").GetString());
        Assert.Equal("2020-03-08T11:59:59Z", root.GetProperty("lastMoment").GetString());
        var ny = root.GetProperty("zones")[0];
        Assert.Equal("America/New_York", ny.GetProperty("zone").GetString());
        Assert.Equal("2020-03-08T07:59:59-04:00", ny.GetProperty("lastMoment").GetString());
        Assert.Equal("2020-03-08T13:00:00+01:00", root.GetProperty("zones")[1].GetProperty("closesAt").GetString());
    }

    [Fact]
    public void Deadline_PlainDate_MeansAoE()
    {
        var (code, output, _) = CliRunner.Run("deadline", "2024-04-01", "--json");
        Assert.Equal(0, code);
        Assert.Equal("2024-04-02T12:00:00Z", JsonDocument.Parse(output).RootElement.GetProperty("closesAt").GetString());
    }

    [Fact]
    public void Deadline_LocalTimeInZone_Text()
    {
        var (code, output, _) = CliRunner.Run("deadline", "2024-04-01T17:00 America/New_York");
        Assert.Equal(0, code);
        Assert.Contains("2024-04-01T21:00:00Z", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2024-04-01 Mars/Olympus")]
    public void Deadline_BadDateOrZone_ExitsTwoWithoutStackTrace(string text)
    {
        var (code, _, err) = CliRunner.Run("deadline", text);
        Assert.Equal(2, code);
        Assert.Contains("deadline.", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadline_UnknownRenderZone_ExitsTwo()
    {
        var (code, _, err) = CliRunner.Run("deadline", "2024-04-01", "--zone", "Nowhere/Land");
        Assert.Equal(2, code);
        Assert.Contains("Nowhere/Land", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadline_MissingArgument_ExitsTwo() => Assert.Equal(2, CliRunner.Run("deadline").ExitCode);
}
