using FluentResults;

namespace Summit.Core.Selection;

/// <summary>The built-in random sources: RFC 3797 (publicly verifiable) and a seeded generator whose algorithm this library fixes.</summary>
/// <remarks>Both are deterministic and thread-safe; see <c>docs/selection.md</c> for how anyone re-checks a draw.</remarks>
public static class RandomSources
{
    /// <summary>Creates an RFC 3797 source from a key string such as <c>9319./2.5.8.10.12./9.18.26.34.41.45./</c>.</summary>
    /// <param name="key">The key string built from public random values (see <see cref="Rfc3797.BuildKey"/>).</param>
    /// <returns>The source, or <see cref="ErrorCodes.Selection.LotteryKeyEmpty"/> when the key is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static Result<IRandomSource> Rfc3797Key(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length == 0
            ? Result.Fail<IRandomSource>(new SummitError(ErrorCodes.Selection.LotteryKeyEmpty, "The RFC 3797 key string is empty."))
            : Result.Ok<IRandomSource>(new Rfc3797RandomSource(key));
    }

    /// <summary>Creates an RFC 3797 source from the public random values themselves.</summary>
    /// <param name="sources">Each source's numbers, in the published order of sources.</param>
    /// <returns>The source, or the errors of <see cref="Rfc3797.BuildKey"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is null.</exception>
    public static Result<IRandomSource> Rfc3797(IEnumerable<IEnumerable<long>> sources) =>
        Selection.Rfc3797.BuildKey(sources).Bind(Rfc3797Key);

    /// <summary>Creates the seeded source: SplitMix64 seeded from SHA-256 of the UTF-8 seed text, drawing by a forward partial Fisher–Yates shuffle.</summary>
    /// <param name="seed">Any text; publish it so others can repeat the draw.</param>
    /// <returns>The source.</returns>
    /// <remarks>
    /// Draw: positions <c>a = [0, 1, …, n-1]</c>; for <c>i = 0 … count-1</c>, <c>j = i + NextBelow(n - i)</c>, swap <c>a[i]</c> and <c>a[j]</c>, emit <c>a[i]</c>.
    /// <c>NextBelow(b)</c> draws SplitMix64 outputs, rejecting any at or above <c>2^64 - (2^64 mod b)</c>, and returns the value modulo <c>b</c>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="seed"/> is null.</exception>
    public static IRandomSource Seeded(string seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        return new SeededRandomSource(seed);
    }
}
