using FluentResults;
using Summit.Core.Voting.Counting;

namespace Summit.Core.Voting.Methods;

/// <summary>Plurality (first past the post; with several seats, the candidates with the most first preferences).</summary>
internal sealed class PluralityMethod : ITallyMethod
{
    public string Name => "plurality";

    public Result<TallyResult> Tally(BallotProfile profile, TallyOptions options) =>
        CountSetup.Prepare(Name, profile, options, singleWinner: false, CountSetup.Any).Map(setup =>
        {
            var n = profile.Candidates.Length;
            var (positions, weights) = BallotPositions.Flatten(profile, n);
            var continuing = setup.Withdrawn.Select(w => !w).ToArray();
            var (votes, setAside) = FirstPreferenceCount.Count(positions, weights, n, continuing);
            var scores = votes.Select(v => (decimal)v).ToArray();
            var tiers = setup.TiersByScore(scores);
            var winners = setup.WinnersFromTiers(tiers, 1, []);
            var round = setup.SingleRound("First preferences counted; ballots with a tied first choice or no choice are set aside (exhausted).", scores, winners, setAside);
            return setup.Finish(winners, tiers, [round]);
        });
}
