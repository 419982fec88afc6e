namespace Summit.Core.Results;

public static partial class ErrorCodes
{
    /// <summary>Codes of the <c>Summit.Core.Voting</c> area: ballots, ballot boxes, profiles and counts.</summary>
    public static class Voting
    {
        /// <summary>A candidate name is empty or white space.</summary>
        public const string CandidateNameEmpty = "voting.candidate-name-empty";

        /// <summary>The same candidate name is listed twice.</summary>
        public const string DuplicateCandidate = "voting.duplicate-candidate";

        /// <summary>A ballot names a candidate that does not exist.</summary>
        public const string UnknownCandidate = "voting.unknown-candidate";

        /// <summary>A ballot ranks (or approves) one candidate more than once.</summary>
        public const string CandidateRankedTwice = "voting.candidate-ranked-twice";

        /// <summary>A ballot is malformed (empty rank, wrong number of scores, non-positive weight).</summary>
        public const string BallotInvalid = "voting.ballot-invalid";
    }
}
