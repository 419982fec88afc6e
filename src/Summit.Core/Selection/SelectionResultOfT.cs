using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using FluentResults;

namespace Summit.Core.Selection;

/// <summary>The outcome of a selection for every candidate, with reasons, plus what happened since (declines, promotions, walk-ins).</summary>
/// <typeparam name="TCandidate">The kind of candidate.</typeparam>
/// <remarks>
/// Immutable and thread-safe. <see cref="Outcomes"/> keeps the candidates' order (walk-ins appended). Standby works
/// one place at a time: <see cref="Decline"/> frees a place and offers it to standby rank 1 only; the other standby
/// ranks move up by one; every step is kept in <see cref="History"/>. <see cref="AddWalkIn"/> takes a free place.
/// </remarks>
public sealed class SelectionResult<TCandidate>
{
    private readonly Func<TCandidate, string> _idOf;

    internal SelectionResult(
        string policyName,
        int capacity,
        int standbyPlaces,
        string randomSource,
        ImmutableArray<CandidateOutcome<TCandidate>> outcomes,
        ImmutableArray<SelectionEvent> history,
        Func<TCandidate, string> idOf)
    {
        PolicyName = policyName;
        Capacity = capacity;
        StandbyPlaces = standbyPlaces;
        RandomSource = randomSource;
        Outcomes = outcomes;
        History = history;
        _idOf = idOf;
    }

    /// <summary>Gets the name of the policy that decided.</summary>
    public string PolicyName { get; }

    /// <summary>Gets the number of places.</summary>
    public int Capacity { get; }

    /// <summary>Gets the number of standby places the selection was asked for.</summary>
    public int StandbyPlaces { get; }

    /// <summary>Gets the description of the random source (algorithm and key or seed), so anyone can repeat a lottery.</summary>
    public string RandomSource { get; }

    /// <summary>Gets every candidate's outcome, in the candidates' order; walk-ins are appended.</summary>
    public ImmutableArray<CandidateOutcome<TCandidate>> Outcomes { get; }

    /// <summary>Gets the declines, promotions and walk-ins since the selection, oldest first.</summary>
    public ImmutableArray<SelectionEvent> History { get; }

    /// <summary>Gets the selected candidates, in the candidates' order.</summary>
    public ImmutableArray<CandidateOutcome<TCandidate>> Selected => [.. Outcomes.Where(o => o.Kind == SelectionOutcomeKind.Selected)];

    /// <summary>Gets the standby list, rank 1 first.</summary>
    public ImmutableArray<CandidateOutcome<TCandidate>> Standby =>
        [.. Outcomes.Where(o => o.Kind == SelectionOutcomeKind.Standby).OrderBy(o => o.StandbyRank)];

    /// <summary>Gets the candidates who gave up a place or a standby rank, in the candidates' order.</summary>
    public ImmutableArray<CandidateOutcome<TCandidate>> Declined => [.. Outcomes.Where(o => o.Kind == SelectionOutcomeKind.Declined)];

    /// <summary>Gets the candidates with neither a place nor a standby rank, in the candidates' order.</summary>
    public ImmutableArray<CandidateOutcome<TCandidate>> NotSelected => [.. Outcomes.Where(o => o.Kind == SelectionOutcomeKind.NotSelected)];

    /// <summary>Gets the number of places nobody holds (never negative for a well-formed result).</summary>
    public int FreePlaces => Capacity - Outcomes.Count(o => o.Kind == SelectionOutcomeKind.Selected);

    /// <summary>Finds a candidate's outcome by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The outcome, or null when no candidate has that identifier.</returns>
    public CandidateOutcome<TCandidate>? Find(string id) => Outcomes.FirstOrDefault(o => string.Equals(o.Id, id, StringComparison.Ordinal));

