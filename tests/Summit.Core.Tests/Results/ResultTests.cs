using Summit.Core.Results;

namespace Summit.Core.Tests.Results;

public sealed class ResultTests
{
    [Fact]
    public void Value_FailedResult_Throws()
    {
        var failed = Result.Fail<int>(new Error("x.y", "boom"));
        Assert.True(failed.IsFailed);
        Assert.Throws<InvalidOperationException>(() => failed.Value);
        Assert.Equal(0, failed.ValueOrDefault);
    }

    [Fact]
    public void Ok_CarriesValue_AndNoReasons()
    {
        var ok = Result.Ok("v");
        Assert.True(ok.IsSuccess);
        Assert.Equal("v", ok.Value);
        Assert.Empty(ok.Errors);
        Assert.Empty(ok.Reasons);
    }

    [Fact]
    public void Fail_EmptyErrorList_IsProgrammerError()
    {
        Assert.Throws<ArgumentException>(() => Result.Fail(Array.Empty<Error>()));
        Assert.Throws<ArgumentNullException>(() => Result.Fail((Error)null!));
    }

    [Fact]
    public void Reasons_ListErrorsThenSuccesses()
    {
        var r = Result.Ok().WithSuccess("checked");
        Assert.Single(r.Reasons);
        var f = Result.Fail("a.b", "first");
        Assert.Equal("first", Assert.Single(f.Reasons).Message);
    }

    [Fact]
    public void Error_WithMetadata_IsImmutableCopy()
    {
        var e = new Error("file.syntax", "bad");
        var withLine = e.WithMetadata("line", 3);
        Assert.Empty(e.Metadata);
        Assert.Equal(3, withLine.Metadata["line"]);
        Assert.Equal("3", withLine.GetMetadataText("line"));
        Assert.NotEqual(e, withLine);
        Assert.Equal(withLine, e.WithMetadata("line", 3));
    }

    [Fact]
    public void MapAndBind_PassErrorsThrough()
    {
        var failed = Result.Fail<int>(new Error("a.b", "no"));
        Assert.Equal("a.b", failed.Map(x => x + 1).Errors[0].Code);
        Assert.Equal(3, Result.Ok(1).Bind(x => Result.Ok(x + 2)).Value);
    }

    [Fact]
    public void Merge_CollectsAllErrorsInOrder()
    {
        var merged = Result.Merge(Result.Ok(), Result.Fail("a.one", "1"), Result.Fail("a.two", "2"));
        Assert.Equal(["a.one", "a.two"], merged.Errors.Select(e => e.Code));
    }
}
