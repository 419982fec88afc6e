using System.Collections.Immutable;
using System.Globalization;
using FluentResults;
using Summit.Core.Voting.Counting;

namespace Summit.Core.Voting.Methods;

/// <summary>What every built-in method checks and needs before it counts: seats, tie-breaker, continuing candidates.</summary>
internal sealed class CountSetup
{
    private CountSetup(string method, BallotProfile profile, int seats, ITieBreaker tieBreaker)
    {
        Method = method;
        Profile = profile;
        Seats = seats;
        TieBreaker = tieBreaker;
        Withdrawn = BallotPositions.WithdrawnMask(profile);
        Active = [.. Enumerable.Range(0, profile.Candidates.Length).Where(c => !Withdrawn[c])];
    }

    public string Method { get; }

    public BallotProfile Profile { get; }

    public int Seats { get; }

    public ITieBreaker TieBreaker { get; }

    public bool[] Withdrawn { get; }

    public ImmutableArray<int> Active { get; }

    public ImmutableArray<string> Names => Profile.Candidates;

    public List<TieBreakRecord> TieBreaks { get; } = [];

    public static Result<CountSetup> Prepare(string method, BallotProfile profile, TallyOptions options, bool singleWinner, Func<Ballot, bool> canCount, bool pairwise = false)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(options);
        if (pairwise && profile.Candidates.Length > TallyMethods.MaxPairwiseCandidates)
        {
            return Result.Fail<CountSetup>(new SummitError(
                    ErrorCodes.Voting.TooManyCandidates,
                    string.Create(CultureInfo.InvariantCulture, $"The method '{method}' compares every pair of candidates and counts at most {TallyMethods.MaxPairwiseCandidates} candidates; the profile has {profile.Candidates.Length}."))
                .WithMetadata("method", method)
                .WithMetadata("candidates", profile.Candidates.Length)
                .WithMetadata("limit", TallyMethods.MaxPairwiseCandidates));
        }

        if (options.Seats < 1)
        {
            return Result.Fail<CountSetup>(new SummitError(ErrorCodes.Voting.SeatsInvalid, $"Seats must be at least 1, not {options.Seats}.")
                .WithMetadata("seats", options.Seats));
        }

        if (singleWinner && options.Seats > 1)
        {
            return Result.Fail<CountSetup>(new SummitError(ErrorCodes.Voting.SeatsUnsupported, $"The method '{method}' elects one candidate; {options.Seats} seats were asked.")
                .WithMetadata("method", method).WithMetadata("seats", options.Seats));
        }

        var setup = new CountSetup(method, profile, options.Seats, options.TieBreaker ?? TieBreakers.PreviousRounds);
        if (setup.Active.Length < options.Seats)
        {
            return Result.Fail<CountSetup>(new SummitError(ErrorCodes.Voting.TooFewCandidates,
                $"There are {setup.Active.Length} continuing candidates for {options.Seats} seats.").WithMetadata("seats", options.Seats));
        }

        if (profile.Store is { } store)
        {
            // A compact profile holds ranked ballots only.
            return store.Count == 0 || canCount(AnyRanked) ? setup : Result.Fail<CountSetup>(new SummitError(ErrorCodes.Voting.BallotKindUnsupported,
                $"The method '{method}' cannot count {KindName(AnyRanked)} ballots.").WithMetadata("method", method).WithMetadata("ballot", 1));
        }

        for (var b = 0; b < profile.Ballots.Length; b++)
        {
            var ballot = profile.Ballots[b].Ballot;
            if (!canCount(ballot))
            {
                return Result.Fail<CountSetup>(new SummitError(ErrorCodes.Voting.BallotKindUnsupported,
                    $"The method '{method}' cannot count {KindName(ballot)} ballots.").WithMetadata("method", method).WithMetadata("ballot", b + 1));
            }
        }

