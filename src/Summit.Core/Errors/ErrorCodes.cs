namespace Summit.Core;

/// <summary>
/// Every stable error code that Summit.Core produces, grouped by area. Documented in <c>docs/error-codes.md</c>.
/// </summary>
/// <remarks>
/// Codes are lower-case, dot-separated <c>area.problem</c> strings. A released code never changes meaning.
/// The class is split over one file per area (<c>ErrorCodes.Area.cs</c>) so each area's codes sit beside each other.
/// </remarks>
public static partial class ErrorCodes
{
}
