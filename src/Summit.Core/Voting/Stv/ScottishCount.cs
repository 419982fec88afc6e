using System.Collections.Immutable;
using System.Globalization;
using FluentResults;

namespace Summit.Core.Voting.Stv;

/// <summary>One Scottish STV count (see <see cref="ScottishStvMethod"/>); single use, not thread-safe.</summary>
/// <remarks>
/// Values are longs scaled by 10^5. Each distinct ballot moves as a parcel: its papers all carry the same value, so
/// crediting <c>value × weight</c> equals crediting every paper. Ballots wait in per-candidate piles, so a transfer
/// touches only the transferring candidate's ballots.
/// </remarks>
internal sealed class ScottishCount
{
    private const long S = StvFixed.Scale;

    private readonly BallotProfile _profile;
    private readonly TallyOptions _options;
    private readonly StvBallots _ballots;
    private readonly int _n;
    private readonly long[] _votes;
    private readonly CandidateStatus[] _status;
    private readonly bool[] _pending;
    private readonly long[] _value;
    private readonly int[] _position;
    private readonly List<int>[] _piles;
    private readonly List<long[]> _history = [];
    private readonly List<TallyRound> _rounds = [];
    private readonly List<TieBreakRecord> _ties = [];
    private readonly List<int> _electedOrder = [];
    private readonly List<int> _excludedOrder = [];
    private readonly long _quota;
    private long _exhausted;
    private long _residual;
    private long[] _previous;

    public ScottishCount(BallotProfile profile, TallyOptions options, StvBallots ballots)
    {
        _profile = profile;
        _options = options;
        _ballots = ballots;
        _n = profile.Candidates.Length;
        _votes = new long[_n];
        _previous = new long[_n];
        _status = new CandidateStatus[_n];
        _pending = new bool[_n];
        _value = new long[ballots.Count];
        _position = new int[ballots.Count];
        _piles = new List<int>[_n];
        for (var c = 0; c < _n; c++)
        {
            _piles[c] = [];
        }

        foreach (var w in profile.Withdrawn)
        {
            _status[w] = CandidateStatus.Withdrawn;
        }

        _quota = ((ballots.ValidWeight / (options.Seats + 1)) + 1) * S;
    }

    private int SeatsLeft => _options.Seats - _electedOrder.Count;

    private int HopefulCount => _status.Count(s => s == CandidateStatus.Hopeful);

    public Result<TallyResult> Run()
    {
        // Rule 45: first preferences.
        for (var b = 0; b < _ballots.Count; b++)
        {
            _value[b] = S;
            _position[b] = _ballots.BallotStart[b] - 1;
            if (_ballots.BallotStart[b + 1] > _ballots.BallotStart[b])
            {
                MoveOn(b);
            }
        }

        var elected = ElectByQuota();
        Record("First preferences", elected, [], firstStage: true);
        while (!Complete())
        {
            // Rules 48, 49: the largest surplus first.
            var pending = Enumerable.Range(0, _n).Where(c => _pending[c]).ToList();
            if (pending.Count > 0)
            {
                var high = pending.Max(c => _votes[c]);
                var tiedHigh = pending.Where(c => _votes[c] == high).ToList();
                var chosen = BreakTie(tiedHigh, highest: true, "largest surplus");
                if (chosen.IsFailed)
                {
                    return Result.Fail<TallyResult>(chosen.Errors);
                }

                var c = chosen.Value;
                var surplus = _votes[c] - _quota;
                TransferSurplus(c);
                elected = ElectByQuota();
                Record($"Surplus of {_profile.Candidates[c]} ({Format(surplus)}) transferred", elected, []);
                continue;
            }

            // Rules 50, 51: exclude the lowest.
            var hopeful = Enumerable.Range(0, _n).Where(c => _status[c] == CandidateStatus.Hopeful).ToList();
            var low = hopeful.Min(c => _votes[c]);
            var tiedLow = hopeful.Where(c => _votes[c] == low).ToList();
            var lowest = BreakTie(tiedLow, highest: false, "exclusion");
            if (lowest.IsFailed)
            {
                return Result.Fail<TallyResult>(lowest.Errors);
            }

            var x = lowest.Value;
            var excludedVotes = _votes[x];
            Exclude(x);

            // droop checks for the end of the count before electing anyone after an exclusion; the remaining
            // candidates are then elected under rule 52, which gives the same seats.
            if (Complete())
            {
                Record($"{_profile.Candidates[x]} excluded ({Format(excludedVotes)}); papers transferred", [], [x]);
                break;
            }

            elected = ElectByQuota();
            Record($"{_profile.Candidates[x]} excluded ({Format(excludedVotes)}); papers transferred", elected, [x]);
        }

        FinishRemaining();
        return Result.Ok(new TallyResult(
            ScottishStvMethod.MethodName,
            _options.Seats,
            [.. _electedOrder.Select(c => _profile.Candidates[c])],
            EquatableArray.Nest(StvBallots.Ranking(_profile, _electedOrder, _excludedOrder, _votes.Select(StvFixed.ToDecimal).ToArray())),
            [.. _rounds],
            [.. _ties],
            null,
            null,
            _ballots.ValidWeight));
    }

