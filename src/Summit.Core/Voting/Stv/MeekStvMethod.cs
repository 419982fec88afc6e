using Summit.Core.Results;

namespace Summit.Core.Voting.Stv;

/// <summary>Placeholder for Meek STV; the stv branch provides the real count.</summary>
internal sealed class MeekStvMethod : ITallyMethod
{
    public string Name => "stv-meek";

    public Result<TallyResult> Tally(BallotProfile profile, TallyOptions options) =>
        Result.Fail<TallyResult>(new Error(ErrorCodes.Voting.MethodUnavailable, "Meek STV is not available in this build."));
}
