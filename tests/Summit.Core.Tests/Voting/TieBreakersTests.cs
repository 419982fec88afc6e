using System.Collections.Immutable;
using FluentResults;
using Summit.Core.Voting;

namespace Summit.Core.Tests.Voting;

public sealed class TieBreakersTests
{
    private static TieBreakRequest Request(int[] tied, params decimal[][] history) =>
        new(["A", "B", "C", "D"], [.. tied], [.. history.Select(h => h.ToImmutableArray())], history.Length + 1);

    [Fact]
    public void PreviousRounds_LooksBackwardsToTheLatestDifference()
    {
        var order = TieBreakers.PreviousRounds.Order(Request([1, 2, 3], [9, 1, 5, 5], [9, 4, 4, 6]));
        Assert.Equal([3, 2, 1], order.ToArray());
    }

    [Fact]
    public void PreviousRounds_NoHistory_FallsBackToDeclaredOrder()
    {
        Assert.Equal([0, 2], TieBreakers.PreviousRounds.Order(Request([2, 0])).ToArray());
        var viaLottery = TieBreakers.PreviousRoundsThen(TieBreakers.Lottery("fixed")).Order(Request([2, 0]));
        Assert.Equal(TieBreakers.Lottery("fixed").Order(Request([2, 0])).ToArray(), viaLottery.ToArray());
    }

    [Fact]
    public void Lottery_SameSeed_SameOrderForever()
    {
        var lottery = TieBreakers.Lottery("PyCon US 2024 packaging summit");
        var order = lottery.Order(Request([0, 1, 2, 3]));
        Assert.Equal(order.ToArray(), TieBreakers.Lottery("PyCon US 2024 packaging summit").Order(Request([0, 1, 2, 3])).ToArray());
        Assert.Equal([0, 1, 2, 3], order.Order().ToArray());
        // Pinned: the draw is part of the library's contract (SplitMix64 from SHA-256 of the seed, Fisher-Yates).
        Assert.Equal(PinnedOrder, order.ToArray());
        Assert.Contains("PyCon US 2024 packaging summit", lottery.Explain(Request([0, 1]), order), StringComparison.Ordinal);
    }

    [Fact]
    public void Lottery_Subsets_OrderedConsistentlyWithTheFullDraw()
    {
        var lottery = TieBreakers.Lottery("seed");
        var full = lottery.Order(Request([0, 1, 2, 3])).ToList();
        var part = lottery.Order(Request([3, 1]));
        Assert.Equal(full.Where(c => c is 1 or 3).ToArray(), part.ToArray());
    }

    [Theory]
    [InlineData("previous-rounds", "previous-rounds")]
    [InlineData("Declared-Order", "declared-order")]
    [InlineData("lottery:2024", "lottery")]
    public void TryGet_KnownNames_Found(string name, string expected)
    {
        Assert.True(TieBreakers.TryGet(name, out var tieBreaker));
        Assert.Equal(expected, tieBreaker.Name);
        Assert.Equal(expected, TieBreakers.Get(name).Value.Name);
    }

    [Theory]
    [InlineData("lottery")]
    [InlineData("lottery:")]
    [InlineData("coin")]
    public void TryGet_Unknown_FalseAndGetCodedError(string name)
    {
        Assert.False(TieBreakers.TryGet(name, out var tieBreaker));
        Assert.Null(tieBreaker);
        Assert.Equal([ErrorCodes.Voting.UnknownTieBreaker], TieBreakers.Get(name).Codes());
    }

    [Fact]
    public void Get_BareLottery_MessageAsksForTheSeed() =>
        Assert.Contains("lottery:SEED", TieBreakers.Get("lottery").Errors[0].Message, StringComparison.Ordinal);

    private static readonly int[] PinnedOrder = [0, 3, 1, 2];
}
