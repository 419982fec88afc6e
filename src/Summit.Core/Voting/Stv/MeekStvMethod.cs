using FluentResults;

namespace Summit.Core.Voting.Stv;

/// <summary>
/// Meek STV (B. L. Meek, 1969; the reference rule of droop, <c>meek</c>): every elected candidate keeps only the
/// fraction of each vote it needs (its keep factor) and passes the rest on; the count iterates until the surplus is
/// below omega.
/// </summary>
/// <remarks>
/// Arithmetic is droop's guarded fixed point (18 digits of precision plus 9 guard digits, values closer than half a
/// unit of precision compare equal); omega = 10^-9. Each iteration distributes every ballot with the current keep
/// factors, recomputes the quota as the votes held by candidates divided by (seats + 1), elects every hopeful
/// candidate strictly above it, and otherwise updates the keep factors (kf × quota / votes). When the iteration
/// settles, a batch of certain losers is excluded (their votes plus the surplus cannot reach the next candidate),
/// else the lowest candidate (candidates within the surplus of the lowest count as tied; ties by lot:
/// <see cref="TallyOptions.TieBreaker"/>, else the declared tie order). Equal ranks split a vote equally, as droop does.
/// Reproduces droop's reports (<c>meek-o9-guarded-p18-g9</c>) action by action. Stateless and thread-safe.
/// </remarks>
internal sealed class MeekStvMethod : ITallyMethod
{
    public const string MethodName = "stv-meek";

    public string Name => MethodName;

    public Result<TallyResult> Tally(BallotProfile profile, TallyOptions options)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(options);
        var flat = StvBallots.From(profile, options);
        return flat.IsFailed ? Result.Fail<TallyResult>(flat.Errors) : new MeekCount(profile, options, flat.Value).Run();
    }
}
