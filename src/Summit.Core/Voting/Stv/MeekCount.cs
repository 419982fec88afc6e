using System.Collections.Immutable;
using System.Numerics;
using FluentResults;

namespace Summit.Core.Voting.Stv;

/// <summary>One Meek count (see <see cref="MeekStvMethod"/>); single use, not thread-safe.</summary>
/// <remarks>
/// Each reported round is one of droop's actions that lists the candidates: the first preferences, each election,
/// each exclusion (shown with the votes held just before it), and the end of the count.
/// </remarks>
internal sealed class MeekCount
{
    private static readonly BigInteger Omega = Guarded.One / BigInteger.Pow(10, 9);

    private readonly BallotProfile _profile;
    private readonly TallyOptions _options;
    private readonly StvBallots _ballots;
    private readonly int _n;
    private readonly BigInteger[] _votes;
    private readonly BigInteger[] _keep;
    private readonly CandidateStatus[] _status;
    private readonly List<TallyRound> _rounds = [];
    private readonly List<TieBreakRecord> _ties = [];
    private readonly List<int> _electedOrder = [];
    private readonly List<int> _excludedOrder = [];
    private BigInteger _quota;
    private BigInteger _surplus;
    private BigInteger _exhausted;
    private BigInteger _residual;
    private BigInteger[] _previous;

    public MeekCount(BallotProfile profile, TallyOptions options, StvBallots ballots)
    {
        _profile = profile;
        _options = options;
        _ballots = ballots;
        _n = profile.Candidates.Length;
        _votes = new BigInteger[_n];
        _previous = new BigInteger[_n];
        _keep = new BigInteger[_n];
        _status = new CandidateStatus[_n];
        for (var c = 0; c < _n; c++)
        {
            _keep[c] = Guarded.One;
        }

        foreach (var w in profile.Withdrawn)
        {
            _status[w] = CandidateStatus.Withdrawn;
            _keep[w] = BigInteger.Zero;
        }
    }

    private enum Outcome
    {
        Elected,
        Omega,
        Stable,
        Batch,
    }

    private int SeatsLeft => _options.Seats - _electedOrder.Count;

    private IEnumerable<int> Hopeful => Enumerable.Range(0, _n).Where(c => _status[c] == CandidateStatus.Hopeful);

    private IEnumerable<int> Elected => Enumerable.Range(0, _n).Where(c => _status[c] == CandidateStatus.Elected);

    public Result<TallyResult> Run()
    {
        FirstPreferences();
        _quota = Guarded.FloorDiv(Guarded.FromInteger(_ballots.ValidWeight), _options.Seats + 1);
        Record("First preferences", [], []);
        while (!Complete())
        {
            var (outcome, batch) = Iterate();
            if (outcome == Outcome.Elected)
            {
                continue;
            }

            if (outcome == Outcome.Batch)
            {
                foreach (var c in batch.Order())
                {
                    Defeat(c, "certain loser: its votes and the surplus cannot reach the next candidate");
                }

                continue;
            }

            var low = Hopeful.Select(c => _votes[c]).Min();
            var tied = Hopeful.Where(c => Guarded.Compare(low + _surplus, _votes[c]) >= 0).ToList();
            var chosen = tied[0];
            if (tied.Count > 1)
            {
                var history = _rounds.Select(r => r.Candidates.Select(t => t.Votes).ToImmutableArray()).ToImmutableArray();
                var record = StvTies.ByLot(_profile, _options, tied, actedOnIsFavoured: false, history, _rounds.Count + 1, "Tied for exclusion (lowest, or within the surplus of the lowest)", out chosen);
                if (record.IsFailed)
                {
                    return Result.Fail<TallyResult>(record.Errors);
                }

                _ties.Add(record.Value);
            }

            Defeat(chosen, outcome == Outcome.Omega ? "lowest, surplus below omega" : "lowest, surplus stable");
        }

        var remainingDefeated = new List<int>();
        foreach (var c in Hopeful.ToList())
        {
            if (_electedOrder.Count < _options.Seats)
            {
                _status[c] = CandidateStatus.Elected;
                _electedOrder.Add(c);
                Record($"{_profile.Candidates[c]} elected: remaining candidate", [c], []);
            }
            else
            {
                _status[c] = CandidateStatus.Excluded;
                remainingDefeated.Add(c);
                Record($"{_profile.Candidates[c]} not elected: seats filled", [], [c]);
            }
        }

        var finalVotes = _votes.Select(Guarded.ToDecimal).ToArray();
        return Result.Ok(new TallyResult(
            MeekStvMethod.MethodName,
            _options.Seats,
            [.. _electedOrder.Select(c => _profile.Candidates[c])],
            EquatableArray.Nest(StvBallots.Ranking(_profile, _electedOrder, _excludedOrder, finalVotes)),
            [.. _rounds],
            [.. _ties],
            null,
            null,
            _ballots.ValidWeight));
    }

