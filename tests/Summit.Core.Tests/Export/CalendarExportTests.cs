using Summit.Core.Planning;
using System.Collections.Immutable;
using System.Text;
using NodaTime;
using Summit.Core.Export;
using FluentResults;
using Summit.Core.Scheduling;

namespace Summit.Core.Tests.Export;

public sealed class CalendarExportTests
{
    private static readonly Instant Stamp = Instant.FromUtc(2024, 5, 8, 12, 0);

    private static List<string> Unfold(string ics) =>
        [.. ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n").Where(l => l.Length > 0)];

    [Fact]
    public void Write_2024Agenda_HasCalendarHeaderAndOneEventPerItem()
    {
        var agenda = ExportTestAgendas.PyConUs2024();

        var lines = Unfold(CalendarExport.Write(agenda, Stamp));

        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains(lines, l => l.StartsWith("PRODID:", StringComparison.Ordinal));
        Assert.Equal("END:VCALENDAR", lines[^1]);
        var events = agenda.Items.Count(i => i.Kind is not (AgendaItemKind.Overflow or AgendaItemKind.OpenTime));
        Assert.True(events < agenda.Items.Length, "the 2024 agenda has overflow or open time, which are no events by default");
        Assert.Equal(events, lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.Equal(events, lines.Count(l => l == "DTSTAMP:20240508T120000Z"));
        Assert.Contains("DTSTART:20240518T180000Z", lines);
        Assert.Contains("DTEND:20240518T183000Z", lines);
        Assert.Contains("SUMMARY:Arbitrary package metadata: the key to enabling smaller binaries", lines);
        Assert.Contains("LOCATION:Room 319\\, David L. Lawrence Convention Center", lines);
    }

    [Fact]
    public void Write_AnyAgenda_EveryLineEndsInCrlfAndIsAtMost75Octets()
    {
        var ics = CalendarExport.Write(ExportTestAgendas.PyConUs2024(), Stamp);

        Assert.EndsWith("\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var physical = ics.Split("\r\n");
        Assert.All(physical, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
        Assert.Contains(physical, l => l.StartsWith(' '));
    }

    [Fact]
    public void Write_TextWithSpecialCharacters_IsEscapedAndUnfoldsToTheOriginal()
    {
        var lines = Unfold(CalendarExport.Write(ExportTestAgendas.PyConUs2024(), Stamp));

        Assert.Contains("SUMMARY:Governance\\; \"the biggest table\"\\, with notes\\\\links", lines);
        Assert.Contains("SUMMARY:Symlinks in wheels — ünïcödé 🎉 long title that needs folding across several physical lines of iCalendar output", lines);
        Assert.Contains(lines, l => l.StartsWith("DESCRIPTION:", StringComparison.Ordinal) && l.Contains("\\nPresenters: Zoë Ünïcödé", StringComparison.Ordinal));
    }

    [Fact]
    public void Fold_MultiByteCharactersAtTheBoundary_NeverSplitsACharacter()
    {
        var line = "SUMMARY:" + string.Concat(Enumerable.Repeat("é🎉", 40));

        var folded = CalendarExport.Fold(line);

        var parts = folded.Split("\r\n");
        Assert.True(parts.Length > 2);
        Assert.All(parts, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= 75));
        Assert.All(parts, p => Assert.DoesNotContain('\uFFFD', p));
        Assert.Equal(line, string.Concat(parts.Select((p, i) => i == 0 ? p : p[1..])));
    }

    [Fact]
    public void EscapeText_ReservedCharacters_AreBackslashEscaped()
    {
        Assert.Equal("a\\\\b\\;c\\,d\\ne\\nf", CalendarExport.EscapeText("a\\b;c,d\r\ne\nf"));
        Assert.Equal("x\\ny\tz\uFFFD🎉", CalendarExport.EscapeText("x\ry\tz\u0001\u007F\uD83C🎉"));
    }

    [Fact]
    public void Write_ReExportOfTheSameAgenda_HasTheSameUids()
    {
        var a = Unfold(CalendarExport.Write(ExportTestAgendas.PyConUs2024(), Stamp)).Where(l => l.StartsWith("UID:", StringComparison.Ordinal)).ToList();
        var b = Unfold(CalendarExport.Write(ExportTestAgendas.PyConUs2024(), Stamp.PlusTicks(1))).Where(l => l.StartsWith("UID:", StringComparison.Ordinal)).ToList();

        Assert.Equal(a, b);
        Assert.Equal(a.Count, a.Distinct().Count());
    }

    [Fact]
    public void WriteMilestones_Deadlines_OneEventPerMilestoneAtItsInstant()
    {
        var milestones = new[]
        {
            new CalendarMilestone("registration-closes@pycon-us-2024", "Registration closes", Instant.FromUtc(2024, 4, 2, 12, 0)),
            new CalendarMilestone("topics-close@pycon-us-2024", "Topic proposals close", Instant.FromUtc(2024, 5, 2, 12, 0)) { Description = "AoE, end of 2024-05-01" },
        };

        var result = CalendarExport.WriteMilestones("Deadlines", milestones, Stamp);

        var lines = Unfold(result.Value);
        Assert.Equal(2, lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.Contains("UID:registration-closes@pycon-us-2024", lines);
        Assert.Contains("DTSTART:20240402T120000Z", lines);
        Assert.Contains("DTSTART:20240502T120000Z", lines);
        Assert.Contains("DESCRIPTION:AoE\\, end of 2024-05-01", lines);
    }

    public static TheoryData<string> ExampleAgendas => ["2024", "2023"];

    private static Agenda Example(string name) => name == "2024" ? ExportTestAgendas.PyConUs2024() : ExportTestAgendas.PyConUs2023();

    [Theory]
    [MemberData(nameof(ExampleAgendas))]
    public void Write_ExampleAgenda_IcalNetReadsBackEveryEventFieldByField(string name)
    {
        var agenda = Example(name);

        var (header, events) = IcalParseBack.Parse(CalendarExport.Write(agenda, Stamp));

        Assert.Equal(IcalParseBack.Header(agenda.Template.Name, agenda.Items.Count(CalendarExportOptions.Default.Includes)), header);
        IcalParseBack.AssertEvents(IcalParseBack.Expected(agenda, Stamp), events);
    }

    [Fact]
    public void Write_2024Agenda_IcalNetReadsBackTheAwkwardTitlesExactly()
    {
        var (_, events) = IcalParseBack.Parse(CalendarExport.Write(ExportTestAgendas.PyConUs2024(), Stamp));

        Assert.Contains(events, e => e.Summary == "Governance; \"the biggest table\", with notes\\links");
        Assert.Contains(events, e => e.Summary == "Symlinks in wheels — ünïcödé 🎉 long title that needs folding across several physical lines of iCalendar output");
        Assert.Contains(events, e => e.Location == "Room 319, David L. Lawrence Convention Center");
        Assert.Contains(events, e => e.Description!.Contains("\nPresenters: Zoë Ünïcödé\n", StringComparison.Ordinal));
    }

    public static TheoryData<string> AwkwardTitles =>
    [
        "a,b;c\\d\\\\e \\n is not a newline; \\, is not a comma",
        "line one\nline two\r\nline three\rline four",
        "ends in a backslash \\",
        "; , \\ at the start",
        string.Concat(Enumerable.Repeat("é🎉中", 30)),
        string.Concat(Enumerable.Repeat("x", 66)) + "🎉🎉🎉" + string.Concat(Enumerable.Repeat(",", 80)),
        "  leading and trailing spaces  ",
        "tab\there",
        "control \u0001 and \u007F are dropped",
    ];

    [Theory]
    [MemberData(nameof(AwkwardTitles))]
    public void Write_AwkwardTitleAndPresenter_IcalNetReadsThemBackExactly(string title)
    {
        var requests = ImmutableArray.Create(SlotRequest.Fixed("t", title, 25) with { Presenters = [title] });
        var agenda = Packers.Exact.Pack(new PackingRequest(AgendaTemplates.PyConUs2024(["Table 1"]), requests)).Value;

        var (_, events) = IcalParseBack.Parse(CalendarExport.Write(agenda, Stamp));

        IcalParseBack.AssertEvents(IcalParseBack.Expected(agenda, Stamp), events);
        Assert.Contains(events, e => e.Summary == IcalParseBack.Text(title));
    }

    [Fact]
    public void Write_UnpairedSurrogateInAShortLine_IsWrittenAsReplacementCharacterLikeInAFoldedOne()
    {
        // Inline, not theory data: xUnit serializes theory strings and would replace the surrogate before the test runs.
        var title = "lone \uD83C high, lone \uDF89 low, pair \uD83C\uDF89";
        var requests = ImmutableArray.Create(SlotRequest.Fixed("t", title, 25) with { Presenters = [title + new string('p', 80)] });
        var agenda = Packers.Exact.Pack(new PackingRequest(AgendaTemplates.PyConUs2024(["Table 1"]), requests)).Value;

        var ics = CalendarExport.Write(agenda, Stamp);
        var (_, events) = IcalParseBack.Parse(ics);

        Assert.Contains("SUMMARY:lone \uFFFD high\\, lone \uFFFD low\\, pair 🎉\r\n", ics, StringComparison.Ordinal);
        Assert.Contains(events, e => e.Summary == "lone \uFFFD high, lone \uFFFD low, pair 🎉");
        IcalParseBack.AssertEvents(IcalParseBack.Expected(agenda, Stamp), events);
    }

    [Fact]
    public void WriteMilestones_AwkwardText_IcalNetReadsBackEveryEventFieldByField()
    {
        var milestones = new[]
        {
            new CalendarMilestone("registration-closes@pycon-us-2024", "Registration closes", Instant.FromUtc(2024, 4, 2, 12, 0)),
            new CalendarMilestone("topics-close@pycon-us-2024", "Topic proposals close", Instant.FromUtc(2024, 5, 2, 12, 0)) { Description = "AoE, end of 2024-05-01" },
            new CalendarMilestone("odd;uid,with\\backslash@x", "Vote: \"yes\"; no, maybe\\perhaps\nsecond line — ünïcödé 🎉 " + new string('w', 80), Instant.FromUtc(2024, 5, 10, 23, 59, 59))
            {
                Description = "Zoë's line\r\nnext; a, b \\ c " + string.Concat(Enumerable.Repeat("中🎉", 40)),
            },
        };

        var (header, events) = IcalParseBack.Parse(CalendarExport.WriteMilestones("Deadlines; PyCon, US \\ 2024", milestones, Stamp).Value);

        Assert.Equal(IcalParseBack.Header("Deadlines; PyCon, US \\ 2024", milestones.Length), header);
        IcalParseBack.AssertEvents(IcalParseBack.Expected(milestones, Stamp), events);
        Assert.Equal("odd;uid,with\\backslash@x", events[2].Uid);
        Assert.Equal(events[2].Start, events[2].End);
    }

    [Fact]
    public void WriteMilestones_DuplicateAndEmptyUids_FailWithCodes()
    {
        var at = Instant.FromUtc(2024, 1, 1, 0, 0);

        var result = CalendarExport.WriteMilestones("x", [new("a", "A", at), new("a", "B", at), new(" ", "C", at)], Stamp);

        Assert.True(result.IsFailed);
        Assert.Equal([ErrorCodes.Export.DuplicateUid, ErrorCodes.Export.MilestoneInvalid], result.Codes());
    }

    private static Summit.Core.Planning.SummitDocument ExampleDocument(string year) =>
        Summit.Core.Summits.File.SummitFile.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", $"pycon-us-{year}.json")), $"pycon-us-{year}.json").Value;

    [Fact]
    public void Write_IncludeOverflowAndOpenTime_WritesEveryItemAndIcalNetReadsThemBack()
    {
        var agenda = ExportTestAgendas.PyConUs2024();
        var options = new CalendarExportOptions { IncludeOverflowAndOpenTime = true };

        var (header, events) = IcalParseBack.Parse(CalendarExport.Write(agenda, Stamp, options));

        Assert.Equal(IcalParseBack.Header(agenda.Template.Name, agenda.Items.Length), header);
        IcalParseBack.AssertEvents(IcalParseBack.Expected(agenda, Stamp, options), events);
        var roomTime = agenda.Items.Where(i => i.Kind is AgendaItemKind.Overflow or AgendaItemKind.OpenTime).Select(i => i.Title).ToHashSet();
        Assert.NotEmpty(roomTime);
        Assert.Contains(events, e => roomTime.Contains(e.Summary));
        Assert.DoesNotContain(IcalParseBack.Parse(CalendarExport.Write(agenda, Stamp)).Events, e => roomTime.Contains(e.Summary));
    }

    [Fact]
    public void Write_BreakoutRoom_LocationIsRoomCommaVenue()
    {
        var (_, events) = IcalParseBack.Parse(CalendarExport.Write(ExportTestAgendas.PyConUs2024(), Stamp));

        Assert.Contains(events, e => e.Location == "Table 2, David L. Lawrence Convention Center");
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("2023")]
    [InlineData("2020")]
    public void WriteTimeline_Example_HumanTitlesApproximateMilestonesAllDayTentativeAndIcalNetReadsItBack(string year)
    {
        var document = ExampleDocument(year);

        var ics = CalendarExport.WriteTimeline(document.Summit, document.Timeline, Stamp).Value;
        var (header, events) = IcalParseBack.Parse(ics);

        var kept = document.Timeline.Milestones.Where(m => !document.Timeline.IsAborted(m)).ToList();
        Assert.Equal(IcalParseBack.Header(document.Summit.Name + " deadlines", kept.Count), header);
        Assert.Equal(kept.Count, events.Count);
        Assert.All(events, e => Assert.Matches(@"^[A-Z][a-z]+( [a-z]+)* \(.+\)$", e.Summary));
        Assert.All(events.Zip(kept), p => Assert.Equal(p.Second.IsApproximate, p.First.AllDay));
        Assert.All(events.Where(e => e.AllDay), e => Assert.Equal("TENTATIVE", e.Status));
        Assert.All(events.Where(e => !e.AllDay), e => Assert.Null(e.Status));
    }

    [Fact]
    public void WriteTimeline_2024_ReadsLikeTheCallForParticipation()
    {
        var document = ExampleDocument("2024");

        var ics = CalendarExport.WriteTimeline(document.Summit, document.Timeline, Stamp).Value;
        var (_, events) = IcalParseBack.Parse(ics);

        var closes = Assert.Single(events, e => e.Uid == "pycon-us-2024-packaging-RegistrationCloses");
        Assert.Equal("Registration closes (2024-04-01 AoE)", closes.Summary);
        Assert.Equal(Instant.FromUtc(2024, 4, 2, 12, 0), closes.Start);
        Assert.Contains(events, e => e.Summary == "Registration opens (2024-03-01 AoE)");
        Assert.Contains(events, e => e.Summary == "Summit starts (2024-05-18 13:45 America/New_York)");
        var confirmations = Assert.Single(events, e => e.Uid == "pycon-us-2024-packaging-ConfirmationsSent");
        Assert.Equal("Confirmations sent (on or about Friday April 5)", confirmations.Summary);
        Assert.True(confirmations.AllDay);
        Assert.Equal(Instant.FromUtc(2024, 4, 5, 0, 0), confirmations.Start);
        Assert.Equal(Instant.FromUtc(2024, 4, 6, 0, 0), confirmations.End);
        var agenda = Assert.Single(events, e => e.Uid == "pycon-us-2024-packaging-AgendaPublished");
        Assert.Equal(Instant.FromUtc(2024, 5, 11, 0, 0), agenda.End);
        Assert.Contains("DTSTART;VALUE=DATE:20240405\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("STATUS:TENTATIVE\r\n", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteMilestones_AllDayAndStatus_IcalNetReadsBackEveryEventFieldByField()
    {
        var milestones = new[]
        {
            CalendarMilestone.Approximate("a@x", "Agenda published (within about a week)", new Summit.Core.Timing.ApproximateDate(new LocalDate(2024, 5, 6), new LocalDate(2024, 5, 10), "within about a week")),
            new CalendarMilestone("b@x", "Summit starts", Instant.FromUtc(2024, 5, 18, 17, 45)) { Status = CalendarEventStatus.Cancelled, Description = "cancelled" },
        };

        var (_, events) = IcalParseBack.Parse(CalendarExport.WriteMilestones("Deadlines", milestones, Stamp).Value);

        IcalParseBack.AssertEvents(IcalParseBack.Expected(milestones, Stamp), events);
        Assert.Equal("CANCELLED", events[1].Status);
    }
}
