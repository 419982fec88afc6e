using Summit.Core.Summits.File;
using NodaTime;
using FluentResults;
using Summit.Core.Summits;
using Summit.Core.Timing;

namespace Summit.Core.Tests.Summits;

public sealed class SummitFileTests
{
    internal static string Example(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", name + ".json"));

    private const string Minimal = """
        {
          // comments and trailing commas are allowed
          "summit": { "id": "s", "name": "S", "timeZone": "America/Denver", "days": [ { "date": "2022-04-29", "start": "13:45", "end": "17:15" } ], },
          "timeline": { "registrationCloses": "2022-03-31 AoE", "proposalsClose": "2022-04-16 AoE" },
        }
        """;

    [Fact]
    public void Read_Minimal_UsesWallTimeAndZone()
    {
        var doc = SummitFile.Read(Minimal).Value;
        Assert.Equal(Instant.FromUtc(2022, 4, 29, 19, 45), doc.Summit.Intervals().Value[0].Start);
        Assert.Equal(Instant.FromUtc(2022, 4, 29, 19, 45), doc.Timeline.Get(MilestoneKind.SummitStarts)!.At);
        Assert.Equal(Instant.FromUtc(2022, 4, 1, 12, 0), doc.Timeline.Get(MilestoneKind.RegistrationCloses)!.At);
    }

    [Fact]
    public void Read_Example2024_HasRealFactsAndInventedApplicants()
    {
        var doc = SummitFile.Read(Example("pycon-us-2024"), "pycon-us-2024.json").Value;
        Assert.Equal("Room 319", doc.Summit.Room);
        Assert.Equal(Instant.FromUtc(2024, 5, 18, 17, 45), doc.Timeline.Get(MilestoneKind.SummitStarts)!.At);
        Assert.Contains("registrations", doc.Invented);
        Assert.True(doc.Timeline.Get(MilestoneKind.ConfirmationsSent)!.IsApproximate);
        var late = Assert.Single(doc.Intake.Rejected);
        Assert.Equal(ErrorCodes.Timing.DeadlinePassed, late.Rejection.Code);
        Assert.Equal(5, doc.Intake.Proposals.Length);
    }

    [Fact]
    public void Read_Example2020_IsCancelledDuringVoting()
    {
        var doc = SummitFile.Read(Example("pycon-us-2020")).Value;
        var cancel = doc.Timeline.Cancellation!;
        Assert.Equal(Instant.FromUtc(2020, 3, 20, 16, 0), cancel.At);
        Assert.True(doc.Timeline.PhaseAt(cancel.At - Duration.FromHours(1)).IsOpen(TimelineWindow.Voting));
        Assert.Empty(doc.Timeline.PhaseAt(cancel.At).OpenWindows);
        Assert.True(doc.Timeline.IsAborted(doc.Timeline.Get(MilestoneKind.VotingCloses)!));
        Assert.False(doc.Timeline.IsAborted(doc.Timeline.Get(MilestoneKind.ConfirmationsSent)!));
        Assert.Equal(Instant.FromUtc(2020, 3, 9, 12, 0), doc.Timeline.Get(MilestoneKind.VotingOpens)!.At);
    }

    [Fact]
    public void Read_Example2023_HasTwoDaysInDenver()
    {
        var doc = SummitFile.Read(Example("pycon-us-2023")).Value;
        var intervals = doc.Summit.Intervals().Value;
        Assert.Equal(2, intervals.Length);
        Assert.Equal(Instant.FromUtc(2023, 4, 21, 16, 30), intervals[0].Start);
        Assert.Equal(Instant.FromUtc(2023, 4, 23, 21, 0), intervals[1].End);
    }

    [Theory]
    [InlineData("{", ErrorCodes.Summits.FileSyntax, 1)]
    [InlineData("", ErrorCodes.Summits.FileSyntax, 1)]
    [InlineData("[]", ErrorCodes.Summits.FileInvalidValue, 1)]
    [InlineData("{}", ErrorCodes.Summits.FileMissingField, 1)]
    [InlineData("{\n  \"summit\": {}, \"bogus\": 1 }", ErrorCodes.Summits.FileUnknownField, 2)]
    public void Read_BadFile_ReturnsCodedErrorWithLineAndColumn(string text, string code, int line)
    {
        var result = SummitFile.Read(text, "bad.json");
        Assert.True(result.IsFailed);
        var error = result.SummitErrors().First(e => e.Code == code);
        Assert.Equal(line.ToString(System.Globalization.CultureInfo.InvariantCulture), error.GetMetadataText("line"));
        Assert.NotNull(error.GetMetadataText("column"));
        Assert.Equal("bad.json", error.GetMetadataText("file"));
    }

    [Fact]
    public void Read_UnknownZoneAndImpossibleDate_PointAtTheValue()
    {
        var text = Minimal.Replace("America/Denver", "Mars/Olympus", StringComparison.Ordinal).Replace("2022-03-31 AoE", "2022-02-30 AoE", StringComparison.Ordinal);
        var result = SummitFile.Read(text, "x.json");
        var zone = result.SummitErrors().Single(e => e.Code == ErrorCodes.Timing.UnknownZone);
        Assert.Equal("3", zone.GetMetadataText("line"));
        Assert.Contains(result.SummitErrors(), e => e.Code == ErrorCodes.Timing.DeadlineInvalid);
    }

    [Fact]
    public void Read_InvalidTimeline_ReportsTimelineCodes()
    {
        var text = Minimal.Replace("\"proposalsClose\": \"2022-04-16 AoE\"", "\"proposalsClose\": \"2022-05-16 AoE\"", StringComparison.Ordinal);
        var error = Assert.Single(SummitFile.Read(text).SummitErrors());
        Assert.Equal(ErrorCodes.Timing.AfterSummitStart, error.Code);
        Assert.Equal("4", error.GetMetadataText("line"));
    }

    [Fact]
    public void Read_SyntaxErrorAfterNonAsciiText_ReportsTheColumnInCharacters()
    {
        var error = Assert.Single(SummitFile.Read("""{"summit": {"name": "Zoë Ωmega", "id": }}""", "z.json").SummitErrors());
        Assert.Equal(ErrorCodes.Summits.FileSyntax, error.Code);
        Assert.Equal("1", error.GetMetadataText("line"));
        Assert.Equal("40", error.GetMetadataText("column"));
        Assert.StartsWith("z.json:1:40: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ValueErrorAfterNonAsciiText_ReportsTheColumnInCharacters()
    {
        var error = SummitFile.Read("{\"x\": \"Zoë 🎉\", \"bogus\": 1}").SummitErrors().First(e => e.Code == ErrorCodes.Summits.FileUnknownField);
        Assert.Equal("1", error.GetMetadataText("line"));
    }

    [Theory]
    [InlineData("{\"summit\": é}", "'é'", 12)]
    [InlineData("{\"summit\": \"a\" Ω}", "'Ω'", 16)]
    [InlineData("{\"summit\": ", "ends", 12)]
    [InlineData("{\"summit\": \"abc", "ends", 16)]
    [InlineData("  ", "no JSON value", 3)]
    [InlineData("{\"summit\": {}", "closing", 14)]
    public void Read_SyntaxErrors_SpeakOfTheFileNotOfBytes(string text, string mentions, int column)
    {
        var error = Assert.Single(SummitFile.Read(text, "b.json").SummitErrors());
        Assert.Equal(ErrorCodes.Summits.FileSyntax, error.Code);
        Assert.Contains(mentions, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0x", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("isFinalBlock", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("payload", error.Message, StringComparison.Ordinal);
        Assert.Equal(column.ToString(System.Globalization.CultureInfo.InvariantCulture), error.GetMetadataText("column"));
    }

    [Fact]
    public void Read_UnpairedSurrogateEscape_IsReportedAtTheString()
    {
        var error = Assert.Single(SummitFile.Read("{\"summit\": \"\\uD800\"}", "s.json").SummitErrors());
        Assert.Equal(ErrorCodes.Summits.FileSyntax, error.Code);
        Assert.Equal("1", error.GetMetadataText("line"));
        Assert.Equal("12", error.GetMetadataText("column"));
        Assert.Contains("surrogate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MinifiedFileOfFourMegabytes_ReportsTheLastColumn()
    {
        // Issue 12: columns were counted from the line start for every token (1 MB took 3.4 s, 4 MB 119 s).
        var sb = new System.Text.StringBuilder("{\"summit\": {\"id\": \"s\", \"name\": \"S\", \"notes\": [");
        while (sb.Length < 4_000_000)
        {
            sb.Append("\"Zoë Ωmega\",");
        }

        sb.Append("1]}, \"bogus\": 1}");
        var text = sb.ToString();
        var error = SummitFile.Read(text).SummitErrors().First(e => e.GetMetadataText("line") == "1" && e.Message.Contains("bogus", StringComparison.Ordinal));
        Assert.Equal((text.IndexOf("\"bogus\": 1", StringComparison.Ordinal) + 10).ToString(System.Globalization.CultureInfo.InvariantCulture), error.GetMetadataText("column"));
    }
}
