using FluentResults;
using Summit.Core.Voting;
using Summit.Core.Voting.Formats;

namespace Summit.Core.Tests.Voting.Formats;

public sealed class BltFormatTests
{
    private const string Atwood = """"
            4 2          # four candidates are competing for two seats
            -2           # Bob has withdrawn (optional)
            1 4 1 3 2 0  # first ballot
            1 4 3 2 0
            2 2=3 4 1 0  # equal ranks
            1 2 3 4 1 0  # last ballot
            0            # end of ballots marker
            "Amy"        # candidate 1
            "Bob ""the builder"""
            "Chuck"      # candidate 3
            "Diane"      # candidate 4
            "Gardening Club Election"  # title
            """";

    [Fact]
    public void Read_QuotedNamesWithdrawnEqualRanks_ReadsEverything()
    {
        var result = BltFormat.Read(Atwood, "atwood.blt");
        Assert.True(result.IsSuccess, result.ToString());
        var profile = result.Value;
        Assert.Equal(["Amy", "Bob \"the builder\"", "Chuck", "Diane"], profile.Candidates.ToArray());
        Assert.Equal([1], profile.Withdrawn.ToArray());
        Assert.Equal("Gardening Club Election", profile.Title);
        Assert.Equal(2, profile.DeclaredSeats);
        Assert.Equal(5, profile.TotalWeight);
        var equal = (RankedBallot)profile.Ballots[2].Ballot;
        Assert.Equal([1, 2], equal.Ranks[0].ToArray());
        Assert.Equal(2, profile.Ballots[2].Weight);
    }

    [Fact]
    public void Read_UnquotedNamesAndTitle_ReadsWholeLines()
    {
        var result = BltFormat.Read("2 1\n3 1 2 0\n0\nAnn SMITH (Lab)\nBob JONES (SNP)\nWard 1 - North", "w.blt");
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(["Ann SMITH (Lab)", "Bob JONES (SNP)"], result.Value.Candidates.ToArray());
        Assert.Equal("Ward 1 - North", result.Value.Title);
    }

    [Fact]
    public void Read_NamesOnOneLine_ReadsEachQuotedName()
    {
        var result = BltFormat.Read("3 1\n1 1 0\n0\n\"A\" \"B\" \"C\" \"t\"\n");
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(["A", "B", "C"], result.Value.Candidates.ToArray());
        Assert.Equal("t", result.Value.Title);
    }

    [Fact]
    public void Read_NameAndPartyQuotedOnEachLine_JoinsThem()
    {
        var result = BltFormat.Read("2 1\n1 1 0\n0\n\"Ann\" \"Green\"\n\"Bob\" \"Red\"\n\"Ward\"\n");
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(["Ann (Green)", "Bob (Red)"], result.Value.Candidates.ToArray());
    }

    [Fact]
    public void Read_DroopTieAndWithdrawnOptions_Applied()
    {
        var result = BltFormat.Read("3 1\n[tie 3 2 1]\n[withdrawn 2]\n1 1 0\n0\n\"A\"\n\"B\"\n\"C\"\n");
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal([1], result.Value.Withdrawn.ToArray());
        Assert.Equal([2, 1, 0], BltTieOrder.Get(result.Value)!.Value.ToArray());
    }

    [Theory]
    [InlineData("", ErrorCodes.Blt.HeaderInvalid, 1, 1)]
    [InlineData("3 x\n", ErrorCodes.Blt.HeaderInvalid, 1, 3)]
    [InlineData("2 1\n1 1 3 0\n0\n\"A\"\n\"B\"\n", ErrorCodes.Blt.CandidateOutOfRange, 2, 5)]
    [InlineData("2 1\n1 1 1 0\n0\n\"A\"\n\"B\"\n", ErrorCodes.Blt.CandidateRepeated, 2, 5)]
    [InlineData("2 1\n1 1 2\n0\n\"A\"\n\"B\"\n", ErrorCodes.Blt.BallotUnterminated, 2, 6)]
    [InlineData("2 1\nx 1 2 0\n0\n\"A\"\n\"B\"\n", ErrorCodes.Blt.WeightInvalid, 2, 1)]
    [InlineData("2 1\n1 1 b 0\n0\n\"A\"\n\"B\"\n", ErrorCodes.Blt.TokenInvalid, 2, 5)]
    [InlineData("2 1\n1 1 2 0\n", ErrorCodes.Blt.EndOfBallotsMissing, 2, 1)]
    [InlineData("2 1\n1 1 2 0\n0\n\"A\"\n", ErrorCodes.Blt.NameMissing, 5, 1)]
    [InlineData("2 1\n1 1 2 0\n0\n\"A\n", ErrorCodes.Blt.UnterminatedQuote, 4, 1)]
    [InlineData("2 1\n1 1 2 0\n0\n\"A\"\n\"A\"\n", ErrorCodes.Blt.NameInvalid, 5, 1)]
    [InlineData("2 1\n-3\n1 1 2 0\n0\n\"A\"\n\"B\"\n", ErrorCodes.Blt.WithdrawnInvalid, 2, 1)]
    [InlineData("2 1\n[frobnicate 1]\n0\n\"A\"\n\"B\"\n", ErrorCodes.Blt.OptionInvalid, 2, 2)]
    public void Read_MalformedText_CodedErrorWithPosition(string text, string code, int line, int column)
    {
        var result = BltFormat.Read(text, "bad.blt");
        Assert.True(result.IsFailed);
        var error = result.SummitErrors()[0];
        Assert.Equal(code, error.Code);
        Assert.Equal("bad.blt", error.GetMetadataText("file"));
        Assert.Equal(line, error.Metadata["line"]);
        Assert.Equal(column, error.Metadata["column"]);
        Assert.False(string.IsNullOrEmpty(error.GetMetadataText("expected")));
    }

    [Fact]
    public void Read_SeveralBadBallots_ReportsEachLine()
    {
        var result = BltFormat.Read("2 1\n1 1 9 0\n1 1 2 0\n1 2 2 0\n0\n\"A\"\n\"B\"\n");
        Assert.Equal([2, 4], result.SummitErrors().Select(e => (int)e.Metadata["line"]));
    }

    [Fact]
    public void Write_ThenRead_SameProfile()
    {
        var profile = BltFormat.Read(Atwood).Value;
        var again = BltFormat.Read(BltFormat.Write(profile));
        Assert.True(again.IsSuccess, again.ToString());
        BltAssert.SameProfile(profile, again.Value);
    }

    [Fact]
    public void Write_ApprovalBallot_ThrowsArgumentException()
    {
        var profile = BallotProfile.Create(["A"], [new WeightedBallot(new ApprovalBallot([0]), 1)]).Value;
        Assert.Throws<ArgumentException>(() => BltFormat.Write(profile));
    }
}
