using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Summit.Core.Voting;

/// <summary>
/// The compact form of a profile's grouped ranked ballots: candidate indices in one flat array, ballots marked by
/// offsets, tiers marked only when some ballot ranks candidates equal, and one weight per group. No object per ballot.
/// </summary>
/// <remarks>
/// <para>
/// Ballot <c>b</c> lists the candidates at positions <c>Offsets[b] .. Offsets[b + 1]</c> of the candidate array
/// (bytes when there are at most 256 candidates, else ints). Without equal ranks every candidate is a tier of its own.
/// With equal ranks, ballot <c>b</c> holds the tiers <c>TierOffsets[b] .. TierOffsets[b + 1]</c>, and tier <c>t</c>
/// the positions <c>TierStarts[t] .. TierStarts[t + 1]</c> (the layout the STV counts use).
/// Weights are ints when every group fits, else longs.
/// </para>
/// <para>Immutable once built; the arrays are never handed out for writing.</para>
/// </remarks>
internal sealed class RankedBallotStore
{
    private readonly byte[]? _small;
    private readonly int[]? _large;
    private readonly int[] _offsets;
    private readonly int[]? _tierOffsets;
    private readonly int[]? _tierStarts;
    private readonly int[]? _weights32;
    private readonly long[]? _weights64;

    private RankedBallotStore(int candidateCount, byte[]? small, int[]? large, int[] offsets, int[]? tierOffsets, int[]? tierStarts, int[]? weights32, long[]? weights64, long totalWeight)
    {
        CandidateCount = candidateCount;
        _small = small;
        _large = large;
        _offsets = offsets;
        _tierOffsets = tierOffsets;
        _tierStarts = tierStarts;
        _weights32 = weights32;
        _weights64 = weights64;
        TotalWeight = totalWeight;
    }

    /// <summary>Gets the number of candidates the indices refer to.</summary>
    public int CandidateCount { get; }

    /// <summary>Gets the number of distinct ballots (groups).</summary>
    public int Count => _offsets.Length - 1;

    /// <summary>Gets the number of candidate positions over all groups.</summary>
    public int RankCount => _offsets[^1];

    /// <summary>Gets whether some ballot ranks candidates equal.</summary>
    public bool HasEqualRanks => _tierOffsets is not null;

    /// <summary>Gets the sum of the weights.</summary>
    public long TotalWeight { get; }

    /// <summary>Gets the bytes the arrays hold (length × element size), without object headers.</summary>
    public long ArrayBytes =>
        (_small?.LongLength ?? 0) + ((_large?.LongLength ?? 0) * sizeof(int)) + ((long)_offsets.Length * sizeof(int))
        + ((_tierOffsets?.LongLength ?? 0) * sizeof(int)) + ((_tierStarts?.LongLength ?? 0) * sizeof(int))
        + ((_weights32?.LongLength ?? 0) * sizeof(int)) + ((_weights64?.LongLength ?? 0) * sizeof(long));

    /// <summary>Gets the ballot offsets into the candidate array (length <see cref="Count"/> + 1); read only.</summary>
    public int[] Offsets => _offsets;

    /// <summary>Gets the first tier of each ballot (length <see cref="Count"/> + 1), or null without equal ranks; read only.</summary>
    public int[]? TierOffsets => _tierOffsets;

    /// <summary>Gets the start of every tier plus a final end (length tiers + 1), or null without equal ranks; read only.</summary>
    public int[]? TierStarts => _tierStarts;

    /// <summary>Gets the weight of group <paramref name="b"/>.</summary>
    public long Weight(int b) => _weights32 is { } w ? w[b] : _weights64![b];

    /// <summary>Gets the candidate at position <paramref name="i"/> of the candidate array.</summary>
    public int CandidateAt(int i) => _small is { } s ? s[i] : _large![i];

    /// <summary>Returns the candidate array as ints: the stored array itself (read only) or a widened copy.</summary>
    public int[] CandidatesAsInts()
    {
        if (_large is { } large)
        {
            return large;
        }

        var wide = GC.AllocateUninitializedArray<int>(_small!.Length);
        for (var i = 0; i < wide.Length; i++)
        {
            wide[i] = _small[i];
        }

        return wide;
    }

    /// <summary>Returns the weights as longs: the stored array itself (read only) or a widened copy.</summary>
    public long[] WeightsAsLongs()
    {
        if (_weights64 is { } w64)
        {
            return w64;
        }

        var wide = GC.AllocateUninitializedArray<long>(_weights32!.Length);
        for (var i = 0; i < wide.Length; i++)
        {
            wide[i] = _weights32[i];
        }

        return wide;
    }

