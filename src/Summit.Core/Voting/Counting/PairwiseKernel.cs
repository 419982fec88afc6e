using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Summit.Core.Voting.Counting;

/// <summary>The hot loop of pairwise counting: adds each ballot's "i ranked above j" into a matrix.</summary>
/// <remarks>
/// Each ballot is a row of rank positions (lower is better). Counts go to 32-bit accumulators laid out in rows of a
/// multiple of the vector width, one vector compare and one add per 8 cells, and are flushed into the 64-bit totals
/// before they could overflow. No allocation per ballot.
/// </remarks>
internal static class PairwiseKernel
{
    private const int FlushLimit = int.MaxValue;

    /// <summary>Adds the rows of <paramref name="n"/> positions into <paramref name="totals"/> (n×n, row-major).</summary>
    public static void Accumulate(ReadOnlySpan<int> positions, int n, ReadOnlySpan<long> weights, Span<long> totals)
    {
        if (n == 0)
        {
            return;
        }

        var ballots = positions.Length / n;
        var stride = (n + 7) & ~7;
        var acc = new int[n * stride];
        Span<int> row = n <= 256 ? stackalloc int[stride] : new int[stride];
        row.Fill(int.MinValue);
        long pending = 0;
        var vector = Vector256.IsHardwareAccelerated;
        for (var b = 0; b < ballots; b++)
        {
            var w = weights.IsEmpty ? 1L : weights[b];
            var ballot = positions.Slice(b * n, n);
            if (w > FlushLimit / 2)
            {
                AddScalar(ballot, n, w, totals);
                continue;
            }

            if (pending + w > FlushLimit)
            {
                Flush(acc, n, stride, totals);
                pending = 0;
            }

            pending += w;
            ballot.CopyTo(row);
            if (vector)
            {
                if (w == 1)
                {
                    AddOneVector(row, n, stride, acc);
                }
                else
                {
                    AddWeightedVector(row, n, stride, (int)w, acc);
                }
            }
            else
            {
                AddScalarInt(row, n, stride, (int)w, acc);
            }
        }

        Flush(acc, n, stride, totals);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddOneVector(Span<int> row, int n, int stride, int[] acc)
    {
        ref var rowRef = ref MemoryMarshal.GetReference(row);
        ref var accRef = ref MemoryMarshal.GetArrayDataReference(acc);
        for (var i = 0; i < n; i++)
        {
            var pi = Vector256.Create(Unsafe.Add(ref rowRef, i));
            var offset = (nuint)(i * stride);
            for (nuint j = 0; j < (nuint)stride; j += 8)
            {
                var mask = Vector256.GreaterThan(Vector256.LoadUnsafe(ref rowRef, j), pi);
                var a = Vector256.LoadUnsafe(ref accRef, offset + j);
                (a - mask).StoreUnsafe(ref accRef, offset + j);
            }
        }
    }

    private static void AddWeightedVector(Span<int> row, int n, int stride, int w, int[] acc)
    {
        ref var rowRef = ref MemoryMarshal.GetReference(row);
        ref var accRef = ref MemoryMarshal.GetArrayDataReference(acc);
        var wv = Vector256.Create(w);
        for (var i = 0; i < n; i++)
        {
            var pi = Vector256.Create(Unsafe.Add(ref rowRef, i));
            var offset = (nuint)(i * stride);
            for (nuint j = 0; j < (nuint)stride; j += 8)
            {
                var mask = Vector256.GreaterThan(Vector256.LoadUnsafe(ref rowRef, j), pi);
                var a = Vector256.LoadUnsafe(ref accRef, offset + j);
                (a + (mask & wv)).StoreUnsafe(ref accRef, offset + j);
            }
        }
    }

    private static void AddScalarInt(Span<int> row, int n, int stride, int w, int[] acc)
    {
        for (var i = 0; i < n; i++)
        {
            var pi = row[i];
            var offset = i * stride;
            for (var j = 0; j < n; j++)
            {
                if (row[j] > pi)
                {
                    acc[offset + j] += w;
                }
            }
        }
    }

    private static void AddScalar(ReadOnlySpan<int> ballot, int n, long w, Span<long> totals)
    {
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (ballot[j] > ballot[i])
                {
                    totals[(i * n) + j] += w;
                }
            }
        }
    }

    private static void Flush(int[] acc, int n, int stride, Span<long> totals)
    {
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                totals[(i * n) + j] += (uint)acc[(i * stride) + j];
            }
        }

        Array.Clear(acc);
    }
}
