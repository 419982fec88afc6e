using System.Numerics;
using System.Runtime.InteropServices;

namespace Summit.Core.Scheduling;

/// <summary>
/// The partial timings a <see cref="LaneTiming"/> search has reached, per set of timed topics: each as its bounds (lane
/// cursors and the ends that still matter) and its minutes, for the dominance test that cuts a state some earlier one
/// is at least as good as.
/// </summary>
/// <remarks>
/// At most <see cref="PerSet"/> states are kept per set, the first ones reached. Each state is stored as one record of
/// ints (its minutes, the sum of its bounds, the next state of its set, then its bounds) in chunks of
/// <see cref="ChunkInts"/> (kept off the large object heap, whose arrays only a full collection frees); the sum rules
/// most earlier states out in one comparison (bounds no smaller everywhere have no smaller sum), and the rest are
/// compared a vector at a time. Same answers as comparing every kept state element by element, in the same order.
/// </remarks>
internal sealed class ReachedTimingStates
{
    /// <summary>How many states are kept per set of timed topics.</summary>
    public const int PerSet = 64;

    /// <summary>The ints of one chunk: 64 KB, under the large object heap's 85,000 bytes.</summary>
    private const int ChunkInts = 16_384;

    /// <summary>Per set of timed topics: its first and last state and how many it keeps.</summary>
    private readonly Dictionary<ulong, (int First, int Last, int Count)> _sets = [];

    private readonly List<int[]> _chunks = [];
    private int _count;
    private int _width;
    private int _record;
    private int _perChunk;
    private object? _owner;

    /// <summary>
    /// Makes the table <paramref name="owner"/>'s, with no states of width <paramref name="width"/>, unless it is
    /// <paramref name="owner"/>'s already. One table serves the searches of a <see cref="LaneTiming"/> one after the other
    /// (its chunks kept, not allocated again); a search that finds it taken by another starts it afresh, which only
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
        _record = width + 3;
        _perChunk = Math.Max(1, ChunkInts / _record);
        _sets.Clear();
        _count = 0;
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
            for (var s = states.First; s >= 0;)
            {
                var record = Record(s);
                if (record[0] >= minutes && record[1] <= sum && AtLeast(bounds, record[3..]))
                {
                    return true;
                }

                s = record[2];
            }

            if (states.Count >= PerSet)
            {
                return false;
            }
        }

        var added = Add(bounds, minutes, sum);
        if (known)
        {
            Record(states.Last)[2] = added;
            states = (states.First, added, states.Count + 1);
        }
        else
        {
            states = (added, added, 1);
        }

        return false;
    }

    private Span<int> Record(int state) =>
        _chunks[state / _perChunk].AsSpan((state % _perChunk) * _record, _record);

    private int Add(ReadOnlySpan<int> bounds, int minutes, int sum)
    {
        var chunk = _count / _perChunk;
        if (chunk == _chunks.Count)
        {
            _chunks.Add(new int[Math.Max(ChunkInts, _record)]);
        }
        else if (_chunks[chunk].Length < _perChunk * _record)
        {
            // A record wider than a chunk (more than 16,000 lanes and topics): one record per chunk, as wide as it.
            _chunks[chunk] = new int[_perChunk * _record];
        }

        var record = Record(_count);
        (record[0], record[1], record[2]) = (minutes, sum, -1);
        bounds.CopyTo(record[3..]);
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
