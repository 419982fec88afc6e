namespace Summit.Core.Voting;

/// <summary>Structural equality of ballots (the records hold arrays, whose own equality is by reference).</summary>
internal sealed class BallotComparer : IEqualityComparer<Ballot>
{
    public static readonly BallotComparer Instance = new();

    public bool Equals(Ballot? x, Ballot? y) => (x, y) switch
    {
        (null, null) => true,
        (RankedBallot a, RankedBallot b) => a.Ranks.Length == b.Ranks.Length
            && a.Ranks.Zip(b.Ranks).All(p => p.First.SequenceEqual(p.Second)),
        (ApprovalBallot a, ApprovalBallot b) => a.Approved.SequenceEqual(b.Approved),
        (ScoreBallot a, ScoreBallot b) => a.Scores.SequenceEqual(b.Scores),
        _ => false,
    };

    public int GetHashCode(Ballot obj)
    {
        var hash = new HashCode();
        switch (obj)
        {
            case RankedBallot r:
                hash.Add(1);
                foreach (var tier in r.Ranks)
                {
                    hash.Add(-1);
                    foreach (var c in tier)
                    {
                        hash.Add(c);
                    }
                }

                break;
            case ApprovalBallot a:
                hash.Add(2);
                foreach (var c in a.Approved)
                {
                    hash.Add(c);
                }

                break;
            case ScoreBallot s:
                hash.Add(3);
                foreach (var c in s.Scores)
                {
                    hash.Add(c);
                }

                break;
        }

        return hash.ToHashCode();
    }
}
