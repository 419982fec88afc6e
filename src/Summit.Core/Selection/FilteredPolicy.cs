using FluentResults;

namespace Summit.Core.Selection;

/// <summary>Any policy behind a filter: filtered candidates are not selected; the rest go to the inner policy.</summary>
/// <remarks>Confirmed candidates are never filtered out, so a filter added later cannot take a confirmed place away.</remarks>
internal sealed class FilteredPolicy<T>(ISelectionPolicy<T> inner, string code, string message, Func<T, bool> excludes) : ISelectionPolicy<T>
{
    public string Name => inner.Name;

    public bool IsOrderIndependent => inner.IsOrderIndependent;

    public Result<SelectionResult<T>> Select(SelectionContext<T> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var kept = new List<T>();
        var filtered = new Dictionary<string, CandidateOutcome<T>>(StringComparer.Ordinal);
        for (var i = 0; i < context.Candidates.Length; i++)
        {
            var candidate = context.Candidates[i];
            if (!context.IsConfirmed(context.Ids[i]) && excludes(candidate))
            {
                filtered[context.Ids[i]] = new CandidateOutcome<T>(candidate, context.Ids[i], SelectionOutcomeKind.NotSelected, null, [new SelectionReason(code, message)]);
            }
            else
            {
                kept.Add(candidate);
            }
        }

        var sub = SelectionContext.Create(kept, context.IdOf, context.Capacity, context.StandbyPlaces, context.At, context.Random, context.Confirmed);
        if (sub.IsFailed)
        {
            return Result.Fail<SelectionResult<T>>(sub.Errors);
        }

        var inner1 = inner.Select(sub.Value);
        if (inner1.IsFailed)
        {
            return inner1;
        }

        var decided = inner1.Value.Outcomes.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var merged = new List<CandidateOutcome<T>>(context.Candidates.Length);
        foreach (var id in context.Ids)
        {
            if (filtered.TryGetValue(id, out var outcome) || decided.Remove(id, out outcome))
            {
                merged.Add(outcome);
            }
        }

        merged.AddRange(decided.Values.OrderBy(o => o.Id, StringComparer.Ordinal));
        return SelectionResult.Create(context, inner1.Value.PolicyName, merged);
    }
}
