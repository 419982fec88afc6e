namespace Summit.Core.Benchmarks;

/// <summary>
/// The real data sets beside the repository (<c>../shared/data</c>), read in place: the large ones are never copied
/// into the repository. Benchmarks that need them carry <see cref="RequiresSharedDataAttribute"/> and are skipped,
/// with a note, when the folder is absent.
/// </summary>
internal static class SharedData
{
    /// <summary>Gets the <c>shared/data</c> folder found by walking up from the binaries or the working directory, or null.</summary>
    public static string? Folder { get; } = Find();

    /// <summary>Returns a path inside the shared data folder.</summary>
    public static string PathOf(params string[] parts) =>
        Path.Combine([Folder ?? throw new InvalidOperationException("../shared/data was not found above " + AppContext.BaseDirectory), .. parts]);

    private static string? Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

/// <summary>Marks a benchmark class that reads <see cref="SharedData"/>; it is skipped when the folder is absent.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class RequiresSharedDataAttribute : Attribute;
