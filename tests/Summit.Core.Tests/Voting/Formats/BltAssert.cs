using Summit.Core.Voting;

namespace Summit.Core.Tests.Voting.Formats;

internal static class BltAssert
{
    public static bool Same(BallotProfile a, BallotProfile b) =>
        a.Candidates.SequenceEqual(b.Candidates)
        && a.Withdrawn.SequenceEqual(b.Withdrawn)
        && a.Title == b.Title
        && a.DeclaredSeats == b.DeclaredSeats
        && a.Ballots.Length == b.Ballots.Length
        && a.Ballots.Zip(b.Ballots).All(p => p.First.Weight == p.Second.Weight
            && ((RankedBallot)p.First.Ballot).Ranks.Length == ((RankedBallot)p.Second.Ballot).Ranks.Length
            && ((RankedBallot)p.First.Ballot).Ranks.Zip(((RankedBallot)p.Second.Ballot).Ranks).All(t => t.First.SequenceEqual(t.Second)));

    public static void SameProfile(BallotProfile expected, BallotProfile actual) => Assert.True(Same(expected, actual), "The profiles differ.");
}
