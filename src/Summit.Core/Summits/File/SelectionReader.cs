using System.Collections.Immutable;
using Summit.Core.Planning;
using FluentResults;
using Summit.Core.Selection;
using Summit.Core.Selection.Topics;

namespace Summit.Core.Summits.File;

/// <summary>Reads the optional <c>selection</c> section of a summit file.</summary>
internal static class SelectionReader
{
    public static SelectionSettings? Read(FieldReader r, JsonTreeObject o)
    {
        r.CheckKnown(o, "'selection'", "standby", "seed", "rfc3797Key", "observers", "tieBreak", "maximumPerProject", "maximumPerOrganization", "quotas", "confirmed", "topics", "presenters");
        var observersText = r.String(o["observers"], "'observers'") ?? "last";
        var tieBreakText = r.String(o["tieBreak"], "'tieBreak'") ?? "lottery";
        ObserverHandling? observers = observersText switch { "last" => ObserverHandling.Last, "exclude" => ObserverHandling.Exclude, _ => null };
        SummitTieBreak? tieBreak = tieBreakText switch { "lottery" => SummitTieBreak.Lottery, "first-come-then-lottery" => SummitTieBreak.FirstComeThenLottery, _ => null };
        if (observers is null)
        {
            r.Add(ErrorCodes.Summits.FileInvalidValue, o["observers"]!, $"'observers' must be 'last' or 'exclude', not '{observersText}'.");
        }

        if (tieBreak is null)
        {
            r.Add(ErrorCodes.Summits.FileInvalidValue, o["tieBreak"]!, $"'tieBreak' must be 'lottery' or 'first-come-then-lottery', not '{tieBreakText}'.");
        }

        if (o["confirmed"] is { } confirmedNode)
        {
            r.Add(ErrorCodes.Summits.FileRemovedField, confirmedNode, "'selection.confirmed' was removed: record { \"at\": ..., \"kind\": \"selection-published\" } in the top-level 'decisions' instead (from then on the selected set and the standby order are frozen), and 'declined' decisions for people who gave up.");
        }

        var presentersText = r.String(o["presenters"], "'presenters'") ?? "warn";
        if (presentersText is not ("warn" or "seat"))
        {
            r.Add(ErrorCodes.Summits.FileInvalidValue, o["presenters"]!, $"'presenters' must be 'warn' or 'seat', not '{presentersText}'.");
        }

        var quotas = ImmutableArray.CreateBuilder<SelectionQuota>();
        foreach (var q in r.Array(o["quotas"], "'quotas'").Select(n => r.Object(n, "a quota")).OfType<JsonTreeObject>())
        {
            if (ReadQuota(r, q) is { } quota)
            {
                quotas.Add(quota);
            }
        }

        var curation = TopicCuration.None;
        if (r.Object(o["topics"], "'topics'") is { } topics)
        {
            r.CheckKnown(topics, "'topics'", "pin", "exclude", "merge");
            var exclusions = r.Array(topics["exclude"], "'exclude'").Select(n => r.Object(n, "an exclusion")).OfType<JsonTreeObject>()
                .Select(e => (Id: r.RequiredString(e, "id", "An exclusion"), Reason: r.RequiredString(e, "reason", "An exclusion")))
                .Where(e => e.Id is not null && e.Reason is not null)
                .Select(e => new TopicExclusion(e.Id!, e.Reason!));
            var merges = r.Array(topics["merge"], "'merge'").Select(n => r.Object(n, "a merge")).OfType<JsonTreeObject>()
                .Select(m => (From: r.RequiredString(m, "duplicate", "A merge"), Into: r.RequiredString(m, "into", "A merge")))
                .Where(m => m.From is not null && m.Into is not null)
                .Select(m => new TopicMerge(m.From!, m.Into!));
            curation = new TopicCuration { Pinned = r.Strings(topics["pin"], "'pin'"), Excluded = [.. exclusions], Merges = [.. merges] };
        }

        var standby = r.Int(o["standby"], "'standby'", 0) ?? 0;
        var perProject = r.Int(o["maximumPerProject"], "'maximumPerProject'", 1);
        var perOrganization = r.Int(o["maximumPerOrganization"], "'maximumPerOrganization'", 1);
        var key = r.String(o["rfc3797Key"], "'rfc3797Key'");
        if (key is not null && Summit.Core.Selection.RandomSources.Rfc3797Key(key) is { IsFailed: true } badKey)
        {
            r.Add(badKey.FirstError(), o["rfc3797Key"]!);
        }

        if (observers is null || tieBreak is null)
        {
            return null;
        }

        return new SelectionSettings
        {
            Standby = standby,
            Seed = r.String(o["seed"], "'seed'"),
            Rfc3797Key = key,
            Policy = new DefaultSummitPolicyOptions
            {
                Observers = observers.Value,
                TieBreak = tieBreak.Value,
                MaximumPerProject = perProject,
                MaximumPerOrganization = perOrganization,
                Quotas = quotas.ToImmutable(),
            },
            SeatPresenters = presentersText == "seat",
            Curation = curation,
        };
    }