    /// <summary>Builds the public ballots: one <see cref="RankedBallot"/> per group, single-candidate tiers shared per candidate.</summary>
    public WeightedBallot[] Materialize()
    {
        var singletons = new EquatableArray<int>[CandidateCount];
        var result = new WeightedBallot[Count];
        for (var b = 0; b < result.Length; b++)
        {
            EquatableArray<int>[] tiers;
            if (_tierOffsets is null)
            {
                var from = _offsets[b];
                tiers = new EquatableArray<int>[_offsets[b + 1] - from];
                for (var t = 0; t < tiers.Length; t++)
                {
                    tiers[t] = Singleton(singletons, CandidateAt(from + t));
                }
            }
            else
            {
                var first = _tierOffsets[b];
                tiers = new EquatableArray<int>[_tierOffsets[b + 1] - first];
                for (var t = 0; t < tiers.Length; t++)
                {
                    var from = _tierStarts![first + t];
                    var to = _tierStarts[first + t + 1];
                    if (to - from == 1)
                    {
                        tiers[t] = Singleton(singletons, CandidateAt(from));
                    }
                    else
                    {
                        var tier = new int[to - from];
                        for (var k = 0; k < tier.Length; k++)
                        {
                            tier[k] = CandidateAt(from + k);
                        }

                        tiers[t] = new EquatableArray<int>(ImmutableCollectionsMarshal.AsImmutableArray(tier));
                    }
                }
            }

            result[b] = new WeightedBallot(new RankedBallot(new EquatableArray<EquatableArray<int>>(ImmutableCollectionsMarshal.AsImmutableArray(tiers))), Weight(b));
        }

        return result;
    }

    private static EquatableArray<int> Singleton(EquatableArray<int>[] singletons, int c)
    {
        if (singletons[c].IsEmpty)
        {
            singletons[c] = [c];
        }

        return singletons[c];
    }

    /// <summary>
    /// Flattens already grouped, already checked ballots; returns null (with the 0-based index) at the first ballot
    /// that is not a ranked ballot.
    /// </summary>
    public static RankedBallotStore? FromBallots(ImmutableArray<WeightedBallot> ballots, int candidateCount, out int notRanked)
    {
        notRanked = -1;
        var builder = new Builder(candidateCount, group: false, ballots.Length * 4, ballots.Length);
        for (var b = 0; b < ballots.Length; b++)
        {
            if (ballots[b].Ballot is not RankedBallot ranked)
            {
                notRanked = b;
                return null;
            }

            foreach (var tier in ranked.Ranks)
            {
                builder.StartTier();
                foreach (var c in tier)
                {
                    builder.AddCandidate(c);
                }
            }

            builder.EndBallot(ballots[b].Weight);
        }

        return builder.Build();
    }

    /// <summary>
    /// Collects ranked ballots one at a time (tiers, then candidates, then <see cref="EndBallot"/>) and, when asked,
    /// groups identical ballots by a hash over the ballot's spans, keeping the order of first appearance.
    /// </summary>
    /// <remarks>
    /// <para>The caller checks every ballot (candidate range, no repeats, positive weight, total in range).</para>
    /// <para>
    /// The candidates are kept in the store's own element type from the start (bytes when there are at most 256
    /// candidates, else ints), so <see cref="Build"/> copies them once and never narrows them.
    /// </para>
    /// </remarks>
    internal sealed class Builder
    {
        /// <summary>The slots a probe compares at once.</summary>
        private const int Bucket = 16;

        private readonly int _candidateCount;
        private readonly bool _group;
        // Exactly one of the two holds the candidates: bytes for at most 256 candidates, else ints.
        private byte[]? _small;
        private int[]? _large;
        // Null while no ballot has ranked candidates equal: every position is then a tier of its own, and the tier
        // offsets are the ballot offsets.
        private int[]? _tierStarts;
        private int[]? _tierOffsets;
        private int[] _offsets;
        private long[] _weights;
        // Open addressing in two arrays: a byte per slot (0 when empty, else 8 bits of the group's hash, never 0) and
        // the group's hash (high 32 bits) and index (low 32 bits). A probe compares 16 bytes at a time (a bucket) and
        // goes on to the next bucket only when the bucket is full, so the table may be 7/8 full: 128 KB of bytes for
        // 100,000 groups, small enough to stay in cache. It reads a slot only when its byte matches, and the group's
        // candidates only when the whole hash matches too.
        private byte[] _tags;
        private ulong[] _slots;
        private int _bucketMask;
        private int _rankCount;
        private int _tierCount;
        private int _count;
        private bool _anyEqual;
        private long _total;

