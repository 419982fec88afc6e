namespace Summit.Core.Testing;

/// <summary>The greedy shrinking loop the conformance kits share: keep taking the first smaller input that still fails.</summary>
internal static class Shrinking
{
    private const int MaxSteps = 500;

    /// <summary>Shrinks a failing input as far as the shrinker allows.</summary>
    /// <typeparam name="T">The input type.</typeparam>
    /// <param name="value">The failing input.</param>
    /// <param name="problems">Its problems.</param>
    /// <param name="shrink">The shrinker.</param>
    /// <param name="check">The problems of an input; empty when it passes.</param>
    /// <returns>The smallest failing input found and its problems.</returns>
    public static (T Value, IReadOnlyList<string> Problems) Greedy<T>(T value, IReadOnlyList<string> problems, Func<T, IEnumerable<T>> shrink, Func<T, IReadOnlyList<string>> check)
    {
        for (var step = 0; step < MaxSteps; step++)
        {
            var found = false;
            foreach (var smaller in shrink(value))
            {
                var p = check(smaller);
                if (p.Count > 0)
                {
                    (value, problems, found) = (smaller, p, true);
                    break;
                }
            }

            if (!found)
            {
                break;
            }
        }

        return (value, problems);
    }
}
