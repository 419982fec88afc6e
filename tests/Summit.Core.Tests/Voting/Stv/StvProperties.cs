using FsCheck;
using FsCheck.Fluent;
using Summit.Core.Voting;
using Summit.Core.Voting.Stv;

namespace Summit.Core.Tests.Voting.Stv;

public sealed class StvProperties
{
    private static bool Conserves(TallyResult result, long valid, decimal tolerance) =>
        result.Rounds.All(r =>
            Math.Abs(r.Candidates.Sum(c => c.Votes)
                + r.Exhausted + r.Residual - valid) <= tolerance);

    /// <summary>Whether some ballot names a candidate not withdrawn (ballots naming only withdrawn candidates are blank).</summary>
    private static bool RanksAContinuingCandidate(BallotProfile profile) =>
        profile.Ballots.Any(b => ((RankedBallot)b.Ballot).Ranks.Any(t => t.Any(c => !profile.Withdrawn.Contains(c))));

    [SummitProperty(Runs = 300)]
    public bool ScottishTally_RandomProfiles_ConservesEveryStageAndFillsSeats(int seed, int[][] raw, int mask, int seatSeed)
    {
        var profile = StvProfiles.Build(seed, raw, allowTies: false, mask);
        var continuing = profile.Candidates.Length - profile.Withdrawn.Length;
        var seats = 1 + (Math.Abs(seatSeed) % continuing);
        var result = new ScottishStvMethod().Tally(profile, new TallyOptions(seats));
        if (!RanksAContinuingCandidate(profile))
        {
            return result.IsFailed;
        }

        return result.IsSuccess
            && result.Value.Winners.Length == seats
            && result.Value.Winners.Distinct().Count() == seats
            && Conserves(result.Value, result.Value.ValidBallots, 0m)
            && result.Value.Ranking.Sum(tier => tier.Length) == profile.Candidates.Length;
    }

    [SummitProperty(Runs = 100)]
    public bool MeekTally_RandomProfiles_ConservesEveryRoundAndFillsSeats(int seed, int[][] raw, int mask, int seatSeed)
    {
        var profile = StvProfiles.Build(seed, raw, allowTies: true, mask);
        var continuing = profile.Candidates.Length - profile.Withdrawn.Length;
        var seats = 1 + (Math.Abs(seatSeed) % continuing);
        var result = new MeekStvMethod().Tally(profile, new TallyOptions(seats));
        if (!RanksAContinuingCandidate(profile))
        {
            return result.IsFailed;
        }

        return result.IsSuccess
            && result.Value.Winners.Length == seats
            && Conserves(result.Value, result.Value.ValidBallots, 0.00000000000001m);
    }
}
