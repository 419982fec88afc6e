using Summit.Core.Results;

namespace Summit.Core.Voting.Stv;

/// <summary>Placeholder for Scottish STV; the stv branch provides the real count.</summary>
internal sealed class ScottishStvMethod : ITallyMethod
{
    public string Name => "stv-scottish";

    public Result<TallyResult> Tally(BallotProfile profile, TallyOptions options) =>
        Result.Fail<TallyResult>(new Error(ErrorCodes.Voting.MethodUnavailable, "Scottish STV is not available in this build."));
}
