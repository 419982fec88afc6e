using Summit.Core.Summits.File;
using Summit.Core.Summits;
using Summit.Core.Voting.Formats;

namespace Summit.Core.Tests.Summits;

/// <summary>Issue 12, item 11: input that used to be accepted although wrong is refused where it is read, with its position.</summary>
public sealed class SilentAcceptanceTests
{
    private static string File(string summitExtra = "", string timeline = "\"registrationCloses\": \"2022-03-31 AoE\"", string sections = "", string days = "{ \"date\": \"2022-04-29\", \"start\": \"13:45\", \"end\": \"17:15\" }") =>
        "{\n\"summit\": { \"id\": \"s\", \"name\": \"S\", \"timeZone\": \"America/Denver\", \"days\": [\n" + days + "\n]" + summitExtra + " },\n"
        + "\"timeline\": { " + timeline + " }" + sections + "\n}";

    private static void AssertAt(Result result, string code, int line, int column)
    {
        Assert.Equal([code], result.Codes());
        var e = result.FirstError();
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Equal("summit.json", e.Source);
    }

    private static Result Read(string text) => SummitFile.Read(text).ToResult();

    [Fact]
    public void DuplicateJsonKey_IsRefusedAtTheSecondKey() =>
        AssertAt(Read("{\"summit\": {\"id\": \"a\",\n \"id\": \"b\"}}"), ErrorCodes.Summits.FileDuplicateKey, 2, 2);

    [Fact]
    public void DuplicateDay_IsRefusedAtTheDay() =>
        AssertAt(Read(File(days: "{ \"date\": \"2022-04-29\", \"start\": \"13:45\", \"end\": \"17:15\" },\n{ \"date\": \"2022-04-29\", \"start\": \"09:00\", \"end\": \"10:00\" }")), ErrorCodes.Summits.DayDuplicate, 4, 1);

    [Fact]
    public void DaysOutOfOrder_AreRefusedAtTheDay() =>
        AssertAt(Read(File(days: "{ \"date\": \"2022-04-29\", \"start\": \"13:45\", \"end\": \"17:15\" },\n  { \"date\": \"2022-04-28\", \"start\": \"09:00\", \"end\": \"10:00\" }")), ErrorCodes.Summits.DaysOutOfOrder, 4, 3);

    [Fact]
    public void DayInDstGap_IsRefusedAtTheDay() =>
        AssertAt(Read(File(days: "{ \"date\": \"2022-03-13\", \"start\": \"02:15\", \"end\": \"04:00\" }")), ErrorCodes.Timing.LocalTimeSkipped, 3, 1);

    [Fact]
    public void LocalTimeWithoutZone_IsRefused() =>
        AssertAt(Read(File(timeline: "\"registrationCloses\": \"2022-03-31T17:00\"")), ErrorCodes.Summits.FileZoneMissing, 5, 37);

    [Fact]
    public void LocalTimeWithZone_IsAccepted() =>
        Assert.True(Read(File(timeline: "\"registrationCloses\": \"2022-03-31T17:00 America/Denver\"")).IsSuccess);

    [Fact]
    public void Deadline_BareLocalTime_StaysAoeOutsideTheFile() =>
        Assert.Equal("Etc/GMT+12", Summit.Core.Timing.Deadline.Parse("2024-04-01T17:00").Value.Zone.Id);

    [Theory]
    [InlineData("\"vote\": { \"method\": \"nonsense\" }", ErrorCodes.Voting.UnknownMethod)]
    [InlineData("\"vote\": { \"tieBreak\": \"coin\" }", ErrorCodes.Voting.UnknownTieBreaker)]
    [InlineData("\"vote\": { \"electorate\": [\"a\", \"a\"] }", ErrorCodes.Summits.FileDuplicateEntry)]
    [InlineData("\"vote\": { \"electorate\": [\" \"] }", ErrorCodes.Summits.FileInvalidValue)]
    [InlineData("\"selection\": { \"standby\": -5 }", ErrorCodes.Summits.FileInvalidValue)]
    [InlineData("\"selection\": { \"maximumPerOrganization\": 0 }", ErrorCodes.Summits.FileInvalidValue)]
    [InlineData("\"selection\": { \"quotas\": [ { \"role\": \"consumer\", \"minimum\": 3, \"maximum\": 1 } ] }", ErrorCodes.Summits.FileInvalidValue)]
    [InlineData("\"agenda\": { \"packer\": \"magic\" }", ErrorCodes.Planning.UnknownPacker)]
    public void Settings_AreValidatedWhereRead(string section, string code)
    {
        var result = Read(File(sections: ",\n  " + section));
        Assert.Equal([code], result.Codes());
        Assert.Equal(6, result.FirstError().Line);
        Assert.True(result.FirstError().Column > 3);
    }

    [Theory]
    [InlineData("", ErrorCodes.Voting.FormatEmpty, 1, 1)]
    [InlineData("# only a comment\n\n", ErrorCodes.Voting.FormatEmpty, 1, 1)]
    [InlineData("seats: 2\n1: A\n", ErrorCodes.Voting.FormatDirectiveInvalid, 1, 8)]
    [InlineData("candidates: A, , B\n", ErrorCodes.Voting.CandidateNameEmpty, 1, 16)]
    public void PreferenceList_Refusals_HavePositions(string text, string code, int line, int column)
    {
        var result = PreferenceListFormat.Read(text, "p.txt").ToResult();
        Assert.Equal(code, result.Codes()[0]);
        Assert.Equal((line, column), (result.FirstError().Line, result.FirstError().Column));
    }

    [Fact]
    public void Blt_MoreSeatsThanCandidates_IsRefusedAtTheHeader()
    {
        var result = BltFormat.Read("1 2\n1 1 0\n0\n\"A\"\n\"t\"\n", "x.blt").ToResult();
        Assert.Equal([ErrorCodes.Blt.SeatsExceedCandidates], result.Codes());
        Assert.Equal((1, 1), (result.FirstError().Line, result.FirstError().Column));
    }
}
