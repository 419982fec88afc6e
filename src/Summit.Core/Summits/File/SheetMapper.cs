using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Summit.Core.Planning;
using Summit.Core.Summits.Sheets;
using Summit.Core.Timing;

namespace Summit.Core.Summits.File;

/// <summary>Maps the rows of one sheet onto registrations, proposals or ballots with the sheet's column mapping.</summary>
/// <remarks>
/// A row with any problem is refused with one coded error per problem (file, row, column name) and the others are
/// still read. Rows whose cells are all blank are skipped silently (spreadsheets export them). Problems with the
/// sheet as a whole (a mapped column missing from the header, a grid column naming no proposal) are fatal.
/// </remarks>
internal sealed class SheetMapper
{
    private static readonly string[] TrueWords = ["yes", "true", "y", "1"];
    private static readonly string[] FalseWords = ["no", "false", "n", "0"];

    private readonly SheetSpec spec;
    private readonly SheetTable table;
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly List<(int Column, string Topic)> grid = [];
    private readonly Func<string, string> resolveTopic;

    private SheetMapper(SheetSpec spec, SheetTable table, Func<string, string> resolveTopic)
    {
        this.spec = spec;
        this.table = table;
        this.resolveTopic = resolveTopic;
    }

    public List<SummitError> Refused { get; } = [];

    /// <summary>Binds the mapping to the sheet's header row; null (with fatal errors added) when a mapped column is missing.</summary>
    public static SheetMapper? Bind(SheetSpec spec, SheetTable table, List<SummitError> fatal, Func<string, string?>? findTopic = null)
    {
        var mapper = new SheetMapper(spec, table, text => findTopic?.Invoke(text) ?? text.Trim());
        var headers = table.Headers.Select(h => h.Trim().TrimStart('\uFEFF').Trim()).ToList();
        var before = fatal.Count;
        foreach (var (field, header) in spec.Columns)
        {
            if (field == "grid")
            {
                continue;
            }

            var at = headers.FindIndex(h => string.Equals(h, header.Trim(), StringComparison.Ordinal));
            if (at < 0)
            {
                at = headers.FindIndex(h => string.Equals(h, header.Trim(), StringComparison.OrdinalIgnoreCase));
            }

            if (at < 0)
            {
                fatal.Add(SheetError(ErrorCodes.Sheets.MissingColumn, table.Name, 1, header, 1, $"the column '{header}' (mapped to '{field}') is not in the header row; the columns are: {string.Join(", ", headers.Select(h => $"'{h}'"))}."));
            }
            else
            {
                mapper.index[field] = at;
            }
        }

        if (spec.Columns.TryGetValue("grid", out var question))
        {
            question = question.Trim();
            for (var i = 0; i < headers.Count; i++)
            {
                var h = headers[i];
                if (h.Length > question.Length + 1 && h.StartsWith(question, StringComparison.OrdinalIgnoreCase) && h.EndsWith(']')
                    && h[question.Length..].TrimStart().StartsWith('['))
                {
                    var topicText = h[question.Length..].Trim()[1..^1].Trim();
                    if (findTopic?.Invoke(topicText) is { } topic)
                    {
                        mapper.grid.Add((i, topic));
                    }
                    else
                    {
                        fatal.Add(SheetError(ErrorCodes.Sheets.UnknownTopic, table.Name, 1, h, i + 1, $"the grid column names '{topicText}', which is neither the title nor the id of a proposal."));
                    }
                }
            }

            if (mapper.grid.Count == 0 && fatal.Count == before)
            {
                fatal.Add(SheetError(ErrorCodes.Sheets.MissingColumn, table.Name, 1, question, 1, $"no column of the grid '{question}' (headers like '{question} [Topic title]') is in the header row."));
            }
        }

        return fatal.Count == before ? mapper : null;
    }

