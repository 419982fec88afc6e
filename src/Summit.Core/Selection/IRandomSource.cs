using System.Collections.Immutable;
using FluentResults;

namespace Summit.Core.Selection;

/// <summary>A named, fully specified source of randomness that orders a pool of entries for a lottery.</summary>
/// <remarks>
/// Implementations must be deterministic: the same source (same key or seed) asked for the same pool size and count
/// returns the same positions on every machine, so anyone can re-check a draw. They must also be thread-safe.
/// A draw is prefix-stable: the first <c>k</c> positions of a draw of <c>k + 1</c> equal a draw of <c>k</c>.
/// Built-ins are on <see cref="RandomSources"/>; never use <c>System.Random</c>.
/// </remarks>
public interface IRandomSource
{
    /// <summary>Gets the stable name of the algorithm, for example <c>rfc3797</c> or <c>seeded-splitmix64</c>.</summary>
    string Name { get; }

    /// <summary>Gets what anyone needs to repeat the draw: the algorithm and its key or seed.</summary>
    string Description { get; }

    /// <summary>Selects <paramref name="count"/> distinct positions from a pool of <paramref name="poolSize"/> entries, in order of selection.</summary>
    /// <param name="poolSize">The number of entries in the pool, numbered from 0.</param>
    /// <param name="count">How many to select; at most <paramref name="poolSize"/>.</param>
    /// <returns>The 0-based positions in the order they were drawn, or a coded error (negative counts, more than the pool, a draw too large for the algorithm).</returns>
    Result<ImmutableArray<int>> Draw(int poolSize, int count);
}
