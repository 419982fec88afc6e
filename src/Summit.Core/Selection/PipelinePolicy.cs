using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using FluentResults;

namespace Summit.Core.Selection;

/// <summary>
/// The built-in policy shape: filters, then a lexicographic ranking (ties finally broken by ordinal identifier), then
/// an ordered fill of the places and the standby list under quotas and caps.
/// </summary>
/// <remarks>
/// Confirmed candidates keep their places and count towards quotas and caps first. Quota minimums are then reserved
/// in declaration order, each by the best-ranked members that break no maximum or cap. The remaining places, then the
/// standby places, go down the ranking, skipping anyone a maximum or cap blocks. Standby ranks count towards quotas
/// and caps as if selected, so promoting standby candidates one at a time never breaks a maximum or a cap.
/// </remarks>
internal sealed class PipelinePolicy<T>(
    string name,
    ImmutableArray<FilterStage<T>> filters,
    ImmutableArray<OrderStage<T>> orders,
    ImmutableArray<QuotaStage<T>> quotas,
    ImmutableArray<CapStage<T>> caps) : ISelectionPolicy<T>
{
    private static readonly SelectionReason ConfirmedReason = new(SelectionReasonCodes.Confirmed, "Already confirmed before this selection; kept.");
    private static readonly SelectionReason SeatReason = new(SelectionReasonCodes.Seat, "Took a place in rank order.");
    private static readonly SelectionReason BelowStandbyReason = new(SelectionReasonCodes.BelowStandby, "Ranked below the last place and the last standby place.");

    public string Name { get; } = name;

    public bool IsOrderIndependent => true;

    public ImmutableArray<FilterStage<T>> Filters { get; } = filters;

    public ImmutableArray<OrderStage<T>> Orders { get; } = orders;

    public ImmutableArray<QuotaStage<T>> Quotas { get; } = quotas;

    public ImmutableArray<CapStage<T>> Caps { get; } = caps;

    public Result<SelectionResult<T>> Select(SelectionContext<T> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var candidates = context.Candidates;
        var ids = context.Ids;
        var n = candidates.Length;
        var outcomes = new CandidateOutcome<T>[n];
        var quotaCounts = new int[Quotas.Length];
        var capCounts = new Dictionary<string, int>[Caps.Length];
        for (var c = 0; c < capCounts.Length; c++)
        {
            capCounts[c] = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        }

        var confirmedCount = 0;
        var anyConfirmed = !context.Confirmed.IsEmpty;
        var eligible = ArrayPool<int>.Shared.Rent(n);
        var eligibleCount = 0;
        List<SelectionReason>? filterReasons = null;
        var perCandidateList = new List<int>();
        var inputKeys = new long[Orders.Length][];
        for (var s = 0; s < Orders.Length; s++)
        {
            if (Orders[s].PerCandidate)
            {
                perCandidateList.Add(s);
                inputKeys[s] = ArrayPool<long>.Shared.Rent(n);
            }
        }

        var perCandidate = perCandidateList.ToArray();
        var orders = Orders.AsSpan();
        var prefixes = ArrayPool<ulong>.Shared.Rent(n);

        for (var i = 0; i < n; i++)
        {
            var candidate = candidates[i];
            if (anyConfirmed && context.IsConfirmed(ids[i]))
            {
                confirmedCount++;
                Count(candidate, quotaCounts, capCounts, 1);
                outcomes[i] = new CandidateOutcome<T>(candidate, ids[i], SelectionOutcomeKind.Selected, null, [ConfirmedReason]);
                continue;
            }

            filterReasons?.Clear();
            foreach (var filter in Filters)
            {
                if (filter.Excludes(candidate))
                {
                    (filterReasons ??= []).Add(new SelectionReason(filter.Code, filter.Message));
                }
            }

            if (filterReasons is { Count: > 0 })
            {
                outcomes[i] = new CandidateOutcome<T>(candidate, ids[i], SelectionOutcomeKind.NotSelected, null, [.. filterReasons]);
            }
            else
            {
                // In input order, while the candidate's fields are in the cache.
                prefixes[eligibleCount] = CanonicalOrder.Prefix(ids[i]);
                eligible[eligibleCount++] = i;
                foreach (var s in perCandidate)
                {
                    inputKeys[s][i] = orders[s].KeyOf(candidate);
                }
            }
        }

        var freeSeats = context.Capacity - confirmedCount;
        var needed = new int[Quotas.Length];
        var totalNeeded = 0;
        for (var q = 0; q < Quotas.Length; q++)
        {
            needed[q] = Math.Max(0, Quotas[q].Minimum - quotaCounts[q]);
            totalNeeded += needed[q];
        }

        void ReturnPooled()
        {
            foreach (var s in perCandidate)
            {
                ArrayPool<long>.Shared.Return(inputKeys[s]);
            }

            ArrayPool<ulong>.Shared.Return(prefixes);
        }

        if (totalNeeded > freeSeats)
        {
            ArrayPool<int>.Shared.Return(eligible);
            ReturnPooled();
            return Result.Fail<SelectionResult<T>>(new SummitError(
                    ErrorCodes.Selection.QuotaMinimumsExceedCapacity,
                    $"Policy '{Name}': the quota minimums need {totalNeeded.ToString(CultureInfo.InvariantCulture)} places but only {freeSeats.ToString(CultureInfo.InvariantCulture)} are free.")
                .WithMetadata("policy", Name).WithMetadata("needed", totalNeeded).WithMetadata("free", freeSeats));
        }

        CanonicalOrder.SortByPrefixes(eligible, prefixes, eligibleCount, ids);
        var m = eligibleCount;
        var columns = new long[Orders.Length][];
        ImmutableArray<SummitError>? stageErrors = null;
        for (var s = 0; s < Orders.Length; s++)
        {
            var column = columns[s] = ArrayPool<long>.Shared.Rent(m);
            if (Orders[s].PerCandidate)
            {
                var source = inputKeys[s];
                for (var k = 0; k < m; k++)
                {
                    column[k] = source[eligible[k]];
                }
            }
            else
            {
                stageErrors ??= Orders[s].FillKeys(new EligibleView(candidates, eligible, m), context, column.AsSpan(0, m));
            }
        }

        ReturnPooled();
        var keys = stageErrors is null ? RankKeys.Create(columns, m, eligible.AsSpan(0, m), n) : null;
        foreach (var column in columns)
        {
            ArrayPool<long>.Shared.Return(column);
        }

        if (stageErrors is { } errors)
        {
            ArrayPool<int>.Shared.Return(eligible);
            return Result.Fail<SelectionResult<T>>(errors.Select(e => e.WithMetadata("policy", Name)));
        }

        var order = new RankOrder(keys!, eligible.AsSpan(0, m));
        var explainer = new RankExplainer(Orders, candidates, order, m);
        void Decide(int k, SelectionOutcomeKind kind, int? rank, SelectionReason reason)
        {
            var i = eligible[k];
            explainer.SetDecisive(i, reason);
            outcomes[i] = new CandidateOutcome<T>(candidates[i], ids[i], kind, rank, explainer, i);
        }

        for (var q = 0; q < Quotas.Length && totalNeeded > 0; q++)
        {
            for (var r = 0; needed[q] > 0 && order.TryGet(r, out var k); r++)
            {
                if (outcomes[eligible[k]] is not null || !Quotas[q].IsMember(candidates[eligible[k]]) || Blocked(candidates[eligible[k]], quotaCounts, capCounts) is not null)
                {
                    continue;
                }

                Decide(k, SelectionOutcomeKind.Selected, null, new SelectionReason(SelectionReasonCodes.QuotaMinimum, $"Took a place reserved by the minimum of quota '{Quotas[q].Name}' ({Quotas[q].Minimum.ToString(CultureInfo.InvariantCulture)})."));
                Count(candidates[eligible[k]], quotaCounts, capCounts, 1);
                needed[q]--;
                freeSeats--;
            }
        }

        var standbyLeft = context.StandbyPlaces;
        var standbyRank = 0;
        for (var r = 0; (freeSeats > 0 || standbyLeft > 0) && order.TryGet(r, out var k); r++)
        {
            if (outcomes[eligible[k]] is not null)
            {
                continue;
            }

            var blocked = Blocked(candidates[eligible[k]], quotaCounts, capCounts);
            if (blocked is not null)
            {
                Decide(k, SelectionOutcomeKind.NotSelected, null, blocked);
                continue;
            }

            Count(candidates[eligible[k]], quotaCounts, capCounts, 1);
            if (freeSeats > 0)
            {
                freeSeats--;
                Decide(k, SelectionOutcomeKind.Selected, null, SeatReason);
            }
            else
            {
                standbyLeft--;
                standbyRank++;
                Decide(k, SelectionOutcomeKind.Standby, standbyRank, new SelectionReason(SelectionReasonCodes.Standby, string.Create(CultureInfo.InvariantCulture, $"Standby rank {standbyRank} in rank order.")));
            }
        }

        // Everyone still without an outcome is eligible and ranked below the standby line; in input order, which
        // reads the arrays front to back (the explainer's default decisive reason is BelowStandbyReason).
        for (var i = 0; i < n; i++)
        {
            outcomes[i] ??= new CandidateOutcome<T>(candidates[i], ids[i], SelectionOutcomeKind.NotSelected, null, explainer, i);
        }

        order.Release();
        ArrayPool<int>.Shared.Return(eligible);
        return new SelectionResult<T>(Name, context.Capacity, context.StandbyPlaces, context.Random.Description, ImmutableCollectionsMarshal.AsImmutableArray(outcomes), [], context.IdOf);
    }

    private SelectionReason? Blocked(T candidate, int[] quotaCounts, Dictionary<string, int>[] capCounts)
    {
        for (var q = 0; q < Quotas.Length; q++)
        {
            if (quotaCounts[q] >= Quotas[q].Maximum && Quotas[q].IsMember(candidate))
            {
                return new SelectionReason(SelectionReasonCodes.QuotaMaximum, $"Quota '{Quotas[q].Name}' already has its maximum of {Quotas[q].Maximum.ToString(CultureInfo.InvariantCulture)}.");
            }
        }

        for (var c = 0; c < Caps.Length; c++)
        {
            foreach (var group in Caps[c].GroupsOf(candidate))
            {
                if (capCounts[c].GetValueOrDefault(group) >= Caps[c].Maximum)
                {
                    return new SelectionReason(SelectionReasonCodes.Cap, $"'{group}' already has the {Caps[c].Name} of {Caps[c].Maximum.ToString(CultureInfo.InvariantCulture)}.");
                }
            }
        }

        return null;
    }

    private void Count(T candidate, int[] quotaCounts, Dictionary<string, int>[] capCounts, int delta)
    {
        for (var q = 0; q < Quotas.Length; q++)
        {
            if (Quotas[q].IsMember(candidate))
            {
                quotaCounts[q] += delta;
            }
        }

        for (var c = 0; c < Caps.Length; c++)
        {
            foreach (var group in Caps[c].GroupsOf(candidate).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                capCounts[c][group] = capCounts[c].GetValueOrDefault(group) + delta;
            }
        }
    }

    /// <summary>Words the rank sentence of a ranked candidate on first read; the index is the candidate's input index.</summary>
    private sealed class RankExplainer(ImmutableArray<OrderStage<T>> orders, ImmutableArray<T> candidates, RankOrder order, int eligibleCount) : IReasonText, IOutcomeReasons
    {
        // Decisive reasons other than "below standby", by input index: the few hundred candidates the fill reached.
        private readonly Dictionary<int, SelectionReason> _decisive = [];

        /// <summary>Records a candidate's decisive reason (only while the selection runs).</summary>
        public void SetDecisive(int index, SelectionReason reason)
        {
            if (!ReferenceEquals(reason, BelowStandbyReason))
            {
                _decisive[index] = reason;
            }
        }

        public SelectionReason[] ReasonsOf(int index) =>
            [_decisive.GetValueOrDefault(index, BelowStandbyReason), new SelectionReason(SelectionReasonCodes.Rank, this, index)];

        public string Text(int index)
        {
            var keys = order.Keys;
            var text = new StringBuilder();
            text.Append("Ranked ").Append(order.PositionOf(keys.ItemAt(index))).Append(" of ").Append(eligibleCount).Append(" eligible");
            for (var s = 0; s < orders.Length; s++)
            {
                text.Append(s == 0 ? ": " : "; ").Append(orders[s].Describe(candidates[index], keys.Column(s, index)));
            }

            return text.Append('.').ToString();
        }
    }

    /// <summary>The eligible candidates in ordinal identifier order, without copying them.</summary>
    private sealed class EligibleView(ImmutableArray<T> candidates, int[] eligible, int count) : IReadOnlyList<T>
    {
        public int Count => count;

        public T this[int index] => (uint)index < (uint)count ? candidates[eligible[index]] : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<T> GetEnumerator()
        {
            for (var k = 0; k < count; k++)
            {
                yield return candidates[eligible[k]];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
