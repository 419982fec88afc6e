namespace Summit.Core.Tests.RealData.Voting;

internal static class FixturePaths
{
    public static string Of(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);
}
