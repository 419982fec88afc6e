using FluentResults;
using Summit.Core.Voting.Counting;

namespace Summit.Core.Voting.Methods;

/// <summary>Approval voting: each candidate scores the weight of ballots approving it; a ranked ballot approves every candidate it lists.</summary>
internal sealed class ApprovalMethod : ITallyMethod
{
    public string Name => "approval";

    public Result<TallyResult> Tally(BallotProfile profile, TallyOptions options) =>
        CountSetup.Prepare(Name, profile, options, singleWinner: false, CountSetup.RankedOrApproval).Map(setup =>
        {
            var n = profile.Candidates.Length;
            var (positions, weights) = BallotPositions.Flatten(profile, n);
            var scores = new decimal[n];
            long empty = 0;
            for (var b = 0; b < weights.Length; b++)
            {
                var any = false;
                for (var c = 0; c < n; c++)
                {
                    if (positions[(b * n) + c] != BallotPositions.Unranked)
                    {
                        scores[c] += weights[b];
                        any = true;
                    }
                }

                if (!any)
                {
                    empty += weights[b];
                }
            }

            var tiers = setup.TiersByScore(scores);
            var winners = setup.WinnersFromTiers(tiers, 1, []);
            var round = setup.SingleRound("Approvals counted (a ranked ballot approves every candidate it lists).", scores, winners, empty);
            return setup.Finish(winners, tiers, [round]);
        });
}