        return setup;
    }

    private static readonly RankedBallot AnyRanked = new([]);

    public static bool RankedOrApproval(Ballot ballot) => ballot is RankedBallot or ApprovalBallot;

    public static bool Any(Ballot ballot) => ballot is RankedBallot or ApprovalBallot or ScoreBallot;

    /// <summary>Orders tied candidates with the tie-breaker and records the decision.</summary>
    public ImmutableArray<int> Break(IReadOnlyCollection<int> tied, int round, ImmutableArray<ImmutableArray<decimal>> history, string purpose)
    {
        var request = new TieBreakRequest(Names, [.. tied.Order()], EquatableArray.Nest(history), round);
        var order = TieBreaker.Order(request);
        TieBreaks.Add(new TieBreakRecord(
            round,
            [.. request.Tied.Select(c => Names[c])],
            [.. order.Select(c => Names[c])],
            TieBreaker.Name,
            purpose + " " + TieBreaker.Explain(request, order)));
        return order;
    }

    /// <summary>Elects from tiers (best first): whole tiers while they fit, the straddling tier by the tie-breaker.</summary>
    public ImmutableArray<int> WinnersFromTiers(IReadOnlyList<IReadOnlyList<int>> tiers, int round, ImmutableArray<ImmutableArray<decimal>> history)
    {
        var winners = new List<int>();
        foreach (var tier in tiers)
        {
            var left = Seats - winners.Count;
            if (left == 0)
            {
                break;
            }

            if (tier.Count <= left)
            {
                winners.AddRange(tier.Order());
            }
            else
            {
                var purpose = string.Create(CultureInfo.InvariantCulture, $"{tier.Count} candidates tied for {left} remaining seat(s).");
                winners.AddRange(Break(tier, round, history, purpose).Take(left));
            }
        }

        return [.. winners];
    }

    /// <summary>Builds the ranking as names: the tiers, then withdrawn candidates as a last tier.</summary>
    public ImmutableArray<ImmutableArray<string>> RankingNames(IEnumerable<IReadOnlyList<int>> tiers)
    {
        var list = tiers.Where(t => t.Count > 0).Select(t => t.Order().Select(c => Names[c]).ToImmutableArray()).ToList();
        var withdrawn = Enumerable.Range(0, Names.Length).Where(c => Withdrawn[c]).Select(c => Names[c]).ToImmutableArray();
        if (!withdrawn.IsEmpty)
        {
            list.Add(withdrawn);
        }

        return [.. list];
    }

    /// <summary>Groups the active candidates into tiers by descending score.</summary>
    public List<IReadOnlyList<int>> TiersByScore(IReadOnlyList<decimal> scores) =>
        [.. Active.GroupBy(c => scores[c]).OrderByDescending(g => g.Key).Select(g => (IReadOnlyList<int>)[.. g.Order()])];

    public CandidateStatus StatusOf(int c, ICollection<int> elected, ICollection<int> excluded) =>
        Withdrawn[c] ? CandidateStatus.Withdrawn
        : elected.Contains(c) ? CandidateStatus.Elected
        : excluded.Contains(c) ? CandidateStatus.Excluded
        : CandidateStatus.Hopeful;

    public TallyResult Finish(
        ImmutableArray<int> winners,
        IEnumerable<IReadOnlyList<int>> tiers,
        ImmutableArray<TallyRound> rounds,
        PairwiseMatrix? pairwise = null,
        PairwiseMatrix? strongest = null) =>
        new(Method, Seats, [.. winners.Select(c => Names[c])], EquatableArray.Nest(RankingNames(tiers)), rounds, [.. TieBreaks], pairwise, strongest, Profile.TotalWeight);

    /// <summary>One round in which every candidate gets a score and the winners are elected at its end.</summary>
    public TallyRound SingleRound(string action, IReadOnlyList<decimal> scores, ImmutableArray<int> winners, decimal exhausted = 0m)
    {
        var elected = winners.ToHashSet();
        var lines = Enumerable.Range(0, Names.Length)
            .Select(c => new CandidateRoundTally(Names[c], Withdrawn[c] ? 0m : scores[c], 0m, StatusOf(c, elected, [])))
            .ToImmutableArray();
        return new TallyRound(1, action, lines, [.. winners.Select(c => Names[c])], [], null, exhausted, 0m);
    }

    private static string KindName(Ballot ballot) => ballot switch
    {
        RankedBallot => "ranked",
        ApprovalBallot => "approval",
        ScoreBallot => "score",
        _ => "unknown",
    };
}