        /// <summary>Creates a builder.</summary>
        /// <param name="candidateCount">The number of candidates.</param>
        /// <param name="group">Whether identical ballots are merged into one group.</param>
        /// <param name="rankHint">The expected number of candidate positions (the buffers grow past it).</param>
        /// <param name="ballotHint">The expected number of ballots.</param>
        public Builder(int candidateCount, bool group, int rankHint = 1024, int ballotHint = 256)
        {
            _candidateCount = candidateCount;
            _group = group;
            rankHint = Math.Clamp(rankHint, 16, 1 << 24);
            ballotHint = Math.Clamp(ballotHint, 16, 1 << 22);
            // Scratch space, written before it is read: not cleared.
            if (candidateCount <= 256)
            {
                _small = GC.AllocateUninitializedArray<byte>(rankHint);
            }
            else
            {
                _large = GC.AllocateUninitializedArray<int>(rankHint);
            }

            _offsets = GC.AllocateUninitializedArray<int>(ballotHint + 1);
            _offsets[0] = 0;
            _weights = GC.AllocateUninitializedArray<long>(ballotHint);
            // The hash table starts with room for the hint's groups when every ballot is distinct (it may be 7/8 full)
            // and doubles as groups come.
            var size = group ? (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(ballotHint, Bucket)) : 0;
            _tags = new byte[size];
            _slots = GC.AllocateUninitializedArray<ulong>(size);
            _bucketMask = Math.Max((size / Bucket) - 1, 0);
        }

        /// <summary>Gets the number of groups so far.</summary>
        public int Count => _count;

        /// <summary>Gets whether the candidates are kept as bytes (at most 256 candidates): use <see cref="ReserveSmall"/>, else <see cref="ReserveLarge"/>.</summary>
        public bool IsSmall => _small is not null;

        /// <summary>Gets the number of candidates the current ballot lists so far.</summary>
        public int CurrentLength => _rankCount - _offsets[_count];

        private int FirstTier => _tierOffsets is { } t ? t[_count] : _offsets[_count];

        /// <summary>Drops the current ballot.</summary>
        public void CancelBallot()
        {
            _rankCount = _offsets[_count];
            _tierCount = FirstTier;
        }

        /// <summary>Starts a new tier (rank) of the current ballot.</summary>
        public void StartTier()
        {
            if (_tierStarts is not null)
            {
                if (_tierCount == _tierStarts.Length)
                {
                    Grow(ref _tierStarts, _tierCount);
                }

                _tierStarts[_tierCount] = _rankCount;
            }

            _tierCount++;
        }

        /// <summary>Adds a candidate to the current tier.</summary>
        public void AddCandidate(int candidate)
        {
            if (_tierStarts is null && _tierCount == _rankCount)
            {
                // The first candidate ranked equal with the one before: from now on tiers are recorded; so far each
                // position was a tier, and each ballot's first tier was its first position.
                _tierStarts = new int[Math.Max(_rankCount + 16, 16)];
                for (var i = 0; i < _tierCount; i++)
                {
                    _tierStarts[i] = i;
                }

                _tierOffsets = new int[_offsets.Length];
                _offsets.AsSpan(0, _count + 1).CopyTo(_tierOffsets);
            }

            Store(candidate);
        }

        /// <summary>
        /// Returns room for at least <paramref name="count"/> more candidates of the current ballot (as bytes), to be
        /// filled from the start and then kept by <see cref="CommitRanks"/>. Only when <see cref="IsSmall"/>.
        /// </summary>
        public Span<byte> ReserveSmall(int count)
        {
            if (_small!.Length - _rankCount < count)
            {
                GrowTo(ref _small, _rankCount, _rankCount + count);
            }

            return _small.AsSpan(_rankCount);
        }

        /// <summary>As <see cref="ReserveSmall"/>, for ints, when not <see cref="IsSmall"/>.</summary>
        public Span<int> ReserveLarge(int count)
        {
            if (_large!.Length - _rankCount < count)
            {
                GrowTo(ref _large, _rankCount, _rankCount + count);
            }

            return _large.AsSpan(_rankCount);
        }

        /// <summary>Keeps the first <paramref name="count"/> candidates written into the reserved room, each a tier of its own.</summary>
        public void CommitRanks(int count)
        {
            if (_tierStarts is not null)
            {
                if (_tierStarts.Length - _tierCount < count)
                {
                    GrowTo(ref _tierStarts, _tierCount, _tierCount + count);
                }

                for (var k = 0; k < count; k++)
                {
                    _tierStarts[_tierCount + k] = _rankCount + k;
                }
            }

            _tierCount += count;
            _rankCount += count;
        }

