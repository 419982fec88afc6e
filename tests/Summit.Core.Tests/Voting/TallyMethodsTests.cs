using FluentResults;
using Summit.Core.Voting;

namespace Summit.Core.Tests.Voting;

public sealed class TallyMethodsTests
{
    [Theory]
    [InlineData("plurality")]
    [InlineData("irv")]
    [InlineData("schulze")]
    [InlineData("borda")]
    [InlineData("ranked-pairs")]
    [InlineData("copeland")]
    [InlineData("approval")]
    public void Tally_WithdrawnFavourite_NeverWinsAndRankedLast(string method)
    {
        var profile = Profiles.Letters("ABC", (5, "ABC"), (3, "BCA"), (2, "CBA")).WithWithdrawn([0]).Value;
        var result = TallyMethods.Tally(profile, method).Value;
        Assert.NotEqual("A", result.Winners[0]);
        Assert.Equal(["A"], result.Ranking[^1].ToArray());
        Assert.All(result.Rounds, r => Assert.Equal(CandidateStatus.Withdrawn, r.Candidates[0].Status));
    }

    [Fact]
    public void Irv_WithdrawnCandidate_VotesGoToNextPreference()
    {
        var profile = Profiles.Letters("ABC", (5, "ABC"), (3, "BCA"), (4, "CBA")).WithWithdrawn([0]).Value;
        var result = TallyMethods.InstantRunoff.Tally(profile, new TallyOptions()).Value;
        Assert.Equal(8m, result.Rounds[0].Candidates[1].Votes);
        Assert.Equal(["B"], result.Winners.ToArray());
    }

    [Fact]
    public void Tally_EmptyProfile_TieBrokenAndRecorded()
    {
        var profile = BallotProfile.Create(["A", "B"], []).Value;
        var result = TallyMethods.Schulze.Tally(profile, new TallyOptions(1, TieBreakers.DeclaredOrder)).Value;
        Assert.Equal(["A"], result.Winners.ToArray());
        var tie = Assert.Single(result.TieBreaks);
        Assert.Equal("declared-order", tie.Strategy);
        Assert.Equal(["A", "B"], result.Ranking[0].ToArray());
    }

    [Theory]
    [InlineData("schulze", 0, ErrorCodes.Voting.SeatsInvalid)]
    [InlineData("borda", 4, ErrorCodes.Voting.TooFewCandidates)]
    [InlineData("irv", 2, ErrorCodes.Voting.SeatsUnsupported)]
    [InlineData("score", 1, ErrorCodes.Voting.BallotKindUnsupported)]
    [InlineData("dictator", 1, ErrorCodes.Voting.UnknownMethod)]
    public void Tally_BadRequest_CodedFailure(string method, int seats, string code)
    {
        var profile = Profiles.Letters("ABC", (1, "ABC"));
        var result = TallyMethods.Tally(profile, method, new TallyOptions(seats));
        Assert.Equal(code, result.Codes()[0]);
    }

    [Fact]
    public void Plurality_TwoSeatsTiedForSecond_TieBreakRecorded()
    {
        var profile = Profiles.Letters("ABC", (3, "ABC"), (2, "BAC"), (2, "CAB"));
        var result = TallyMethods.Plurality.Tally(profile, new TallyOptions(2, TieBreakers.Lottery("x"))).Value;
        Assert.Equal("A", result.Winners[0]);
        Assert.Equal(2, result.Winners.Length);
        Assert.Equal(["B", "C"], Assert.Single(result.TieBreaks).Tied.ToArray());
        Assert.Equal(["B", "C"], result.Ranking[1].ToArray());
    }
}
