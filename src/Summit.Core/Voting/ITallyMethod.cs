using FluentResults;

namespace Summit.Core.Voting;

/// <summary>A counting method: turns a <see cref="BallotProfile"/> into a <see cref="TallyResult"/> with its explanation.</summary>
/// <remarks>
/// Implementations must be deterministic (the same profile and options give the same result on every machine)
/// and thread-safe. Wrong input (a ballot kind the method cannot count, more seats than candidates) is returned as
/// a failed result with a code from <see cref="ErrorCodes"/>, never thrown.
/// </remarks>
public interface ITallyMethod
{
    /// <summary>Gets the stable name of the method, for example <c>schulze</c> or <c>stv-scottish</c>.</summary>
    string Name { get; }

    /// <summary>Counts a profile.</summary>
    /// <param name="profile">The ballots.</param>
    /// <param name="options">The number of seats and the tie-breaker.</param>
    /// <returns>The result with its explanation, or coded errors.</returns>
    Result<TallyResult> Tally(BallotProfile profile, TallyOptions options);
}
