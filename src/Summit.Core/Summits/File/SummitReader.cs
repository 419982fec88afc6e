using System.Collections.Immutable;
using NodaTime;
using FluentResults;
using Summit.Core.Timing;

namespace Summit.Core.Summits.File;

/// <summary>Reads the <c>summit</c>, <c>registrations</c> and <c>proposals</c> parts of a summit file.</summary>
internal static class SummitReader
{
    private static readonly Dictionary<string, StakeholderRole> Roles = new(StringComparer.Ordinal)
    {
        ["tool-creator"] = StakeholderRole.ToolCreator,
        ["library-maintainer"] = StakeholderRole.LibraryMaintainer,
        ["application-developer"] = StakeholderRole.ApplicationDeveloper,
        ["downstream-distributor"] = StakeholderRole.DownstreamDistributor,
        ["consumer"] = StakeholderRole.Consumer,
    };

    public static IEnumerable<string> RoleIds => Roles.Keys;

    public static bool TryRole(string id, out StakeholderRole role) => Roles.TryGetValue(id, out role);

    public static SummitEvent? ReadSummit(FieldReader r, JsonTreeObject o)
    {
        r.CheckKnown(o, "'summit'", "id", "name", "conference", "venue", "room", "timeZone", "days", "capacity", "organizers", "codeOfConduct", "notes");
        var id = r.RequiredString(o, "id", "'summit'");
        var name = r.RequiredString(o, "name", "'summit'");
        var zoneText = r.RequiredString(o, "timeZone", "'summit'");
        DateTimeZone? zone = null;
        if (zoneText is not null)
        {
            var found = Zones.Find(zoneText);
            if (found.IsSuccess)
            {
                zone = found.Value;
            }
            else
            {
                r.Add(found.FirstError(), o["timeZone"]!);
            }
        }

        var days = ImmutableArray.CreateBuilder<SummitDay>();
        var dayNodes = r.Array(r.Required(o, "days", "'summit'"), "'days'");
        if (dayNodes.IsEmpty && o["days"] is JsonTreeArray emptyDays)
        {
            r.Add(ErrorCodes.Summits.DaysInvalid, emptyDays, "A summit needs at least one day.");
        }

        var daysValid = true;
        var firstDayAt = new Dictionary<LocalDate, JsonTreeNode>();
        SummitDay? previous = null;
        foreach (var dayObject in dayNodes.Select(n => r.Object(n, "a day")).OfType<JsonTreeObject>())
        {
            r.CheckKnown(dayObject, "a day", "date", "start", "end");
            var date = r.Date(r.Required(dayObject, "date", "A day"), "'date'");
            var start = r.Time(r.Required(dayObject, "start", "A day"), "'start'");
            var end = r.Time(r.Required(dayObject, "end", "A day"), "'end'");
            if (date is null || start is null || end is null)
            {
                daysValid = false;
                continue;
            }

            if (end <= start)
            {
                r.Add(ErrorCodes.Summits.DaysInvalid, dayObject, $"The day {date} ends ({end}) at or before it starts ({start}).");
                daysValid = false;
                continue;
            }

            if (firstDayAt.TryGetValue(date.Value, out var first))
            {
                r.Add(ErrorCodes.Summits.DayDuplicate, dayObject, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The day {date} is already given on line {first.Line}; each date is one summit day."));
                daysValid = false;
                continue;
            }

            firstDayAt[date.Value] = dayObject;
            if (previous is not null && date.Value < previous.Date)
            {
                r.Add(ErrorCodes.Summits.DaysOutOfOrder, dayObject, $"The day {date} comes after the day {previous.Date} in the file; list the days in calendar order.");
                daysValid = false;
            }

            var day = new SummitDay(date.Value, start.Value, end.Value);
            if (zone is not null && day.ToInterval(zone) is { IsFailed: true } interval)
            {
                r.Add(interval.FirstError(), dayObject);
                daysValid = false;
            }

            previous = day;
            days.Add(day);
        }

        var capacity = r.Int(o["capacity"], "'capacity'", 0);
        if (id is null || name is null || zone is null || days.Count == 0 || !daysValid)
        {
            return null;
        }

        return new SummitEvent(id, name, zone, days.ToImmutable())
        {
            Conference = r.String(o["conference"], "'conference'"),
            Venue = r.String(o["venue"], "'venue'"),
            Room = r.String(o["room"], "'room'"),
            Capacity = capacity,
            Organizers = r.Strings(o["organizers"], "'organizers'"),
            CodeOfConduct = r.Uri(o["codeOfConduct"], "'codeOfConduct'"),
            Notes = r.Uri(o["notes"], "'notes'"),
        };
    }

    public static Registration? ReadRegistration(FieldReader r, JsonTreeObject o)
    {
        r.CheckKnown(o, "a registration", "id", "name", "submittedAt", "organization", "roles", "projects", "activeToolContributor", "attendance", "email", "firstTime");
        var id = r.RequiredString(o, "id", "A registration");
        var name = r.RequiredString(o, "name", "A registration");
        var at = r.Instant(r.Required(o, "submittedAt", "A registration"), "'submittedAt'");
        var roles = r.Array(o["roles"], "'roles'").Select(n => ReadRole(r, n)).OfType<StakeholderRole>().ToImmutableArray();

        var attendanceText = r.String(o["attendance"], "'attendance'") ?? "participant";
        AttendanceKind attendance;
        switch (attendanceText)
        {
            case "participant":
                attendance = AttendanceKind.Participant;
                break;
            case "observer":
                attendance = AttendanceKind.Observer;
                break;
            default:
                r.Add(ErrorCodes.Summits.FileInvalidValue, o["attendance"]!, $"'attendance' must be 'participant' or 'observer' (in person only), not '{attendanceText}'.");
                return null;
        }

        if (id is null || name is null || at is null)
        {
            return null;
        }

        return new Registration(id, name, at.Value)
        {
            Organization = r.String(o["organization"], "'organization'"),
            Roles = roles,
            Projects = r.Strings(o["projects"], "'projects'"),
            IsActiveToolContributor = r.Bool(o["activeToolContributor"], "'activeToolContributor'") ?? false,
            Attendance = attendance,
            Email = r.String(o["email"], "'email'"),
            FirstTime = r.Bool(o["firstTime"], "'firstTime'"),
        };
    }

    public static StakeholderRole? ReadRole(FieldReader r, JsonTreeNode? node)
    {
        var text = r.String(node, "a role");
        if (text is null)
        {
            return null;
        }

        if (Roles.TryGetValue(text, out var role))
        {
            return role;
        }

        r.Add(ErrorCodes.Summits.FileInvalidValue, node!, $"Unknown role '{text}'; expected one of: {string.Join(", ", Roles.Keys)}.");
        return null;
    }

    public static TopicProposal? ReadProposal(FieldReader r, JsonTreeObject o)
    {
        r.CheckKnown(o, "a proposal", "id", "title", "abstract", "proposers", "submittedAt", "lightningTalk", "lightningTalkMinutes", "discussionMinutes", "minimumDiscussionMinutes");
        var id = r.RequiredString(o, "id", "A proposal");
        var title = r.RequiredString(o, "title", "A proposal");
        var at = r.Instant(r.Required(o, "submittedAt", "A proposal"), "'submittedAt'");
        var lightning = r.Int(o["lightningTalkMinutes"], "'lightningTalkMinutes'", 1, 60);
        var discussion = r.Int(o["discussionMinutes"], "'discussionMinutes'", 1, 480);
        var least = r.Int(o["minimumDiscussionMinutes"], "'minimumDiscussionMinutes'", 0, 480);
        if (least is { } l && l > (discussion ?? 25))
        {
            r.Add(ErrorCodes.Summits.FileInvalidValue, o["minimumDiscussionMinutes"]!, $"'minimumDiscussionMinutes' ({l}) must not exceed 'discussionMinutes' ({discussion ?? 25}).");
        }
        if (id is null || title is null || at is null)
        {
            return null;
        }

        return new TopicProposal(id, title, at.Value)
        {
            Abstract = r.String(o["abstract"], "'abstract'"),
            Proposers = r.Strings(o["proposers"], "'proposers'"),
            WantsLightningTalk = r.Bool(o["lightningTalk"], "'lightningTalk'") ?? false,
            LightningTalkMinutes = lightning ?? 5,
            DesiredDiscussionMinutes = discussion ?? 25,
            MinimumDiscussionMinutes = least,
        };
    }
}
