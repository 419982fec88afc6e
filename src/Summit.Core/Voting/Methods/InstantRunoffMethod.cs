using System.Collections.Immutable;
using System.Globalization;
using FluentResults;
using Summit.Core.Voting.Counting;

namespace Summit.Core.Voting.Methods;

/// <summary>Instant-runoff voting (the alternative vote): exclude the weakest candidate until one has a majority of the votes in play.</summary>
/// <remarks>
/// Each round every ballot counts for its most preferred continuing candidate; a ballot whose best continuing rank
/// holds several candidates, or that ranks none, is set aside for that round (shown as exhausted). A candidate with
/// more than half the votes counted in a round wins; otherwise the candidate with the fewest votes is excluded (ties:
/// the tie-breaker, by default the most recent earlier round at which they differed, then declared order).
/// Single-winner only.
/// </remarks>
internal sealed class InstantRunoffMethod : ITallyMethod
{
    public string Name => "irv";

    public Result<TallyResult> Tally(BallotProfile profile, TallyOptions options) =>
        CountSetup.Prepare(Name, profile, options, singleWinner: true, CountSetup.Any).Map(setup => Count(setup, profile));

    private static TallyResult Count(CountSetup setup, BallotProfile profile)
    {
        var n = profile.Candidates.Length;
        var names = profile.Candidates;
        var (positions, weights) = BallotPositions.Flatten(profile, n);
        var continuing = setup.Withdrawn.Select(w => !w).ToArray();
        var excludedOrder = new List<int>();
        var rounds = ImmutableArray.CreateBuilder<TallyRound>();
        var history = ImmutableArray.CreateBuilder<ImmutableArray<decimal>>();
        long[]? previous = null;
        var winner = -1;
        long[] votes;
        while (true)
        {
            var number = rounds.Count + 1;
            (votes, var setAside) = FirstPreferenceCount.Count(positions, weights, n, continuing);
            var total = votes.Sum();
            var hopeful = Enumerable.Range(0, n).Where(c => continuing[c]).ToList();
            var leader = hopeful.OrderByDescending(c => votes[c]).ThenBy(c => c).First();
            var excludedNow = -1;
            string action;
            if (hopeful.Count == 1 || votes[leader] * 2 > total)
            {
                var leaders = hopeful.Where(c => votes[c] == votes[leader]).ToList();
                winner = leaders.Count == 1 ? leader : setup.Break(leaders, number, history.ToImmutable(), "Candidates tied for the win.")[0];
                action = string.Create(CultureInfo.InvariantCulture, $"{names[winner]} has {votes[winner]} of {total} votes in play and is elected.");
            }
            else
            {
                var lowest = hopeful.Min(c => votes[c]);
                var weakest = hopeful.Where(c => votes[c] == lowest).ToList();
                excludedNow = weakest.Count == 1
                    ? weakest[0]
                    : setup.Break(weakest, number, history.ToImmutable(), "Candidates tied for exclusion; the last in the order is excluded.")[^1];
                action = string.Create(CultureInfo.InvariantCulture, $"No majority ({total} votes in play); {names[excludedNow]} has the fewest votes ({lowest}) and is excluded.");
            }

            var elected = winner >= 0 ? new HashSet<int> { winner } : [];
            var excludedSet = excludedOrder.Append(excludedNow).Where(c => c >= 0).ToHashSet();
            var lines = Enumerable.Range(0, n).Select(c => new CandidateRoundTally(
                names[c],
                votes[c],
                previous is null ? 0m : votes[c] - previous[c],
                setup.StatusOf(c, elected, excludedSet))).ToImmutableArray();
            rounds.Add(new TallyRound(
                number,
                action,
                lines,
                winner >= 0 ? [names[winner]] : [],
                excludedNow >= 0 ? [names[excludedNow]] : [],
                null,
                setAside,
                0m));
            history.Add([.. votes.Select(v => (decimal)v)]);
            if (winner >= 0)
            {
                break;
            }

            excludedOrder.Add(excludedNow);
            continuing[excludedNow] = false;
            previous = votes;
        }

        var tiers = new List<IReadOnlyList<int>> { new[] { winner } };
        var finalVotes = votes;
        tiers.AddRange(Enumerable.Range(0, n)
            .Where(c => continuing[c] && c != winner)
            .GroupBy(c => finalVotes[c])
            .OrderByDescending(g => g.Key)
            .Select(g => (IReadOnlyList<int>)[.. g]));
        for (var k = excludedOrder.Count - 1; k >= 0; k--)
        {
            tiers.Add([excludedOrder[k]]);
        }

        return setup.Finish([winner], tiers, rounds.ToImmutable());
    }
}
