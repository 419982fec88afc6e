using FluentResults;

namespace Summit.Core.Voting.Stv;

/// <summary>
/// Scottish STV: the Scottish Local Government Elections Order 2007 (SSI 2007/42), rules 45–52, counted exactly
/// in fixed-point arithmetic with five decimal places.
/// </summary>
/// <remarks>
/// Quota = floor(valid / (seats + 1)) + 1. A candidate with at least the quota is elected. The largest surplus is
/// transferred first, from all the candidate's papers (weighted inclusive Gregory), each paper's new value being
/// its value times the surplus divided by the candidate's votes, truncated to 5 decimals; when no surplus remains,
/// the candidate with the fewest votes is excluded and their papers move at their current value. When the continuing
/// candidates are no more than the vacancies, they are elected. Ties go to the most recent earlier stage at which one
/// of the tied candidates alone had the most (surplus) or fewest (exclusion) votes, else to a lot between all the tied
/// candidates (<see cref="TallyOptions.TieBreaker"/>, else the declared tie order). Withdrawn candidates are deleted
/// from the ballots before the count; a ballot naming only withdrawn candidates is blank. Ballots with equal ranks
/// (after that deletion) are refused (<see cref="ErrorCodes.Stv.EqualRanksUnsupported"/>). Reproduces droop's
/// <c>scotland</c> rule stage by stage. Stateless and thread-safe.
/// </remarks>
internal sealed class ScottishStvMethod : ITallyMethod
{
    public const string MethodName = "stv-scottish";

    public string Name => MethodName;

    public Result<TallyResult> Tally(BallotProfile profile, TallyOptions options)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(options);
        var flat = StvBallots.From(profile, options);
        if (flat.IsFailed)
        {
            return Result.Fail<TallyResult>(flat.Errors);
        }

        var equal = flat.Value.FirstEqualRankBallot();
        if (equal >= 0)
        {
            return Result.Fail<TallyResult>(new SummitError(ErrorCodes.Stv.EqualRanksUnsupported, $"Ballot group {equal + 1} ranks candidates equal, which the Scottish rules do not allow.")
                .WithMetadata("ballot", equal + 1));
        }

        return new ScottishCount(profile, options, flat.Value).Run();
    }
}
