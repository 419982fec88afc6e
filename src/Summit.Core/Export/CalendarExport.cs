using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using FluentResults;
using Summit.Core.Scheduling;

namespace Summit.Core.Export;

/// <summary>Writes agendas and deadline calendars as iCalendar (RFC 5545) text.</summary>
/// <remarks>
/// Output: <c>VERSION:2.0</c>, a <c>PRODID</c>, one <c>VEVENT</c> per item with a stable <c>UID</c> (the item's
/// <see cref="StableGuid"/> at <c>summit-core</c>), the given <c>DTSTAMP</c>, <c>DTSTART</c>/<c>DTEND</c> in UTC (so no
/// <c>VTIMEZONE</c> is needed), <c>SUMMARY</c>, <c>LOCATION</c> ("room, venue"), <c>DESCRIPTION</c>; an approximate
/// milestone is an all-day event (<c>DTSTART;VALUE=DATE</c>, <c>DTEND;VALUE=DATE</c> the day after its last date) with
/// <c>STATUS:TENTATIVE</c>. Lines end in CRLF and are folded
/// at 75 octets without splitting a UTF-8 character; TEXT values escape backslash, semicolon, comma and newline, drop
/// control characters other than HTAB and write an unpaired surrogate as U+FFFD.
/// The clock is never read: <c>DTSTAMP</c> is an argument.
/// </remarks>
public static class CalendarExport
{
    /// <summary>The product identifier written in <c>PRODID</c>.</summary>
    public const string ProductId = "-//Summit.Core//Summit.Core Agenda//EN";

    private static readonly InstantPattern UtcPattern = InstantPattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss'Z'");

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");

    /// <summary>Writes an agenda with the <see cref="CalendarExportOptions.Default"/> options: every item but overflow and open time as an event.</summary>
    /// <param name="agenda">The agenda.</param>
    /// <param name="timestamp">The <c>DTSTAMP</c> of every event: when the calendar was made (pass the clock's now).</param>
    /// <returns>The iCalendar text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agenda"/> is null.</exception>
    public static string Write(Agenda agenda, Instant timestamp) => Write(agenda, timestamp, CalendarExportOptions.Default);

    /// <summary>Writes a published agenda of a cancelled summit: every event carries <c>STATUS:CANCELLED</c>, with the same UIDs, so calendars that imported it mark each event cancelled.</summary>
    /// <param name="agenda">The agenda as published.</param>
    /// <param name="timestamp">The <c>DTSTAMP</c> of every event.</param>
    /// <returns>The iCalendar text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agenda"/> is null.</exception>
    public static string WriteCancelled(Agenda agenda, Instant timestamp) => Write(agenda, timestamp, CalendarExportOptions.Default with { Cancelled = true });

    /// <summary>Writes an agenda: every item the options include (topics and fixed blocks) as an event.</summary>
    /// <param name="agenda">The agenda.</param>
    /// <param name="timestamp">The <c>DTSTAMP</c> of every event: when the calendar was made (pass the clock's now).</param>
    /// <param name="options">Which items become events.</param>
    /// <returns>The iCalendar text.</returns>
    /// <remarks><c>LOCATION</c> is "room, venue" (the room alone when the template has no venue).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="agenda"/> or <paramref name="options"/> is null.</exception>
    public static string Write(Agenda agenda, Instant timestamp, CalendarExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(options);
        var template = agenda.Template;
        var lines = Header(template.Name);
        foreach (var item in agenda.Items.Where(options.Includes))
        {
            lines.Add("BEGIN:VEVENT");
            lines.Add("UID:" + StableGuid.ForItem(template.SummitId, item).ToString("D", CultureInfo.InvariantCulture) + "@summit-core");
            lines.Add("DTSTAMP:" + UtcPattern.Format(timestamp));
            lines.Add("DTSTART:" + UtcPattern.Format(item.Start));
            lines.Add("DTEND:" + UtcPattern.Format(item.End));
            lines.Add("SUMMARY:" + EscapeText(item.Title));
            var location = template.Venue is null ? item.Room : item.Room + ", " + template.Venue;
            lines.Add("LOCATION:" + EscapeText(location));
            lines.Add("DESCRIPTION:" + EscapeText(Describe(item, template)));
            if (options.Cancelled)
            {
                lines.Add("STATUS:" + StatusText(CalendarEventStatus.Cancelled));
            }

            lines.Add("END:VEVENT");
        }

        lines.Add("END:VCALENDAR");
        return Join(lines);
    }

