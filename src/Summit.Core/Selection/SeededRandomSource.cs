using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Summit.Core.Randomness;
using Summit.Core.Results;

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
}
