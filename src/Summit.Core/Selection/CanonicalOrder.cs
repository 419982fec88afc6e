using System.Buffers;

namespace Summit.Core.Selection;

/// <summary>Fast sorting helpers for the pipeline: ordinal identifier order and packed lexicographic keys.</summary>
internal static class CanonicalOrder
{
    /// <summary>Sorts <paramref name="items"/> by the ordinal order of their identifiers.</summary>
    /// <remarks>
    /// Sorts first by the first eight UTF-16 code units as bytes, saturating from the first unit at or above 0xFF (a monotone map of ordinal order),
    /// then settles runs of equal prefixes with the full ordinal comparison; the result equals a plain ordinal sort.
    /// </remarks>
    public static void SortByOrdinalId(int[] items, IReadOnlyList<string> ids)
    {
        var n = items.Length;
        var keys = ArrayPool<ulong>.Shared.Rent(n);
        try
        {
            for (var i = 0; i < n; i++)
            {
                keys[i] = Prefix(ids[items[i]]);
            }

            Array.Sort(keys, items, 0, n);
            var start = 0;
            for (var i = 1; i <= n; i++)
            {
                if (i == n || keys[i] != keys[start])
                {
                    if (i - start > 1)
                    {
                        Array.Sort(items, start, i - start, Comparer<int>.Create((a, b) => string.CompareOrdinal(ids[a], ids[b])));
                    }

                    start = i;
                }
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
        }
    }

    /// <summary>Returns how many bits the positions 0..n-1 need in a packed key.</summary>
    public static int IndexBits(int n) => n <= 1 ? 1 : 64 - (int)ulong.LeadingZeroCount((ulong)(n - 1));

    /// <summary>Packs the key columns and the position into one unsigned key per position (lexicographic order preserved), or returns null when they need more than 128 bits.</summary>
    /// <remarks>With <paramref name="rent"/> the array comes from the shared pool (it may be longer than <paramref name="n"/>) and the caller returns it.</remarks>
    public static Array? Pack(long[][] columns, int n, bool rent = false)
    {
        var mins = new long[columns.Length];
        var bits = new int[columns.Length];
        var indexBits = IndexBits(n);
        var total = indexBits;
        for (var c = 0; c < columns.Length; c++)
        {
            var column = columns[c];
            long min = long.MaxValue, max = long.MinValue;
            foreach (var v in column)
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }

            mins[c] = n == 0 ? 0 : min;
            bits[c] = n == 0 ? 0 : 64 - (int)ulong.LeadingZeroCount(unchecked((ulong)(max - min)));
            total += bits[c];
        }

        if (total <= 64)
        {
            var keys = rent ? ArrayPool<ulong>.Shared.Rent(n) : new ulong[n];
            for (var k = 0; k < n; k++)
            {
                ulong key = 0;
                for (var c = 0; c < columns.Length; c++)
                {
                    key = (key << bits[c]) | unchecked((ulong)(columns[c][k] - mins[c]));
                }

                keys[k] = (key << indexBits) | (uint)k;
            }

            return keys;
        }

        if (total <= 128)
        {
            var keys = rent ? ArrayPool<UInt128>.Shared.Rent(n) : new UInt128[n];
            for (var k = 0; k < n; k++)
            {
                UInt128 key = 0;
                for (var c = 0; c < columns.Length; c++)
                {
                    key = (key << bits[c]) | unchecked((ulong)(columns[c][k] - mins[c]));
                }

                keys[k] = (key << indexBits) | (uint)k;
            }

            return keys;
        }

        return null;
    }

    /// <summary>Sorts packed keys (see <see cref="Pack"/>) and returns the positions in key order.</summary>
    public static int[] SortPacked<TKey>(TKey[] keys)
        where TKey : struct, IComparable<TKey>
    {
        var copy = (TKey[])keys.Clone();
        var order = new int[keys.Length];
        for (var k = 0; k < order.Length; k++)
        {
            order[k] = k;
        }

        Array.Sort(copy, order);
        return order;
    }

    /// <summary>Returns positions 0..n-1 sorted by the key columns lexicographically, then by position.</summary>
    public static int[] SortByColumns(long[][] columns, int n)
    {
        switch (Pack(columns, n))
        {
            case ulong[] keys:
                return SortPacked(keys);
            case UInt128[] keys:
                return SortPacked(keys);
            default:
                var order = new int[n];
                for (var k = 0; k < n; k++)
                {
                    order[k] = k;
                }

                Array.Sort(order, (a, b) =>
                {
                    foreach (var column in columns)
                    {
                        var c = column[a].CompareTo(column[b]);
                        if (c != 0)
                        {
                            return c;
                        }
                    }

                    return a.CompareTo(b);
                });
                return order;
        }
    }

    private static ulong Prefix(string id)
    {
        ulong key = 0;
        for (var i = 0; i < 8; i++)
        {
            if (i < id.Length && id[i] >= 0xFF)
            {
                // Past one byte the order of later code units is unknown, so saturate the rest: ties are settled in full.
                return (key << (8 * (8 - i))) | (ulong.MaxValue >> (8 * i));
            }

            key = (key << 8) | (i < id.Length ? id[i] : 0UL);
        }

        return key;
    }
}
