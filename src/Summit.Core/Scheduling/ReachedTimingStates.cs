using System.Numerics;
using System.Runtime.InteropServices;

namespace Summit.Core.Scheduling;

/// <summary>
/// The partial timings a <see cref="LaneTiming"/> search has reached, per set of timed topics: each as its bounds (lane
/// cursors and the ends that still matter) and its minutes, for the dominance test that cuts a state some earlier one
/// is at least as good as.
/// </summary>
/// <remarks>
/// At most <see cref="PerSet"/> states are kept per set, the first ones reached. The bounds are stored flat in one array for all sets, with
/// their sum, which rules most earlier states out in one comparison (bounds no smaller everywhere have no smaller sum), and the
/// rest are compared a vector at a time. Same answers as comparing every kept state element by element, in the same order.
/// </remarks>
internal sealed class ReachedTimingStates
{
    /// <summary>How many states are kept per set of timed topics.</summary>
    public const int PerSet = 64;

    /// <summary>Per set of timed topics: its first and last state (indexes into the arrays below) and how many it keeps.</summary>
    private readonly Dictionary<ulong, (int First, int Last, int Count)> _sets = [];

    private int[] _minutes = new int[64];
    private int[] _sums = new int[64];
    private int[] _next = new int[64];
    private int[] _bounds = [];
    private int _count;
    private int _width;
    private object? _owner;

    /// <summary>
    /// Makes the table <paramref name="owner"/>'s, with no states of width <paramref name="width"/>, unless it is
    /// <paramref name="owner"/>'s already. One table serves the searches of a <see cref="LaneTiming"/> one after the other
    /// (its arrays kept, not allocated again); a search that finds it taken by another starts it afresh, which only
    /// forgets states, never mixes two searches'.
    /// </summary>
    public void Claim(object owner, int width)
    {
        if (ReferenceEquals(_owner, owner))
        {
            return;
        }

        _owner = owner;
        _width = width;
        _sets.Clear();
        _count = 0;
        if (_bounds.Length < _minutes.Length * width)
        {
            _bounds = new int[_minutes.Length * width];
        }
    }

    /// <summary>
    /// Whether a state of <paramref name="set"/> with at least <paramref name="minutes"/> and bounds no larger than
    /// <paramref name="bounds"/> everywhere was reached before; records this one (while the set keeps fewer than
    /// <see cref="PerSet"/>) when not.
    /// </summary>
    public bool DominatedOrRecord(ulong set, ReadOnlySpan<int> bounds, int minutes)
    {
        ref var states = ref CollectionsMarshal.GetValueRefOrAddDefault(_sets, set, out var known);
        var sum = Sum(bounds);
        if (known)
        {
            for (var s = states.First; s >= 0; s = _next[s])
            {
                if (_minutes[s] >= minutes && _sums[s] <= sum && AtLeast(bounds, _bounds.AsSpan(s * _width, _width)))
                {
                    return true;
                }
            }

            if (states.Count >= PerSet)
            {
                return false;
            }
        }

        var added = Add(bounds, minutes, sum);
        if (known)
        {
            _next[states.Last] = added;
            states = (states.First, added, states.Count + 1);
        }
        else
        {
            states = (added, added, 1);
        }

        return false;
    }

    private int Add(ReadOnlySpan<int> bounds, int minutes, int sum)
    {
        if (_count == _minutes.Length)
        {
            var capacity = _count * 2;
            Array.Resize(ref _minutes, capacity);
            Array.Resize(ref _sums, capacity);
            Array.Resize(ref _next, capacity);
            if (_bounds.Length < capacity * _width)
            {
                Array.Resize(ref _bounds, capacity * _width);
            }
        }

        _minutes[_count] = minutes;
        _sums[_count] = sum;
        _next[_count] = -1;
        bounds.CopyTo(_bounds.AsSpan(_count * _width));
        return _count++;
    }

    private static int Sum(ReadOnlySpan<int> values)
    {
        var sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }

    private static bool AtLeast(ReadOnlySpan<int> later, ReadOnlySpan<int> earlier)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= later.Length - Vector<int>.Count; i += Vector<int>.Count)
            {
                if (Vector.LessThanAny(new Vector<int>(later[i..]), new Vector<int>(earlier[i..])))
                {
                    return false;
                }
            }
        }

        for (; i < later.Length; i++)
        {
            if (later[i] < earlier[i])
            {
                return false;
            }
        }

        return true;
    }
}