        /// <summary>Ends the current ballot: merges it into an identical earlier group, or makes it a new group.</summary>
        public void EndBallot(long weight)
        {
            _total += weight;
            var start = _offsets[_count];
            var firstTier = FirstTier;
            var length = _rankCount - start;
            var tiers = _tierCount - firstTier;
            var equal = tiers != length;
            if (_group)
            {
                var ranks = RankBytes(start, length);
                var hash = Hash(ranks, equal ? _tierStarts!.AsSpan(firstTier, tiers) : default, start);
                var tags = _tags;
                var tag = Tag(hash);
                var key = (ulong)(uint)hash << 32;
                var wanted = Vector128.Create(tag);
                var bucket = hash & _bucketMask;
                int slot;
                while (true)
                {
                    var first = bucket * Bucket;
                    var bytes = Vector128.Create(tags.AsSpan(first, Bucket));
                    var matches = Vector128.Equals(bytes, wanted).ExtractMostSignificantBits();
                    while (matches != 0)
                    {
                        var entry = _slots[first + BitOperations.TrailingZeroCount(matches)];
                        matches &= matches - 1;
                        var g = (int)(uint)entry;
                        if ((entry & 0xFFFF_FFFF_0000_0000UL) == key && SameBallot(g, ranks, length, equal, firstTier, tiers, start))
                        {
                            _weights[g] += weight;
                            _rankCount = start;
                            _tierCount = firstTier;
                            return;
                        }
                    }

                    var empty = Vector128.Equals(bytes, Vector128<byte>.Zero).ExtractMostSignificantBits();
                    if (empty != 0)
                    {
                        slot = first + BitOperations.TrailingZeroCount(empty);
                        break;
                    }

                    bucket = (bucket + 1) & _bucketMask;
                }

                tags[slot] = tag;
                _slots[slot] = key | (uint)_count;
            }

            if (_count + 2 > _offsets.Length)
            {
                Grow(ref _offsets, _count + 1);
                if (_tierOffsets is not null)
                {
                    Grow(ref _tierOffsets, _count + 1);
                }
            }

            if (_count == _weights.Length)
            {
                Grow(ref _weights, _count);
            }

            _anyEqual |= equal;
            _weights[_count] = weight;
            _count++;
            _offsets[_count] = _rankCount;
            if (_tierOffsets is not null)
            {
                _tierOffsets[_count] = _tierCount;
            }

            if (_group && _count > _tags.Length / 8 * 7)
            {
                Rehash();
            }
        }

        /// <summary>Copies the groups into exact-size compact arrays.</summary>
        public RankedBallotStore Build()
        {
            var small = _small?.AsSpan(0, _rankCount).ToArray();
            var large = _large?.AsSpan(0, _rankCount).ToArray();

            int[]? tierOffsets = null;
            int[]? tierStarts = null;
            if (_anyEqual)
            {
                tierOffsets = _tierOffsets.AsSpan(0, _count + 1).ToArray();
                tierStarts = new int[_tierCount + 1];
                _tierStarts!.AsSpan(0, _tierCount).CopyTo(tierStarts);
                tierStarts[^1] = _rankCount;
            }

            var weights = _weights.AsSpan(0, _count);
            int[]? weights32 = null;
            long[]? weights64 = null;
            var fits = true;
            foreach (var w in weights)
            {
                fits &= w <= int.MaxValue;
            }

            if (fits)
            {
                weights32 = GC.AllocateUninitializedArray<int>(_count);
                for (var i = 0; i < weights32.Length; i++)
                {
                    weights32[i] = (int)weights[i];
                }
            }
            else
            {
                weights64 = weights.ToArray();
            }

            return new RankedBallotStore(_candidateCount, small, large, _offsets.AsSpan(0, _count + 1).ToArray(), tierOffsets, tierStarts, weights32, weights64, _total);
        }

        private void Store(int candidate)
        {
            if (_small is { } small)
            {
                if (_rankCount == small.Length)
                {
                    Grow(ref _small, _rankCount);
                }

                _small[_rankCount++] = (byte)candidate;
            }
            else
            {
                if (_rankCount == _large!.Length)
                {
                    Grow(ref _large, _rankCount);
                }

                _large[_rankCount++] = candidate;
            }
        }

        /// <summary>The candidates at positions <paramref name="start"/> .. + <paramref name="length"/>, as raw bytes (ints in machine order).</summary>
        private ReadOnlySpan<byte> RankBytes(int start, int length) =>
            _small is { } small ? small.AsSpan(start, length) : MemoryMarshal.AsBytes(_large.AsSpan(start, length));

