using FluentResults;
using Summit.Core.Voting;
using Summit.Core.Voting.Formats;

namespace Summit.Core.Tests.Voting.Formats;

public sealed class PreferenceListFormatTests
{
    [Fact]
    public void Read_WeightsTiesCommentsAndTruncation_GroupedProfile()
    {
        const string text = "# a vote\n5: A > C > B = D\n\n2: B   # trailing comment\nA > C > B = D\r\n";
        var profile = PreferenceListFormat.Read(text).Value;
        Assert.Equal(["A", "C", "B", "D"], profile.Candidates.ToArray());
        Assert.Equal(2, profile.Ballots.Length);
        Assert.Equal(6, profile.Ballots[0].Weight);
        var ranks = ((RankedBallot)profile.Ballots[0].Ballot).Ranks;
        Assert.Equal(3, ranks.Length);
        Assert.Equal([2, 3], ranks[2].ToArray());
        Assert.Equal(8, profile.TotalWeight);
    }

    [Fact]
    public void Read_Directives_FixCandidatesSeatsTitleWithdrawn()
    {
        const string text = "title: \"Board 2026\"\nseats: 2\ncandidates: \"Smith, J.\", Lee, \"A > B\"\nwithdrawn: Lee\n3: \"A > B\" > \"Smith, J.\"\n";
        var profile = PreferenceListFormat.Read(text).Value;
        Assert.Equal("Board 2026", profile.Title);
        Assert.Equal(2, profile.DeclaredSeats);
        Assert.Equal(["Smith, J.", "Lee", "A > B"], profile.Candidates.ToArray());
        Assert.Equal([1], profile.Withdrawn.ToArray());
    }

    [Theory]
    [InlineData("3: A > > B\n", ErrorCodes.Voting.FormatSyntax, 1, 8)]
    [InlineData("# ok\n0: A\n", ErrorCodes.Voting.FormatWeightInvalid, 2, 1)]
    [InlineData("99999999999999999999: A\n", ErrorCodes.Voting.FormatWeightInvalid, 1, 1)]
    [InlineData("3: A > B > A\n", ErrorCodes.Voting.FormatCandidateRepeated, 1, 12)]
    [InlineData("candidates: A, B\n1: A > Z\n", ErrorCodes.Voting.FormatUnknownCandidate, 2, 8)]
    [InlineData("1: A\ncandidates: A\n", ErrorCodes.Voting.FormatDirectiveInvalid, 2, 1)]
    [InlineData("1: \"A > B\n", ErrorCodes.Voting.FormatSyntax, 1, 4)]
    [InlineData("1: A , B\n", ErrorCodes.Voting.FormatSyntax, 1, 6)]
    [InlineData("seats: two\n", ErrorCodes.Voting.FormatDirectiveInvalid, 1, 8)]
    public void Read_Malformed_CodedErrorWithLineColumnExpected(string text, string code, int line, int column)
    {
        var result = PreferenceListFormat.Read(text, "votes.txt");
        var error = Assert.Single(result.SummitErrors());
        Assert.Equal(code, error.Code);
        Assert.Equal(line.ToString(System.Globalization.CultureInfo.InvariantCulture), error.GetMetadataText("line"));
        Assert.Equal(column.ToString(System.Globalization.CultureInfo.InvariantCulture), error.GetMetadataText("column"));
        Assert.Equal("votes.txt", error.GetMetadataText("file"));
        Assert.False(string.IsNullOrEmpty(error.GetMetadataText("expected")));
    }

    [Fact]
    public void Read_SeveralBadLines_ReportsEveryOne()
    {
        var result = PreferenceListFormat.Read("1: A >\n2: B\n3: > C\n");
        Assert.Equal(["1", "3"], result.SummitErrors().Select(e => e.GetMetadataText("line")!).ToArray());
    }

    [Fact]
    public void Read_EmptyBallot_CountsAsCastAbstention()
    {
        var profile = PreferenceListFormat.Read("candidates: A, B\n4:\n1: A\n").Value;
        Assert.Equal(5, profile.TotalWeight);
        Assert.Empty(((RankedBallot)profile.Ballots[0].Ballot).Ranks);
    }

    [Fact]
    public void Write_ApprovalAndScoreBallots_WrittenAsInducedRankings()
    {
        var profile = BallotProfile.Create(["A", "B", "C"], [
            new WeightedBallot(new ApprovalBallot([0, 2]), 2),
            new WeightedBallot(new ScoreBallot([1, 5, 1]), 1)]).Value;
        var text = PreferenceListFormat.Write(profile);
        Assert.Contains("2: A = C\n", text, StringComparison.Ordinal);
        Assert.Contains("1: B > A = C\n", text, StringComparison.Ordinal);
    }
}
