namespace Summit.Core.Selection;

/// <summary>
/// The ranking of a pipeline's eligible candidates, produced lazily: the best-ranked come out of a heap one at a time
/// (a selection usually needs only the first few hundred of a long list), and the full order is sorted only when a
/// position beyond the heap's output is asked for (to word an explanation).
/// </summary>
/// <remarks>Thread-safe once the selection that built it has finished: only <see cref="PositionOf"/> is called afterwards.</remarks>
internal sealed class RankOrder
{
    private readonly int _count;
    private readonly List<int> _prefix = [];
    private readonly int[] _prefixPosition;
    private readonly Func<int> _dequeue;
    private readonly Lazy<int[]> _allPositions;

    private RankOrder(int count, Func<int> dequeue, Func<int[]> sortAll)
    {
        _count = count;
        _prefixPosition = new int[count];
        _dequeue = dequeue;
        _allPositions = new Lazy<int[]>(() =>
        {
            var order = sortAll();
            var positions = new int[order.Length];
            for (var r = 0; r < order.Length; r++)
            {
                positions[order[r]] = r + 1;
            }

            return positions;
        });
    }

    /// <summary>Builds the order of <paramref name="n"/> items by key columns (lexicographic, lower first), then by item number.</summary>
    public static RankOrder ByColumns(long[][] columns, int n)
    {
        var packed = CanonicalOrder.Pack(columns, n);
        switch (packed)
        {
            case ulong[] keys:
            {
                var heap = new PriorityQueue<int, ulong>(Enumerable.Range(0, n).Select(k => (k, keys[k])));
                return new RankOrder(n, heap.Dequeue, () => CanonicalOrder.SortPacked(keys));
            }

            case UInt128[] keys:
            {
                var heap = new PriorityQueue<int, UInt128>(Enumerable.Range(0, n).Select(k => (k, keys[k])));
                return new RankOrder(n, heap.Dequeue, () => CanonicalOrder.SortPacked(keys));
            }

            default:
            {
                var order = CanonicalOrder.SortByColumns(columns, n);
                var next = 0;
                return new RankOrder(n, () => order[next++], () => order);
            }
        }
    }

    /// <summary>Gets the item at rank <paramref name="rank"/> (0-based), extending the produced prefix as needed.</summary>
    public bool TryGet(int rank, out int item)
    {
        while (_prefix.Count <= rank && _prefix.Count < _count)
        {
            var next = _dequeue();
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

    /// <summary>Returns the 1-based position of an item in the full ranking.</summary>
    public int PositionOf(int item)
    {
        var position = Volatile.Read(ref _prefixPosition[item]);
        return position > 0 ? position : _allPositions.Value[item];
    }
}
