using NodaTime;
using NodaTime.Text;
using Summit.Core.Timing;

namespace Summit.Core.Export;

/// <summary>Human titles of timeline milestones, shared by the calendars and the pages: "Registration closes (2024-04-01 AoE)".</summary>
internal static class MilestoneText
{
    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm");

    /// <summary>The milestone's name in words, for example "Registration closes".</summary>
    public static string Name(MilestoneKind kind) => kind switch
    {
        MilestoneKind.RegistrationOpens => "Registration opens",
        MilestoneKind.RegistrationCloses => "Registration closes",
        MilestoneKind.ProposalsOpen => "Topic proposals open",
        MilestoneKind.ProposalsClose => "Topic proposals close",
        MilestoneKind.VotingOpens => "Topic vote opens",
        MilestoneKind.VotingCloses => "Topic vote closes",
        MilestoneKind.ConfirmationsSent => "Confirmations sent",
        MilestoneKind.AgendaPublished => "Agenda published",
        MilestoneKind.SummitStarts => "Summit starts",
        MilestoneKind.SummitEnds => "Summit ends",
        _ => kind.ToString(),
    };

    /// <summary>When, in the words the summit file used: the deadline (<c>2024-04-01 AoE</c>), a date AoE, local time in the summit's zone, or the fuzzy dates.</summary>
    public static string When(Milestone milestone, DateTimeZone zone)
    {
        if (milestone.Deadline is { } deadline)
        {
            return deadline.ToString();
        }

        if (milestone.At is not { } at)
        {
            return milestone.Approximately!.Description;
        }

        var aoe = at.InZone(AnywhereOnEarth.Zone).LocalDateTime;
        return aoe.TimeOfDay == LocalTime.Midnight
            ? LocalDatePattern.Iso.Format(aoe.Date) + " AoE"
            : Local.Format(at.InZone(zone).LocalDateTime) + " " + zone.Id;
    }

    /// <summary>"Registration closes (2024-04-01 AoE)".</summary>
    public static string Title(Milestone milestone, DateTimeZone zone) => Name(milestone.Kind) + " (" + When(milestone, zone) + ")";
}
