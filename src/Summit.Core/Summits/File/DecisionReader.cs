using System.Collections.Immutable;
using Summit.Core.Planning;
using Summit.Core.Timing;

namespace Summit.Core.Summits.File;

/// <summary>Reads the optional top-level <c>decisions</c> of a summit file: the organizers' dated decisions.</summary>
internal static class DecisionReader
{
    private static readonly string[] Common = ["at", "kind", "by", "reason", "$comment"];

    public static ImmutableArray<SummitDecision> Read(FieldReader r, JsonTreeNode? node, SummitEvent summit)
    {
        var decisions = ImmutableArray.CreateBuilder<SummitDecision>();
        foreach (var o in r.Array(node, "'decisions'").Select(n => r.Object(n, "a decision")).OfType<JsonTreeObject>())
        {
            if (ReadOne(r, o, summit) is { } decision)
            {
                decisions.Add(decision);
            }
        }

        return decisions.ToImmutable();
    }

    /// <summary>A <c>cancelled</c> decision cancels the timeline at its instant (the timeline's own <c>cancelled</c> keeps working; giving both is an error).</summary>
    public static Timeline ApplyCancellation(FieldReader r, JsonTreeNode? node, Timeline timeline, ImmutableArray<SummitDecision> decisions)
    {
        var cancellations = decisions.Where(d => d.Kind == DecisionKind.Cancelled).ToList();
        if (cancellations.Count == 0)
        {
            return timeline;
        }

        if (timeline.Cancellation is not null || cancellations.Count > 1)
        {
            r.Add(ErrorCodes.Timing.AlreadyCancelled, node!, "A summit is cancelled once: give either the timeline's 'cancelled' or one 'cancelled' decision.");
            return timeline;
        }

        return timeline.CancelAt(cancellations[0].At, cancellations[0].Reason!).Value;
    }

    private static SummitDecision? ReadOne(FieldReader r, JsonTreeObject o, SummitEvent summit)
    {
        var kindText = r.RequiredString(o, "kind", "A decision");
        var at = TimelineReader.ReadInstant(r, r.Required(o, "at", "A decision"), "'at'");
        if (kindText is null)
        {
            return null;
        }

        var index = Array.IndexOf(SummitDecision.Names, kindText);
        if (index < 0)
        {
            r.Add(ErrorCodes.Summits.FileInvalidValue, o["kind"]!, $"Unknown decision kind '{kindText}'; expected one of: {string.Join(", ", SummitDecision.Names)}.");
            return null;
        }

        var kind = (DecisionKind)index;
        var what = $"A '{kindText}' decision";
        string[] fields = kind switch
        {
            DecisionKind.Declined => ["registration"],
            DecisionKind.Admitted => ["registration", "overCapacity"],
            DecisionKind.Extension => ["registration", "name", "milestone", "to"],
            DecisionKind.DeadlineAmended => ["milestone", "to"],
            DecisionKind.WalkIn => ["registration", "name"],
            DecisionKind.DayOfTopic => ["id", "title", "proposers", "minutes"],
            _ => [],
        };
        r.CheckKnown(o, $"a '{kindText}' decision", [.. Common, .. fields]);
        var reason = kind is DecisionKind.Admitted or DecisionKind.DeadlineAmended or DecisionKind.Cancelled or DecisionKind.Extension
            ? r.RequiredString(o, "reason", what)
            : r.String(o["reason"], "'reason'");
        var registration = kind is DecisionKind.Declined or DecisionKind.Admitted or DecisionKind.WalkIn
            ? r.RequiredString(o, "registration", what)
            : r.String(o["registration"], "'registration'");
        var decision = new SummitDecision(kind, at ?? default)
        {
            Registration = registration,
            Name = r.String(o["name"], "'name'"),
            Reason = reason,
            By = r.String(o["by"], "'by'"),
            OverCapacity = r.Bool(o["overCapacity"], "'overCapacity'") ?? false,
        };

        if (kind is DecisionKind.Extension or DecisionKind.DeadlineAmended)
        {
            var milestoneName = r.RequiredString(o, "milestone", what);
            var field = TimelineReader.Fields.FirstOrDefault(f => f.Name == milestoneName);
            if (milestoneName is not null && field.Name is null)
            {
                r.Add(ErrorCodes.Summits.FileInvalidValue, o["milestone"]!, $"Unknown milestone '{milestoneName}'; expected one of: {string.Join(", ", TimelineReader.Fields.Select(f => f.Name))}.");
                return null;
            }

            if (kind == DecisionKind.Extension && field.Kind is not (MilestoneKind.RegistrationCloses or MilestoneKind.ProposalsClose) && field.Name is not null)
            {
                r.Add(ErrorCodes.Summits.FileInvalidValue, o["milestone"]!, "An extension applies to 'registrationCloses' or 'proposalsClose'.");
                return null;
            }

            var toNode = r.Required(o, "to", what);
            var to = toNode is null || field.Name is null ? null : TimelineReader.ReadMilestone(r, toNode, "to", field.Kind, field.IsClosing);
            if (to is not null && kind == DecisionKind.Extension && to.At is null)
            {
                r.Add(ErrorCodes.Summits.FileInvalidValue, toNode!, "An extension's 'to' must be an exact instant or deadline, not an approximate date.");
                return null;
            }

            if (kind == DecisionKind.Extension && registration is null && decision.Name is null)
            {
                r.Add(ErrorCodes.Summits.FileMissingField, o, $"{what} needs 'registration' (for a registration) or 'name' (the first proposer of a proposal).");
                return null;
            }

            decision = decision with { Milestone = field.Kind, To = to };
            if (to is null)
            {
                return null;
            }
        }

        if (kind == DecisionKind.WalkIn && at is { } walkAt && summit.Intervals().ValueOrDefault is { IsDefaultOrEmpty: false } days && walkAt < days[0].Start)
        {
            r.Add(ErrorCodes.Decisions.BeforeTheDay, o["at"]!, "A walk-in happens on the day: its 'at' is before the summit starts.");
            return null;
        }

        if (kind == DecisionKind.DayOfTopic)
        {
            var id = r.RequiredString(o, "id", what);
            var title = r.RequiredString(o, "title", what);
            var minutes = r.Int(o["minutes"], "'minutes'", 1, 480) ?? 10;
            if (id is null || title is null || at is null)
            {
                return null;
            }

            decision = decision with { Topic = new TopicProposal(id, title, at.Value) { Proposers = r.Strings(o["proposers"], "'proposers'"), DesiredDiscussionMinutes = minutes } };
        }

        return at is null || (decision.Registration is null && kind is DecisionKind.Declined or DecisionKind.Admitted or DecisionKind.WalkIn) || (reason is null && kind is DecisionKind.Admitted or DecisionKind.DeadlineAmended or DecisionKind.Cancelled)
            ? null
            : decision;
    }
}
