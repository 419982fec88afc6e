namespace Summit.Core.Scheduling;

/// <summary>How the spare minutes of a session are shared among the discussions placed in it.</summary>
/// <remarks>
/// Spare minutes are handed out one minute at a time, each to a discussion still below its maximum: with
/// <see cref="ProportionalToWeight"/> to the one with the highest <c>weight / (extra + 1)</c> (the D'Hondt
/// highest-averages rule), with <see cref="Equal"/> to the one with the fewest extra minutes so far; ties go to the
/// topic that comes first in the request order. Minutes nobody can take become an overflow item at the end.
/// </remarks>
public enum SlackDistribution
{
    /// <summary>Share spare minutes in proportion to the topics' weights (D'Hondt), capped at each maximum.</summary>
    ProportionalToWeight,

    /// <summary>Share spare minutes equally, capped at each maximum.</summary>
    Equal,
}
