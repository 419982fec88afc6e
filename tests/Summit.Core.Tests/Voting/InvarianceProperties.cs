using System.Collections.Immutable;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Summit.Core.Testing.Voting;
using Summit.Core.Voting;

namespace Summit.Core.Tests.Voting;

/// <summary>
/// Properties every tally method must have: withdrawing a candidate is deleting it, the order of the ballots does not
/// matter, and renaming the candidates renames the result.
/// </summary>
/// <remarks>Profiles are small (at most 5 candidates, 10 ballot lines) so the ten methods run fast.</remarks>
public sealed class InvarianceProperties
{
    /// <summary>Ranked profiles (with equal ranks and truncation) twice as often as approval or score profiles.</summary>
    private static Gen<BallotProfile> AnyProfile() =>
        Gen.OneOf(
            VotingGenerators.RankedProfile(5, 10),
            VotingGenerators.RankedProfile(5, 10, allowTies: false),
            VotingGenerators.ApprovalProfile(5, 8),
            VotingGenerators.ScoreProfile(5, 8));

    /// <summary>A profile, a set of candidates to withdraw (never all of them) and a number of seats.</summary>
    private static Gen<WithdrawalCase> Cases() =>
        AnyProfile().SelectMany(
            p => Gen.Zip(Gen.ArrayOf(Gen.Elements(true, false, false), p.Candidates.Length), Gen.Choose(1, 3)),
            (p, x) =>
            {
                var withdrawn = x.Item1;
                if (withdrawn.All(w => w))
                {
                    withdrawn[0] = false;
                }

                return new WithdrawalCase(p, withdrawn, x.Item2);
            });

    /// <summary>A profile, the candidates to withdraw (never all of them) and a number of seats.</summary>
    public sealed record WithdrawalCase(BallotProfile Profile, bool[] Withdrawn, int Seats)
    {
        public override string ToString() => Text(Profile, Withdrawn, Seats);
    }

    /// <summary>A <see cref="WithdrawalCase"/> and its ballots, one per unit of weight, in another order.</summary>
    public sealed record ShuffledCase(BallotProfile Profile, bool[] Withdrawn, int Seats, WeightedBallot[] Shuffled)
    {
        public override string ToString() => Text(Profile, Withdrawn, Seats) + "\nshuffled: " + Shuffled.Length.ToString(CultureInfo.InvariantCulture) + " ballots";
    }

    /// <summary>A <see cref="WithdrawalCase"/> and a permutation of its candidates.</summary>
    public sealed record RelabelledCase(BallotProfile Profile, bool[] Withdrawn, int Seats, int[] Permutation)
    {
        public override string ToString() => Text(Profile, Withdrawn, Seats) + "\npermutation: " + string.Join(",", Permutation);
    }

    /// <summary>Arbitraries of this class: the three kinds of case, generated from <see cref="Cases"/> (no shrinking).</summary>
    public static class Arbitraries
    {
        public static Arbitrary<WithdrawalCase> Withdrawals { get; } = Arb.From(Cases());

        public static Arbitrary<ShuffledCase> Shuffles { get; } = Arb.From(Cases().SelectMany(
            t => Gen.Shuffle(t.Profile.Ballots.SelectMany(b => Enumerable.Repeat(b with { Weight = 1 }, (int)b.Weight))),
            (t, shuffled) => new ShuffledCase(t.Profile, t.Withdrawn, t.Seats, shuffled)));

        public static Arbitrary<RelabelledCase> Relabellings { get; } = Arb.From(Cases().SelectMany(
            t => Gen.Shuffle(Enumerable.Range(0, t.Profile.Candidates.Length)),
            (t, permutation) => new RelabelledCase(t.Profile, t.Withdrawn, t.Seats, permutation)));
    }

    /// <summary>A case as text for counterexamples: the candidates, each ballot group with its weight, the withdrawn candidates and the seats.</summary>
    private static string Text(BallotProfile profile, bool[] withdrawn, int seats)
    {
        var groups = profile.Ballots.Select(b => b.Weight.ToString(CultureInfo.InvariantCulture) + ": " + b.Ballot switch
        {
            RankedBallot r => string.Join(" > ", r.Ranks.Select(t => string.Join(" = ", t.Select(c => profile.Candidates[c])))),
            ApprovalBallot a => "approves " + string.Join(", ", a.Approved.Select(c => profile.Candidates[c])),
            ScoreBallot s => string.Join(", ", s.Scores.Select((score, c) => profile.Candidates[c] + " " + score.ToString(CultureInfo.InvariantCulture))),
            _ => b.Ballot.ToString(),
        });
        return "candidates: " + string.Join(", ", profile.Candidates) + "\n" + string.Join("\n", groups)
            + "\nwithdrawn: " + string.Join(", ", profile.Candidates.Where((_, c) => withdrawn[c])) + "\nseats: " + seats.ToString(CultureInfo.InvariantCulture);
    }

