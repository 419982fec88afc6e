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
/// afterwards only <see cref="PositionOf"/> is called, and it is thread-safe.
/// </remarks>
internal sealed class RankOrder
{
    private readonly int _count;
    private readonly List<int> _prefix = [];
    private readonly int[] _prefixPosition;
    private readonly Lazy<int[]> _allPositions;
    private IRankFeed? _feed;

    private RankOrder(int count, long[][] columns, IRankFeed feed)
    {
        _count = count;
        _prefixPosition = new int[count];
        _feed = feed;
        _allPositions = new Lazy<int[]>(() =>
        {
            var order = CanonicalOrder.SortByColumns(columns, count);
            var positions = new int[order.Length];
            for (var r = 0; r < order.Length; r++)
            {
                positions[order[r]] = r + 1;
            }

            return positions;
        });
    }

    private interface IRankFeed
    {
        int Next();

        void Release();
    }

    /// <summary>Builds the order of <paramref name="n"/> items by key columns (lexicographic, lower first), then by item number.</summary>
    public static RankOrder ByColumns(long[][] columns, int n)
    {
        var indexBits = CanonicalOrder.IndexBits(n);
        IRankFeed feed = CanonicalOrder.Pack(columns, n, rent: true) switch
        {
            ulong[] keys => new PackedHeap<ulong>(keys, n, indexBits),
            UInt128[] keys => new PackedHeap<UInt128>(keys, n, indexBits),
            _ => new SortedFeed(CanonicalOrder.SortByColumns(columns, n)),
        };
        return new RankOrder(n, columns, feed);
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
    public int PositionOf(int item)
    {
        var position = _prefixPosition[item];
        return position > 0 ? position : _allPositions.Value[item];
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
            while (true)
            {
                var child = (2 * i) + 1;
                if (child >= _size)
                {
                    break;
                }

                if (child + 1 < _size && keys[child + 1] < keys[child])
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
