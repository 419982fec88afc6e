namespace Summit.Cli.Tests;

public sealed class CliAppTests
{
    [Fact]
    public void Run_UnknownCommand_ExitsTwoWithMessage()
    {
        var (code, _, err) = CliRunner.Run("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("frobnicate", err, StringComparison.Ordinal);
    }
}
