using Summit.Core.Results;

namespace Summit.Core.Voting.Formats;

/// <summary>Reads and writes the BLT ballot format (placeholder: the stv branch provides the real reader and writer).</summary>
public static class BltFormat
{
    /// <summary>Reads a BLT file.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="sourceName">The file name, for error messages.</param>
    /// <returns>Always a failed result in this placeholder.</returns>
    public static Result<BallotProfile> Read(string text, string? sourceName = null) =>
        Result.Fail<BallotProfile>(new Error(ErrorCodes.Voting.MethodUnavailable, "The BLT reader is not available in this build."));

    /// <summary>Writes a profile as BLT.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>An empty string in this placeholder.</returns>
    public static string Write(BallotProfile profile) => string.Empty;
}
