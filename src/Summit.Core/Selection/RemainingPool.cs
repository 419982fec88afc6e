namespace Summit.Core.Selection;

/// <summary>The entries of a pool not yet drawn, numbered 0..n-1, with "take the k-th remaining" in O(log n).</summary>
/// <remarks>A Fenwick tree of remaining counts; taking an entry keeps the remaining ones in their original order, as RFC 3797 requires.</remarks>
internal sealed class RemainingPool
{
    private readonly int[] _tree;
    private readonly int _size;
    private readonly int _highBit;

    public RemainingPool(int size)
    {
        _size = size;
        _tree = new int[size + 1];
        for (var i = 1; i <= size; i++)
        {
            _tree[i] = i & -i;
        }

        _highBit = size == 0 ? 0 : 1 << (31 - int.LeadingZeroCount(size));
        Remaining = size;
    }

    public int Remaining { get; private set; }

    /// <summary>Removes and returns the 0-based original position of the <paramref name="k"/>-th (0-based) remaining entry.</summary>
    public int Take(int k)
    {
        var position = 0;
        var rest = k + 1;
        for (var step = _highBit; step > 0; step >>= 1)
        {
            var next = position + step;
            if (next <= _size && _tree[next] < rest)
            {
                position = next;
                rest -= _tree[next];
            }
        }

        var taken = position + 1;
        for (var i = taken; i <= _size; i += i & -i)
        {
            _tree[i]--;
        }

        Remaining--;
        return taken - 1;
    }
}
