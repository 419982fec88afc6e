using System.Collections.Immutable;
using System.Globalization;
using Summit.Core.Scheduling;
using Summit.Core.Selection.Topics;

namespace Summit.Core.Planning;

/// <summary>Applies the agenda's topic and presenter rules (<see cref="AgendaSettings.Topics"/>, <see cref="AgendaSettings.Presenters"/>) to the slot requests of the selected topics.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Rules for a selected topic, or for a duplicate merged into it, become its pins, allowed rooms and references.</item>
/// <item>A reference to a topic that is not selected (excluded, merged away into a topic that is, lower ranked, out of
/// room) is mapped to the topic it was merged into when there is one, and otherwise dropped: a conflict, grouping or
/// order with a topic that is not on the agenda binds nothing.</item>
/// <item>A topic's availability is the time its own windows and the windows of each presenter have in common. When
/// they have none the topic cannot be placed: it is not packed and is listed as unplaced with
/// <c>scheduling.availability-misses-sessions</c>, and references to it are dropped like references to a topic
/// that is not selected.</item>
/// </list>
/// The rules are assumed checked (<see cref="TopicRulesCheck"/>): one entry per topic and no reference to itself.
/// </remarks>
internal static class TopicConstraints
{
    /// <summary>Applies the rules.</summary>
    /// <param name="requests">The requests of <paramref name="selected"/>, in the same order.</param>
    /// <param name="selected">The selected topics.</param>
    /// <param name="settings">The agenda settings holding the rules.</param>
    /// <returns>The requests to pack, in order, and the topics that can never be placed (in order), with the reason.</returns>
    public static (ImmutableArray<SlotRequest> Requests, ImmutableArray<UnplacedTopic> Unplaceable) Apply(
        IReadOnlyList<SlotRequest> requests, IReadOnlyList<SelectedTopic> selected, AgendaSettings settings)
    {
        if (settings.Topics.IsEmpty && settings.Presenters.IsEmpty)
        {
            return ([.. requests], []);
        }

        // Every proposal id on the agenda, and every duplicate merged into one, maps to the selected topic.
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var topic in selected)
        {
            owner[topic.Proposal.Id] = topic.Proposal.Id;
            foreach (var merged in topic.MergedIds)
            {
                owner.TryAdd(merged, topic.Proposal.Id);
            }
        }

        var rulesOf = new Dictionary<string, TopicRules>(StringComparer.Ordinal);
        foreach (var rules in settings.Topics)
        {
            if (owner.TryGetValue(rules.TopicId, out var topicId))
            {
                rulesOf.TryAdd(topicId, rules);
            }
        }

        var windowsOf = new Dictionary<string, EquatableArray<LocalWindow>>(StringComparer.Ordinal);
        foreach (var person in settings.Presenters)
        {
            windowsOf.TryAdd(person.Name, person.Availability);
        }

        var availability = new ImmutableArray<LocalWindow>[requests.Count];
        var unplaceable = ImmutableArray.CreateBuilder<UnplacedTopic>();
        var never = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < requests.Count; t++)
        {
            var request = requests[t];
            var own = rulesOf.GetValueOrDefault(request.Id)?.Availability ?? [];
            var sets = new List<(string Who, EquatableArray<LocalWindow> Windows)>();
            if (!own.IsEmpty)
            {
                sets.Add(("the topic itself", own));
            }

            foreach (var presenter in request.Presenters)
            {
                if (windowsOf.TryGetValue(presenter, out var windows) && !windows.IsEmpty)
                {
                    sets.Add((presenter, windows));
                }
            }

            if (sets.Count == 0)
            {
                availability[t] = [];
                continue;
            }

            var common = AvailabilityWindows.Join(sets[0].Windows);
            foreach (var set in sets.Skip(1))
            {
                common = AvailabilityWindows.Intersect(common, set.Windows);
            }

            if (common.IsEmpty)
            {
                never.Add(request.Id);
                var parts = sets.Select(s => $"{s.Who} {(s.Who == "the topic itself" ? "may run" : "is available")} {Describe(s.Windows)}");
                unplaceable.Add(new UnplacedTopic(request.Id, request.Title, ErrorCodes.Scheduling.AvailabilityMissesSessions,
                    $"'{request.Title}' has no time its availability windows share: {string.Join("; ", parts)}."));
            }

            availability[t] = common;
        }

        var result = ImmutableArray.CreateBuilder<SlotRequest>(requests.Count);
        for (var t = 0; t < requests.Count; t++)
        {
            var request = requests[t];
            if (never.Contains(request.Id))
            {
                continue;
            }

            EquatableArray<string> Map(EquatableArray<string> ids) =>
                [.. ids.Select(id => owner.GetValueOrDefault(id)).OfType<string>().Where(id => !never.Contains(id)).Distinct(StringComparer.Ordinal)];

            var rules = rulesOf.GetValueOrDefault(request.Id);
            result.Add(request with
            {
                Availability = availability[t],
                PinnedBlockId = rules?.PinnedBlockId ?? request.PinnedBlockId,
                PinnedRoom = rules?.PinnedRoom ?? request.PinnedRoom,
                PinnedStart = rules?.PinnedStart ?? request.PinnedStart,
                AllowedRooms = rules is null || rules.AllowedRooms.IsEmpty ? request.AllowedRooms : rules.AllowedRooms,
                Conflicts = rules is null ? request.Conflicts : Map(rules.Conflicts),
                SameSessionAs = rules is null ? request.SameSessionAs : Map(rules.SameSessionAs),
                After = rules is null ? request.After : Map(rules.After),
            });
        }

        return (result.ToImmutable(), unplaceable.ToImmutable());
    }

    /// <summary>"14:30–15:30 on 2024-05-18, 16:00–17:00 on 2024-05-18", in order (a window over midnight gives both ends in full).</summary>
    private static string Describe(EquatableArray<LocalWindow> windows) =>
        string.Join(", ", windows.OrderBy(w => w.Start).Select(w => w.Start.Date == w.End.Date
            ? string.Create(CultureInfo.InvariantCulture, $"{w.Start:HH':'mm}–{w.End:HH':'mm} on {w.Start:uuuu'-'MM'-'dd}")
            : string.Create(CultureInfo.InvariantCulture, $"{w.Start:uuuu'-'MM'-'dd HH':'mm}–{w.End:uuuu'-'MM'-'dd HH':'mm}")));
}
