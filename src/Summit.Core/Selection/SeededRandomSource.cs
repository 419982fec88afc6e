using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Summit.Core.Randomness;
using FluentResults;

namespace Summit.Core.Selection;

/// <summary>The seeded source (see <see cref="RandomSources.Seeded"/> for the algorithm).</summary>
internal sealed class SeededRandomSource(string seed) : IRandomSource
{
    public string Name => "seeded-splitmix64";

    public string Description => $"SplitMix64 seeded with SHA-256 of \"{seed}\"";

    public Result<ImmutableArray<int>> Draw(int poolSize, int count)
    {
        var checkedCounts = Rfc3797.CheckCounts(poolSize, count);
        if (checkedCounts.IsFailed)
        {
            return Result.Fail<ImmutableArray<int>>(checkedCounts.Errors);
        }

        var generator = SplitMix64.FromText(seed);
        var positions = ArrayPool<int>.Shared.Rent(poolSize);
        for (var i = 0; i < poolSize; i++)
        {
            positions[i] = i;
        }

        var selected = new int[count];
        for (var i = 0; i < count; i++)
        {
            var j = i + (int)generator.NextBelow((ulong)(poolSize - i));
            (positions[i], positions[j]) = (positions[j], positions[i]);
            selected[i] = positions[i];
        }

        ArrayPool<int>.Shared.Return(positions);
        return ImmutableCollectionsMarshal.AsImmutableArray(selected);
    }

    /// <summary>Draws the whole pool of <c>rankOf.Length</c> entries exactly as <see cref="Draw"/> does and writes each position's 0-based draw step into <paramref name="rankOf"/>.</summary>
    /// <returns>Success, or the errors <see cref="Draw"/> would give.</returns>
    internal Result DrawRanks(Span<long> rankOf)
    {
        var poolSize = rankOf.Length;
        var checkedCounts = Rfc3797.CheckCounts(poolSize, poolSize);
        if (checkedCounts.IsFailed)
        {
            return checkedCounts;
        }

        var generator = SplitMix64.FromText(seed);
        var positions = ArrayPool<int>.Shared.Rent(poolSize);
        for (var i = 0; i < poolSize; i++)
        {
            positions[i] = i;
        }

        for (var i = 0; i < poolSize; i++)
        {
            var j = i + (int)generator.NextBelow((ulong)(poolSize - i));
            var drawn = positions[j];
            positions[j] = positions[i];
            positions[i] = drawn;
            rankOf[drawn] = i;
        }

        ArrayPool<int>.Shared.Return(positions);
        return checkedCounts;
    }
}
