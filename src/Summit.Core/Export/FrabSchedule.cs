using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Summit.Core.Scheduling;

namespace Summit.Core.Export;

/// <summary>The agenda arranged the way frab files are: days, then rooms, then events, with the derived fields both formats share.</summary>
internal sealed class FrabSchedule
{
    private static readonly OffsetDateTimePattern OffsetPattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    private FrabSchedule(Agenda agenda, FrabExportOptions options)
    {
        Agenda = agenda;
        Options = options;
        Acronym = DeriveAcronym(options.Acronym ?? agenda.Template.SummitId);
        var items = agenda.Items;
        var index = 0;
        Days = [.. items.GroupBy(i => i.LocalStart.Date).OrderBy(g => g.Key).Select((g, d) =>
        {
            var rooms = g.Select(i => i.Room).Distinct(StringComparer.Ordinal).ToList();
            var events = rooms.Select(room => (room, g.Where(i => i.Room == room).Select(i => new FrabEvent(++index, i, this)).ToList())).ToList();
            return new FrabDay(d + 1, g.Key, g.Min(i => i.Start), g.Max(i => i.End), events);
        })];
        Rooms = [.. items.Select(i => i.Room).Distinct(StringComparer.Ordinal)];
    }

    public Agenda Agenda { get; }

    public FrabExportOptions Options { get; }

    public string Acronym { get; }

    public List<FrabDay> Days { get; }

    public List<string> Rooms { get; }

    public string SummitId => Agenda.Template.SummitId;

    public static FrabSchedule Create(Agenda agenda, FrabExportOptions? options)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        return new FrabSchedule(agenda, options ?? new FrabExportOptions());
    }

    public string DateTime(Instant instant) => OffsetPattern.Format(instant.InZone(Agenda.Zone).ToOffsetDateTime());

    public static string Minutes(int minutes) => (minutes / 60).ToString("00", CultureInfo.InvariantCulture) + ":" + (minutes % 60).ToString("00", CultureInfo.InvariantCulture);

    public static string DeriveAcronym(string id)
    {
        var builder = new StringBuilder();
        foreach (var c in id.ToLowerInvariant())
        {
            builder.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '_');
        }

        while (builder.Length < 4)
        {
            builder.Append('_');
        }

        return builder.ToString();
    }

    public static string Slugify(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }

    internal sealed record FrabDay(int Index, LocalDate Date, Instant Start, Instant End, List<(string Room, List<FrabEvent> Events)> Rooms);

    internal sealed class FrabEvent
    {
        public FrabEvent(int id, AgendaItem item, FrabSchedule schedule)
        {
            Id = id;
            Item = item;
            Guid = StableGuid.ForItem(schedule.SummitId, item).ToString("D", CultureInfo.InvariantCulture);
            var title = Slugify(item.Title);
            Slug = schedule.Acronym.Replace('-', '_') + "-" + id.ToString("D4", CultureInfo.InvariantCulture) + (title.Length == 0 ? "-item" : "-" + title);
            Url = schedule.Options.BaseUrl is null ? "urn:uuid:" + Guid : schedule.Options.BaseUrl.TrimEnd('/') + "/" + Slug;
            Track = schedule.Agenda.Template.Blocks.FirstOrDefault(b => b.Id == item.BlockId)?.Title ?? item.BlockId;
            Type = item.Kind switch
            {
                AgendaItemKind.Topic => "discussion",
                AgendaItemKind.Break => "break",
                _ => "other",
            };
            Date = schedule.DateTime(item.Start);
            End = schedule.DateTime(item.End);
            Start = item.LocalStart.ToString("HH:mm", CultureInfo.InvariantCulture);
            Duration = Minutes(item.Minutes);
            Abstract = item.Kind == AgendaItemKind.Topic
                ? FormattableString.Invariant($"Lightning talk {item.LightningTalkMinutes} min, discussion {item.DiscussionMinutes} min, action items {item.WrapUpMinutes} min.")
                : string.Empty;
        }

        public int Id { get; }

        public AgendaItem Item { get; }

        public string Guid { get; }

        public string Slug { get; }

        public string Url { get; }

        public string Track { get; }

        public string Type { get; }

        public string Date { get; }

        public string End { get; }

        public string Start { get; }

        public string Duration { get; }

        public string Abstract { get; }
    }
}
