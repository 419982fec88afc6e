using System.Text;
using FluentResults;
using Summit.Core.Voting;
using Summit.Core.Voting.Formats;

namespace Summit.Core.Tests.Voting.Formats;

/// <summary>Issue 12: huge weights, huge candidate counts and odd line endings are coded errors, never exceptions.</summary>
public sealed class RobustnessTests
{
    [Theory]
    [InlineData("8:\n9223372036854775807:\n", 2)]
    [InlineData("9223372036854775807: s\n1: B\n", 1)]
    [InlineData("9223372036854775807: A\n9223372036854775807: B\n", 1)]
    [InlineData("5000000000000: A\n5000000000000: B\n1: C\n", 3)]
    [InlineData("10000000000000: A\nB\n", 2)]
    public void PreferenceList_TotalWeightBeyondTheLimit_IsCodedAtTheLineThatPassesIt(string text, int line)
    {
        var result = PreferenceListFormat.Read(text, "w.txt");
        Assert.True(result.IsFailed);
        var error = Assert.Single(result.SummitErrors());
        Assert.Equal(ErrorCodes.Voting.TotalWeightTooLarge, error.Code);
        Assert.Equal(line.ToString(System.Globalization.CultureInfo.InvariantCulture), error.GetMetadataText("line"));
        Assert.Equal("1", error.GetMetadataText("column"));
    }

    [Fact]
    public void PreferenceList_TotalWeightAtTheLimit_IsCounted()
    {
        var profile = PreferenceListFormat.Read("9999999999999: A\n1: B\n").Value;
        Assert.Equal(BallotProfile.MaxTotalWeight, profile.TotalWeight);
        foreach (var method in TallyMethods.All.Where(m => m.Name != "score"))
        {
            var tally = method.Tally(profile, new TallyOptions());
            Assert.True(tally.IsSuccess, method.Name);
        }
    }

    [Fact]
    public void Create_WeightsThatOverflow_AreCodedAtTheBallot()
    {
        var empty = new RankedBallot([]);
        var result = BallotProfile.Create(["A"], [new WeightedBallot(empty, 8), new WeightedBallot(empty, long.MaxValue)]);
        var error = Assert.Single(result.SummitErrors());
        Assert.Equal(ErrorCodes.Voting.TotalWeightTooLarge, error.Code);
        Assert.Equal("2", error.GetMetadataText("ballot"));
    }