    /// <summary>Records that a selected or standby candidate gives up; a freed place goes to standby rank 1, if any.</summary>
    /// <param name="id">The candidate who declines.</param>
    /// <param name="at">When they declined.</param>
    /// <returns>The new result, or <see cref="ErrorCodes.Selection.UnknownCandidate"/> / <see cref="ErrorCodes.Selection.NotHoldingPlace"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Result<SelectionResult<TCandidate>> Decline(string id, Instant at)
    {
        ArgumentNullException.ThrowIfNull(id);
        var index = IndexOf(id);
        if (index < 0)
        {
            return Result.Fail<SelectionResult<TCandidate>>(new SummitError(ErrorCodes.Selection.UnknownCandidate, $"No candidate has the identifier '{id}'.").WithMetadata("candidate", id));
        }

        var declining = Outcomes[index];
        if (declining.Kind is SelectionOutcomeKind.NotSelected or SelectionOutcomeKind.Declined)
        {
            return Result.Fail<SelectionResult<TCandidate>>(new SummitError(ErrorCodes.Selection.NotHoldingPlace, $"'{id}' holds neither a place nor a standby rank, so cannot decline.").WithMetadata("candidate", id));
        }

        var when = InstantPattern.General.Format(at);
        var outcomes = Outcomes.ToBuilder();
        var history = History.ToBuilder();
        var declinedRank = declining.StandbyRank;
        outcomes[index] = declining with
        {
            Kind = SelectionOutcomeKind.Declined,
            StandbyRank = null,
            Reasons = declining.Reasons.AsImmutableArray().Insert(0, new SelectionReason(SelectionReasonCodes.Declined, $"Declined at {when}.")),
        };
        history.Add(new SelectionEvent(SelectionEventKind.Declined, at, id, $"{id} declined {(declinedRank is null ? "a place" : "standby rank " + declinedRank.Value.ToString(CultureInfo.InvariantCulture))}."));

        if (declining.Kind == SelectionOutcomeKind.Selected)
        {
            var first = IndexOfStandbyRank(outcomes, 1);
            if (first >= 0)
            {
                var promoted = outcomes[first];
                outcomes[first] = promoted with
                {
                    Kind = SelectionOutcomeKind.Selected,
                    StandbyRank = null,
                    Reasons = promoted.Reasons.AsImmutableArray().Insert(0, new SelectionReason(SelectionReasonCodes.Promoted, $"Promoted from standby rank 1 to the place {id} gave up at {when}.")),
                };
                history.Add(new SelectionEvent(SelectionEventKind.Promoted, at, promoted.Id, $"{promoted.Id} took the place {id} gave up."));
                ShiftStandby(outcomes, 1);
            }
        }
        else
        {
            ShiftStandby(outcomes, declinedRank!.Value);
        }

        return new SelectionResult<TCandidate>(PolicyName, Capacity, StandbyPlaces, RandomSource, outcomes.ToImmutable(), history.ToImmutable(), _idOf);
    }

    /// <summary>Gives a free place to someone who turns up on the day.</summary>
    /// <param name="candidate">The walk-in; may be a candidate who was not selected.</param>
    /// <param name="at">When they took the place.</param>
    /// <returns>The new result, or <see cref="ErrorCodes.Selection.NoFreePlace"/> when every place is held, or
    /// <see cref="ErrorCodes.Selection.NotHoldingPlace"/> when the walk-in already holds a place or a standby rank.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is null.</exception>
    public Result<SelectionResult<TCandidate>> AddWalkIn(TCandidate candidate, Instant at)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var id = _idOf(candidate);
        var index = IndexOf(id);
        if (index >= 0 && Outcomes[index].Kind != SelectionOutcomeKind.NotSelected)
        {
            return Result.Fail<SelectionResult<TCandidate>>(new SummitError(ErrorCodes.Selection.NotHoldingPlace, $"'{id}' already holds a place or a standby rank; only people without one walk in.").WithMetadata("candidate", id));
        }

        if (FreePlaces <= 0)
        {
            return Result.Fail<SelectionResult<TCandidate>>(new SummitError(ErrorCodes.Selection.NoFreePlace, $"Every one of the {Capacity.ToString(CultureInfo.InvariantCulture)} places is taken; '{id}' cannot walk in.").WithMetadata("candidate", id));
        }

