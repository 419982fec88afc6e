using FluentResults;
using Summit.Core.Voting.Counting;

namespace Summit.Core.Voting.Methods;

/// <summary>Borda count: a candidate scores, on each ballot, the number of continuing candidates that ballot ranks strictly below it.</summary>
/// <remarks>
/// So a full ranking of n candidates gives n-1, n-2, ..., 0. Truncated ballots: every unranked candidate scores 0 and
/// every ranked candidate still scores the number of candidates below it, unranked ones included. Tied candidates
/// score the number of candidates strictly below their tier. The score equals the candidate's pairwise row sum.
/// </remarks>
internal sealed class BordaMethod : ITallyMethod
{
    public string Name => "borda";

    public Result<TallyResult> Tally(BallotProfile profile, TallyOptions options) =>
        CountSetup.Prepare(Name, profile, options, singleWinner: false, CountSetup.Any, pairwise: true).Map(setup =>
        {
            var pairwise = PairwiseCount.ForMethods(profile);
            var n = profile.Candidates.Length;
            var scores = new decimal[n];
            foreach (var i in setup.Active)
            {
                foreach (var j in setup.Active)
                {
                    scores[i] += pairwise[i, j];
                }
            }

            var tiers = setup.TiersByScore(scores);
            var winners = setup.WinnersFromTiers(tiers, 1, []);
            var round = setup.SingleRound(
                "Borda points: one point per continuing candidate ranked strictly below (unranked candidates score 0 and tie at the bottom).",
                scores,
                winners);
            return setup.Finish(winners, tiers, [round], pairwise.ToMatrix());
        });
}
