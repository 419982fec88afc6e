using System.Text.Json;

namespace Summit.Cli.Tests;

/// <summary>Issue 12, item 13: under --json every command prints exactly one JSON document on failure too.</summary>
public sealed class JsonErrorTests
{
    private static JsonElement SingleError(string stdout)
    {
        using var doc = JsonDocument.Parse(stdout);
        return Assert.Single(doc.RootElement.GetProperty("errors").EnumerateArray().ToList()).Clone();
    }

    [Fact]
    public void Deadline_Invalid_PrintsErrorDocument_Exit2()
    {
        var (code, stdout, stderr) = CliRunner.Run("deadline", "2024-02-30", "--json");
        Assert.Equal(2, code);
        Assert.Equal("", stderr);
        var e = SingleError(stdout);
        Assert.Equal("deadline.invalid", e.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, e.GetProperty("file").ValueKind);
        Assert.Equal(JsonValueKind.Null, e.GetProperty("line").ValueKind);
    }

    [Fact]
    public void Plan_SyntaxError_PrintsPositionedErrorDocument_Exit2()
    {
        var path = Path.Combine(Path.GetTempPath(), $"summit-json-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\"summit\": {\"id\": \"a\",\n \"id\": \"b\"}}");
        try
        {
            var (code, stdout, _) = CliRunner.Run("plan", path, "--json");
            Assert.Equal(2, code);
            var e = SingleError(stdout);
            Assert.Equal("file.duplicate-key", e.GetProperty("code").GetString());
            Assert.Equal(path, e.GetProperty("file").GetString());
            Assert.Equal(2, e.GetProperty("line").GetInt32());
            Assert.Equal(2, e.GetProperty("column").GetInt32());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Plan_DomainRuleInFile_Exit1()
    {
        var path = Path.Combine(Path.GetTempPath(), $"summit-json-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "summit": { "id": "s", "name": "S", "timeZone": "UTC", "days": [ { "date": "2022-04-29", "start": "09:00", "end": "17:00" } ] },
              "timeline": { "proposalsClose": "2022-04-16 AoE", "votingOpens": "2022-04-10T00:00:00Z", "votingCloses": "2022-04-20T00:00:00Z" } }
            """);
        try
        {
            var (code, stdout, _) = CliRunner.Run("plan", path, "--json");
            Assert.Equal(1, code);
            Assert.Equal("timeline.voting-before-proposals-close", SingleError(stdout).GetProperty("code").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Plan_BadAt_And_UnknownOption_PrintErrorDocuments()
    {
        var (code, stdout, _) = CliRunner.Run("plan", "--at", "yesterday", "--json");
        Assert.Equal(2, code);
        Assert.Equal("cli.usage", SingleError(stdout).GetProperty("code").GetString());
        (code, stdout, _) = CliRunner.Run("deadline", "--json");
        Assert.Equal(2, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("cli.usage", doc.RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Lottery_MissingPool_PrintsErrorDocument()
    {
        var (code, stdout, _) = CliRunner.Run("lottery", "--key", "1./", "--pool", "/nonexistent/pool.txt", "--select", "1", "--json");
        Assert.Equal(2, code);
        Assert.Equal("cli.usage", SingleError(stdout).GetProperty("code").GetString());
    }
}
