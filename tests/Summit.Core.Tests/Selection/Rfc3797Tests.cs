using FluentResults;
using Summit.Core.Selection;

namespace Summit.Core.Tests.Selection;

public sealed class Rfc3797Tests
{
    // RFC 3797 section 6: lottery results 9319 / 2 5 12 8 10 / 9 18 26 34 41 45, 25 volunteers, select 10.
    private const string WorkedExampleKey = "9319./2.5.8.10.12./9.18.26.34.41.45./";

    [Fact]
    public void BuildKey_WorkedExampleSources_MatchesSection6()
    {
        var key = Rfc3797.BuildKey([[9319], [2, 5, 12, 8, 10], [9, 18, 26, 34, 41, 45]]);
        Assert.Equal(WorkedExampleKey, key.Value);
    }

    [Fact]
    public void Select_WorkedExample_ReproducesSection6()
    {
        var selected = Rfc3797.Select(WorkedExampleKey, 25, 10);
        Assert.Equal([17, 7, 2, 16, 25, 23, 8, 24, 19, 13], selected.Value.ToArray());
    }

    [Fact]
    public void Select_MoreThanTen_ExtendsWorkedExamplePrefix()
    {
        var eleven = Rfc3797.Select(WorkedExampleKey, 25, 11).Value;
        Assert.Equal([17, 7, 2, 16, 25, 23, 8, 24, 19, 13, 22], eleven.ToArray());
    }

    [Fact]
    public void Select_WholePool_IsPermutation()
    {
        var all = Rfc3797.Select(WorkedExampleKey, 25, 25).Value;
        Assert.Equal(Enumerable.Range(1, 25), all.Order());
    }

    [Fact]
    public void Select_EmptyKey_FailsWithCode()
    {
        var result = Rfc3797.Select(string.Empty, 25, 10);
        Assert.Equal(ErrorCodes.Selection.LotteryKeyEmpty, Assert.Single(result.SummitErrors()).Code);
    }

    [Fact]
    public void Select_MoreThanPool_FailsWithCode()
    {
        var result = Rfc3797.Select(WorkedExampleKey, 5, 6);
        var error = Assert.Single(result.SummitErrors());
        Assert.Equal(ErrorCodes.Selection.SelectExceedsPool, error.Code);
        Assert.Equal("5", error.GetMetadataText("pool"));
    }

    [Fact]
    public void Select_NegativeCount_FailsWithCode()
    {
        Assert.Equal(ErrorCodes.Selection.CountNegative, Rfc3797.Select(WorkedExampleKey, 5, -1).Codes()[0]);
    }

    [Fact]
    public void Select_MoreThanCounterAllows_FailsWithCode()
    {
        Assert.Equal(ErrorCodes.Selection.LotteryTooLarge, Rfc3797.Select(WorkedExampleKey, 70_000, 65_537).Codes()[0]);
    }

    [Fact]
    public void BuildKey_EmptyOrNegativeSource_FailsWithCode()
    {
        Assert.Equal(ErrorCodes.Selection.LotterySourceInvalid, Rfc3797.BuildKey([[1], []]).Codes()[0]);
        Assert.Equal(ErrorCodes.Selection.LotterySourceInvalid, Rfc3797.BuildKey([[-1]]).Codes()[0]);
        Assert.Equal(ErrorCodes.Selection.LotterySourceInvalid, Rfc3797.BuildKey([]).Codes()[0]);
    }

    [Fact]
    public void RandomSources_Rfc3797FromSources_DrawsZeroBasedPositions()
    {
        var source = RandomSources.Rfc3797([[9319], [2, 5, 12, 8, 10], [9, 18, 26, 34, 41, 45]]).Value;
        Assert.Equal([16, 6, 1], source.Draw(25, 3).Value.ToArray());
        Assert.Equal("rfc3797", source.Name);
        Assert.Contains(WorkedExampleKey, source.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(int.MaxValue, 1)]
    [InlineData(1_100_000_000, 1)]
    [InlineData(65_537, 3)]
    public void Select_PoolBeyondTheTwoByteCounter_IsRefusedBeforeAllocating(int pool, int select)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = Rfc3797.Select("9319./2.5.8.10.12./9.18.26.34.41.45./", pool, select);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1_000_000);
        var error = Assert.Single(result.SummitErrors());
        Assert.Equal(ErrorCodes.Selection.LotteryPoolTooLarge, error.Code);
        Assert.Equal("65536", error.GetMetadataText("limit"));
    }

    [Fact]
    public void Select_PoolAtTheLimit_Draws() =>
        Assert.Equal(2, Rfc3797.Select("1./", Rfc3797.MaximumPoolSize, 2).Value.Length);
}
