namespace Summit.Core.Fuzz;

/// <summary>SplitMix64 (Steele, Lea, Flood 2014): a tiny seeded PRNG, so every fuzz input is reproducible from its seed on any runtime.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, bound); bound must be positive.</summary>
    public int Below(int bound) => (int)(Next() % (ulong)bound);

    public bool Chance(int percent) => Below(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>The seed of input <paramref name="index"/> of a target: independent of every other input.</summary>
    public static ulong InputSeed(ulong baseSeed, string target, int index)
    {
        var h = baseSeed;
        foreach (var c in target)
        {
            h = (h ^ c) * 0x100000001B3UL;
        }

        return new SplitMix64(h ^ (ulong)index).Next();
    }
}
