namespace Summit.Core.Tests.RealData.Stv;

/// <summary>Where the STV fixtures and the shared data live.</summary>
internal static class StvFixtures
{
    /// <summary>Gets the droop fixtures folder (copied into the test output; GPL-3.0, see its README).</summary>
    public static string Droop { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "droop");

    /// <summary>Finds <c>shared/data</c> by walking up from the test binaries; null when it is not there.</summary>
    public static string? SharedData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