    private static IEnumerable<int> Seats(int seats, BallotProfile profile)
    {
        var continuing = profile.Candidates.Length - profile.Withdrawn.Length;
        yield return 1;
        if (Math.Min(seats, continuing) > 1)
        {
            yield return Math.Min(seats, continuing);
        }
    }

    private static BallotProfile Withdraw(BallotProfile profile, bool[] withdrawn) =>
        profile.WithWithdrawn(Enumerable.Range(0, withdrawn.Length).Where(c => withdrawn[c])).Value;

    /// <summary>The same ballots with the withdrawn candidates deleted from every ballot and from the candidate list.</summary>
    private static BallotProfile Delete(BallotProfile profile, bool[] withdrawn)
    {
        var map = new int[withdrawn.Length];
        var next = 0;
        for (var c = 0; c < withdrawn.Length; c++)
        {
            map[c] = withdrawn[c] ? -1 : next++;
        }

        Ballot Keep(Ballot ballot) => ballot switch
        {
            RankedBallot r => new RankedBallot([.. r.Ranks.Select(t => t.Where(c => !withdrawn[c]).Select(c => map[c]).ToImmutableArray()).Where(t => !t.IsEmpty)]),
            ApprovalBallot a => new ApprovalBallot([.. a.Approved.Where(c => !withdrawn[c]).Select(c => map[c])]),
            ScoreBallot s => new ScoreBallot([.. s.Scores.Where((_, c) => !withdrawn[c])]),
            _ => ballot,
        };

        var names = profile.Candidates.Where((_, c) => !withdrawn[c]);
        return BallotProfile.Create(names, profile.Ballots.Select(b => b with { Ballot = Keep(b.Ballot) })).Value;
    }

    /// <summary>Everything a count decides, by candidate name, leaving out the named candidates (the withdrawn).</summary>
    private static string Describe(Result<TallyResult> result, IReadOnlySet<string> leaveOut)
    {
        if (result.IsFailed)
        {
            return "failed: " + string.Join(",", result.Codes());
        }

        var r = result.Value;
        var ranking = r.Ranking.Select(t => t.Where(c => !leaveOut.Contains(c)).ToList()).Where(t => t.Count > 0).Select(t => string.Join("=", t));
        var rounds = r.Rounds.Select(x =>
            string.Join(" ", x.Candidates.Where(c => !leaveOut.Contains(c.Candidate)).Select(c => c.Candidate + ":" + c.Votes.ToString(CultureInfo.InvariantCulture) + ":" + c.Status))
            + " elected " + string.Join(",", x.Elected) + " excluded " + string.Join(",", x.Excluded)
            + " exhausted " + x.Exhausted.ToString(CultureInfo.InvariantCulture) + " residual " + x.Residual.ToString(CultureInfo.InvariantCulture)
            + " quota " + x.Quota?.ToString(CultureInfo.InvariantCulture));
        var ties = r.TieBreaks.Select(t => t.Round.ToString(CultureInfo.InvariantCulture) + ":" + string.Join(",", t.Tied) + "->" + string.Join(",", t.Order) + ":" + t.Strategy);
        return "winners " + string.Join(",", r.Winners) + "\nranking " + string.Join(" > ", ranking) + "\nvalid " + r.ValidBallots.ToString(CultureInfo.InvariantCulture)
            + "\nties " + string.Join("; ", ties) + "\n" + string.Join("\n", rounds);
    }

    private static bool Same(string method, string expected, string actual)
    {
        if (expected != actual)
        {
            throw new InvalidOperationException($"{method}:\nexpected\n{expected}\nactual\n{actual}");
        }

        return true;
    }

    [SummitProperty(Arbitrary = [typeof(Arbitraries)], Runs = 100)]
    public bool AnyMethod_WithdrawnCandidates_SameResultAsDeletingThemFromBallotsAndCandidates(WithdrawalCase t)
    {
        // The default tie-breakers decide by earlier rounds and then by candidate order, and deleting candidates keeps the
        // order of the others, so even ties broken by lot must come out the same: the whole count is compared.
        var withdrawnProfile = Withdraw(t.Profile, t.Withdrawn);
        var deletedProfile = Delete(t.Profile, t.Withdrawn);
        var gone = t.Profile.Candidates.Where((_, c) => t.Withdrawn[c]).ToHashSet();
        return TallyMethods.All.All(m => Seats(t.Seats, withdrawnProfile).All(seats =>
            Same(
                $"{m.Name}, {seats} seat(s), withdrawn {string.Join(",", gone)}",
                Describe(m.Tally(deletedProfile, new TallyOptions(seats)), gone),
                Describe(m.Tally(withdrawnProfile, new TallyOptions(seats)), gone))));
    }

