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
        if (weights.IsEmpty && Vector256.IsHardwareAccelerated && stride <= 32)
        {
            AccumulateUnweighted(positions, n, stride, ballots, totals);
            return;
        }

        var acc = new int[n * stride];
        Span<int> row = n <= 256 ? stackalloc int[stride] : new int[stride];
        row.Fill(int.MinValue);
        long pending = 0;
        var vector = Vector256.IsHardwareAccelerated;
        // Native AOT compiles for the baseline x64 instruction set, where Vector256 is not accelerated but Vector128
        // (SSE2) always is: the same counts, four cells a step instead of eight, instead of a branch per cell.
        var vector128 = !vector && Vector128.IsHardwareAccelerated;
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
            else if (vector128)
            {
                AddVector128(row, n, stride, (int)w, acc);
            }
            else
            {
                AddScalarInt(row, n, stride, (int)w, acc);
            }
        }

        Flush(acc, n, stride, totals);
    }

    /// <summary>
    /// The fast path for unweighted ballots of at most 32 candidates: the ballot's positions stay in up to four vector
    /// registers and are read straight from the input (lanes past the ballot only touch padding columns, which are
    /// discarded); only the last ballots, whose vectors would read past the input, go through a padded copy.
    /// </summary>
    private static void AccumulateUnweighted(ReadOnlySpan<int> positions, int n, int stride, int ballots, Span<long> totals)
    {
        var acc = new int[n * stride];
        Span<int> row = stackalloc int[32];
        ref var accRef = ref MemoryMarshal.GetArrayDataReference(acc);
        ref var posRef = ref MemoryMarshal.GetReference(positions);
        var vectors = stride / 8;
        var direct = positions.Length >= stride ? ((positions.Length - stride) / n) + 1 : 0;
        direct = Math.Min(direct, ballots);
        var b = 0;
        while (b < ballots)
        {
            var blockEnd = (int)Math.Min(ballots, (long)b + FlushLimit);
            for (; b < blockEnd; b++)
            {
                scoped ref var ballotRef = ref Unsafe.Add(ref posRef, (nint)b * n);
                if (b >= direct)
                {
                    row.Fill(int.MinValue);
                    positions.Slice(b * n, n).CopyTo(row);
                    ballotRef = ref MemoryMarshal.GetReference(row);
                }

                switch (vectors)
                {
                    case 1:
                        One1(ref ballotRef, n, stride, ref accRef);
                        break;
                    case 2:
                        One2(ref ballotRef, n, stride, ref accRef);
                        break;
                    case 3:
                        One3(ref ballotRef, n, stride, ref accRef);
                        break;
                    default:
                        One4(ref ballotRef, n, stride, ref accRef);
                        break;
                }
            }

            Flush(acc, n, stride, totals);
        }
    }

    private static void One1(ref int ballot, int n, int stride, ref int acc)
    {
        var p0 = Vector256.LoadUnsafe(ref ballot);
        for (var i = 0; i < n; i++)
        {
            var pi = Vector256.Create(Unsafe.Add(ref ballot, i));
            ref var a = ref Unsafe.Add(ref acc, i * stride);
            (Vector256.LoadUnsafe(ref a) - Vector256.GreaterThan(p0, pi)).StoreUnsafe(ref a);
        }
    }

    private static void One2(ref int ballot, int n, int stride, ref int acc)
    {
        var p0 = Vector256.LoadUnsafe(ref ballot);
        var p1 = Vector256.LoadUnsafe(ref ballot, 8);
        for (var i = 0; i < n; i++)
        {
            var pi = Vector256.Create(Unsafe.Add(ref ballot, i));
            ref var a = ref Unsafe.Add(ref acc, i * stride);
            (Vector256.LoadUnsafe(ref a) - Vector256.GreaterThan(p0, pi)).StoreUnsafe(ref a);
            (Vector256.LoadUnsafe(ref a, 8) - Vector256.GreaterThan(p1, pi)).StoreUnsafe(ref a, 8);
        }
    }

    private static void One3(ref int ballot, int n, int stride, ref int acc)
    {
        var p0 = Vector256.LoadUnsafe(ref ballot);
        var p1 = Vector256.LoadUnsafe(ref ballot, 8);
        var p2 = Vector256.LoadUnsafe(ref ballot, 16);
        for (var i = 0; i < n; i++)
        {
            var pi = Vector256.Create(Unsafe.Add(ref ballot, i));
            ref var a = ref Unsafe.Add(ref acc, i * stride);
            (Vector256.LoadUnsafe(ref a) - Vector256.GreaterThan(p0, pi)).StoreUnsafe(ref a);
            (Vector256.LoadUnsafe(ref a, 8) - Vector256.GreaterThan(p1, pi)).StoreUnsafe(ref a, 8);
            (Vector256.LoadUnsafe(ref a, 16) - Vector256.GreaterThan(p2, pi)).StoreUnsafe(ref a, 16);
        }
    }

    private static void One4(ref int ballot, int n, int stride, ref int acc)
    {
        var p0 = Vector256.LoadUnsafe(ref ballot);
        var p1 = Vector256.LoadUnsafe(ref ballot, 8);
        var p2 = Vector256.LoadUnsafe(ref ballot, 16);
        var p3 = Vector256.LoadUnsafe(ref ballot, 24);
        for (var i = 0; i < n; i++)
        {
            var pi = Vector256.Create(Unsafe.Add(ref ballot, i));
            ref var a = ref Unsafe.Add(ref acc, i * stride);
            (Vector256.LoadUnsafe(ref a) - Vector256.GreaterThan(p0, pi)).StoreUnsafe(ref a);
            (Vector256.LoadUnsafe(ref a, 8) - Vector256.GreaterThan(p1, pi)).StoreUnsafe(ref a, 8);
            (Vector256.LoadUnsafe(ref a, 16) - Vector256.GreaterThan(p2, pi)).StoreUnsafe(ref a, 16);
            (Vector256.LoadUnsafe(ref a, 24) - Vector256.GreaterThan(p3, pi)).StoreUnsafe(ref a, 24);
        }
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

    private static void AddVector128(Span<int> row, int n, int stride, int w, int[] acc)
    {
        ref var rowRef = ref MemoryMarshal.GetReference(row);
        ref var accRef = ref MemoryMarshal.GetArrayDataReference(acc);
        var wv = Vector128.Create(w);
        for (var i = 0; i < n; i++)
        {
            var pi = Vector128.Create(Unsafe.Add(ref rowRef, i));
            var offset = (nuint)(i * stride);
            for (nuint j = 0; j < (nuint)stride; j += 4)
            {
                var mask = Vector128.GreaterThan(Vector128.LoadUnsafe(ref rowRef, j), pi);
                var a = Vector128.LoadUnsafe(ref accRef, offset + j);
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
