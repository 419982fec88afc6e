using System.Text;
using NodaTime;
using Summit.Core.Export;
using FluentResults;

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
        Assert.Equal(agenda.Items.Length, lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.Equal(agenda.Items.Length, lines.Count(l => l == "DTSTAMP:20240508T120000Z"));
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

    [Fact]
    public void WriteMilestones_DuplicateAndEmptyUids_FailWithCodes()
    {
        var at = Instant.FromUtc(2024, 1, 1, 0, 0);

        var result = CalendarExport.WriteMilestones("x", [new("a", "A", at), new("a", "B", at), new(" ", "C", at)], Stamp);

        Assert.True(result.IsFailed);
        Assert.Equal([ErrorCodes.Export.DuplicateUid, ErrorCodes.Export.MilestoneInvalid], result.Codes());
    }
}
