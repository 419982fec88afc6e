using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
    /// <remarks>The caller checks every ballot (candidate range, no repeats, positive weight, total in range).</remarks>
    internal sealed class Builder
    {
        private readonly int _candidateCount;
        private readonly bool _group;
        private int[] _ranks;
        // Null while no ballot has ranked candidates equal: every position is then a tier of its own.
        private int[]? _tierStarts;
        private int[] _offsets;
        private int[] _tierOffsets;
        private long[] _weights;
        private int[] _hashes;
        private int[] _buckets;
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
            // Scratch space, written before it is read: not cleared (a 5.5 MB file asks for about 20 MB of it).
            _ranks = GC.AllocateUninitializedArray<int>(rankHint);
            _offsets = GC.AllocateUninitializedArray<int>(ballotHint + 1);
            _offsets[0] = 0;
            _tierOffsets = GC.AllocateUninitializedArray<int>(ballotHint + 1);
            _tierOffsets[0] = 0;
            _weights = GC.AllocateUninitializedArray<long>(ballotHint);
            _hashes = group ? GC.AllocateUninitializedArray<int>(ballotHint) : [];
            // The hash table starts at a quarter of the hint (a hint over-counts the ballots of long rankings) and
            // doubles as groups come: a smaller table stays in cache.
            var buckets = group ? (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(ballotHint / 2, 16)) : 0;
            _buckets = new int[buckets];
            _bucketMask = Math.Max(buckets - 1, 0);
        }

        /// <summary>Gets the number of groups so far.</summary>
        public int Count => _count;

        /// <summary>Gets the number of candidates the current ballot lists so far.</summary>
        public int CurrentLength => _rankCount - _offsets[_count];

        /// <summary>Drops the current ballot.</summary>
        public void CancelBallot()
        {
            _rankCount = _offsets[_count];
            _tierCount = _tierOffsets[_count];
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

        /// <summary>Adds a candidate as a tier of its own (<see cref="StartTier"/> then <see cref="AddCandidate"/>, in one step).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void AddRank(int candidate)
        {
            if (_rankCount == _ranks.Length)
            {
                Grow(ref _ranks, _rankCount);
            }

            if (_tierStarts is not null)
            {
                if (_tierCount == _tierStarts.Length)
                {
                    Grow(ref _tierStarts, _tierCount);
                }

                _tierStarts[_tierCount] = _rankCount;
            }

            _tierCount++;
            _ranks[_rankCount++] = candidate;
        }

        /// <summary>Adds a candidate to the current tier.</summary>
        public void AddCandidate(int candidate)
        {
            if (_rankCount == _ranks.Length)
            {
                Grow(ref _ranks, _rankCount);
            }

            if (_tierStarts is null && _tierCount == _rankCount)
            {
                // The first candidate ranked equal with the one before: from now on tiers are recorded; so far each
                // position was a tier.
                _tierStarts = new int[Math.Max(_ranks.Length, 16)];
                for (var i = 0; i < _tierCount; i++)
                {
                    _tierStarts[i] = i;
                }
            }

            _ranks[_rankCount++] = candidate;
        }

        /// <summary>Ends the current ballot: merges it into an identical earlier group, or makes it a new group.</summary>
        public void EndBallot(long weight)
        {
            _total += weight;
            var start = _offsets[_count];
            var firstTier = _tierOffsets[_count];
            var length = _rankCount - start;
            var tiers = _tierCount - firstTier;
            var equal = tiers != length;
            if (_group)
            {
                var ranks = _ranks.AsSpan(start, length);
                var hash = Hash(ranks, equal ? _tierStarts!.AsSpan(firstTier, tiers) : default, start);
                var mask = _bucketMask;
                var slot = hash & mask;
                while (_buckets[slot] != 0)
                {
                    var g = _buckets[slot] - 1;
                    if (_hashes[g] == hash && SameBallot(g, ranks, equal, firstTier, tiers, start))
                    {
                        _weights[g] += weight;
                        _rankCount = start;
                        _tierCount = firstTier;
                        return;
                    }

                    slot = (slot + 1) & mask;
                }

                if (_count == _hashes.Length)
                {
                    Grow(ref _hashes, _count);
                }

                _hashes[_count] = hash;
                _buckets[slot] = _count + 1;
            }

            if (_count + 2 > _offsets.Length)
            {
                Grow(ref _offsets, _count + 1);
                Grow(ref _tierOffsets, _count + 1);
            }

            if (_count == _weights.Length)
            {
                Grow(ref _weights, _count);
            }

            _anyEqual |= equal;
            _weights[_count] = weight;
            _count++;
            _offsets[_count] = _rankCount;
            _tierOffsets[_count] = _tierCount;
            if (_group && _count * 2 > _bucketMask)
            {
                Rehash();
            }
        }

        /// <summary>Copies the groups into exact-size compact arrays.</summary>
        public RankedBallotStore Build()
        {
            byte[]? small = null;
            int[]? large = null;
            if (_candidateCount <= 256)
            {
                small = GC.AllocateUninitializedArray<byte>(_rankCount);
                for (var i = 0; i < small.Length; i++)
                {
                    small[i] = (byte)_ranks[i];
                }
            }
            else
            {
                large = _ranks.AsSpan(0, _rankCount).ToArray();
            }

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

        private static int Hash(ReadOnlySpan<int> ranks, ReadOnlySpan<int> tierStarts, int start)
        {
            // FNV-style mixing over the candidates, then (equal ranks only) the tier lengths.
            var h = (uint)ranks.Length * 0x9E3779B1u;
            foreach (var c in ranks)
            {
                h = (h ^ (uint)c) * 0x01000193u;
            }

            if (!tierStarts.IsEmpty)
            {
                h ^= 0x85EBCA6Bu;
                foreach (var t in tierStarts)
                {
                    h = (h ^ (uint)(t - start)) * 0x01000193u;
                }
            }

            h ^= h >> 15;
            h *= 0x2C1B3C6Du;
            h ^= h >> 12;
            return (int)(h & 0x7FFFFFFF);
        }

        private bool SameBallot(int g, ReadOnlySpan<int> ranks, bool equal, int firstTier, int tiers, int start)
        {
            var gStart = _offsets[g];
            if (_offsets[g + 1] - gStart != ranks.Length || !_ranks.AsSpan(gStart, ranks.Length).SequenceEqual(ranks))
            {
                return false;
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
            var size = (_bucketMask + 1) * 2;
            _buckets = new int[size];
            _bucketMask = size - 1;
            var mask = _bucketMask;
            for (var g = 0; g < _count; g++)
            {
                var slot = _hashes[g] & mask;
                while (_buckets[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                _buckets[slot] = g + 1;
            }
        }

        private static void Grow<T>(ref T[] array, int used)
        {
            // Plain arrays rather than a shared pool: the scratch space is garbage once the store is built, instead of
            // staying in a process-wide pool (the pool kept ~0.3 MB after reading the Glasgow wards).
            var bigger = new T[Math.Max(array.Length * 2, 16)];
            array.AsSpan(0, used).CopyTo(bigger);
            array = bigger;
        }
    }
}