    private bool Complete() => SeatsLeft <= 0 || Hopeful.Count() <= SeatsLeft;

    private void Defeat(int c, string why)
    {
        _status[c] = CandidateStatus.Excluded;
        _excludedOrder.Add(c);
        Record($"{_profile.Candidates[c]} excluded ({why})", [], [c]);
        _keep[c] = BigInteger.Zero;
        _votes[c] = BigInteger.Zero;
        Distribute();
    }

    /// <summary>Each valid ballot's first rank, split equally between the candidates there.</summary>
    /// <remarks>
    /// <see cref="StvBallots"/> has already deleted withdrawn candidates, so every rank holds continuing candidates only and
    /// the split is by their number; the check below only keeps this true should a withdrawn candidate ever reach it.
    /// </remarks>
    private void FirstPreferences()
    {
        var ranks = _ballots.Ranks;
        var tiers = _ballots.TierStart;
        for (var b = 0; b < _ballots.Count; b++)
        {
            for (var t = _ballots.BallotStart[b]; t < _ballots.BallotStart[b + 1]; t++)
            {
                var size = 0;
                for (var k = tiers[t]; k < tiers[t + 1]; k++)
                {
                    if (_status[ranks[k]] != CandidateStatus.Withdrawn)
                    {
                        size++;
                    }
                }

                if (size == 0)
                {
                    continue;
                }

                var share = size == 1 ? Guarded.One : Guarded.FloorDiv(Guarded.One, size);
                for (var k = tiers[t]; k < tiers[t + 1]; k++)
                {
                    if (_status[ranks[k]] != CandidateStatus.Withdrawn)
                    {
                        _votes[ranks[k]] += share * _ballots.Weights[b];
                    }
                }

                break;
            }
        }

        _residual = Guarded.FromInteger(_ballots.ValidWeight) - _exhausted - _votes.Aggregate(BigInteger.Zero, (s, v) => s + v);
    }

    /// <summary>droop's distributeVotes: every ballot from the top, each candidate keeping its keep factor's share.</summary>
    private void Distribute()
    {
        for (var c = 0; c < _n; c++)
        {
            if (_status[c] is CandidateStatus.Hopeful or CandidateStatus.Elected)
            {
                _votes[c] = BigInteger.Zero;
            }
        }

        _exhausted = BigInteger.Zero;
        _residual = BigInteger.Zero;
        var ranks = _ballots.Ranks;
        var tiers = _ballots.TierStart;
        for (var b = 0; b < _ballots.Count; b++)
        {
            var first = _ballots.BallotStart[b];
            var last = _ballots.BallotStart[b + 1];
            if (first == last)
            {
                continue;
            }

            var multiplier = _ballots.Weights[b];
            var kept = BigInteger.Zero;
            var left = BigInteger.Zero;
            var equal = false;
            for (var t = first; t < last; t++)
            {
                equal |= tiers[t + 1] - tiers[t] > 1;
            }

            if (equal)
            {
                DistributeEqual(b, first, last, Guarded.One, ref kept, ref left);
            }
            else
            {
                var weight = Guarded.One;
                for (var t = first; t < last; t++)
                {
                    var c = ranks[tiers[t]];
                    var kf = _keep[c];
                    if (kf.IsZero)
                    {
                        continue;
                    }

                    BigInteger keep;
                    if (kf == Guarded.One)
                    {
                        keep = weight;
                        weight = BigInteger.Zero;
                    }
                    else
                    {
                        keep = Guarded.Mul(weight, kf);
                        weight = Guarded.Mul(weight, Guarded.One - kf);
                    }

                    _votes[c] += keep * multiplier;
                    kept += keep;
                    if (Guarded.Compare(weight, BigInteger.Zero) <= 0)
                    {
                        break;
                    }
                }

                left = weight;
            }

            var total = Guarded.One * multiplier;
            _exhausted += left * multiplier;
            _residual += total - (kept * multiplier) - (left * multiplier);
        }
    }

