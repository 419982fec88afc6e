using System.Collections.Immutable;
using System.Globalization;
using FluentResults;
using Summit.Core.Summits;

namespace Summit.Core.Selection.Topics;

/// <summary>Chooses the best-ranked set of topics that fits the sessions, after curation, and explains every proposal's outcome.</summary>
/// <remarks>
/// <para><b>Best-ranked</b> is defined exactly. Topics (after merging duplicates, a group taking the best tier of its members)
/// are put in a strict order: ranking tier, then ordinal identifier. Among all sets that contain every pinned topic and fit
/// the sessions (each topic whole in one session, within <c>Minutes - ReservedMinutes</c>), the chosen set is the
/// lexicographically greatest: it contains the first topic in the order if any such set does, then the second if
/// possible given the first decision, and so on. This is the 0/1 knapsack whose values are <c>2^(n - position)</c>, so a
/// better-ranked topic is never given up for any number of worse-ranked ones. Because "fits" is closed under removing
/// topics, taking the topics in order and keeping each one for which an exact bin-packing search still finds a fit
/// yields that optimum exactly.</para>
/// <para>Deterministic and thread-safe. Bad data (unknown or duplicate identifiers, contradictory curation, negative
/// minutes, pinned topics that do not fit together) gives coded errors, all found at once where possible.</para>
/// </remarks>
public static class TopicSelection
{
    /// <summary>Selects topics.</summary>
    /// <param name="ranking">The ranking (from a tally or a plain order); identifiers must name proposals.</param>
    /// <param name="proposals">Every proposal.</param>
    /// <param name="budget">The sessions and per-topic overheads.</param>
    /// <param name="curation">Pins, exclusions and merges; null for none.</param>
    /// <returns>The chosen topics with every proposal's outcome, or coded errors.</returns>
    /// <exception cref="ArgumentNullException">A required argument or a proposal is null.</exception>
    public static Result<TopicSelectionResult> Select(TopicRanking ranking, IEnumerable<TopicProposal> proposals, TopicBudget budget, TopicCuration? curation = null)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(proposals);
        ArgumentNullException.ThrowIfNull(budget);
        curation ??= TopicCuration.None;
        var list = proposals.ToImmutableArray();
        var errors = new List<SummitError>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < list.Length; i++)
        {
            var p = list[i];
            ArgumentNullException.ThrowIfNull(p, nameof(proposals));
            if (!byId.TryAdd(p.Id, i))
            {
                errors.Add(new SummitError(ErrorCodes.Selection.DuplicateTopic, $"Two proposals have the identifier '{p.Id}'.").WithMetadata("topic", p.Id));
            }

            if (p.DesiredDiscussionMinutes < 0 || (p.WantsLightningTalk && p.LightningTalkMinutes < 0))
            {
                errors.Add(new SummitError(ErrorCodes.Selection.ProposalInvalid, $"Proposal '{p.Id}' asks for negative minutes.").WithMetadata("topic", p.Id));
            }
        }

        CheckBudget(budget, errors);
        var tierOf = RankTiers(ranking, byId, errors);
        var root = ResolveCuration(curation, byId, errors);
        if (errors.Count > 0)
        {
            return Result.Fail<TopicSelectionResult>(errors);
        }

        var unranked = ranking.Tiers.Length + 1;
        var groupTier = new Dictionary<string, int>(StringComparer.Ordinal);
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var p in list)
        {
            var r = root.GetValueOrDefault(p.Id, p.Id);
            var tier = tierOf.GetValueOrDefault(p.Id, unranked);
            groupTier[r] = Math.Min(groupTier.GetValueOrDefault(r, int.MaxValue), tier);
            if (r != p.Id)
            {
                (members.TryGetValue(r, out var m) ? m : members[r] = []).Add(p.Id);
            }
        }

        var excluded = curation.Excluded.ToDictionary(e => e.TopicId, e => e.Reason, StringComparer.Ordinal);
        var pinned = new HashSet<string>(curation.Pinned, StringComparer.Ordinal);
        var capacities = budget.Sessions.Select(s => s.Minutes - s.ReservedMinutes).ToArray();
        var candidates = list.Where(p => !root.ContainsKey(p.Id) && !excluded.ContainsKey(p.Id))
            .OrderBy(p => pinned.Contains(p.Id) ? 0 : 1).ThenBy(p => groupTier[p.Id]).ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var minutes = list.ToDictionary(p => p.Id, budget.MinutesFor, StringComparer.Ordinal);

        var steps = SessionFit.StepLimit;
        var chosen = new List<TopicProposal>();
        var pinnedCosts = new List<int>();
        foreach (var p in candidates.Where(p => pinned.Contains(p.Id)))
        {
            chosen.Add(p);
            pinnedCosts.Add(minutes[p.Id]);
        }

        var assignment = SessionFit.Assign(pinnedCosts, capacities, ref steps);
        if (steps < 0)
        {
            return TooLarge();
        }

        if (assignment is null)
        {
            return Result.Fail<TopicSelectionResult>(new SummitError(
                    ErrorCodes.Selection.PinnedTopicsDoNotFit,
                    $"The {chosen.Count.ToString(CultureInfo.InvariantCulture)} pinned topics need {pinnedCosts.Sum().ToString(CultureInfo.InvariantCulture)} minutes and do not fit in the sessions together.")
                .WithMetadata("topics", string.Join(",", chosen.Select(p => p.Id))));
        }

        var notChosen = new Dictionary<string, TopicOutcomeKind>(StringComparer.Ordinal);
        foreach (var p in candidates.Where(p => !pinned.Contains(p.Id)))
        {
            var costs = chosen.Select(c => minutes[c.Id]).Append(minutes[p.Id]).ToList();
            var attempt = SessionFit.Assign(costs, capacities, ref steps);
            if (steps < 0)
            {
                return TooLarge();
            }

            if (attempt is not null)
            {
                chosen.Add(p);
                assignment = attempt;
                continue;
            }

            var alone = SessionFit.Assign(pinnedCosts.Append(minutes[p.Id]).ToList(), capacities, ref steps);
            if (steps < 0)
            {
                return TooLarge();
            }

            notChosen[p.Id] = alone is null ? TopicOutcomeKind.DidNotFit : TopicOutcomeKind.LowerRanked;
        }

        var sessionOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var free = capacities.ToArray();
        for (var c = 0; c < chosen.Count; c++)
        {
            sessionOf[chosen[c].Id] = budget.Sessions[assignment[c]].Name;
            free[assignment[c]] -= minutes[chosen[c].Id];
        }

        var selected = chosen.Select(p =>
        {
            var merged = members.TryGetValue(p.Id, out var m) ? m.Order(StringComparer.Ordinal).ToImmutableArray() : [];
            var proposers = p.Proposers.Concat(merged.SelectMany(id => list[byId[id]].Proposers)).Distinct(StringComparer.Ordinal).ToImmutableArray();
            return new SelectedTopic(p with { Proposers = proposers }, groupTier[p.Id], minutes[p.Id], sessionOf[p.Id], pinned.Contains(p.Id), merged);
        }).ToImmutableArray();

        var outcomes = list.Select(p => Explain(p, budget, root, excluded, pinned, groupTier, minutes, sessionOf, notChosen, list, byId, capacities)).ToImmutableArray();
        var freeMinutes = budget.Sessions.Select((s, i) => new KeyValuePair<string, int>(s.Name, free[i])).ToImmutableArray();
        return new TopicSelectionResult(selected, outcomes, freeMinutes);
    }

    private static TopicOutcome Explain(
        TopicProposal p,
        TopicBudget budget,
        Dictionary<string, string> root,
        Dictionary<string, string> excluded,
        HashSet<string> pinned,
        Dictionary<string, int> groupTier,
        Dictionary<string, int> minutes,
        Dictionary<string, string> sessionOf,
        Dictionary<string, TopicOutcomeKind> notChosen,
        ImmutableArray<TopicProposal> list,
        Dictionary<string, int> byId,
        int[] capacities)
    {
        var need = minutes[p.Id];
        var parts = budget.LengthOf(p).Describe();
        if (root.TryGetValue(p.Id, out var into))
        {
            var target = list[byId[into]];
            return new TopicOutcome(p, TopicOutcomeKind.Merged, new SelectionReason(SelectionReasonCodes.TopicMerged, $"Merged into '{into}' ({target.Title}) by curation."), groupTier[into], need, null, into);
        }

        var tier = groupTier[p.Id];
        if (excluded.TryGetValue(p.Id, out var why))
        {
            return new TopicOutcome(p, TopicOutcomeKind.Excluded, new SelectionReason(SelectionReasonCodes.TopicExcluded, $"Excluded by curation: {why}"), tier, need, null, null);
        }

        if (sessionOf.TryGetValue(p.Id, out var session))
        {
            var isPinned = pinned.Contains(p.Id);
            var how = isPinned ? "Pinned by curation" : string.Create(CultureInfo.InvariantCulture, $"Selected in rank order (tier {tier})");
            var code = isPinned ? SelectionReasonCodes.TopicPinned : SelectionReasonCodes.TopicSelected;
            return new TopicOutcome(p, TopicOutcomeKind.Selected, new SelectionReason(code, $"{how}; needs {parts}; the agenda packer decides where it runs."), tier, need, session, null);
        }

        var kind = notChosen[p.Id];
        var reason = kind == TopicOutcomeKind.DidNotFit
            ? new SelectionReason(SelectionReasonCodes.TopicDidNotFit, string.Create(CultureInfo.InvariantCulture, $"Did not fit: needs {parts}, but no session has that much room (largest: {capacities.DefaultIfEmpty(0).Max()} min{(pinned.Count > 0 ? " before the pinned topics" : string.Empty)})."))
            : new SelectionReason(SelectionReasonCodes.TopicLowerRanked, string.Create(CultureInfo.InvariantCulture, $"Lower ranked (tier {tier}): needs {parts}; the better-ranked topics leave no session with room for it."));
        return new TopicOutcome(p, kind, reason, tier, need, null, null);
    }

    private static void CheckBudget(TopicBudget budget, List<SummitError> errors)
    {
        if (budget.Sessions.IsDefaultOrEmpty)
        {
            errors.Add(new SummitError(ErrorCodes.Selection.BudgetInvalid, "The time budget needs at least one session."));
            return;
        }

        if (budget.MinimumDiscussionMinutes < 0 || budget.WrapUpMinutes < 0)
        {
            errors.Add(new SummitError(ErrorCodes.Selection.BudgetInvalid, "The minimum discussion and wrap-up minutes must not be negative."));
        }

        foreach (var s in budget.Sessions)
        {
            ArgumentNullException.ThrowIfNull(s, nameof(budget));
            if (s.Minutes < 0 || s.ReservedMinutes < 0 || s.ReservedMinutes > s.Minutes)
            {
                errors.Add(new SummitError(ErrorCodes.Selection.BudgetInvalid, $"Session '{s.Name}' needs 0 <= reserved minutes <= minutes (got {s.ReservedMinutes.ToString(CultureInfo.InvariantCulture)} of {s.Minutes.ToString(CultureInfo.InvariantCulture)}).")
                    .WithMetadata("session", s.Name));
            }
        }

        if (budget.Sessions.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count() != budget.Sessions.Length)
        {
            errors.Add(new SummitError(ErrorCodes.Selection.BudgetInvalid, "Two sessions have the same name."));
        }
    }

    private static Dictionary<string, int> RankTiers(TopicRanking ranking, Dictionary<string, int> byId, List<SummitError> errors)
    {
        var tierOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < ranking.Tiers.Length; t++)
        {
            foreach (var id in ranking.Tiers[t])
            {
                if (!byId.ContainsKey(id))
                {
                    errors.Add(new SummitError(ErrorCodes.Selection.UnknownTopic, $"The ranking names '{id}', which no proposal has.").WithMetadata("topic", id).WithMetadata("tier", t + 1));
                }
                else if (!tierOf.TryAdd(id, t + 1))
                {
                    errors.Add(new SummitError(ErrorCodes.Selection.DuplicateTopic, $"The ranking lists '{id}' twice.").WithMetadata("topic", id).WithMetadata("tier", t + 1));
                }
            }
        }

        return tierOf;
    }

    private static Dictionary<string, string> ResolveCuration(TopicCuration curation, Dictionary<string, int> byId, List<SummitError> errors)
    {
        void Known(string id, string what)
        {
            if (!byId.ContainsKey(id))
            {
                errors.Add(new SummitError(ErrorCodes.Selection.UnknownTopic, $"The curation {what} '{id}', which no proposal has.").WithMetadata("topic", id));
            }
        }

        var pinned = curation.Pinned;
        var excluded = curation.Excluded;
        var merges = curation.Merges;
        foreach (var id in pinned)
        {
            Known(id, "pins");
        }

        foreach (var e in excluded)
        {
            Known(e.TopicId, "excludes");
            if (pinned.Contains(e.TopicId, StringComparer.Ordinal))
            {
                errors.Add(Conflict($"'{e.TopicId}' is both pinned and excluded.", e.TopicId));
            }
        }

        var into = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in merges)
        {
            Known(m.DuplicateId, "merges");
            Known(m.IntoId, "merges into");
            if (m.DuplicateId == m.IntoId)
            {
                errors.Add(Conflict($"'{m.DuplicateId}' is merged into itself.", m.DuplicateId));
            }
            else if (!into.TryAdd(m.DuplicateId, m.IntoId))
            {
                errors.Add(Conflict($"'{m.DuplicateId}' is merged into two topics.", m.DuplicateId));
            }

            if (pinned.Contains(m.DuplicateId, StringComparer.Ordinal) || excluded.Any(e => e.TopicId == m.DuplicateId))
            {
                errors.Add(Conflict($"'{m.DuplicateId}' is merged away, so it cannot also be pinned or excluded; curate '{m.IntoId}' instead.", m.DuplicateId));
            }
        }

        var root = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (start, current) in MergeChains.Roots(into))
        {
            if (current is null)
            {
                errors.Add(Conflict($"The merges starting at '{start}' form a cycle.", start));
                continue;
            }

            if (excluded.Any(e => e.TopicId == current))
            {
                errors.Add(Conflict($"'{start}' is merged into '{current}', which is excluded.", start));
            }

            root[start] = current;
        }

        return root;
    }

    private static SummitError Conflict(string message, string topic) =>
        new SummitError(ErrorCodes.Selection.CurationConflict, message).WithMetadata("topic", topic);

    private static Result<TopicSelectionResult> TooLarge() =>
        Result.Fail<TopicSelectionResult>(new SummitError(
            ErrorCodes.Selection.TopicSearchTooLarge,
            $"Fitting the topics into the sessions needed more than {SessionFit.StepLimit.ToString(CultureInfo.InvariantCulture)} search steps; use fewer sessions or fewer topics."));
}
