using System.Collections.Immutable;
using System.Globalization;
using FluentResults;

namespace Summit.Core.Selection;

/// <summary>A policy from a ranking function: confirmed first, then places and standby down the ranking.</summary>
internal sealed class LambdaPolicy<T>(string name, Func<SelectionContext<T>, IEnumerable<T>> rank, bool isOrderIndependent) : ISelectionPolicy<T>
{
    public string Name { get; } = name;

    public bool IsOrderIndependent { get; } = isOrderIndependent;

    public Result<SelectionResult<T>> Select(SelectionContext<T> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < context.Ids.Length; i++)
        {
            index[context.Ids[i]] = i;
        }

        var outcomes = new CandidateOutcome<T>?[context.Candidates.Length];
        var freeSeats = context.Capacity;
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (context.IsConfirmed(context.Ids[i]))
            {
                freeSeats--;
                outcomes[i] = new CandidateOutcome<T>(context.Candidates[i], context.Ids[i], SelectionOutcomeKind.Selected, null, [new SelectionReason(SelectionReasonCodes.Confirmed, "Already confirmed before this selection; kept.")]);
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        var standbyRank = 0;
        foreach (var candidate in rank(context) ?? [])
        {
            var id = candidate is null ? string.Empty : context.IdOf(candidate);
            if (!index.TryGetValue(id, out var i) || !seen.Add(id))
            {
                return Result.Fail<SelectionResult<T>>(new SummitError(
                        ErrorCodes.Selection.PolicyRankedUnknownCandidate,
                        $"Policy '{Name}' ranked '{id}', which is not a candidate or was ranked twice.")
                    .WithMetadata("policy", Name).WithMetadata("candidate", id));
            }

            if (outcomes[i] is not null)
            {
                continue;
            }

            position++;
            var rankReason = new SelectionReason(SelectionReasonCodes.Rank, string.Create(CultureInfo.InvariantCulture, $"Ranked {position} by policy '{Name}'."));
            if (freeSeats > 0)
            {
                freeSeats--;
                outcomes[i] = new CandidateOutcome<T>(context.Candidates[i], id, SelectionOutcomeKind.Selected, null, [new SelectionReason(SelectionReasonCodes.Seat, "Took a place in rank order."), rankReason]);
            }
            else if (standbyRank < context.StandbyPlaces)
            {
                standbyRank++;
                outcomes[i] = new CandidateOutcome<T>(context.Candidates[i], id, SelectionOutcomeKind.Standby, standbyRank, [new SelectionReason(SelectionReasonCodes.Standby, string.Create(CultureInfo.InvariantCulture, $"Standby rank {standbyRank} in rank order.")), rankReason]);
            }
            else
            {
                outcomes[i] = new CandidateOutcome<T>(context.Candidates[i], id, SelectionOutcomeKind.NotSelected, null, [new SelectionReason(SelectionReasonCodes.BelowStandby, "Ranked below the last place and the last standby place."), rankReason]);
            }
        }

        for (var i = 0; i < outcomes.Length; i++)
        {
            outcomes[i] ??= new CandidateOutcome<T>(context.Candidates[i], context.Ids[i], SelectionOutcomeKind.NotSelected, null, [new SelectionReason(SelectionReasonCodes.NotRanked, $"Not ranked by policy '{Name}'.")]);
        }

        return SelectionResult.Create(context, Name, outcomes.Select(o => o!));
    }
}
