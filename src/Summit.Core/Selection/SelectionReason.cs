namespace Summit.Core.Selection;

/// <summary>One reason behind a candidate's outcome: a stable code and a sentence for people.</summary>
/// <param name="Code">A stable code (see <see cref="SelectionReasonCodes"/>, or a custom filter's code).</param>
/// <param name="Message">The explanation in words.</param>
/// <remarks>Immutable. Codes never change meaning; messages may be reworded.</remarks>
public sealed record SelectionReason(string Code, string Message);
