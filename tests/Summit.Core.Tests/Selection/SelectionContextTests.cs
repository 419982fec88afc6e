using FluentResults;
using Summit.Core.Selection;
using static Summit.Core.Tests.Selection.SelectionTestData;

namespace Summit.Core.Tests.Selection;

public sealed class SelectionContextTests
{
    [Fact]
    public void Create_NegativeCapacityAndStandby_ReportsBoth()
    {
        var result = SelectionContext.ForRegistrations([Person("a")], -1, -2, At, RandomSources.Seeded("s"));
        Assert.Equal([ErrorCodes.Selection.CapacityNegative, ErrorCodes.Selection.StandbyNegative], result.Codes());
    }

    [Fact]
    public void Create_DuplicateAndEmptyIds_Reported()
    {
        var result = SelectionContext.ForRegistrations([Person("a"), Person("a"), Person(" ")], 1, 0, At, RandomSources.Seeded("s"));
        Assert.Equal([ErrorCodes.Selection.CandidateIdEmpty, ErrorCodes.Selection.DuplicateCandidate], result.Codes().Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("a", result.SummitErrors().Single(e => e.Code == ErrorCodes.Selection.DuplicateCandidate).GetMetadataText("candidate"));
    }

    [Fact]
    public void Create_UnknownConfirmed_Reported()
    {
        var result = SelectionContext.ForRegistrations([Person("a")], 1, 0, At, RandomSources.Seeded("s"), ["zz"]);
        Assert.Equal(ErrorCodes.Selection.UnknownConfirmed, Assert.Single(result.SummitErrors()).Code);
    }

    [Fact]
    public void Create_MoreConfirmedThanCapacity_Reported()
    {
        var result = SelectionContext.ForRegistrations([Person("a"), Person("b")], 1, 0, At, RandomSources.Seeded("s"), ["a", "b"]);
        Assert.Equal(ErrorCodes.Selection.ConfirmedExceedCapacity, Assert.Single(result.SummitErrors()).Code);
    }

    [Fact]
    public void Create_Valid_ExposesIdsAndConfirmed()
    {
        var context = Context([Person("a"), Person("b")], 2, confirmed: ["b", "b"]);
        Assert.Equal(["a", "b"], context.Ids.ToArray());
        Assert.Equal(["b"], context.Confirmed.ToArray());
        Assert.True(context.IsConfirmed("b"));
        Assert.Contains("capacity 2", context.ToString(), StringComparison.Ordinal);
    }
}