    /// <summary>A quota names exactly one subject (<c>role</c>, <c>organization</c>, <c>project</c> or <c>"firstTime": true</c>) and a <c>minimum</c> count or a <c>minimumShare</c> of the places, and an optional <c>maximum</c>.</summary>
    private static SelectionQuota? ReadQuota(FieldReader r, JsonTreeObject q)
    {
        r.CheckKnown(q, "a quota", "role", "organization", "project", "firstTime", "minimum", "minimumShare", "maximum", "$comment");
        string[] subjects = ["role", "organization", "project", "firstTime"];
        var given = subjects.Where(s => q[s] is not null).ToList();
        if (given.Count != 1)
        {
            r.Add(given.Count == 0 ? ErrorCodes.Summits.FileMissingField : ErrorCodes.Summits.FileInvalidValue, q,
                $"A quota names exactly one of 'role', 'organization', 'project' or 'firstTime'{(given.Count == 0 ? string.Empty : ", not " + string.Join(" and ", given.Select(g => "'" + g + "'")))}.");
            return null;
        }

        var min = r.Int(q["minimum"], "'minimum'", 0) ?? 0;
        var share = r.Share(q["minimumShare"], "'minimumShare'");
        var max = r.Int(q["maximum"], "'maximum'", 0) ?? int.MaxValue;
        if (q["minimum"] is not null && q["minimumShare"] is not null)
        {
            r.Add(ErrorCodes.Summits.FileInvalidValue, q["minimumShare"]!, "A quota gives either 'minimum' (a number of places) or 'minimumShare' (a share of the places), not both.");
            return null;
        }

        if (min > max)
        {
            r.Add(ErrorCodes.Summits.FileInvalidValue, q["minimum"]!, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The quota's 'minimum' ({min}) is above its 'maximum' ({max})."));
            return null;
        }

        SelectionQuota? quota = given[0] switch
        {
            "role" => SummitReader.ReadRole(r, q["role"]) is { } role ? SelectionQuota.ForRole(role, min, max) : null,
            "organization" => NonBlank(r, q, "organization") is { } org ? SelectionQuota.ForOrganization(org, min, max) : null,
            "project" => NonBlank(r, q, "project") is { } project ? SelectionQuota.ForProject(project, min, max) : null,
            _ => FirstTime(r, q) ? SelectionQuota.ForFirstTime(min, max) : null,
        };
        return quota is null ? null : quota with { MinimumShare = share };
    }

    private static string? NonBlank(FieldReader r, JsonTreeObject q, string field)
    {
        var text = r.String(q[field], "'" + field + "'");
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            r.Add(ErrorCodes.Summits.FileInvalidValue, q[field]!, $"A quota's '{field}' must name one.");
            return null;
        }

        return text?.Trim();
    }

    private static bool FirstTime(FieldReader r, JsonTreeObject q)
    {
        if (r.Bool(q["firstTime"], "'firstTime'") is false)
        {
            r.Add(ErrorCodes.Summits.FileInvalidValue, q["firstTime"]!, "A first-time quota says \"firstTime\": true.");
            return false;
        }

        return true;
    }
}