        var reason = new SelectionReason(SelectionReasonCodes.WalkIn, $"Took a free place on the day at {InstantPattern.General.Format(at)}.");
        var outcomes = index >= 0
            ? Outcomes.SetItem(index, Outcomes[index] with { Kind = SelectionOutcomeKind.Selected, Reasons = Outcomes[index].Reasons.AsImmutableArray().Insert(0, reason) })
            : Outcomes.Add(new CandidateOutcome<TCandidate>(candidate, id, SelectionOutcomeKind.Selected, null, [reason]));
        var history = History.Add(new SelectionEvent(SelectionEventKind.WalkIn, at, id, $"{id} walked in."));
        return new SelectionResult<TCandidate>(PolicyName, Capacity, StandbyPlaces, RandomSource, outcomes, history, _idOf);
    }

    /// <summary>Gives a place to a candidate who does not hold one, by an organizers' decision.</summary>
    /// <param name="candidate">The candidate (appended when not yet among the outcomes).</param>
    /// <param name="at">When.</param>
    /// <param name="reason">The reason to put first on the outcome.</param>
    /// <param name="kind">The history entry's kind.</param>
    /// <param name="message">The history entry's message.</param>
    /// <returns>The new result (no capacity check: the caller decides).</returns>
    internal SelectionResult<TCandidate> Seat(TCandidate candidate, Instant at, SelectionReason reason, SelectionEventKind kind, string message)
    {
        var id = _idOf(candidate);
        var index = IndexOf(id);
        var outcomes = index >= 0
            ? Outcomes.SetItem(index, Outcomes[index] with { Kind = SelectionOutcomeKind.Selected, StandbyRank = null, Reasons = Outcomes[index].Reasons.AsImmutableArray().Insert(0, reason) })
            : Outcomes.Add(new CandidateOutcome<TCandidate>(candidate, id, SelectionOutcomeKind.Selected, null, [reason]));
        var builder = outcomes.ToBuilder();
        if (index >= 0 && Outcomes[index].StandbyRank is { } rank)
        {
            ShiftStandby(builder, rank);
        }

        return new SelectionResult<TCandidate>(PolicyName, Capacity, StandbyPlaces, RandomSource, builder.ToImmutable(), History.Add(new SelectionEvent(kind, at, id, message)), _idOf);
    }

    /// <summary>Adds a reason to a candidate's outcome (after the first one).</summary>
    /// <param name="id">The candidate.</param>
    /// <param name="reason">The reason.</param>
    /// <returns>The new result; unchanged when no candidate has the id.</returns>
    internal SelectionResult<TCandidate> WithReason(string id, SelectionReason reason)
    {
        var index = IndexOf(id);
        if (index < 0)
        {
            return this;
        }

        var outcome = Outcomes[index];
        var reasons = outcome.Reasons.IsDefaultOrEmpty ? [reason] : outcome.Reasons.AsImmutableArray().Insert(1, reason);
        return new SelectionResult<TCandidate>(PolicyName, Capacity, StandbyPlaces, RandomSource, Outcomes.SetItem(index, outcome with { Reasons = reasons }), History, _idOf);
    }

    /// <summary>Adds outcomes for candidates outside the selection (for example people who withdrew before it was published).</summary>
    /// <param name="outcomes">The outcomes to append.</param>
    /// <returns>The new result.</returns>
    internal SelectionResult<TCandidate> Append(IEnumerable<CandidateOutcome<TCandidate>> outcomes) =>
        new(PolicyName, Capacity, StandbyPlaces, RandomSource, Outcomes.AddRange(outcomes), History, _idOf);

    /// <summary>Returns a short summary: the policy and the counts.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{PolicyName}: {Selected.Length} selected of {Capacity}, {Standby.Length} standby, {NotSelected.Length} not selected");

    private static int IndexOfStandbyRank(ImmutableArray<CandidateOutcome<TCandidate>>.Builder outcomes, int rank)
    {
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i].Kind == SelectionOutcomeKind.Standby && outcomes[i].StandbyRank == rank)
            {
                return i;
            }
        }

        return -1;
    }

    private static void ShiftStandby(ImmutableArray<CandidateOutcome<TCandidate>>.Builder outcomes, int freedRank)
    {
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i].Kind == SelectionOutcomeKind.Standby && outcomes[i].StandbyRank > freedRank)
            {
                outcomes[i] = outcomes[i] with { StandbyRank = outcomes[i].StandbyRank - 1 };
            }
        }
    }

    private int IndexOf(string id)
    {
        for (var i = 0; i < Outcomes.Length; i++)
        {
            if (string.Equals(Outcomes[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
