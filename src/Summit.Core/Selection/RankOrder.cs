using System.Buffers;
using System.Numerics;

namespace Summit.Core.Selection;

/// <summary>
/// The ranking of a pipeline's eligible candidates, produced lazily: the best-ranked come out of a heap one at a time
/// (a selection usually needs only the first few hundred of a long list), and the full order is sorted only when a
/// position beyond the heap's output is asked for (to word an explanation).
/// </summary>
/// <remarks>
/// <see cref="TryGet"/> is for the selection that builds the order, which calls <see cref="Release"/> when done;
/// afterwards only <see cref="PositionOf"/> and <see cref="Keys"/> are used, and they are thread-safe.
/// </remarks>
internal sealed class RankOrder
{
    private readonly int _count;
    private readonly List<int> _prefix = [];
    private readonly Dictionary<int, int> _prefixPosition = [];
    private readonly Lazy<int[]> _allPositions;
    private IRankFeed? _feed;

    /// <summary>Initializes the order of the items of <paramref name="keys"/>; item <c>k</c> is kept at slot <c>slots[k]</c>.</summary>
    public RankOrder(RankKeys keys, ReadOnlySpan<int> slots)
    {
        Keys = keys;
        _count = keys.Count;
        _feed = keys.CreateFeed(slots);
        _allPositions = new Lazy<int[]>(() =>
        {
            var order = keys.SortedOrder();
            var positions = new int[order.Length];
            for (var r = 0; r < order.Length; r++)
            {
                positions[order[r]] = r + 1;
            }

            return positions;
        });
    }

    /// <summary>Gets the ranking keys of the items.</summary>
    public RankKeys Keys { get; }

    /// <summary>Builds the order of <paramref name="n"/> items by key columns (lexicographic, lower first), then by item number.</summary>
    public static RankOrder ByColumns(long[][] columns, int n)
    {
        var slots = new int[n];
        for (var k = 0; k < n; k++)
        {
            slots[k] = k;
        }

        return new(RankKeys.Create(columns, n, slots, n), slots);
    }

    /// <summary>Gets the item at rank <paramref name="rank"/> (0-based), extending the produced prefix as needed.</summary>
    public bool TryGet(int rank, out int item)
    {
        while (_prefix.Count <= rank && _prefix.Count < _count)
        {
            var next = _feed!.Next();
            _prefix.Add(next);
            _prefixPosition[next] = _prefix.Count;
        }

        if (rank < _prefix.Count)
        {
            item = _prefix[rank];
            return true;
        }

        item = -1;
        return false;
    }

    /// <summary>Gives back the heap's pooled memory; <see cref="TryGet"/> must not be called afterwards.</summary>
    public void Release()
    {
        _feed?.Release();
        _feed = null;
    }

    /// <summary>Returns the 1-based position of an item in the full ranking.</summary>
    public int PositionOf(int item) =>
        _prefixPosition.TryGetValue(item, out var position) ? position : _allPositions.Value[item];
}

/// <summary>Produces items in rank order, one at a time.</summary>
internal interface IRankFeed
{
    int Next();

    void Release();
}

/// <summary>
/// The ranking keys of <see cref="Count"/> items (key columns compared lexicographically, lower first, then the item
/// number), kept compactly: packed into one unsigned integer per item when the columns' ranges fit in 128 bits.
/// </summary>
/// <remarks>
/// Keys are stored by slot (a pipeline uses the candidate's input index, so an explanation finds its keys without a
/// map from candidates to items); slots without an item are never read.
/// </remarks>
internal abstract class RankKeys
{
    /// <summary>Gets the number of items.</summary>
    public abstract int Count { get; }

    /// <summary>Keeps the key columns of items 0..n-1, item <c>k</c> at slot <c>slots[k]</c> of <paramref name="slotCount"/> (the arrays are not kept).</summary>
    public static RankKeys Create(long[][] columns, int n, ReadOnlySpan<int> slots, int slotCount)
    {
        var mins = new long[columns.Length];
        var bits = new int[columns.Length];
        var indexBits = CanonicalOrder.IndexBits(n);
        var total = indexBits;
        for (var c = 0; c < columns.Length; c++)
        {
            var column = columns[c].AsSpan(0, n);
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
            return new PackedKeys<ulong>(columns, n, slots, slotCount, mins, bits, indexBits);
        }

        if (total <= 128)
        {
            return new PackedKeys<UInt128>(columns, n, slots, slotCount, mins, bits, indexBits);
        }

        return new ColumnKeys(columns, n, slots, slotCount);
    }

    /// <summary>Returns the key of column <paramref name="column"/> of the item at <paramref name="slot"/>.</summary>
    public abstract long Column(int column, int slot);

    /// <summary>Returns the item at <paramref name="slot"/>.</summary>
    public abstract int ItemAt(int slot);

    /// <summary>Returns a feed of the items in rank order (it may rent pooled memory until released); <paramref name="slots"/> as given to <see cref="Create"/>.</summary>
    public abstract IRankFeed CreateFeed(ReadOnlySpan<int> slots);

    /// <summary>Returns all items in rank order.</summary>
    public abstract int[] SortedOrder();

