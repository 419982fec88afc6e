namespace Summit.Cli.Tests;

/// <summary>Issue 12: every file-system failure is exit 2 with one line on stderr, never a stack trace.</summary>
public sealed class FileSystemErrorTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"summit-fs-{Guid.NewGuid():N}");

    public FileSystemErrorTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        foreach (var f in Directory.EnumerateFileSystemEntries(_dir, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(f, FileAttributes.Normal);
        }

        Directory.Delete(_dir, recursive: true);
    }

    private static void AssertOneLineUsageError(int code, string error, string mentions)
    {
        Assert.Equal(2, code);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("summit: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(mentions, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--ics")]
    [InlineData("--frab-xml")]
    [InlineData("--frab-json")]
    public void Plan_ExportIntoAMissingFolder_IsExit2WithOneLine(string option)
    {
        var target = Path.Combine(_dir, "out", "agenda.out");
        var (code, _, error) = CliRunner.Run("plan", "--at", "2024-05-10T00:00:00Z", option, target);
        AssertOneLineUsageError(code, error, "folder does not exist");
        Assert.False(Directory.Exists(Path.Combine(_dir, "out")));
    }

    [Fact]
    public void Plan_ExportOverAFolder_IsExit2WithOneLine()
    {
        var (code, _, error) = CliRunner.Run("plan", "--at", "2024-04-01T12:00:00Z", "--ics", _dir);
        Assert.Equal(2, code);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Plan_ExportToAReadOnlyFile_IsExit2WithOneLine()
    {
        var target = Path.Combine(_dir, "agenda.ics");
        File.WriteAllText(target, "old");
        File.SetAttributes(target, FileAttributes.ReadOnly);
        if (Environment.UserName == "root" && !OperatingSystem.IsWindows())
        {
            // root may write read-only files; a path under a file is refused for everyone.
            target = Path.Combine(target, "agenda.ics");
        }

        var (code, _, error) = CliRunner.Run("plan", "--at", "2024-04-01T12:00:00Z", "--ics", target);
        Assert.Equal(2, code);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_MissingInputFile_IsExit2WithOneLine()
    {
        var (code, _, error) = CliRunner.Run("plan", Path.Combine(_dir, "missing.json"));
        AssertOneLineUsageError(code, error, "missing.json");
    }

    [Fact]
    public void Tally_MissingInputFile_IsExit2WithOneLine()
    {
        var (code, _, error) = CliRunner.Run("tally", Path.Combine(_dir, "missing.blt"));
        Assert.Equal(2, code);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Lottery_PoolIsAFolder_IsExit2WithOneLine()
    {
        var (code, _, error) = CliRunner.Run("lottery", "--key", "1./", "--pool", _dir, "--select", "1");
        Assert.Equal(2, code);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
