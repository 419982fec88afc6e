namespace Summit.Core.Voting;

/// <summary>One voter's ballot over the candidates of a <see cref="BallotProfile"/>, by candidate index.</summary>
/// <remarks>The hierarchy is closed: a ballot is a <see cref="RankedBallot"/>, an <see cref="ApprovalBallot"/> or a <see cref="ScoreBallot"/>.</remarks>
public abstract record Ballot
{
    private protected Ballot()
    {
    }
}
