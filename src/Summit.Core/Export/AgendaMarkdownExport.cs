using System.Globalization;
using System.Text;
using Summit.Core.Scheduling;

namespace Summit.Core.Export;

/// <summary>Writes an agenda as Markdown with parallel rooms side by side: per day, a table of time rows by room columns.</summary>
/// <remarks>
/// Rows start at every distinct start or end time of the day; a cell holds the item starting there (title, presenters,
/// minutes), <c>⋮</c> while an earlier item still runs in that room, or nothing. Topic titles, never ids. User text is
/// escaped for Markdown (pipes, emphasis, brackets, angle brackets; newlines become spaces). Lines end in LF. For one line
/// per item instead, see <see cref="AgendaTextExport.ToMarkdown"/>.
/// </remarks>
public static class AgendaMarkdownExport
{
    /// <summary>Writes the agenda: a <c>#</c> heading with its name, then a <c>##</c> section per day, then the topics not placed.</summary>
    /// <param name="agenda">The agenda.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agenda"/> is null.</exception>
    public static string Write(Agenda agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var b = new StringBuilder();
        b.Append("# ").Append(Escape(agenda.Template.Name)).Append('\n');
        WriteDays(b, agenda, "##");
        return b.ToString();
    }

    /// <summary>Appends the day sections and the topics not placed, with headings at the given level.</summary>
    internal static void WriteDays(StringBuilder b, Agenda agenda, string heading)
    {
        var venue = agenda.Template.Venue is null ? string.Empty : " — " + Escape(agenda.Template.Venue);
        foreach (var day in AgendaTimeGrid.Days(agenda))
        {
            b.Append('\n').Append(heading).Append(' ').Append(PlanText.Day(day.Date)).Append(venue).Append(" (").Append(agenda.Zone.Id).Append(")\n\n");
            b.Append("| Time |");
            foreach (var room in day.Rooms)
            {
                b.Append(' ').Append(Escape(room)).Append(" |");
            }

            b.Append("\n|---|").Append(string.Concat(Enumerable.Repeat("---|", day.Rooms.Count))).Append('\n');
            for (var r = 0; r < day.RowCount; r++)
            {
                b.Append("| ").Append(day.Bounds[r].ToString("HH:mm", CultureInfo.InvariantCulture)).Append(" |");
                for (var c = 0; c < day.Rooms.Count; c++)
                {
                    b.Append(' ');
                    if (day.StartAt(r, c) is { } start)
                    {
                        b.Append(Cell(start.Item));
                    }
                    else if (day.IsCovered(r, c))
                    {
                        b.Append('⋮');
                    }

                    b.Append(" |");
                }

                b.Append('\n');
            }
        }

        if (!agenda.Unplaced.IsEmpty)
        {
            b.Append('\n').Append(heading).Append(" Not placed\n\n");
            foreach (var u in agenda.Unplaced)
            {
                b.Append("- ").Append(Escape(u.Title)).Append(": ").Append(Escape(u.Message)).Append(" (`").Append(u.Code).Append("`)\n");
            }
        }
    }

    /// <summary>Escapes user text for a Markdown table cell or line: no line breaks, no pipes, no emphasis, links or HTML.</summary>
    internal static string Escape(string? text)
    {
        var clean = ExportText.Xml(text);
        var b = new StringBuilder(clean.Length + 8);
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            switch (c)
            {
                case '\r' when i + 1 < clean.Length && clean[i + 1] == '\n':
                    break;
                case '\r' or '\n' or '\t':
                    b.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~':
                    b.Append('\\').Append(c);
                    break;
                default:
                    b.Append(c);
                    break;
            }
        }

        return b.ToString();
    }

    private static string Cell(AgendaItem item)
    {
        var title = item.Kind == AgendaItemKind.Topic ? "**" + Escape(item.Title) + "**" : Escape(item.Title);
        var presenters = item.Presenters.IsEmpty ? string.Empty : " — " + Escape(string.Join(", ", item.Presenters));
        return title + presenters + " (" + item.Minutes.ToString(CultureInfo.InvariantCulture) + " min)";
    }
}