    /// <summary>
    /// Writes a summit's timeline as a calendar of deadlines: every milestone that is not aborted, with a human title such
    /// as "Registration closes (2024-04-01 AoE)". Exact milestones are zero-length events at their instant; approximate
    /// ones are tentative all-day events over their dates (<c>DTSTART;VALUE=DATE</c>, <c>STATUS:TENTATIVE</c>).
    /// </summary>
    /// <param name="summit">The summit (its id, name and zone).</param>
    /// <param name="timeline">The timeline to write: the plan's, with amendments made by the instant planned.</param>
    /// <param name="timestamp">The <c>DTSTAMP</c> of every event.</param>
    /// <returns>The iCalendar text (named "SUMMIT deadlines"), or the errors of <see cref="WriteMilestones"/>.</returns>
    /// <remarks>UIDs are <c>SUMMITID-MilestoneKind</c>, stable across re-exports.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="summit"/> or <paramref name="timeline"/> is null.</exception>
    public static Result<string> WriteTimeline(Summits.SummitEvent summit, Timing.Timeline timeline, Instant timestamp)
    {
        ArgumentNullException.ThrowIfNull(summit);
        ArgumentNullException.ThrowIfNull(timeline);
        var milestones = new List<CalendarMilestone>();
        foreach (var m in timeline.Milestones.Where(m => !timeline.IsAborted(m)))
        {
            var uid = summit.Id + "-" + m.Kind;
            var title = MilestoneText.Title(m, summit.Zone);
            if (m.At is { } at)
            {
                var detail = m.Deadline is { } d ? "; last accepted second " + UtcPattern.Format(d.LastMoment) : string.Empty;
                milestones.Add(new CalendarMilestone(uid, title, at) { Description = summit.Name + ": " + title + detail });
            }
            else
            {
                milestones.Add(CalendarMilestone.Approximate(uid, title, m.Approximately!) with
                {
                    Description = summit.Name + ": " + MilestoneText.Name(m.Kind) + ", " + m.Approximately + " (approximate)",
                });
            }
        }

        // Hook: a cancelled timeline (Timeline.Cancellation) leaves aborted milestones out today; marking events
        // STATUS:CANCELLED instead is set through CalendarMilestone.Status (see docs/export.md).
        return WriteMilestones(summit.Name + " deadlines", milestones, timestamp);
    }

    /// <summary>Writes a calendar of deadlines: one zero-length event per milestone, at its instant, or an all-day event over its <see cref="CalendarMilestone.Dates"/>.</summary>
    /// <param name="calendarName">The calendar's name (<c>X-WR-CALNAME</c>).</param>
    /// <param name="milestones">The milestones, written in the order given.</param>
    /// <param name="timestamp">The <c>DTSTAMP</c> of every event.</param>
    /// <returns>The iCalendar text, or <c>export.milestone-invalid</c> / <c>export.duplicate-uid</c> errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendarName"/> or <paramref name="milestones"/> is null.</exception>
    public static Result<string> WriteMilestones(string calendarName, IEnumerable<CalendarMilestone> milestones, Instant timestamp)
    {
        ArgumentNullException.ThrowIfNull(calendarName);
        ArgumentNullException.ThrowIfNull(milestones);
        var list = milestones.ToList();
        var errors = new List<SummitError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var m = list[i];
            if (m is null || string.IsNullOrWhiteSpace(m.Uid) || string.IsNullOrWhiteSpace(m.Summary))
            {
                errors.Add(new SummitError(ErrorCodes.Export.MilestoneInvalid, $"Milestone {i + 1} needs a uid and a summary.").WithMetadata("index", i));
            }
            else if (!seen.Add(m.Uid))
            {
                errors.Add(new SummitError(ErrorCodes.Export.DuplicateUid, $"The uid '{m.Uid}' is used by two milestones.").WithMetadata("index", i).WithMetadata("uid", m.Uid));
            }
        }

        if (errors.Count > 0)
        {
            return Result.Fail<string>(errors);
        }

