namespace Summit.Core;

public static partial class ErrorCodes
{
    /// <summary>Codes of the single transferable vote counts (<c>stv-scottish</c> and <c>stv-meek</c>).</summary>
    public static class Stv
    {
        /// <summary>The number of seats is less than one.</summary>
        public const string SeatsInvalid = "stv.seats-invalid";

        /// <summary>There are fewer continuing (not withdrawn) candidates than seats.</summary>
        public const string TooFewCandidates = "stv.too-few-candidates";

        /// <summary>The profile holds a ballot that is not a ranked ballot.</summary>
        public const string BallotKindUnsupported = "stv.ballot-kind-unsupported";

        /// <summary>A ballot ranks candidates equal, which the Scottish rules do not allow.</summary>
        public const string EqualRanksUnsupported = "stv.equal-ranks-unsupported";

        /// <summary>No ballot expresses a preference, so there is nothing to count.</summary>
        public const string NoValidBallots = "stv.no-valid-ballots";

        /// <summary>The total weight of the ballots is too large for exact fixed-point arithmetic.</summary>
        public const string TooManyBallots = "stv.too-many-ballots";

        /// <summary>The tie-breaker returned something other than an ordering of exactly the tied candidates.</summary>
        public const string TieBreakerInvalid = "stv.tie-breaker-invalid";
    }
}
