using Summit.Core.Randomness;
using Summit.Core.Selection;

namespace Summit.Core.Tests.Selection;

/// <summary>The pipeline's fast seeded draw and the cheaper bounded draw give exactly the documented values.</summary>
public sealed class SeededDrawTests
{
    [Theory]
    [InlineData("benchmark", 0)]
    [InlineData("benchmark", 1)]
    [InlineData("pycon", 2)]
    [InlineData("pycon", 97)]
    [InlineData("golden", 4_099)]
    public void DrawRanks_IsTheInverseOfDraw(string seed, int pool)
    {
        var source = (SeededRandomSource)RandomSources.Seeded(seed);
        var draw = source.Draw(pool, pool).Value;
        var ranks = new long[pool];

        Assert.True(source.DrawRanks(ranks).IsSuccess);

        for (var step = 0; step < pool; step++)
        {
            Assert.Equal(step, ranks[draw[step]]);
        }
    }

    [Fact]
    public void NextBelow_EqualsTheDocumentedRejection_ForSmallAndHugeBounds()
    {
        var bounds = new ulong[] { 1, 2, 3, 7, 100_000, uint.MaxValue, (1UL << 63) + 1, ulong.MaxValue - 1, ulong.MaxValue, 0xC000_0000_0000_0001UL };
        foreach (var bound in bounds)
        {
            var fast = new SplitMix64(42);
            var reference = new SplitMix64(42);
            for (var i = 0; i < 2_000; i++)
            {
                Assert.Equal(Reference(ref reference, bound), fast.NextBelow(bound));
            }
        }
    }

    private static ulong Reference(ref SplitMix64 generator, ulong bound)
    {
        var limit = ulong.MaxValue - (ulong.MaxValue % bound);
        ulong value;
        do
        {
            value = generator.Next();
        }
        while (value >= limit);
        return value % bound;
    }
}