        /// <summary>The byte a slot keeps of a hash: its top 8 bits (the bucket comes from the low bits), 1 for 0.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static byte Tag(int hash) => Math.Max((byte)((uint)hash >> 24), (byte)1);

        private static int Hash(ReadOnlySpan<byte> ranks, ReadOnlySpan<int> tierStarts, int start)
        {
            // Multiply-xorshift mixing over the candidates eight bytes at a time, then (equal ranks only) the tier
            // lengths. Any deterministic hash gives the same groups in the same order: it only picks the slots.
            const ulong M = 0x9E3779B97F4A7C15UL;
            var h = ((ulong)ranks.Length + 1) * 0xC2B2AE3D27D4EB4FUL;
            var bytes = ranks;
            while (bytes.Length >= 8)
            {
                h = (h ^ MemoryMarshal.Read<ulong>(bytes)) * M;
                h ^= h >> 29;
                bytes = bytes[8..];
            }

            if (!bytes.IsEmpty)
            {
                // The last eight bytes (overlapping the ones before) when the ballot is long enough; else the first and
                // last four (overlapping), or the first, middle and last of 1 to 3: with the length, they are the bytes.
                var n = bytes.Length;
                var tail = ranks.Length >= 8 ? MemoryMarshal.Read<ulong>(ranks[^8..])
                    : n >= 4 ? MemoryMarshal.Read<uint>(bytes) | ((ulong)MemoryMarshal.Read<uint>(bytes[^4..]) << 32)
                    : bytes[0] | ((ulong)bytes[n >> 1] << 8) | ((ulong)bytes[n - 1] << 16);

                h = (h ^ tail) * M;
                h ^= h >> 29;
            }

            if (!tierStarts.IsEmpty)
            {
                h ^= 0x85EBCA6BUL;
                foreach (var t in tierStarts)
                {
                    h = (h ^ (uint)(t - start)) * M;
                    h ^= h >> 29;
                }
            }

            h ^= h >> 32;
            h *= 0xD6E8FEB86659FD93UL;
            h ^= h >> 32;
            return (int)h;
        }

        private bool SameBallot(int g, ReadOnlySpan<byte> ranks, int length, bool equal, int firstTier, int tiers, int start)
        {
            var gStart = _offsets[g];
            if (_offsets[g + 1] - gStart != length || !RankBytes(gStart, length).SequenceEqual(ranks))
            {
                return false;
            }

            if (_tierOffsets is null)
            {
                // No equal ranks anywhere: the tiers are the positions, equal in number.
                return true;
            }

            var gFirstTier = _tierOffsets[g];
            if (_tierOffsets[g + 1] - gFirstTier != tiers)
            {
                return false;
            }

            if (equal)
            {
                for (var t = 0; t < tiers; t++)
                {
                    if (_tierStarts![gFirstTier + t] - gStart != _tierStarts[firstTier + t] - start)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private void Rehash()
        {
            var size = _tags.Length * 2;
            var tags = new byte[size];
            var slots = GC.AllocateUninitializedArray<ulong>(size);
            var bucketMask = (size / Bucket) - 1;
            for (var old = 0; old < _tags.Length; old++)
            {
                if (_tags[old] == 0)
                {
                    continue;
                }

                // The order of the groups in the table does not matter: a probe compares every match.
                var entry = _slots[old];
                var hash = (int)(entry >> 32);
                var bucket = hash & bucketMask;
                int empty;
                while ((empty = (int)Vector128.Equals(Vector128.Create(tags.AsSpan(bucket * Bucket, Bucket)), Vector128<byte>.Zero).ExtractMostSignificantBits()) == 0)
                {
                    bucket = (bucket + 1) & bucketMask;
                }

                var slot = (bucket * Bucket) + BitOperations.TrailingZeroCount(empty);
                tags[slot] = _tags[old];
                slots[slot] = entry;
            }

            _tags = tags;
            _slots = slots;
            _bucketMask = bucketMask;
        }

        private static void Grow<T>(ref T[] array, int used) => GrowTo(ref array, used, 0);

        private static void GrowTo<T>(ref T[] array, int used, int needed)
        {
            // Plain arrays rather than a shared pool: the scratch space is garbage once the store is built, instead of
            // staying in a process-wide pool (the pool kept ~0.3 MB after reading the Glasgow wards).
            var bigger = new T[Math.Max(Math.Max(array.Length * 2, 16), needed)];
            array.AsSpan(0, used).CopyTo(bigger);
            array = bigger;
        }
    }
}
