using System.Globalization;
using System.Text;

namespace Summit.Core.Fuzz;

/// <summary>The seed corpus: files under Corpus/ plus every reproducer of issue 12 ("Trustworthy under every input").</summary>
internal static class Seeds
{
    public static readonly string[] DeadlineReproducers =
    [
        "9999-12-31 AoE", "-9998-01-01T00:00 Asia/Tokyo", "0001-01-01", "2024-04-01T17:00", "2024-03-10T02:30 America/New_York",
        "2024-04-01 Mars/Olympus", "2024-02-30", "", " ", "2024-04-01 AoE extra", "2024-04-01T24:00 UTC",
    ];

    public static readonly string[] PreferenceReproducers =
    [
        "8:\n9223372036854775807:\n", "9223372036854775807: A\n9223372036854775807: B\n", "", "# only a comment\n",
        "seats: 2\n1: A\n", "candidates: A, , B\n1: A\n", "1: A > A\n", "1: A\r1: B\r", "withdrawn: A\n",
    ];

    public static readonly string[] BltReproducers =
    [
        "20000 1\n0\n" + string.Concat(Enumerable.Range(1, 20000).Select(i => string.Create(CultureInfo.InvariantCulture, $"\"C{i}\"\n"))) + "\"big\"\n",
        "3 2\r1 1 2 0\r1 2 3 0\r0\r\"A\"\r\"B\"\r\"C\"\r\"CR only\"\r",
        "1 2\n1 1 0\n0\n\"A\"\n\"t\"\n", "2 1\n9223372036854775807 1 0\n9223372036854775807 2 0\n0\n\"A\"\n\"B\"\n\"t\"\n",
        "", "3 1\n-1 -1\n1 2 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"t\"\n", "2 1\n1 1 = 2 0\n0\n\"\"\n\"B\"\n\"t\"\n",
    ];

    public static readonly string[] SummitReproducers =
    [
        "{\"summit\": {\"name\": \"Zoë Ωmega\", \"id\": }}", "{\"summit\": \"\\uD800\"}", "{\"summit\": {\"id\": \"a\", \"id\": \"b\"}}",
        "", "[]", "{}", string.Concat(Enumerable.Repeat("[", 100)),
    ];

    public static readonly string[] PoolReproducers = ["", "A\nA\n", "A\rB\rA", "\uFEFFA\n", " \n \n"];

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static IReadOnlyList<string> Files(string folder, string pattern) =>
        [.. System.IO.Directory.GetFiles(Path.Combine(Directory, folder), pattern).Order(StringComparer.Ordinal).Select(f => File.ReadAllText(f, Encoding.UTF8))];

    public static IReadOnlyList<string> Deadlines =>
        [.. Files("deadline", "*.txt").SelectMany(t => t.Split('\n', StringSplitOptions.RemoveEmptyEntries)), .. DeadlineReproducers];

    public static IReadOnlyList<string> Preferences => [.. Files("preference", "*.txt"), .. PreferenceReproducers];

    public static IReadOnlyList<string> Blts => [.. Files("blt-misc", "*.blt"), .. Files("droop", "*.blt"), .. BltReproducers];

    public static IReadOnlyList<string> Summits => [.. Files("summit", "*.json"), .. SummitReproducers];

    public static IReadOnlyList<string> Pools => [.. Files("pool", "*.txt"), .. PoolReproducers];
}