    private static string Format(long value) => StvFixed.ToDecimal(value).ToString("0.00000", CultureInfo.InvariantCulture);

    private bool Complete() => SeatsLeft <= 0 || HopefulCount <= SeatsLeft;

    private void FinishRemaining()
    {
        var hopeful = Enumerable.Range(0, _n).Where(c => _status[c] == CandidateStatus.Hopeful)
            .OrderByDescending(c => _votes[c]).ThenBy(c => c).ToList();
        if (hopeful.Count == 0)
        {
            return;
        }

        if (hopeful.Count <= SeatsLeft)
        {
            // Rule 52: the continuing candidates fill the last vacancies; no further transfer.
            foreach (var c in hopeful)
            {
                _status[c] = CandidateStatus.Elected;
                _electedOrder.Add(c);
            }

            Record("Remaining candidates elected (rule 52)", hopeful, [], noTransfer: true);
        }
        else
        {
            // Not added to the exclusion order: the ranking places them by their final votes.
            foreach (var c in hopeful)
            {
                _status[c] = CandidateStatus.Excluded;
            }

            Record("Count complete: remaining candidates not elected", [], hopeful, noTransfer: true);
        }
    }

    /// <summary>Rule 47: elects every hopeful candidate at or above the quota, most votes first.</summary>
    private List<int> ElectByQuota()
    {
        var elected = Enumerable.Range(0, _n)
            .Where(c => _status[c] == CandidateStatus.Hopeful && _votes[c] >= _quota)
            .OrderByDescending(c => _votes[c]).ThenBy(c => c).ToList();
        foreach (var c in elected)
        {
            _status[c] = CandidateStatus.Elected;
            _pending[c] = true;
            _electedOrder.Add(c);
        }

        return elected;
    }

    /// <summary>Advances ballot <paramref name="b"/> to its next continuing candidate, or exhausts it.</summary>
    private void MoveOn(int b)
    {
        var end = _ballots.BallotStart[b + 1];
        var p = _position[b] + 1;
        // Equal ranks are refused before the count, so every tier is one position: tier p is Ranks[p].
        var ranks = _ballots.Ranks;
        while (p < end && _status[ranks[p]] != CandidateStatus.Hopeful)
        {
            p++;
        }

        _position[b] = p;
        var credit = _value[b] * _ballots.Weights[b];
        if (p < end)
        {
            var c = ranks[p];
            _votes[c] += credit;
            _piles[c].Add(b);
        }
        else
        {
            _exhausted += credit;
        }
    }

    private void TransferSurplus(int c)
    {
        var vote = _votes[c];
        var surplus = vote - _quota;
        var pile = _piles[c];
        long credited = 0;
        foreach (var b in pile)
        {
            // Rule 48(3): transfer value = value × surplus / votes, to 5 decimals, remainder ignored.
            var value = (long)((Int128)_value[b] * surplus / vote);
            _value[b] = value;
            credited += value * _ballots.Weights[b];
            MoveOn(b);
        }

        pile.Clear();
        _pending[c] = false;
        _votes[c] = _quota;
        _residual += surplus - credited;
    }

