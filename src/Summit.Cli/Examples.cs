namespace Summit.Cli;

/// <summary>The summit files bundled with the tool (embedded resources).</summary>
internal static class Examples
{
    public const string Default = "pycon-us-2024";

    public static IReadOnlyList<string> Names { get; } = ["pycon-us-2024", "pycon-us-2023", "pycon-us-2020"];

    public static string? Read(string name)
    {
        using var stream = typeof(Examples).Assembly.GetManifestResourceStream($"Summit.Cli.Examples.{name}.json");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
