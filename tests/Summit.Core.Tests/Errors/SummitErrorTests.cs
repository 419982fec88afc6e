using NodaTime;
using Summit.Core.Timing;
using Summit.Core.Voting;

namespace Summit.Core.Tests.Errors;

public sealed class SummitErrorTests
{
    [Fact]
    public void Constructor_StoresCodeInPropertyAndMetadata()
    {
        var e = new SummitError("file.syntax", "bad");
        Assert.Equal("file.syntax", e.Code);
        Assert.Equal("file.syntax", e.Metadata[SummitError.CodeKey]);
        Assert.Equal("file.syntax: bad", e.ToString());
        Assert.Null(e.Line);
        Assert.Null(e.Column);
        Assert.Null(e.Source);
    }

    [Fact]
    public void Constructor_NullArguments_AreProgrammerErrors()
    {
        Assert.Throws<ArgumentNullException>(() => new SummitError(null!, "m"));
        Assert.Throws<ArgumentNullException>(() => new SummitError("c", null!));
    }

    [Fact]
    public void AtPosition_SetsLineColumnAndTypedAccessors()
    {
        var e = new SummitError("file.syntax", "bad").AtPosition(3, 14).WithMetadata(SummitError.SourceKey, "summit.json");
        Assert.Equal(3, e.Line);
        Assert.Equal(14, e.Column);
        Assert.Equal("summit.json", e.Source);
        Assert.Equal("3", e.GetMetadataText(SummitError.LineKey));
    }

    [Fact]
    public void HasError_IsTheDocumentedWayToTestForACode()
    {
        Result<Deadline> r = Deadline.Parse("2024-02-30");
        Assert.True(r.HasError<SummitError>(e => e.Code == ErrorCodes.Timing.DeadlineInvalid));
        Assert.False(r.HasError<SummitError>(e => e.Code == ErrorCodes.Timing.DeadlinePassed));
        Assert.Equal([ErrorCodes.Timing.DeadlineInvalid], r.Codes());
    }

    [Fact]
    public void Deconstruct_And_ValueOrDefault_ComeFromFluentResults()
    {
        var (isSuccess, isFailed, value) = Deadline.Parse("2024-04-01 AoE");
        Assert.True(isSuccess);
        Assert.False(isFailed);
        Assert.Equal(Instant.FromUtc(2024, 4, 2, 12, 0), value.ClosesAt);
        Assert.Null(Deadline.Parse("tomorrow").ValueOrDefault);
    }

    [Fact]
    public void TwoCalls_ReturnDistinctResultAndErrorInstances()
    {
        // FluentResults results and errors are mutable: a caller's WithError must never reach another caller.
        var a = Deadline.Parse("2024-02-30");
        var b = Deadline.Parse("2024-02-30");
        Assert.NotSame(a, b);
        Assert.NotSame(a.Errors[0], b.Errors[0]);
        a.WithError("mine");
        Assert.Single(b.Errors);

        var okA = Deadline.Parse("2024-04-01 AoE");
        var okB = Deadline.Parse("2024-04-01 AoE");
        Assert.NotSame(okA, okB);
        okA.WithError("mine");
        Assert.True(okB.IsSuccess);

        var profileA = BallotProfile.Create(["A", "B"], []);
        var profileB = BallotProfile.Create(["A", "B"], []);
        Assert.NotSame(profileA, profileB);
    }

    [Fact]
    public void ForeignErrors_FromExtensions_AreWrappedWithTheirCause()
    {
        var foreign = new Error("not ours");
        var wrapped = foreign.AsSummitError();
        Assert.Equal(ErrorCodes.General.ExtensionFailed, wrapped.Code);
        Assert.Same(foreign, Assert.Single(wrapped.Reasons));
    }
}
