namespace Summit.Core.Selection.Topics;

/// <summary>Follows chains of merges (a into b, b into c) to the topic each duplicate ends up in.</summary>
internal static class MergeChains
{
    /// <summary>
    /// Per duplicate of <paramref name="into"/> (duplicate → the topic it is merged into), in ordinal order: the topic at
    /// the end of its chain, or <see langword="null"/> when the chain runs in a cycle.
    /// </summary>
    public static IEnumerable<(string Duplicate, string? Root)> Roots(IReadOnlyDictionary<string, string> into)
    {
        foreach (var start in into.Keys.Order(StringComparer.Ordinal))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { start };
            var current = into[start];
            while (into.TryGetValue(current, out var next) && seen.Add(current))
            {
                current = next;
            }

            yield return (start, seen.Contains(current) ? null : current);
        }
    }
}