    public List<Registration> Registrations()
    {
        var list = new List<Registration>();
        foreach (var row in Rows())
        {
            var at = Time(row, "submittedAt");
            var email = Optional(row, "email");
            var id = Id(row, email);
            var name = Required(row, "name");
            var roles = Roles(row);
            var projects = Texts(row, "projects");
            var firstTime = Bool(row, "firstTime");
            var active = Bool(row, "activeToolContributor");
            var attendance = Attendance(row);
            if (row.Failed || at is null || id is null || name is null)
            {
                continue;
            }

            list.Add(new Registration(id, name, at.Value)
            {
                Email = email,
                Organization = Optional(row, "organization"),
                Roles = roles,
                Projects = projects,
                FirstTime = firstTime,
                IsActiveToolContributor = active ?? false,
                Attendance = attendance,
            });
        }

        return list;
    }

    public List<TopicProposal> Proposals()
    {
        var list = new List<TopicProposal>();
        foreach (var row in Rows())
        {
            var at = Time(row, "submittedAt");
            var title = Required(row, "title");
            var id = spec.IdMode == SheetIdMode.Title ? (title is null ? null : StableId.ForTitle(title)) : Required(row, "id");
            var proposers = Texts(row, "proposers");
            var lightning = Bool(row, "lightningTalk");
            var lightningMinutes = Minutes(row, "lightningTalkMinutes", 60);
            var discussion = Minutes(row, "discussionMinutes", 480);
            if (row.Failed || at is null || id is null || title is null)
            {
                continue;
            }

            list.Add(new TopicProposal(id, title, at.Value)
            {
                Abstract = Optional(row, "abstract"),
                Proposers = proposers,
                WantsLightningTalk = lightning ?? false,
                LightningTalkMinutes = lightningMinutes ?? 5,
                DesiredDiscussionMinutes = discussion ?? 25,
            });
        }

        return list;
    }

    public List<VoteEntry> Ballots()
    {
        var list = new List<VoteEntry>();
        foreach (var row in Rows())
        {
            var at = Time(row, "castAt");
            var voter = Id(row, Optional(row, "email"));
            var ranking = index.ContainsKey("ranking") ? Ranking(row) : Grid(row);
            if (ranking is { IsEmpty: true } && !row.Failed)
            {
                var column = index.TryGetValue("ranking", out var c) ? c : grid[0].Column;
                row.Fail(ErrorCodes.Sheets.InvalidCell, column, "the ballot ranks no topic.");
            }

            if (row.Failed || at is null || voter is null || ranking is null)
            {
                continue;
            }

            list.Add(new VoteEntry(voter, at.Value, EquatableArray.Nest(ranking.Value)));
        }

        return list;
    }

    private static SummitError SheetError(string code, string file, int row, string header, int column, string message) =>
        new SummitError(code, string.Create(CultureInfo.InvariantCulture, $"{file}: row {row}, column '{header}': {message}"))
            .AtPosition(row, column)
            .WithMetadata(SummitError.SourceKey, file)
            .WithMetadata("row", row)
            .WithMetadata("columnName", header);

