namespace Summit.Core;

public static partial class ErrorCodes
{
    /// <summary>Codes of the BLT ballot file reader (<c>Summit.Core.Voting.Formats.BltFormat</c>).</summary>
    /// <remarks>Every BLT error carries the metadata <c>file</c>, <c>line</c>, <c>column</c> (both 1-based) and <c>expected</c>.</remarks>
    public static class Blt
    {
        /// <summary>The header declares more seats than candidates.</summary>
        public const string SeatsExceedCandidates = "blt.seats-exceed-candidates";

        /// <summary>The header line (number of candidates and seats) is missing or malformed.</summary>
        public const string HeaderInvalid = "blt.header-invalid";

        /// <summary>The header declares more candidates than the reader accepts (100,000).</summary>
        public const string TooManyCandidates = "blt.too-many-candidates";

        /// <summary>A withdrawn-candidates entry is not a negative candidate number in range.</summary>
        public const string WithdrawnInvalid = "blt.withdrawn-invalid";

        /// <summary>A bracketed option line (<c>[tie ...]</c>, <c>[withdrawn ...]</c>) is unknown or malformed.</summary>
        public const string OptionInvalid = "blt.option-invalid";

        /// <summary>A ballot's weight is not a positive whole number, or the weights add up beyond the supported total.</summary>
        public const string WeightInvalid = "blt.weight-invalid";

        /// <summary>A ballot token is not a candidate number (or <c>=</c>) where one was expected.</summary>
        public const string TokenInvalid = "blt.token-invalid";

        /// <summary>A ballot names a candidate number outside 1..candidates.</summary>
        public const string CandidateOutOfRange = "blt.candidate-out-of-range";

        /// <summary>A ballot names the same candidate twice.</summary>
        public const string CandidateRepeated = "blt.candidate-repeated";

        /// <summary>A ballot line does not end with the terminating <c>0</c>.</summary>
        public const string BallotUnterminated = "blt.ballot-unterminated";

        /// <summary>The text ends before the <c>0</c> line that closes the ballots.</summary>
        public const string EndOfBallotsMissing = "blt.end-of-ballots-missing";

        /// <summary>The text ends before every candidate has a name.</summary>
        public const string NameMissing = "blt.name-missing";

        /// <summary>A candidate name or the title is empty, or the same name is given to two candidates.</summary>
        public const string NameInvalid = "blt.name-invalid";

        /// <summary>A quoted name or title has no closing quote.</summary>
        public const string UnterminatedQuote = "blt.unterminated-quote";

        /// <summary>Text follows the title (or a quoted name on its line) where nothing more was expected.</summary>
        public const string UnexpectedContent = "blt.unexpected-content";

        /// <summary>The file has more errors than are reported; the first ones are listed.</summary>
        public const string TooManyErrors = "blt.too-many-errors";
    }
}
