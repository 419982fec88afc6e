using NodaTime;
using NodaTime.Text;
using FluentResults;
using Summit.Core.Timing;

namespace Summit.Core.Summits.File;

/// <summary>Reads the <c>timeline</c> part of a summit file.</summary>
internal static class TimelineReader
{
    internal static readonly (string Name, MilestoneKind Kind, bool IsClosing)[] Fields =
    [
        ("registrationOpens", MilestoneKind.RegistrationOpens, false),
        ("registrationCloses", MilestoneKind.RegistrationCloses, true),
        ("proposalsOpen", MilestoneKind.ProposalsOpen, false),
        ("proposalsClose", MilestoneKind.ProposalsClose, true),
        ("votingOpens", MilestoneKind.VotingOpens, false),
        ("votingCloses", MilestoneKind.VotingCloses, true),
        ("confirmationsSent", MilestoneKind.ConfirmationsSent, true),
        ("agendaPublished", MilestoneKind.AgendaPublished, true),
    ];

    public static Timeline? Read(FieldReader r, JsonTreeObject o, SummitEvent? summit)
    {
        r.CheckKnown(o, "'timeline'", [.. Fields.Select(f => f.Name), "cancelled"]);
        var milestones = new List<Milestone>();
        foreach (var (name, kind, isClosing) in Fields)
        {
            if (o[name] is { } node && ReadMilestone(r, node, name, kind, isClosing) is { } milestone)
            {
                milestones.Add(milestone);
            }
        }

        if (summit is not null)
        {
            var intervals = summit.Intervals();
            if (intervals.IsFailed)
            {
                r.Add(intervals.FirstError(), o);
                return null;
            }

            milestones.Add(Milestone.Exact(MilestoneKind.SummitStarts, intervals.Value[0].Start));
            milestones.Add(Milestone.Exact(MilestoneKind.SummitEnds, intervals.Value[^1].End));
        }

        var timeline = Timeline.Create(milestones);
        if (timeline.IsFailed)
        {
            foreach (var e in timeline.SummitErrors())
            {
                var field = e.GetMetadataText("milestone") is { } m ? Fields.FirstOrDefault(f => f.Kind.ToString() == m).Name : null;
                r.Add(e, (field is not null ? o[field] : null) ?? o);
            }

            return null;
        }

        if (r.Object(o["cancelled"], "'cancelled'") is { } cancelled)
        {
            r.CheckKnown(cancelled, "'cancelled'", "at", "reason");
            var at = ReadInstant(r, r.Required(cancelled, "at", "'cancelled'"), "'at'");
            var reason = r.RequiredString(cancelled, "reason", "'cancelled'");
            if (at is null || reason is null)
            {
                return null;
            }

            return timeline.Value.CancelAt(at.Value, reason).Value;
        }

        return timeline.Value;
    }

    internal static Milestone? ReadMilestone(FieldReader r, JsonTreeNode node, string name, MilestoneKind kind, bool isClosing)
    {
        if (node is JsonTreeObject approx)
        {
            r.CheckKnown(approx, $"'{name}'", "onOrAbout", "between", "text");
            var text = r.String(approx["text"], "'text'");
            if (approx["onOrAbout"] is { } about)
            {
                var date = r.Date(about, "'onOrAbout'");
                return date is null ? null : Milestone.Approximate(kind, ApproximateDate.OnOrAbout(date.Value, text));
            }

            var range = r.Array(approx["between"], "'between'");
            if (range.Length != 2)
            {
                r.Add(ErrorCodes.Summits.FileInvalidValue, approx, $"'{name}' must give 'onOrAbout': DATE or 'between': [FIRST, LAST].");
                return null;
            }

            var first = r.Date(range[0], "the first date");
            var last = r.Date(range[1], "the last date");
            return first is null || last is null
                ? null
                : Milestone.Approximate(kind, new ApproximateDate(first.Value, last.Value, text ?? $"between {first} and {last}"));
        }

        var value = r.String(node, $"'{name}'");
        if (value is null)
        {
            return null;
        }

        var instant = InstantPattern.ExtendedIso.Parse(value);
        if (instant.Success)
        {
            if (!Deadline.IsSupported(instant.Value))
            {
                r.Add(Deadline.OutOfRangeError(value), node);
                return null;
            }

            return Milestone.Exact(kind, instant.Value);
        }

        var deadline = Deadline.Parse(value);
        if (deadline.IsFailed)
        {
            r.Add(deadline.FirstError(), node);
            return null;
        }

        if (deadline.Value.Kind == DeadlineKind.LocalDateTime && !NamesZone(value))
        {
            r.Add(ErrorCodes.Summits.FileZoneMissing, node, $"'{name}' is the local time '{value.Trim()}' with no time zone; name it ('{value.Trim()} America/New_York' or '{value.Trim()} AoE') or give an instant ending in Z.");
            return null;
        }

        // A date on an opening milestone means the first instant of that day; on any other, the end of it.
        if (!isClosing && deadline.Value.Date is { } day)
        {
            var zone = deadline.Value.Zone;
            return Milestone.Exact(kind, zone.AtStartOfDay(day).ToInstant());
        }

        return isClosing ? Milestone.AtDeadline(kind, deadline.Value) : Milestone.Exact(kind, deadline.Value.ClosesAt);
    }

    internal static Instant? ReadInstant(FieldReader r, JsonTreeNode? node, string what)
    {
        var text = r.String(node, what);
        if (text is null)
        {
            return null;
        }

        var instant = InstantPattern.ExtendedIso.Parse(text);
        if (instant.Success)
        {
            if (!Deadline.IsSupported(instant.Value))
            {
                r.Add(Deadline.OutOfRangeError(text), node!);
                return null;
            }

            return instant.Value;
        }

        var deadline = Deadline.Parse(text);
        if (deadline.IsSuccess && deadline.Value.Kind == DeadlineKind.LocalDateTime)
        {
            if (!NamesZone(text))
            {
                r.Add(ErrorCodes.Summits.FileZoneMissing, node!, $"{what} is the local time '{text.Trim()}' with no time zone; name it ('{text.Trim()} America/New_York') or give an instant ending in Z.");
                return null;
            }

            return deadline.Value.ClosesAt;
        }

        if (deadline.IsFailed && deadline.FirstError().Code == ErrorCodes.Timing.OutOfRange)
        {
            r.Add(deadline.FirstError(), node!);
            return null;
        }

        r.Add(ErrorCodes.Summits.FileInvalidValue, node!, $"{what} must be an instant (2020-03-20T16:00:00Z) or a local time with a zone (2020-03-20T12:00 America/New_York), not '{text}'.");
        return null;
    }

    /// <summary>Whether a deadline text names its zone: the file refuses a bare local date-time, which <see cref="Deadline.Parse"/> alone would take as AoE.</summary>
    private static bool NamesZone(string text) => text.Trim().Contains(' ', StringComparison.Ordinal);
}
