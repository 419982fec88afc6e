using Summit.Core.Tests.RealData.Stv;

namespace Summit.Core.Tests.RealData;

/// <summary>
/// A fact that reads a folder of <c>../shared/data</c> in place (large sets, and those never to be copied): reported
/// <em>Skipped</em>, never Passed, when the folder is not there.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Initializes the attribute for the folders <paramref name="relative"/> under <c>shared/data</c>.</summary>
    /// <param name="relative">The folders, with <c>/</c> between their parts; the test is skipped when any is missing.</param>
    public SharedDataFactAttribute(params string[] relative) => Skip = SharedDataFolder.SkipReason(relative);
}

/// <summary>A theory that reads a folder of <c>../shared/data</c> in place: reported <em>Skipped</em>, never Passed, when the folder is not there.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    /// <summary>Initializes the attribute for the folders <paramref name="relative"/> under <c>shared/data</c>.</summary>
    /// <param name="relative">The folders, with <c>/</c> between their parts; the test is skipped when any is missing.</param>
    public SharedDataTheoryAttribute(params string[] relative) => Skip = SharedDataFolder.SkipReason(relative);
}

/// <summary>Where a folder of the shared data is, if it is here.</summary>
internal static class SharedDataFolder
{
    /// <summary>The full path of <paramref name="relative"/> under <c>shared/data</c>, or null when it is not here.</summary>
    public static string? Find(string relative) =>
        StvFixtures.SharedData() is { } data && Path.Combine([data, .. relative.Split('/')]) is var path && Directory.Exists(path) ? path : null;

    /// <summary>Null when every folder is here; otherwise why the test is skipped.</summary>
    public static string? SkipReason(string[] relative) =>
        relative.FirstOrDefault(r => Find(r) is null) is { } missing ? $"../shared/data/{missing} is not here (read in place, never copied into the repository)." : null;
}