    private IEnumerable<RowContext> Rows()
    {
        foreach (var row in table.Rows)
        {
            if (row.Cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            yield return new RowContext(this, row);
        }
    }

    private string? Id(RowContext row, string? email)
    {
        if (spec.IdMode == SheetIdMode.Email)
        {
            if (email is null)
            {
                row.Fail(ErrorCodes.Sheets.InvalidCell, index["email"], "the e-mail address is empty; the row's id is made from it.");
                return null;
            }

            return StableId.ForEmail(email);
        }

        return Required(row, spec.Kind == SheetKind.Ballots ? "voter" : "id");
    }

    private string? Optional(RowContext row, string field) =>
        index.TryGetValue(field, out var i) && row.Cell(i).Trim() is { Length: > 0 } text ? text : null;

    private string? Required(RowContext row, string field)
    {
        var text = Optional(row, field);
        if (text is null)
        {
            row.Fail(ErrorCodes.Sheets.InvalidCell, index[field], $"'{field}' is required but the cell is empty.");
        }

        return text;
    }

    private Instant? Time(RowContext row, string field)
    {
        var column = index[field];
        var text = row.Cell(column).Trim();
        if (text.Length == 0)
        {
            row.Fail(ErrorCodes.Sheets.InvalidCell, column, $"'{field}' is required but the cell is empty.");
            return null;
        }

        var ts = spec.Timestamp;
        Instant? instant = null;
        if (ts.Format is null && InstantPattern.ExtendedIso.Parse(text) is { Success: true } iso)
        {
            instant = iso.Value;
        }
        else if (ts.Offset?.Parse(text) is { Success: true } offset)
        {
            instant = offset.Value.ToInstant();
        }
        else if (ts.Local?.Parse(text) is { Success: true } local && ts.Zone is { } zone)
        {
            var mapping = zone.MapLocal(local.Value);
            switch (mapping.Count)
            {
                case 1:
                    instant = mapping.Single().ToInstant();
                    break;
                case 0:
                    row.Fail(ErrorCodes.Sheets.SkippedTime, column, $"'{text}' does not exist in {zone.Id} (the clocks skip that hour).");
                    return null;
                default:
                    row.Fail(ErrorCodes.Sheets.AmbiguousTime, column, $"'{text}' happens twice in {zone.Id} (the clocks repeat that hour); it cannot say when the form was sent.");
                    return null;
            }
        }

        if (instant is null)
        {
            var expected = ts.Format is { } f
                ? $"a timestamp '{f}'"
                : ts.Zone is null ? "an ISO instant with an offset such as 2024-03-02T15:00:00Z (declare 'timeZone' for wall-clock times)" : "an ISO date and time such as 2024-03-02T10:00:00";
            row.Fail(ErrorCodes.Sheets.InvalidCell, column, $"'{text}' is not {expected}.");
            return null;
        }

        if (!Deadline.IsSupported(instant.Value))
        {
            row.Fail(ErrorCodes.Sheets.InvalidCell, column, $"'{text}' lies outside the supported years.");
            return null;
        }

        return instant;
    }

    private List<KeyValuePair<string, JsonTreeScalar>>? Values(string field) =>
        spec.Values.TryGetValue(field, out var v) && v.Count > 0 ? v : null;

    private JsonTreeScalar? Label(RowContext row, string field, string text, List<KeyValuePair<string, JsonTreeScalar>> values)
    {
        foreach (var (label, value) in values)
        {
            if (string.Equals(label, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        UnknownLabel(row, field, text, values.Select(v => v.Key));
        return null;
    }

    private void UnknownLabel(RowContext row, string field, string text, IEnumerable<string> known) =>
        row.Fail(ErrorCodes.Sheets.UnknownLabel, index[field], $"the answer '{text}' is none of the labels declared for '{field}': {string.Join(", ", known.Select(k => $"'{k}'"))}.");

    private bool? Bool(RowContext row, string field)
    {
        if (Optional(row, field) is not { } text)
        {
            return null;
        }

        if (Values(field) is { } values)
        {
            return Label(row, field, text, values) is { } v ? v.Type == JsonTokenType.True : null;
        }

        if (TrueWords.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        if (FalseWords.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        UnknownLabel(row, field, text, ["Yes", "No"]);
        return null;
    }

    private int? Minutes(RowContext row, string field, int max)
    {
        if (Optional(row, field) is not { } text)
        {
            return null;
        }

        int minutes;
        if (Values(field) is { } values)
        {
            if (Label(row, field, text, values) is not { } v)
            {
                return null;
            }

            minutes = int.Parse(v.Text!, CultureInfo.InvariantCulture);
        }
        else
        {
            // "20 minutes" → 20; a range "15-30" asks for up to 30.
            var numbers = System.Text.RegularExpressions.Regex.Matches(text, "[0-9]{1,4}", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
            if (numbers.Count == 0)
            {
                row.Fail(ErrorCodes.Sheets.InvalidCell, index[field], $"'{text}' names no number of minutes (expected e.g. '20 minutes' or '15-30').");
                return null;
            }

            minutes = numbers.Max(m => int.Parse(m.Value, CultureInfo.InvariantCulture));
        }

        if (minutes < 1 || minutes > max)
        {
            row.Fail(ErrorCodes.Sheets.InvalidCell, index[field], string.Create(CultureInfo.InvariantCulture, $"{minutes} minutes is not between 1 and {max}."));
            return null;
        }

        return minutes;
    }

    private ImmutableArray<StakeholderRole> Roles(RowContext row)
    {
        if (Optional(row, "roles") is not { } text)
        {
            return [];
        }

        var roles = ImmutableArray.CreateBuilder<StakeholderRole>();
        if (Values("roles") is { } values)
        {
            var (labels, others) = LabelSplitter.Split(text, values.Select(v => v.Key).ToList());
            foreach (var other in others)
            {
                UnknownLabel(row, "roles", other, values.Select(v => v.Key));
            }

            foreach (var label in labels)
            {
                var id = values.First(v => string.Equals(v.Key, label, StringComparison.OrdinalIgnoreCase)).Value.Text!;
                if (SummitReader.TryRole(id, out var role) && !roles.Contains(role))
                {
                    roles.Add(role);
                }
            }
        }
        else
        {
            foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (SummitReader.TryRole(part, out var role))
                {
                    roles.Add(role);
                }
                else
                {
                    UnknownLabel(row, "roles", part, SummitReader.RoleIds);
                }
            }
        }

        return roles.ToImmutable();
    }

    private ImmutableArray<string> Texts(RowContext row, string field)
    {
        if (Optional(row, field) is not { } text)
        {
            return [];
        }

        if (Values(field) is { } values)
        {
            var (labels, others) = LabelSplitter.Split(text, values.Select(v => v.Key).ToList());
            return [.. labels.Select(l => values.First(v => string.Equals(v.Key, l, StringComparison.OrdinalIgnoreCase)).Value.Text!), .. others];
        }

        return [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
    }

    private AttendanceKind Attendance(RowContext row)
    {
        if (Optional(row, "attendance") is not { } text)
        {
            return AttendanceKind.Participant;
        }

        var word = Values("attendance") is { } values ? Label(row, "attendance", text, values)?.Text : text.ToLowerInvariant();
        switch (word)
        {
            case "participant":
                return AttendanceKind.Participant;
            case "observer":
                return AttendanceKind.Observer;
            case null:
                return AttendanceKind.Participant;
            default:
                UnknownLabel(row, "attendance", text, ["participant", "observer"]);
                return AttendanceKind.Participant;
        }
    }

    private ImmutableArray<ImmutableArray<string>>? Ranking(RowContext row)
    {
        var text = Optional(row, "ranking");
        if (text is null)
        {
            return [];
        }

        return [.. text.Split('>', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(tier => tier.Split('=', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(resolveTopic).ToImmutableArray())
            .Where(tier => !tier.IsEmpty)];
    }

    private ImmutableArray<ImmutableArray<string>>? Grid(RowContext row)
    {
        var values = Values("grid");
        var ranked = new List<(int Rank, string Topic)>();
        foreach (var (column, topic) in grid)
        {
            var text = row.Cell(column).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            int? rank = null;
            if (values is not null)
            {
                var match = values.FirstOrDefault(v => string.Equals(v.Key, text, StringComparison.OrdinalIgnoreCase));
                rank = match.Value is { } v ? int.Parse(v.Text!, CultureInfo.InvariantCulture) : null;
            }
            else
            {
                var digits = text.TakeWhile(char.IsAsciiDigit).Count();
                if (digits is > 0 and < 5)
                {
                    rank = int.Parse(text.AsSpan(0, digits), CultureInfo.InvariantCulture);
                }
            }

            if (rank is null)
            {
                var known = values?.Select(v => $"'{v.Key}'") ?? ["'1st choice'", "'2nd choice'", "..."];
                row.Fail(ErrorCodes.Sheets.UnknownLabel, column, $"the answer '{text}' is not a rank; expected one of: {string.Join(", ", known)}.");
                continue;
            }

            ranked.Add((rank.Value, topic));
        }

        return [.. ranked.GroupBy(r => r.Rank).OrderBy(g => g.Key).Select(g => g.Select(r => r.Topic).ToImmutableArray())];
    }

    /// <summary>One row being read: its cells and whether any of them was refused.</summary>
    private sealed class RowContext(SheetMapper mapper, SheetRow row)
    {
        public bool Failed { get; private set; }

        public string Cell(int column) => column < row.Cells.Length ? row.Cells[column] ?? string.Empty : string.Empty;

        public void Fail(string code, int column, string message)
        {
            Failed = true;
            var header = column < mapper.table.Headers.Length ? mapper.table.Headers[column].Trim().TrimStart('\uFEFF') : string.Empty;
            mapper.Refused.Add(SheetError(code, mapper.table.Name, row.Number, header, column + 1, message));
        }
    }
}
