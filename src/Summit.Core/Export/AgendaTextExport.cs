using System.Globalization;
using System.Text;
using Summit.Core.Scheduling;

namespace Summit.Core.Export;

/// <summary>Writes an agenda as Markdown or plain text, like the real summit pages: time, item, presenter, minutes.</summary>
/// <remarks>
/// Times are local wall time in the agenda's zone, one section per local date. A room column appears only when the agenda
/// uses more than one room. Topics not placed are listed at the end with their reasons. Lines end in LF.
/// </remarks>
public static class AgendaTextExport
{
    /// <summary>Writes a Markdown agenda: a heading, then per day a table <c>| Time | Item | Presenter | Minutes |</c>.</summary>
    /// <param name="agenda">The agenda.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agenda"/> is null.</exception>
    public static string ToMarkdown(Agenda agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var b = new StringBuilder();
        var rooms = agenda.Items.Select(i => i.Room).Distinct(StringComparer.Ordinal).Count() > 1;
        b.Append("# ").Append(Cell(agenda.Template.Name)).Append('\n');
        foreach (var day in agenda.Items.GroupBy(i => i.LocalStart.Date).OrderBy(g => g.Key))
        {
            b.Append('\n').Append("## ").Append(DayTitle(day.Key, agenda)).Append("\n\n");
            b.Append(rooms ? "| Time | Room | Item | Presenter | Minutes |\n|---|---|---|---|---|\n" : "| Time | Item | Presenter | Minutes |\n|---|---|---|---|\n");
            foreach (var item in day)
            {
                b.Append("| ").Append(Time(item));
                if (rooms)
                {
                    b.Append(" | ").Append(Cell(item.Room));
                }

                b.Append(" | ").Append(Cell(item.Title)).Append(" | ").Append(Presenters(item, "–")).Append(" | ")
                    .Append(item.Minutes.ToString(CultureInfo.InvariantCulture)).Append(" |\n");
            }
        }

        if (!agenda.Unplaced.IsEmpty)
        {
            b.Append("\n## Not placed\n\n");
            foreach (var u in agenda.Unplaced)
            {
                b.Append("- ").Append(u.Title.Replace("\n", " ", StringComparison.Ordinal)).Append(": ").Append(u.Message).Append(" (`").Append(u.Code).Append("`)\n");
            }
        }

        return b.ToString();
    }

    /// <summary>Writes a plain-text agenda: per day, one line per item <c>HH:mm  NN min  Title — Presenters [Room]</c>.</summary>
    /// <param name="agenda">The agenda.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agenda"/> is null.</exception>
    public static string ToPlainText(Agenda agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var b = new StringBuilder();
        var rooms = agenda.Items.Select(i => i.Room).Distinct(StringComparer.Ordinal).Count() > 1;
        b.Append(agenda.Template.Name).Append('\n');
        foreach (var day in agenda.Items.GroupBy(i => i.LocalStart.Date).OrderBy(g => g.Key))
        {
            b.Append('\n').Append(DayTitle(day.Key, agenda)).Append('\n');
            foreach (var item in day)
            {
                b.Append(Time(item)).Append("  ").Append(item.Minutes.ToString(CultureInfo.InvariantCulture).PadLeft(3)).Append(" min  ").Append(item.Title);
                var presenters = Presenters(item, string.Empty);
                if (presenters.Length > 0)
                {
                    b.Append(" — ").Append(presenters);
                }

                if (rooms)
                {
                    b.Append(" [").Append(item.Room).Append(']');
                }

                b.Append('\n');
            }
        }

        if (!agenda.Unplaced.IsEmpty)
        {
            b.Append("\nNot placed:\n");
            foreach (var u in agenda.Unplaced)
            {
                b.Append("- ").Append(u.Title).Append(": ").Append(u.Message).Append('\n');
            }
        }

        return b.ToString();
    }

    private static string DayTitle(NodaTime.LocalDate date, Agenda agenda)
    {
        var room = agenda.Template.Venue is null ? agenda.Template.DefaultRoom : agenda.Template.DefaultRoom + ", " + agenda.Template.Venue;
        return date.ToString("dddd uuuu-MM-dd", CultureInfo.InvariantCulture) + " — " + room + " (" + agenda.Zone.Id + ")";
    }

    private static string Time(AgendaItem item) => item.LocalStart.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Presenters(AgendaItem item, string none) => item.Presenters.IsEmpty ? none : Cell(string.Join(", ", item.Presenters));

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
