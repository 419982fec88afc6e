using Summit.Core.Voting;
using Summit.Core.Voting.Formats;

namespace Summit.Core.Testing.Voting;

/// <summary>A ballot profile whose ballots are all ranked ballots: the type <see cref="VotingArbitraries.RankedProfiles"/> generates.</summary>
/// <remarks>
/// A wrapper, so that FsCheck (which picks arbitraries by type) can tell ranked, approval and score profiles apart, and
/// so that a failing property prints the counterexample as a preference list rather than a type name.
/// </remarks>
/// <param name="Profile">The profile.</param>
public sealed record RankedBallotProfile(BallotProfile Profile)
{
    /// <summary>Returns the profile as a preference list (readable by <see cref="PreferenceListFormat.Read"/>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => PreferenceListFormat.Write(Profile);
}
