using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Summit.Core.Selection;

/// <summary>Fast sorting helpers for the pipeline: ordinal identifier order and packed lexicographic keys.</summary>
internal static class CanonicalOrder
{
    /// <summary>Sorts <paramref name="items"/> by the ordinal order of their identifiers.</summary>
    public static void SortByOrdinalId(int[] items, IReadOnlyList<string> ids) => SortByOrdinalId(items, items.Length, [.. ids]);

    /// <summary>Sorts the first <paramref name="count"/> of <paramref name="items"/> by the ordinal order of their identifiers.</summary>
    public static void SortByOrdinalId(int[] items, int count, ImmutableArray<string> ids)
    {
        var keys = ArrayPool<ulong>.Shared.Rent(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                keys[i] = Prefix(ids[items[i]]);
            }

            SortByPrefixes(items, keys, count, ids);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
        }
    }

    /// <summary>Sorts the first <paramref name="count"/> of <paramref name="items"/> by the ordinal order of their identifiers, given <c>keys[i] = Prefix(ids[items[i]])</c> (reordered alongside).</summary>
    /// <remarks>
    /// Sorts first by the first eight UTF-16 code units as bytes, saturating from the first unit at or above 0xFF (a monotone map of ordinal order),
    /// then settles runs of equal prefixes with the full ordinal comparison; the result equals a plain ordinal sort.
    /// Input already in prefix order (candidates listed by identifier) skips the sort.
    /// </remarks>
    public static void SortByPrefixes(int[] items, ulong[] keys, int count, ImmutableArray<string> ids)
    {
        var sorted = true;
        for (var i = 1; i < count && sorted; i++)
        {
            sorted = keys[i - 1] <= keys[i];
        }

        if (!sorted)
        {
            RadixSort(keys, items, count);
        }

        var start = 0;
        for (var i = 1; i <= count; i++)
        {
            if (i == count || keys[i] != keys[start])
            {
                if (i - start > 1)
                {
                    Array.Sort(items, start, i - start, Comparer<int>.Create((a, b) => string.CompareOrdinal(ids[a], ids[b])));
                }

                start = i;
            }
        }
    }

    /// <summary>Returns the sort prefix of an identifier: its first eight UTF-16 code units as bytes, big-endian, zero-padded, saturated from the first unit at or above 0xFF.</summary>
    public static ulong Prefix(string id)
    {
        var span = id.AsSpan();
        if (span.Length >= 8 && BitConverter.IsLittleEndian)
        {
            var units = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span)));
            return Vector128.LessThanAll(units, Vector128.Create((ushort)0xFF))
                ? BinaryPrimitives.ReverseEndianness(Vector128.Narrow(units, units).AsUInt64().ToScalar())
                : SaturatedPrefix(id);
        }

        ulong key = 0;
        for (var i = 0; i < Math.Min(span.Length, 8); i++)
        {
            var unit = span[i];
            if (unit >= 0xFF)
            {
                return SaturatedPrefix(id);
            }

            key |= (ulong)unit << (56 - (8 * i));
        }

        return key;
    }

    /// <summary>Returns how many bits the positions 0..n-1 need in a packed key.</summary>
    public static int IndexBits(int n) => n <= 1 ? 1 : 64 - (int)ulong.LeadingZeroCount((ulong)(n - 1));

    /// <summary>Returns positions 0..n-1 sorted by the key columns lexicographically, then by position.</summary>
    public static int[] SortByColumns(long[][] columns, int n)
    {
        var slots = new int[n];
        for (var k = 0; k < n; k++)
        {
            slots[k] = k;
        }

        return RankKeys.Create(columns, n, slots, n).SortedOrder();
    }

    /// <summary>Sorts the first <paramref name="count"/> keys (and their items) with a stable LSD radix sort, skipping byte positions where every key agrees.</summary>
    private static void RadixSort(ulong[] keys, int[] items, int count)
    {
        var spareKeys = ArrayPool<ulong>.Shared.Rent(count);
        var spareItems = ArrayPool<int>.Shared.Rent(count);
        try
        {
            var (srcKeys, srcItems, dstKeys, dstItems) = (keys, items, spareKeys, spareItems);
            Span<int> offsets = stackalloc int[256];
            for (var shift = 0; shift < 64; shift += 8)
            {
                offsets.Clear();
                for (var i = 0; i < count; i++)
                {
                    offsets[(int)(srcKeys[i] >> shift) & 0xFF]++;
                }

                if (offsets[(int)(srcKeys[0] >> shift) & 0xFF] == count)
                {
                    continue;
                }

                var total = 0;
                for (var b = 0; b < 256; b++)
                {
                    (offsets[b], total) = (total, total + offsets[b]);
                }

                for (var i = 0; i < count; i++)
                {
                    var position = offsets[(int)(srcKeys[i] >> shift) & 0xFF]++;
                    dstKeys[position] = srcKeys[i];
                    dstItems[position] = srcItems[i];
                }

                (srcKeys, srcItems, dstKeys, dstItems) = (dstKeys, dstItems, srcKeys, srcItems);
            }

            if (!ReferenceEquals(srcKeys, keys))
            {
                Array.Copy(srcKeys, keys, count);
                Array.Copy(srcItems, items, count);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(spareKeys);
            ArrayPool<int>.Shared.Return(spareItems);
        }
    }

    private static ulong SaturatedPrefix(string id)
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
