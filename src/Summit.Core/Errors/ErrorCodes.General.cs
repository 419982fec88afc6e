namespace Summit.Core;

public static partial class ErrorCodes
{
    /// <summary>Codes that belong to no single area.</summary>
    public static class General
    {
        /// <summary>
        /// Code-supplied extension (a random source, tie-breaker or other strategy of yours) failed with a FluentResults
        /// error that is not a <see cref="SummitError"/>; the original error is kept as its cause.
        /// </summary>
        public const string ExtensionFailed = "extension.failed";
    }
}
