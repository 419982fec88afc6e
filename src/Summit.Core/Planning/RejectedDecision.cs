namespace Summit.Core.Planning;

/// <summary>A decision of the record that could not take effect at the plan's instant, with the coded reason.</summary>
/// <param name="Decision">The decision.</param>
/// <param name="Rejection">Why it had no effect.</param>
public sealed record RejectedDecision(SummitDecision Decision, SummitError Rejection);