    [SummitProperty(Arbitrary = [typeof(Arbitraries)], Runs = 100)]
    public bool AnyMethod_BallotsInAnotherOrder_SameResult(ShuffledCase t)
    {
        var profile = Withdraw(t.Profile, t.Withdrawn);
        var reordered = BallotProfile.Create(profile.Candidates, t.Shuffled, profile.Withdrawn).Value;
        return TallyMethods.All.All(m => Seats(t.Seats, profile).All(seats =>
            Same(
                $"{m.Name}, {seats} seat(s)",
                Describe(m.Tally(profile, new TallyOptions(seats)), new HashSet<string>()),
                Describe(m.Tally(reordered, new TallyOptions(seats)), new HashSet<string>()))));
    }

    [SummitProperty(Arbitrary = [typeof(Arbitraries)], Runs = 100)]
    public bool AnyMethod_CandidatesRelabelled_ResultRelabelledWhenNoTieWasBroken(RelabelledCase t)
    {
        var profile = Withdraw(t.Profile, t.Withdrawn);
        var relabelled = Relabel(profile, t.Permutation);
        return TallyMethods.All.All(m => Seats(t.Seats, profile).All(seats =>
        {
            var before = m.Tally(profile, new TallyOptions(seats));
            var after = m.Tally(relabelled, new TallyOptions(seats));
            if (before.IsFailed || after.IsFailed)
            {
                return Same(m.Name, string.Join(",", before.Codes()), string.Join(",", after.Codes()));
            }

            // A tie decided by lot or by candidate order may go either way once the labels change; a tie the
            // Scottish rules decide by an earlier stage may not.
            if (!before.Value.TieBreaks.Concat(after.Value.TieBreaks).All(x => x.Strategy == "previous-stages"))
            {
                return true;
            }

            return Same($"{m.Name}, {seats} seat(s)", Outcome(before.Value), Outcome(after.Value));
        }));
    }

    /// <summary>
    /// Candidate <c>c</c> becomes candidate <c>permutation[c]</c>, keeping its name, on every ballot and in the list.
    /// </summary>
    private static BallotProfile Relabel(BallotProfile profile, int[] permutation)
    {
        var names = new string[permutation.Length];
        for (var c = 0; c < permutation.Length; c++)
        {
            names[permutation[c]] = profile.Candidates[c];
        }

        Ballot Move(Ballot ballot) => ballot switch
        {
            RankedBallot r => new RankedBallot([.. r.Ranks.Select(t => t.Select(c => permutation[c]).ToImmutableArray())]),
            ApprovalBallot a => new ApprovalBallot([.. a.Approved.Select(c => permutation[c])]),
            ScoreBallot s => new ScoreBallot([.. Enumerable.Range(0, names.Length).Select(p => s.Scores[Array.IndexOf(permutation, p)])]),
            _ => ballot,
        };

        return BallotProfile.Create(names, profile.Ballots.Select(b => b with { Ballot = Move(b.Ballot) }), profile.Withdrawn.Select(w => permutation[w])).Value;
    }

    /// <summary>
    /// The decisions, by name and free of candidate order: who is elected at each step (as a set, since candidates
    /// elected together are listed in candidate order), the winners as a set, and for the methods other than STV the
    /// ranking as tiers of sets.
    /// </summary>
    /// <remarks>
    /// Meek reports each election as its own round; consecutive election rounds with the same votes come from one
    /// iteration, so they are one step here.
    /// </remarks>
    private static string Outcome(TallyResult r)
    {
        var steps = new List<SortedSet<string>>();
        string? lastVotes = null;
        foreach (var round in r.Rounds)
        {
            var votes = string.Join(";", round.Candidates.OrderBy(c => c.Candidate, StringComparer.Ordinal).Select(c => c.Candidate + ":" + c.Votes.ToString(CultureInfo.InvariantCulture)));
            if (round.Elected.Length > 0 && steps.Count > 0 && steps[^1].Count > 0 && votes == lastVotes)
            {
                steps[^1].UnionWith(round.Elected);
            }
            else
            {
                steps.Add(new SortedSet<string>(round.Elected, StringComparer.Ordinal));
            }

            lastVotes = votes;
        }

        // STV lists candidates elected together (equal votes) in candidate order: only the steps above are compared.
        var ranking = !r.Method.StartsWith("stv", StringComparison.Ordinal)
            ? string.Join(" > ", r.Ranking.Select(t => string.Join("=", t.Order(StringComparer.Ordinal))))
            : string.Empty;
        return "winners " + string.Join(",", r.Winners.Order(StringComparer.Ordinal)) + "\nelected by step " + string.Join(" | ", steps.Select(x => string.Join(",", x)))
            + "\nranking " + ranking;
    }
}
