using System.Text.Json;

namespace Summit.Cli.Tests;

public sealed class LotteryCommandTests
{
    // RFC 3797 section 6: the key of the worked example and its ten selections from 25.
    private const string Key = "9319./2.5.8.10.12./9.18.26.34.41.45./";

    [Fact]
    public void Lottery_WorkedExampleJson_ListsPositionsInOrder()
    {
        var (code, output, _) = CliRunner.Run("lottery", "--key", Key, "--pool", "25", "--select", "10", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var selected = doc.RootElement.GetProperty("selected").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal([17, 7, 2, 16, 25, 23, 8, 24, 19, 13], selected);
    }

    [Fact]
    public void Lottery_PoolFile_ListsNames()
    {
        var path = Path.Combine(Path.GetTempPath(), $"summit-pool-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(path, Enumerable.Range(1, 25).Select(i => $"Person {i}"));
        try
        {
            var (code, output, _) = CliRunner.Run("lottery", "--key", Key, "--pool", path, "--select", "3", "--json");
            Assert.Equal(0, code);
            using var doc = JsonDocument.Parse(output);
            var selected = doc.RootElement.GetProperty("selected").EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray();
            Assert.Equal(["Person 17", "Person 7", "Person 2"], selected);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Lottery_Text_PrintsNumberedSelections()
    {
        var (code, output, _) = CliRunner.Run("lottery", "--key", Key, "--pool", "25", "--select", "2");
        Assert.Equal(0, code);
        Assert.Contains("1. 17", output, StringComparison.Ordinal);
        Assert.Contains("2. 7", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lottery_SelectMoreThanPool_ExitsOneWithCode()
    {
        var (code, _, err) = CliRunner.Run("lottery", "--key", Key, "--pool", "5", "--select", "6");
        Assert.Equal(1, code);
        Assert.Contains("selection.select-exceeds-pool", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Lottery_EmptyKey_ExitsOneWithCode()
    {
        var (code, _, err) = CliRunner.Run("lottery", "--key", "", "--pool", "5", "--select", "1");
        Assert.Equal(1, code);
        Assert.Contains("selection.lottery-key-empty", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Lottery_MissingFile_ExitsTwo()
    {
        var (code, _, err) = CliRunner.Run("lottery", "--key", Key, "--pool", "no-such-file.txt", "--select", "1");
        Assert.Equal(2, code);
        Assert.Contains("no-such-file.txt", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Lottery_MissingSelect_ExitsTwo()
    {
        var (code, _, _) = CliRunner.Run("lottery", "--key", Key, "--pool", "5");
        Assert.Equal(2, code);
    }

    [Fact]
    public void Lottery_DuplicateNameInFile_ExitsTwoWithLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"summit-pool-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(path, ["Ann", "Bob", "Ann"]);
        try
        {
            var (code, _, err) = CliRunner.Run("lottery", "--key", Key, "--pool", path, "--select", "1");
            Assert.Equal(2, code);
            Assert.Contains("selection.pool-duplicate-name", err, StringComparison.Ordinal);
            Assert.Contains(":3:", err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Lottery_HugePool_IsACodedErrorNotAnAllocation()
    {
        var (code, output, error) = CliRunner.Run("lottery", "--key", Key, "--pool", "1100000000", "--select", "1");
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("selection.lottery-pool-too-large", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lottery_PoolFile_TextNamesTheEntryAndItsLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"summit-pool-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(path, ["# not a comment, a name", string.Empty, "Ann", string.Empty, "Bob"]);
        try
        {
            var (code, output, _) = CliRunner.Run("lottery", "--key", Key, "--pool", path, "--select", "3");
            Assert.Equal(0, code);
            Assert.Contains("Bob (entry 3 of the pool, line 5 of the file)", output, StringComparison.Ordinal);
            Assert.DoesNotContain("(line ", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