    /// <summary>droop's recursive descent for ballots with equal ranks: a tier's weight is split equally.</summary>
    private void DistributeEqual(int b, int tier, int last, BigInteger weight, ref BigInteger kept, ref BigInteger left)
    {
        if (weight.IsZero)
        {
            return;
        }

        if (tier >= last)
        {
            left += weight;
            return;
        }

        var ranks = _ballots.Ranks;
        var tiers = _ballots.TierStart;
        var live = new List<int>();
        for (var k = tiers[tier]; k < tiers[tier + 1]; k++)
        {
            if (_status[ranks[k]] is CandidateStatus.Hopeful or CandidateStatus.Elected)
            {
                live.Add(ranks[k]);
            }
        }

        if (live.Count == 0)
        {
            // droop stops at a rank whose candidates have all been excluded. Withdrawn candidates never get here: they
            // were deleted from the ballots before the count (StvBallots), so a rank never holds only withdrawn ones.
            left += weight;
            return;
        }

        var share = Guarded.FloorDiv(weight, live.Count);
        foreach (var c in live)
        {
            var kf = _keep[c];
            var keep = Guarded.Mul(share, kf);
            var rest = Guarded.Mul(share, Guarded.One - kf);
            _votes[c] += keep * _ballots.Weights[b];
            kept += keep;
            DistributeEqual(b, tier + 1, last, rest, ref kept, ref left);
        }
    }

    private (Outcome Outcome, List<int> Batch) Iterate()
    {
        var lastSurplus = Guarded.FromInteger(_ballots.ValidWeight);
        while (true)
        {
            Distribute();
            var votes = Hopeful.Concat(Elected).Aggregate(BigInteger.Zero, (s, c) => s + _votes[c]);
            _quota = Guarded.FloorDiv(votes, _options.Seats + 1);
            var electedAny = false;
            foreach (var c in Hopeful.ToList())
            {
                if (Guarded.Compare(_votes[c], _quota) > 0)
                {
                    _status[c] = CandidateStatus.Elected;
                    _electedOrder.Add(c);
                    Record($"{_profile.Candidates[c]} elected", [c], []);
                    electedAny = true;
                }
            }

            _surplus = Elected.Aggregate(BigInteger.Zero, (s, c) => s + _votes[c] - _quota);
            if (electedAny)
            {
                return (Outcome.Elected, []);
            }

            if (Guarded.Compare(_surplus, Omega) <= 0)
            {
                return (Outcome.Omega, []);
            }

            if (Guarded.Compare(_surplus, lastSurplus) >= 0)
            {
                return (Outcome.Stable, []);
            }

            var batch = BatchDefeat();
            if (batch.Count > 0)
            {
                return (Outcome.Batch, batch);
            }

            lastSurplus = _surplus;
            foreach (var c in Elected)
            {
                _keep[c] = Guarded.Div(Guarded.Mul(_keep[c], _quota), _votes[c]);
            }
        }
    }

    /// <summary>droop's safe batch: the largest set of lowest candidates whose votes and the surplus stay below the next candidate.</summary>
    private List<int> BatchDefeat()
    {
        var sorted = Hopeful.OrderBy(c => _votes[c]).ThenBy(c => c).ToList();
        var groups = new List<List<int>>();
        var group = new List<int>();
        var vote = BigInteger.Zero;
        foreach (var c in sorted)
        {
            if (Guarded.Compare(vote + _surplus, _votes[c]) >= 0)
            {
                group.Add(c);
            }
            else
            {
                if (group.Count > 0)
                {
                    groups.Add(group);
                }

                group = [c];
                vote = _votes[c];
            }
        }

        if (group.Count > 0)
        {
            groups.Add(group);
        }

        var total = BigInteger.Zero;
        var maxDefeat = sorted.Count - SeatsLeft;
        var maxGroup = -1;
        var count = 0;
        for (var g = 0; g < groups.Count - 1; g++)
        {
            count += groups[g].Count;
            if (count > maxDefeat)
            {
                break;
            }

            total += groups[g].Aggregate(BigInteger.Zero, (s, c) => s + _votes[c]);
            if (Guarded.Compare(total + _surplus, _votes[groups[g + 1][0]]) < 0)
            {
                maxGroup = g;
            }
        }

        return [.. groups.Take(maxGroup + 1).SelectMany(g => g)];
    }

    private void Record(string action, IReadOnlyList<int> elected, IReadOnlyList<int> excluded)
    {
        var candidates = ImmutableArray.CreateBuilder<CandidateRoundTally>(_n);
        for (var c = 0; c < _n; c++)
        {
            candidates.Add(new CandidateRoundTally(
                _profile.Candidates[c],
                Guarded.ToDecimal(_votes[c]),
                _rounds.Count == 0 ? 0m : Guarded.ToDecimal(_votes[c] - _previous[c]),
                _status[c]));
        }

        _rounds.Add(new TallyRound(
            _rounds.Count + 1,
            action,
            candidates.MoveToImmutable(),
            [.. elected.Select(c => _profile.Candidates[c])],
            [.. excluded.Select(c => _profile.Candidates[c])],
            Guarded.ToDecimal(_quota),
            Guarded.ToDecimal(_exhausted),
            Guarded.ToDecimal(_residual)));
        _previous = (BigInteger[])_votes.Clone();
    }
}
