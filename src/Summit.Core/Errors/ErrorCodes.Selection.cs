namespace Summit.Core;

public static partial class ErrorCodes
{
    /// <summary>Codes of the <c>Summit.Core.Selection</c> area: attendee selection, lotteries and topic selection.</summary>
    /// <remarks>Documented in <c>docs/error-codes/selection.md</c>.</remarks>
    public static class Selection
    {
        /// <summary>The capacity of a selection is negative.</summary>
        public const string CapacityNegative = "selection.capacity-negative";

        /// <summary>The number of standby places is negative.</summary>
        public const string StandbyNegative = "selection.standby-negative";

        /// <summary>Two candidates share one identifier.</summary>
        public const string DuplicateCandidate = "selection.duplicate-candidate";

        /// <summary>A candidate identifier is empty or white space.</summary>
        public const string CandidateIdEmpty = "selection.candidate-id-empty";

        /// <summary>An already-confirmed identifier names no candidate of the context.</summary>
        public const string UnknownConfirmed = "selection.unknown-confirmed";

        /// <summary>More people are already confirmed than the capacity allows.</summary>
        public const string ConfirmedExceedCapacity = "selection.confirmed-exceed-capacity";

        /// <summary>The minimums of the quotas add up to more than the free places.</summary>
        public const string QuotaMinimumsExceedCapacity = "selection.quota-minimums-exceed-capacity";

        /// <summary>A quota, cap or tier is malformed (negative minimum, maximum below minimum, empty name).</summary>
        public const string PolicyConfigurationInvalid = "selection.policy-configuration-invalid";

        /// <summary>A policy threw an exception; the error names the policy.</summary>
        public const string PolicyThrew = "selection.policy-threw";

        /// <summary>A policy returned a result that breaks the contract (a missing or doubled outcome, too many seats, gaps in standby ranks).</summary>
        public const string PolicyBrokeContract = "selection.policy-broke-contract";

        /// <summary>A custom policy ranked a candidate that is not in the context, or ranked one twice.</summary>
        public const string PolicyRankedUnknownCandidate = "selection.policy-ranked-unknown-candidate";

        /// <summary>The RFC 3797 key string is empty.</summary>
        public const string LotteryKeyEmpty = "selection.lottery-key-empty";

        /// <summary>A public random source is empty or holds a negative number.</summary>
        public const string LotterySourceInvalid = "selection.lottery-source-invalid";

        /// <summary>More entries are to be selected than the pool holds.</summary>
        public const string SelectExceedsPool = "selection.select-exceeds-pool";

        /// <summary>The pool size or the number to select is negative.</summary>
        public const string CountNegative = "selection.count-negative";

        /// <summary>An RFC 3797 draw needs more than the 65,536 steps its two-byte counter can number.</summary>
        public const string LotteryTooLarge = "selection.lottery-too-large";

        /// <summary>An RFC 3797 pool has more than the 65,536 entries its two-byte counter supports.</summary>
        public const string LotteryPoolTooLarge = "selection.lottery-pool-too-large";

        /// <summary>A custom random source returned something other than the requested number of distinct positions within the pool.</summary>
        public const string RandomSourceBrokeContract = "selection.random-source-broke-contract";

        /// <summary>A pool file lists the same name twice.</summary>
        public const string PoolDuplicateName = "selection.pool-duplicate-name";

        /// <summary>An identifier passed to a standby or walk-in operation names no candidate of the result.</summary>
        public const string UnknownCandidate = "selection.unknown-candidate";

        /// <summary>A decline names a candidate who holds neither a place nor a standby rank.</summary>
        public const string NotHoldingPlace = "selection.not-holding-place";

        /// <summary>A walk-in arrived but every place is taken.</summary>
        public const string NoFreePlace = "selection.no-free-place";

        /// <summary>A ranking or curation names a topic that no proposal has.</summary>
        public const string UnknownTopic = "selection.unknown-topic";

        /// <summary>Two proposals share an identifier, or a ranking lists a topic twice.</summary>
        public const string DuplicateTopic = "selection.duplicate-topic";

        /// <summary>The curation contradicts itself (a topic pinned and excluded, merged into itself, merged in a cycle, merged into an excluded topic).</summary>
        public const string CurationConflict = "selection.curation-conflict";

        /// <summary>The time budget is malformed (no sessions, negative minutes, reserved minutes above a session's length).</summary>
        public const string BudgetInvalid = "selection.budget-invalid";

        /// <summary>A proposal asks for negative minutes.</summary>
        public const string ProposalInvalid = "selection.proposal-invalid";

        /// <summary>The pinned topics do not fit in the sessions together.</summary>
        public const string PinnedTopicsDoNotFit = "selection.pinned-topics-do-not-fit";

        /// <summary>The exact fit search exceeded its step limit (far beyond summit sizes).</summary>
        public const string TopicSearchTooLarge = "selection.topic-search-too-large";
    }
}
