namespace Summit.Core.Tests.Conventions;

/// <summary>Finds the repository root (the folder holding Summit.Core.sln) from the test output folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Summit.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Summit.Core.sln not found above " + AppContext.BaseDirectory);
    }
}
