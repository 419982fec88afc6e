using System.Collections.Immutable;
using FluentResults;
using Summit.Core.Selection;
using Summit.Core.Summits;
using static Summit.Core.Tests.Selection.SelectionTestData;

namespace Summit.Core.Tests.Selection;

public sealed class RandomSourcesTests
{
    [Fact]
    public void Seeded_SameSeed_SameDraw_NamedAndDescribed()
    {
        var a = RandomSources.Seeded("pycon").Draw(50, 10).Value;
        var b = RandomSources.Seeded("pycon").Draw(50, 10).Value;
        Assert.Equal(a.ToArray(), b.ToArray());
        Assert.NotEqual(a.ToArray(), RandomSources.Seeded("pyconX").Draw(50, 10).Value.ToArray());
        Assert.Equal("seeded-splitmix64", RandomSources.Seeded("pycon").Name);
        Assert.Contains("pycon", RandomSources.Seeded("pycon").Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Seeded_MoreThanPool_FailsWithCode()
    {
        Assert.Equal(ErrorCodes.Selection.SelectExceedsPool, RandomSources.Seeded("s").Draw(3, 4).Codes()[0]);
    }

    [Fact]
    public void Rfc3797Key_Empty_FailsWithCode()
    {
        Assert.Equal(ErrorCodes.Selection.LotteryKeyEmpty, RandomSources.Rfc3797Key(string.Empty).Codes()[0]);
    }

    [Fact]
    public void Lottery_SourceRepeatsAPosition_FailsWithCode()
    {
        var context = SelectionContext.ForRegistrations([Person("a"), Person("b")], 1, 0, At, new RepeatingSource()).Value;
        var result = SelectionPolicies.Run(SelectionPolicies.Lottery<Registration>(), context);
        var error = Assert.Single(result.SummitErrors());
        Assert.Equal(ErrorCodes.Selection.RandomSourceBrokeContract, error.Code);
        Assert.Equal("lottery", error.GetMetadataText("policy"));
    }

    private sealed class RepeatingSource : IRandomSource
    {
        public string Name => "repeating";

        public string Description => "always position 0";

        public Result<ImmutableArray<int>> Draw(int poolSize, int count) => Result.Ok(ImmutableArray.CreateRange(Enumerable.Repeat(0, count)));
    }
}
