using Summit.Core.Voting;

namespace Summit.Core.Testing.Voting;

/// <summary>A ballot profile whose ballots are all approval ballots: the type <see cref="VotingArbitraries.ApprovalProfiles"/> generates.</summary>
/// <remarks>
/// A wrapper, so that FsCheck (which picks arbitraries by type) can tell ranked, approval and score profiles apart, and
/// so that a failing property prints the counterexample as text rather than a type name.
/// </remarks>
/// <param name="Profile">The profile.</param>
public sealed record ApprovalBallotProfile(BallotProfile Profile)
{
    /// <summary>Returns the profile as text: the candidates, then one line per ballot group with its weight.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => VotingArbitraries.Describe(Profile);
}
