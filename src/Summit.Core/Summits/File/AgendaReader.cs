using Summit.Core.Planning;
using FluentResults;
using Summit.Core.Scheduling;

namespace Summit.Core.Summits.File;

/// <summary>Reads the optional <c>agenda</c> section of a summit file.</summary>
internal static class AgendaReader
{
    public static AgendaSettings? Read(FieldReader r, JsonTreeObject o)
    {
        r.CheckKnown(o, "'agenda'", "welcome", "session1", "callOuts", "callOutsTitle", "break", "session2", "session2Rooms", "dayOf", "openTime", "packer", "slack");
        var defaults = new StandardAgendaShape();
        int Minutes(string name, int fallback) => r.Int(o[name], $"'{name}'", 0, 24 * 60) ?? fallback;
        var shape = new StandardAgendaShape
        {
            WelcomeMinutes = Minutes("welcome", defaults.WelcomeMinutes),
            Session1Minutes = Minutes("session1", defaults.Session1Minutes),
            Session1ReservedMinutes = Minutes("callOuts", defaults.Session1ReservedMinutes),
            Session1ReservedTitle = r.String(o["callOutsTitle"], "'callOutsTitle'") ?? defaults.Session1ReservedTitle,
            BreakMinutes = Minutes("break", defaults.BreakMinutes),
            Session2Minutes = Minutes("session2", defaults.Session2Minutes),
            Session2Rooms = r.Strings(o["session2Rooms"], "'session2Rooms'"),
            DayOfMinutes = Minutes("dayOf", defaults.DayOfMinutes),
            OpenTimeMinutes = Minutes("openTime", defaults.OpenTimeMinutes),
        };
        var slackText = r.String(o["slack"], "'slack'") ?? "proportional";
        SlackDistribution slack;
        switch (slackText)
        {
            case "proportional":
                slack = SlackDistribution.ProportionalToWeight;
                break;
            case "equal":
                slack = SlackDistribution.Equal;
                break;
            default:
                r.Add(ErrorCodes.Summits.FileInvalidValue, o["slack"]!, $"'slack' must be 'proportional' or 'equal', not '{slackText}'.");
                return null;
        }

        var packer = r.String(o["packer"], "'packer'") ?? "exact";
        if (!Packers.TryGet(packer, out _))
        {
            r.Add(ErrorCodes.Planning.UnknownPacker, o["packer"]!, $"'packer' names no agenda packer: '{packer}'; expected one of: {string.Join(", ", Packers.Names)}.");
            return null;
        }

        return new AgendaSettings(shape) { Packer = packer, Slack = slack };
    }
}
