using FluentResults;

namespace Summit.Core.Voting.Methods;

/// <summary>Score (range) voting: each candidate's total score over all ballots, weighted.</summary>
internal sealed class ScoreMethod : ITallyMethod
{
    public string Name => "score";

    public Result<TallyResult> Tally(BallotProfile profile, TallyOptions options) =>
        CountSetup.Prepare(Name, profile, options, singleWinner: false, b => b is ScoreBallot).Map(setup =>
        {
            var n = profile.Candidates.Length;
            var scores = new decimal[n];
            foreach (var wb in profile.Ballots)
            {
                var ballot = (ScoreBallot)wb.Ballot;
                for (var c = 0; c < n; c++)
                {
                    if (!setup.Withdrawn[c])
                    {
                        scores[c] += (decimal)ballot.Scores[c] * wb.Weight;
                    }
                }
            }

            var tiers = setup.TiersByScore(scores);
            var winners = setup.WinnersFromTiers(tiers, 1, []);
            var round = setup.SingleRound("Scores summed.", scores, winners);
            return setup.Finish(winners, tiers, [round]);
        });
}
