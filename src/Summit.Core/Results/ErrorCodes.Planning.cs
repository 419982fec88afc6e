namespace Summit.Core.Results;

public static partial class ErrorCodes
{
    /// <summary>Codes of the <c>Summit.Core.Planning</c> area: the whole pipeline for one summit file.</summary>
    public static class Planning
    {
        /// <summary>The file has a topic vote but the timeline has no voting window (votingOpens and votingCloses).</summary>
        public const string NoVotingWindow = "plan.no-voting-window";
    }
}