    /// <summary>Keys packed into one unsigned integer per item: the columns' offsets from their minimum, then the item number.</summary>
    private sealed class PackedKeys<TKey> : RankKeys
        where TKey : struct, IBinaryInteger<TKey>, IUnsignedNumber<TKey>
    {
        private readonly TKey[] _keys;
        private readonly int _count;
        private readonly TKey _mask;
        private readonly long[] _mins;
        private readonly int[] _bits;
        private readonly int[] _shifts;
        private readonly int _indexBits;

        public PackedKeys(long[][] columns, int n, ReadOnlySpan<int> slots, int slotCount, long[] mins, int[] bits, int indexBits)
        {
            _count = n;
            _mask = (TKey.One << indexBits) - TKey.One;
            _mins = mins;
            _bits = bits;
            _indexBits = indexBits;
            _shifts = new int[columns.Length];
            var shift = indexBits;
            for (var c = columns.Length - 1; c >= 0; c--)
            {
                _shifts[c] = shift;
                shift += bits[c];
            }

            var keys = ArrayPool<TKey>.Shared.Rent(n);
            try
            {
                keys.AsSpan(0, n).Clear();
                for (var c = 0; c < columns.Length; c++)
                {
                    var column = columns[c].AsSpan(0, n);
                    var min = mins[c];
                    var width = bits[c];
                    if (width == 0)
                    {
                        continue;
                    }

                    for (var k = 0; k < column.Length; k++)
                    {
                        keys[k] = (keys[k] << width) | TKey.CreateTruncating(unchecked((ulong)(column[k] - min)));
                    }
                }

                _keys = new TKey[slotCount];
                if (slotCount > n)
                {
                    _keys.AsSpan().Fill(TKey.AllBitsSet);
                }

                for (var k = 0; k < n; k++)
                {
                    _keys[slots[k]] = (keys[k] << indexBits) | TKey.CreateTruncating((uint)k);
                }
            }
            finally
            {
                ArrayPool<TKey>.Shared.Return(keys);
            }
        }

        public override int Count => _count;

        public override long Column(int column, int slot)
        {
            var width = _bits[column];
            if (width == 0)
            {
                return _mins[column];
            }

            var field = (_keys[slot] >> _shifts[column]) & ((TKey.One << width) - TKey.One);
            return unchecked(_mins[column] + (long)ulong.CreateTruncating(field));
        }

        public override int ItemAt(int slot) => int.CreateTruncating(_keys[slot] & _mask);

        public override IRankFeed CreateFeed(ReadOnlySpan<int> slots)
        {
            var heap = ArrayPool<TKey>.Shared.Rent(_count);
            for (var k = 0; k < _count; k++)
            {
                heap[k] = _keys[slots[k]];
            }

            return new PackedHeap<TKey>(heap, _count, _indexBits);
        }

        public override int[] SortedOrder()
        {
            // Slots without an item hold the greatest key, and the items' keys are distinct (each ends in its item
            // number), so after sorting the first Count keys are exactly the items' keys (if an item's key is the
            // greatest key too, it is the same value).
            var sorted = (TKey[])_keys.Clone();
            Array.Sort(sorted);
            var order = new int[_count];
            for (var r = 0; r < order.Length; r++)
            {
                order[r] = int.CreateTruncating(sorted[r] & _mask);
            }

            return order;
        }
    }

    /// <summary>Key columns kept as they are, for rankings whose ranges need more than 128 bits.</summary>
    private sealed class ColumnKeys : RankKeys
    {
        private readonly long[][] _columns;
        private readonly int[] _itemAt;
        private readonly int _count;

        public ColumnKeys(long[][] columns, int n, ReadOnlySpan<int> slots, int slotCount)
        {
            _columns = [.. columns.Select(c => c.AsSpan(0, n).ToArray())];
            _itemAt = new int[slotCount];
            for (var k = 0; k < n; k++)
            {
                _itemAt[slots[k]] = k;
            }

            _count = n;
        }

        public override int Count => _count;

        public override long Column(int column, int slot) => _columns[column][_itemAt[slot]];

        public override int ItemAt(int slot) => _itemAt[slot];

        public override IRankFeed CreateFeed(ReadOnlySpan<int> slots) => new SortedFeed(SortedOrder());

        public override int[] SortedOrder()
        {
            var order = new int[_count];
            for (var k = 0; k < order.Length; k++)
            {
                order[k] = k;
            }

            var columns = _columns;
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

    /// <summary>A binary min-heap built in place over pooled packed keys; the low bits of a key are its item.</summary>
    private sealed class PackedHeap<TKey> : IRankFeed
        where TKey : struct, IBinaryInteger<TKey>, IUnsignedNumber<TKey>
    {
        private readonly TKey _mask;
        private TKey[]? _keys;
        private int _size;

        public PackedHeap(TKey[] keys, int size, int indexBits)
        {
            _keys = keys;
            _size = size;
            _mask = (TKey.One << indexBits) - TKey.One;
            for (var i = (size / 2) - 1; i >= 0; i--)
            {
                SiftDown(keys, i);
            }
        }

        public int Next()
        {
            var keys = _keys!;
            var top = keys[0];
            _size--;
            keys[0] = keys[_size];
            SiftDown(keys, 0);
            return int.CreateTruncating(top & _mask);
        }

        public void Release()
        {
            if (_keys is not null)
            {
                ArrayPool<TKey>.Shared.Return(_keys);
                _keys = null;
            }
        }

        private void SiftDown(TKey[] keys, int i)
        {
            var value = keys[i];
            var size = _size;
            while (true)
            {
                var child = (2 * i) + 1;
                if (child >= size)
                {
                    break;
                }

                if (child + 1 < size && keys[child + 1] < keys[child])
                {
                    child++;
                }

                if (keys[child] >= value)
                {
                    break;
                }

                keys[i] = keys[child];
                i = child;
            }

            keys[i] = value;
        }
    }

    private sealed class SortedFeed(int[] order) : IRankFeed
    {
        private int _next;

        public int Next() => order[_next++];

        public void Release()
        {
        }
    }
}
