using System.Globalization;
using FluentResults;

namespace Summit.Core.Selection;

/// <summary>Checks a policy's result against the contract of <see cref="ISelectionPolicy{TCandidate}"/>.</summary>
internal static class SelectionContract
{
    public static List<string> Violations<T>(SelectionContext<T> context, SelectionResult<T> result)
    {
        var problems = new List<string>();
        var expected = new HashSet<string>(context.Ids, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var selected = 0;
        var standbyRanks = new List<int>();
        foreach (var outcome in result.Outcomes)
        {
            if (outcome is null)
            {
                problems.Add("an outcome is null");
                continue;
            }

            if (!expected.Contains(outcome.Id))
            {
                problems.Add($"outcome for '{outcome.Id}', who is not a candidate");
            }
            else if (!seen.Add(outcome.Id))
            {
                problems.Add($"'{outcome.Id}' has more than one outcome");
            }

            if (outcome.Reasons.IsDefaultOrEmpty)
            {
                problems.Add($"'{outcome.Id}' has no reason");
            }

            switch (outcome.Kind)
            {
                case SelectionOutcomeKind.Selected:
                    selected++;
                    break;
                case SelectionOutcomeKind.Standby when outcome.StandbyRank is { } rank:
                    standbyRanks.Add(rank);
                    break;
                case SelectionOutcomeKind.Standby:
                    problems.Add($"'{outcome.Id}' is on standby without a rank");
                    break;
                default:
                    break;
            }

            if (outcome.Kind != SelectionOutcomeKind.Standby && outcome.StandbyRank is not null)
            {
                problems.Add($"'{outcome.Id}' has a standby rank but is {outcome.Kind}");
            }

            if (context.IsConfirmed(outcome.Id) && outcome.Kind != SelectionOutcomeKind.Selected)
            {
                problems.Add($"'{outcome.Id}' was confirmed but is now {outcome.Kind}");
            }
        }

        foreach (var id in context.Ids.Where(id => !seen.Contains(id)))
        {
            problems.Add($"'{id}' has no outcome");
        }

        if (selected > context.Capacity)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{selected} selected but the capacity is {context.Capacity}"));
        }

        if (standbyRanks.Count > context.StandbyPlaces)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{standbyRanks.Count} on standby but there are {context.StandbyPlaces} standby places"));
        }

        standbyRanks.Sort();
        for (var i = 0; i < standbyRanks.Count; i++)
        {
            if (standbyRanks[i] != i + 1)
            {
                problems.Add($"standby ranks are not 1..{standbyRanks.Count.ToString(CultureInfo.InvariantCulture)} without gaps: [{string.Join(", ", standbyRanks)}]");
                break;
            }
        }

        return problems;
    }

    public static Result<SelectionResult<T>> Check<T>(string policyName, SelectionContext<T> context, SelectionResult<T> result)
    {
        var problems = Violations(context, result);
        return problems.Count == 0
            ? result
            : Result.Fail<SelectionResult<T>>(problems.Select(p => new SummitError(ErrorCodes.Selection.PolicyBrokeContract, $"Policy '{policyName}' broke the selection contract: {p}.").WithMetadata("policy", policyName)));
    }
}
