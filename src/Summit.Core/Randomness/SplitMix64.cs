using System.Security.Cryptography;
using System.Text;

namespace Summit.Core.Randomness;

/// <summary>
/// The one pseudo-random generator Summit.Core uses for seeded draws: SplitMix64 (Steele, Lea and Flood, 2014),
/// seeded from text by the first 8 bytes (big-endian) of SHA-256 of the UTF-8 seed.
/// </summary>
/// <remarks>
/// The algorithm is fixed and part of the library's contract: the same seed gives the same sequence on every machine
/// and in every future version. It is not cryptographically secure and need not be: seeds are published so that
/// anyone can re-check a draw. Unbiased bounded draws use rejection sampling (<see cref="NextBelow"/>).
/// </remarks>
internal struct SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    public static SplitMix64 FromText(string seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(seed), hash);
        return new SplitMix64(System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(hash));
    }

    public ulong Next()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Returns a uniform value in [0, <paramref name="bound"/>) by rejection sampling; bound must be positive.</summary>
    public ulong NextBelow(ulong bound)
    {
        if (bound == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bound), "The bound must be positive.");
        }

        // Reject values at or above limit = MaxValue - (MaxValue % bound). The limit is at least 2^64 - bound, so a
        // value below that is accepted without computing it (one division per draw instead of two, same values).
        var safe = unchecked(0UL - bound);
        ulong value;
        do
        {
            value = Next();
        }
        while (value >= safe && value >= ulong.MaxValue - (ulong.MaxValue % bound));
        return value % bound;
    }

    /// <summary>Shuffles <paramref name="items"/> in place with the Fisher–Yates algorithm, from the last position down.</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = (int)NextBelow((ulong)(i + 1));
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