    private void Exclude(int c)
    {
        _status[c] = CandidateStatus.Excluded;
        _excludedOrder.Add(c);
        var pile = _piles[c];
        foreach (var b in pile)
        {
            MoveOn(b);
        }

        pile.Clear();
        _votes[c] = 0;
    }

    /// <summary>Rules 49(2)–(3) and 51(2): the most recent earlier stage that singles out one of the tied candidates, else lot.</summary>
    /// <remarks>
    /// At each earlier stage, most recent first, all the candidates tied now are compared; the first stage at which exactly
    /// one of them had the most votes (surplus order) or the fewest (exclusion) decides. A stage at which they differed
    /// but two or more shared that extreme decides nothing, and the look-back goes on. When no stage decides, the lot is
    /// drawn between all the candidates tied now, never only those left level at the oldest stage (droop 0.14 does the
    /// same; droop 0.11 narrowed the set stage by stage).
    /// </remarks>
    private Result<int> BreakTie(List<int> tied, bool highest, string reason)
    {
        if (tied.Count == 1)
        {
            return tied[0];
        }

        var round = _rounds.Count + 1;
        var differed = false;
        for (var stage = _history.Count - 1; stage >= 0; stage--)
        {
            var votes = _history[stage];
            var best = highest ? tied.Max(c => votes[c]) : tied.Min(c => votes[c]);
            var extreme = tied.Where(c => votes[c] == best).ToList();
            differed |= extreme.Count < tied.Count;
            if (extreme.Count == 1)
            {
                var chosen = extreme[0];
                var others = tied.Where(c => c != chosen).Order();
                var order = highest ? others.Prepend(chosen) : others.Append(chosen);
                _ties.Add(new TieBreakRecord(
                    round,
                    [.. tied.Order().Select(t => _profile.Candidates[t])],
                    [.. order.Select(t => _profile.Candidates[t])],
                    "previous-stages",
                    $"Tied for {reason}; stage {stage + 1} is the most recent earlier stage at which one of them alone had the {(highest ? "most" : "fewest")} votes: {_profile.Candidates[chosen]}."));
                return chosen;
            }
        }

        var situation = differed
            ? $"Tied for {reason}; at no earlier stage did one of them alone have the {(highest ? "most" : "fewest")} votes, so the lot is drawn between all of them"
            : $"Tied for {reason} and equal at every earlier stage";
        var history = _history.Select(h => h.Select(StvFixed.ToDecimal).ToImmutableArray()).ToImmutableArray();
        var record = StvTies.ByLot(_profile, _options, tied, highest, history, round, situation, out var drawn);
        if (record.IsFailed)
        {
            return Result.Fail<int>(record.Errors);
        }

        _ties.Add(record.Value);
        return drawn;
    }

    private void Record(string action, IReadOnlyList<int> elected, IReadOnlyList<int> excluded, bool firstStage = false, bool noTransfer = false)
    {
        var candidates = ImmutableArray.CreateBuilder<CandidateRoundTally>(_n);
        for (var c = 0; c < _n; c++)
        {
            var transfer = firstStage || noTransfer ? 0 : _votes[c] - _previous[c];
            candidates.Add(new CandidateRoundTally(_profile.Candidates[c], StvFixed.ToDecimal(_votes[c]), StvFixed.ToDecimal(transfer), _status[c]));
        }

        _rounds.Add(new TallyRound(
            _rounds.Count + 1,
            action,
            candidates.MoveToImmutable(),
            [.. elected.Select(c => _profile.Candidates[c])],
            [.. excluded.Select(c => _profile.Candidates[c])],
            StvFixed.ToDecimal(_quota),
            StvFixed.ToDecimal(_exhausted),
            StvFixed.ToDecimal(_residual)));
        if (!noTransfer)
        {
            _history.Add((long[])_votes.Clone());
        }

        _previous = (long[])_votes.Clone();
    }
}
