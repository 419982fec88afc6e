namespace Summit.Cli;

/// <summary>The summit files bundled with the tool (embedded resources), and the CSV sheets some of them name.</summary>
internal static class Examples
{
    public const string Default = "pycon-us-2024";

    public static IReadOnlyList<string> Names { get; } = ["pycon-us-2024", "pycon-us-2023", "pycon-us-2022", "pycon-us-2020", "pycon-us-2026", "pycon-us-2024-forms"];

    public static string? Read(string name) => ReadResource($"Summit.Cli.Examples.{name}.json");

    /// <summary>Reads a sheet an example names, by the path the example writes (<c>registrations.csv</c>).</summary>
    public static string? ReadSheet(string name, string path) =>
        path.Contains('/', StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal) ? null : ReadResource($"Summit.Cli.Examples.{name}/{path}");

    private static string? ReadResource(string resource)
    {
        using var stream = typeof(Examples).Assembly.GetManifestResourceStream(resource);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
