namespace Summit.Core;

public static partial class ErrorCodes
{
    /// <summary>Codes of the <c>Summit.Core.Voting</c> area: ballots, ballot boxes, profiles and counts.</summary>
    public static class Voting
    {
        /// <summary>A preference list names no candidate and holds no ballot (an empty or comment-only file).</summary>
        public const string FormatEmpty = "voting.format-empty";

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


        /// <summary>No tally method has the given name.</summary>
        public const string UnknownMethod = "voting.unknown-method";

        /// <summary>No tie-breaker has the given name (a lottery is named <c>lottery:SEED</c>).</summary>
        public const string UnknownTieBreaker = "voting.unknown-tie-breaker";

        /// <summary>The number of seats is less than 1.</summary>
        public const string SeatsInvalid = "voting.seats-invalid";

        /// <summary>The method elects one candidate only and more seats were asked.</summary>
        public const string SeatsUnsupported = "voting.seats-unsupported";

        /// <summary>There are fewer continuing (not withdrawn) candidates than seats.</summary>
        public const string TooFewCandidates = "voting.too-few-candidates";

        /// <summary>There are more candidates than the method or the file format supports (the limits are in <c>docs/voting.md</c>).</summary>
        public const string TooManyCandidates = "voting.too-many-candidates";

        /// <summary>The ballots' weights add up to more than <c>BallotProfile.MaxTotalWeight</c> (10^12).</summary>
        public const string TotalWeightTooLarge = "voting.total-weight-too-large";

        /// <summary>The method cannot count this kind of ballot (for example score ballots under approval).</summary>
        public const string BallotKindUnsupported = "voting.ballot-kind-unsupported";

        /// <summary>Two partial counts or profiles over different candidates cannot be merged.</summary>
        public const string ProfileMismatch = "voting.profile-mismatch";

        /// <summary>A ballot file does not follow its format; the metadata give file, line, column and what was expected.</summary>
        public const string FormatSyntax = "voting.format-syntax";

        /// <summary>A ballot weight is not a positive whole number that fits in 64 bits.</summary>
        public const string FormatWeightInvalid = "voting.format-weight-invalid";

        /// <summary>A ballot names a candidate missing from the file's <c>candidates:</c> line.</summary>
        public const string FormatUnknownCandidate = "voting.format-unknown-candidate";

        /// <summary>A ballot line names one candidate twice.</summary>
        public const string FormatCandidateRepeated = "voting.format-candidate-repeated";

        /// <summary>A <c>candidates:</c>, <c>seats:</c> or <c>title:</c> line is malformed or repeated.</summary>
        public const string FormatDirectiveInvalid = "voting.format-directive-invalid";

        /// <summary>The voter is not in the ballot box's electorate.</summary>
        public const string VoterNotEligible = "voting.voter-not-eligible";

        /// <summary>The voter already cast a ballot and the policy rejects second ballots.</summary>
        public const string DuplicateBallot = "voting.duplicate-ballot";

        /// <summary>A later ballot from the same voter replaced this one (policy: last ballot stands).</summary>
        public const string BallotSuperseded = "voting.ballot-superseded";

        /// <summary>A score lies outside the ballot box's score range.</summary>
        public const string ScoreOutOfRange = "voting.score-out-of-range";

        /// <summary>The ballot was cast before the voting window opened.</summary>
        public const string CastTooEarly = "voting.cast-too-early";

        /// <summary>The ballot was cast at or after the close of the (half-open) voting window.</summary>
        public const string CastTooLate = "voting.cast-too-late";

        /// <summary>A ballot file could not be read (missing, unreadable).</summary>
        public const string FileUnreadable = "voting.file-unreadable";
    }
}
