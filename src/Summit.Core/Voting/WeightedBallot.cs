namespace Summit.Core.Voting;

/// <summary>A ballot with the number of voters who cast exactly that ballot.</summary>
/// <param name="Ballot">The ballot.</param>
/// <param name="Weight">How many identical ballots it stands for; positive.</param>
public readonly record struct WeightedBallot(Ballot Ballot, long Weight);
