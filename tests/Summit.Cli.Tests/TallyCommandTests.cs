using System.Text.Json;
using Summit.Core.Voting;
using Summit.Core.Voting.Formats;

namespace Summit.Cli.Tests;

public sealed class TallyCommandTests : IDisposable
{
    private const string Tennessee = """
        # Tennessee capital (Wikipedia), percentages as weights
        candidates: Memphis, Nashville, Chattanooga, Knoxville
        42: Memphis > Nashville > Chattanooga > Knoxville
        26: Nashville > Chattanooga > Knoxville > Memphis
        15: Chattanooga > Knoxville > Nashville > Memphis
        17: Knoxville > Chattanooga > Nashville > Memphis
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("summit-tally-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Tally_IrvReadable_PrintsWinnerAndRoundTable()
    {
        var (code, output, _) = CliRunner.Run("tally", Write("tn.txt", Tennessee), "--method", "irv");
        Assert.Equal(0, code);
        Assert.Contains("Winners: Knoxville", output, StringComparison.Ordinal);
        Assert.Contains("R1", output, StringComparison.Ordinal);
        Assert.Contains("R3", output, StringComparison.Ordinal);
        Assert.Matches(@"Knoxville\s+17\s+32\s+58 \*", output);
    }

    [Fact]
    public void Tally_Json_HasContractFields()
    {
        var (code, output, _) = CliRunner.Run("tally", Write("tn.txt", Tennessee), "--method", "schulze", "--json");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var root = Assert.Single(lines, l => l.Length > 0);
        using var doc = JsonDocument.Parse(root);
        var json = doc.RootElement;
        Assert.Equal("schulze", json.GetProperty("method").GetString());
        Assert.Equal(1, json.GetProperty("seats").GetInt32());
        Assert.Equal("Nashville", json.GetProperty("winners")[0].GetString());
        Assert.Equal(4, json.GetProperty("ranking").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("rounds").ValueKind);
        Assert.Equal(JsonValueKind.Array, json.GetProperty("rejected").ValueKind);
        Assert.EndsWith("tn.txt", json.GetProperty("file").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_SeveralFilesOneBroken_JsonLinesOthersCountedExitOne()
    {
        var good = Write("a.txt", Tennessee);
        var bad = Write("b.txt", "3: A > B\n2: B > > A\n");
        var other = Write("c.txt", "2: X > Y\n1: Y\n");
        var (code, output, _) = CliRunner.Run("tally", good, bad, other, "--method", "plurality", "--json");
        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal("Memphis", lines[0].GetProperty("winners")[0].GetString());
        var error = lines[1].GetProperty("errors")[0];
        Assert.Equal("voting.format-syntax", error.GetProperty("code").GetString());
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        Assert.Equal(8, error.GetProperty("column").GetInt32());
        Assert.EndsWith("b.txt", lines[1].GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal("X", lines[2].GetProperty("winners")[0].GetString());
    }

    [Fact]
    public void Tally_UnknownMethod_ExitsTwo()
    {
        var (code, _, err) = CliRunner.Run("tally", Write("tn.txt", Tennessee), "--method", "dictator");
        Assert.Equal(2, code);
        Assert.Contains("dictator", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_UnknownTieBreaker_ExitsTwo()
    {
        var (code, _, _) = CliRunner.Run("tally", Write("tn.txt", Tennessee), "--tie-break", "coin");
        Assert.Equal(2, code);
    }

    [Fact]
    public void Tally_SingleMalformedFile_ExitsTwoWithLineAndColumn()
    {
        var (code, _, err) = CliRunner.Run("tally", Write("bad.txt", "x: A > B\n"), "--method", "plurality");
        Assert.Equal(2, code);
        Assert.Contains("bad.txt:1:1", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_IrvWithTwoSeats_ExitsOneWithCode()
    {
        var (code, _, err) = CliRunner.Run("tally", Write("tn.txt", Tennessee), "--method", "irv", "--seats", "2");
        Assert.Equal(1, code);
        Assert.Contains("voting.seats-unsupported", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_TwoSeatsBorda_TwoWinnersInOrder()
    {
        var (code, output, _) = CliRunner.Run("tally", Write("tn.txt", Tennessee), "--method", "borda", "--seats", "2", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(["Nashville", "Chattanooga"], doc.RootElement.GetProperty("winners").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    [Fact]
    public void Tally_LotteryTieBreak_RecordedAndReproducible()
    {
        var tie = Write("tie.txt", "1: A > B\n1: B > A\n");
        var first = CliRunner.Run("tally", tie, "--method", "plurality", "--tie-break", "lottery:2024-04-01", "--json");
        var second = CliRunner.Run("tally", tie, "--method", "plurality", "--tie-break", "lottery:2024-04-01", "--json");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
        using var doc = JsonDocument.Parse(first.Out);
        Assert.Equal("lottery", doc.RootElement.GetProperty("tieBreaks")[0].GetProperty("strategy").GetString());
    }

    [Fact]
    public void Tally_BltFile_GoesThroughBltReader()
    {
        const string blt = "3 1\n4 1 2 0\n3 2 3 0\n2 3 1 0\n0\n\"Ann\"\n\"Bob\"\n\"Cy\"\n\"Test\"\n";
        var path = Write("e.blt", blt);
        var expected = BltFormat.Read(blt, "e.blt");
        var (code, output, _) = CliRunner.Run("tally", path, "--method", "plurality", "--json");
        using var doc = JsonDocument.Parse(output);
        if (expected.IsSuccess)
        {
            Assert.Equal(0, code);
            Assert.Equal(TallyMethods.Plurality.Tally(expected.Value, new TallyOptions()).Value.Winners[0], doc.RootElement.GetProperty("winners")[0].GetString());
        }
        else
        {
            Assert.Equal(2, code);
            Assert.Equal(expected.Codes()[0], doc.RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
        }
    }

    [Fact]
    public void Tally_MissingFile_ReportedAsUnreadable()
    {
        var (code, _, err) = CliRunner.Run("tally", Path.Combine(_dir, "nope.txt"));
        Assert.Equal(2, code);
        Assert.Contains("voting.file-unreadable", err, StringComparison.Ordinal);
    }
}