        var lines = Header(calendarName);
        foreach (var m in list)
        {
            lines.Add("BEGIN:VEVENT");
            lines.Add("UID:" + EscapeText(m.Uid));
            lines.Add("DTSTAMP:" + UtcPattern.Format(timestamp));
            if (m.Dates is { } dates)
            {
                lines.Add("DTSTART;VALUE=DATE:" + DatePattern.Format(dates.Earliest));
                lines.Add("DTEND;VALUE=DATE:" + DatePattern.Format(dates.Latest.PlusDays(1)));
            }
            else
            {
                lines.Add("DTSTART:" + UtcPattern.Format(m.At));
            }

            lines.Add("SUMMARY:" + EscapeText(m.Summary));
            if (m.Description is not null)
            {
                lines.Add("DESCRIPTION:" + EscapeText(m.Description));
            }

            if (m.Status is { } status)
            {
                lines.Add("STATUS:" + StatusText(status));
            }

            lines.Add("END:VEVENT");
        }

        lines.Add("END:VCALENDAR");
        return Result.Ok(Join(lines));
    }

    /// <summary>
    /// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, and newlines (CR LF, CR, LF) as <c>\n</c>;
    /// control characters other than HTAB are dropped and an unpaired surrogate becomes U+FFFD.
    /// </summary>
    /// <param name="value">The raw text.</param>
    /// <returns>The escaped text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    internal static string EscapeText(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case ';': builder.Append(@"\;"); break;
                case ',': builder.Append(@"\,"); break;
                case '\r':
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    builder.Append(@"\n");
                    break;
                case '\n': builder.Append(@"\n"); break;
                case >= '\uD800' and <= '\uDBFF' when i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]):
                    builder.Append(c).Append(value[++i]);
                    break;
                case >= '\uD800' and <= '\uDFFF':
                    // An unpaired surrogate is no Unicode character and has no UTF-8 form (RFC 5545 §3.1 NON-US-ASCII is
                    // RFC 3629 UTF-8): write U+FFFD, as an UTF-8 encoder would, whatever the line's length.
                    builder.Append('\uFFFD');
                    break;
                default:
                    if (!char.IsControl(c) || c == '\t')
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Folds one content line (RFC 5545 §3.1): at most 75 octets per physical line, continuation lines start with a space, never inside a UTF-8 character.</summary>
    /// <param name="line">The unfolded content line, without its line end.</param>
    /// <returns>The folded line, physical lines joined by CRLF, without a final CRLF.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is null.</exception>
    internal static string Fold(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var bytes = Encoding.UTF8.GetBytes(line);
        if (bytes.Length <= 75)
        {
            return line;
        }

        var builder = new StringBuilder(line.Length + (line.Length / 70 * 3));
        var start = 0;
        var limit = 75;
        while (start < bytes.Length)
        {
            var end = Math.Min(bytes.Length, start + limit);
            while (end < bytes.Length && end > start && (bytes[end] & 0xC0) == 0x80)
            {
                end--;
            }

            if (start > 0)
            {
                builder.Append("\r\n ");
            }

            builder.Append(Encoding.UTF8.GetString(bytes, start, end - start));
            start = end;
            limit = 74;
        }

        return builder.ToString();
    }

    // Hook for the summit over time (branch overtime): an agenda item of a cancelled summit gets STATUS:CANCELLED here.
    // Every item is written without a STATUS today.
    private static string StatusText(CalendarEventStatus status) => status switch
    {
        CalendarEventStatus.Tentative => "TENTATIVE",
        CalendarEventStatus.Cancelled => "CANCELLED",
        _ => "CONFIRMED",
    };

    private static List<string> Header(string name) =>
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:" + ProductId,
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:" + EscapeText(name),
    ];

    private static string Join(List<string> lines)
    {
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            builder.Append(Fold(line)).Append("\r\n");
        }

        return builder.ToString();
    }

    private static string Describe(AgendaItem item, AgendaTemplate template)
    {
        var zone = template.Zone.Id;
        var when = FormattableString.Invariant($"{item.LocalStart:uuuu-MM-dd HH:mm}–{item.LocalEnd:HH:mm} {zone} ({item.Minutes} min)");
        if (item.Kind != AgendaItemKind.Topic)
        {
            return when;
        }

        var parts = new List<string> { when };
        if (!item.Presenters.IsEmpty)
        {
            parts.Add("Presenters: " + string.Join(", ", item.Presenters));
        }

        parts.Add(FormattableString.Invariant($"Lightning talk {item.LightningTalkMinutes} min, discussion {item.DiscussionMinutes} min, action items {item.WrapUpMinutes} min"));
        return string.Join("\n", parts);
    }
}
