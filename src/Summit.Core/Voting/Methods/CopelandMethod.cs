using FluentResults;
using Summit.Core.Voting.Counting;

namespace Summit.Core.Voting.Methods;

/// <summary>Copeland: one point per pairwise victory, half a point per pairwise tie, among continuing candidates.</summary>
internal sealed class CopelandMethod : ITallyMethod
{
    public string Name => "copeland";

    public Result<TallyResult> Tally(BallotProfile profile, TallyOptions options) =>
        CountSetup.Prepare(Name, profile, options, singleWinner: false, CountSetup.Any, pairwise: true).Map(setup =>
        {
            var pairwise = PairwiseCount.ForMethods(profile);
            var scores = new decimal[profile.Candidates.Length];
            foreach (var i in setup.Active)
            {
                foreach (var j in setup.Active)
                {
                    if (i != j)
                    {
                        scores[i] += pairwise[i, j] > pairwise[j, i] ? 1m : pairwise[i, j] == pairwise[j, i] ? 0.5m : 0m;
                    }
                }
            }

            var tiers = setup.TiersByScore(scores);
            var winners = setup.WinnersFromTiers(tiers, 1, []);
            var round = setup.SingleRound("Copeland score: 1 per pairwise win, 1/2 per pairwise tie.", scores, winners);
            return setup.Finish(winners, tiers, [round], pairwise.ToMatrix());
        });
}