    [Fact]
    public void Blt_WeightsThatOverflow_AreCodedAtTheLine()
    {
        var result = BltFormat.Read("2 1\n6000000000000 1 0\n6000000000000 2 0\n0\n\"A\"\n\"B\"\n\"T\"\n", "o.blt");
        var error = Assert.Single(result.SummitErrors());
        Assert.Equal(ErrorCodes.Blt.WeightInvalid, error.Code);
        Assert.Equal("3", error.GetMetadataText("line"));
        Assert.Contains("10^13", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blt_HeaderWithTwoBillionCandidates_IsRefusedBeforeAllocating()
    {
        var error = Assert.Single(BltFormat.Read("2000000000 1\n0\n", "big.blt").SummitErrors());
        Assert.Equal(ErrorCodes.Blt.TooManyCandidates, error.Code);
        Assert.Equal("1", error.GetMetadataText("line"));
    }

    [Fact]
    public void Blt_CrOnlyLineEndings_AreRead()
    {
        var lf = "3 1\n2 1 2 0\n1 3 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"Title\"\n";
        var cr = BltFormat.Read(lf.Replace('\n', '\r'), "cr.blt");
        Assert.True(cr.IsSuccess, string.Join("; ", cr.SummitErrors()));
        var expected = BltFormat.Read(lf).Value;
        Assert.Equal(expected.Candidates.ToArray(), cr.Value.Candidates.ToArray());
        Assert.Equal(PreferenceListFormat.Write(expected), PreferenceListFormat.Write(cr.Value));
        Assert.Equal("Title", cr.Value.Title);
    }

    [Fact]
    public void Blt_CrOnlyLineEndings_ErrorsNameTheRightLine()
    {
        var error = Assert.Single(BltFormat.Read("2 1\r1 1 0\r1 7 0\r0\r\"A\"\r\"B\"\r", "cr.blt").SummitErrors());
        Assert.Equal(ErrorCodes.Blt.CandidateOutOfRange, error.Code);
        Assert.Equal("3", error.GetMetadataText("line"));
    }

    [Fact]
    public void PreferenceList_CrOnlyLineEndings_AreRead()
    {
        var profile = PreferenceListFormat.Read("candidates: A, B\r2: A > B\r1: B\r").Value;
        Assert.Equal(3, profile.TotalWeight);
        Assert.Equal(2, profile.Ballots.Length);
    }

    [Theory]
    [InlineData("candidates: A, \"\", B\n", 1, 16)]
    [InlineData("A > B\n2: \"  \" > A\n", 2, 4)]
    public void PreferenceList_EmptyCandidateName_HasAPosition(string text, int line, int column)
    {
        var error = Assert.Single(PreferenceListFormat.Read(text, "e.txt").SummitErrors());
        Assert.Equal(ErrorCodes.Voting.CandidateNameEmpty, error.Code);
        Assert.Equal(line.ToString(System.Globalization.CultureInfo.InvariantCulture), error.GetMetadataText("line"));
        Assert.Equal(column.ToString(System.Globalization.CultureInfo.InvariantCulture), error.GetMetadataText("column"));
    }

    [Fact]
    public void Create_EmptyCandidateName_NamesItsIndex()
    {
        var error = Assert.Single(BallotProfile.Create(["A", " "], []).SummitErrors());
        Assert.Equal(ErrorCodes.Voting.CandidateNameEmpty, error.Code);
        Assert.Equal("1", error.GetMetadataText("index"));
    }

    [Fact]
    public void PreferenceList_MoreThanTheCandidateLimit_IsOneCodedError()
    {
        var sb = new StringBuilder("candidates: ");
        for (var i = 0; i <= 100_000; i++)
        {
            sb.Append('c').Append(i).Append(", ");
        }

        sb.Append("last\n");
        var error = Assert.Single(PreferenceListFormat.Read(sb.ToString(), "many.txt").SummitErrors());
        Assert.Equal(ErrorCodes.Voting.TooManyCandidates, error.Code);
        Assert.Equal("1", error.GetMetadataText("line"));
    }

    [Theory]
    [InlineData("schulze")]
    [InlineData("ranked-pairs")]
    [InlineData("copeland")]
    [InlineData("borda")]
    public void PairwiseMethods_TwentyThousandCandidates_AreRefusedBeforeAllocating(string name)
    {
        // The reproducer: a 129 KB BLT with 20,000 candidates made Schulze allocate 4.7 GB.
        var sb = new StringBuilder("20000 1\n1 1 2 0\n0\n");
        for (var i = 1; i <= 20_000; i++)
        {
            sb.Append("\"C").Append(i).Append("\"\n");
        }

        var profile = BltFormat.Read(sb.ToString()).Value;
        var method = TallyMethods.All.Single(m => m.Name == name);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = method.Tally(profile, new TallyOptions());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var error = Assert.Single(result.SummitErrors());
        Assert.Equal(ErrorCodes.Voting.TooManyCandidates, error.Code);
        Assert.Equal("2000", error.GetMetadataText("limit"));
        Assert.True(allocated < 10_000_000, $"allocated {allocated} bytes");
    }

    [Fact]
    public void PairwiseMethods_AtTheCandidateLimit_Count()
    {
        var candidates = Enumerable.Range(1, TallyMethods.MaxPairwiseCandidates).Select(i => "C" + i).ToArray();
        var profile = BallotProfile.Create(candidates, [new WeightedBallot(new RankedBallot([[0], [1]]), 3)]).Value;
        Assert.Equal("C1", TallyMethods.Copeland.Tally(profile, new TallyOptions()).Value.Winners[0]);
    }
}
