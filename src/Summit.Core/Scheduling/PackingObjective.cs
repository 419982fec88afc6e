namespace Summit.Core.Scheduling;

/// <summary>The values of the packing objective for one agenda, in the order they are optimized, with the bound the packer proved.</summary>
/// <param name="PlacedWeight">(1) The total weight of the topics placed: maximized first.</param>
/// <param name="TopicMinutes">(2) The total minutes given to topics: maximized second (discussions get their time before overflow does).</param>
/// <param name="MovedTopics">(3) The topics whose session or room differs from the previous agenda (0 without one): minimized third; then (4) <see cref="MinutesMoved"/>.</param>
/// <param name="WeightUpperBound">An upper bound on <paramref name="PlacedWeight"/> over every feasible agenda.</param>
/// <remarks>
/// Immutable. <see cref="Gap"/> is <c>(WeightUpperBound - PlacedWeight) / WeightUpperBound</c> (0 when the bound is 0);
/// it is 0 when the result is proven optimal.
/// </remarks>
public sealed record PackingObjective(double PlacedWeight, int TopicMinutes, int MovedTopics, double WeightUpperBound)
{
    /// <summary>Gets the number of topics placed.</summary>
    public int PlacedTopics { get; init; }

    /// <summary>Gets the minutes left to overflow items.</summary>
    public int OverflowMinutes { get; init; }

    /// <summary>Gets the minutes the placed topics moved against the previous agenda: for each topic placed in both, how far its start moved on the local clock, summed (0 without a previous agenda).</summary>
    /// <remarks>
    /// The fourth objective, after <see cref="MovedTopics"/> (which counts session and room changes): minimized by the
    /// exact packer over which topic goes in which lane, each lane laid out by the documented rules (a back-to-back lane
    /// keeps the previous order of its topics); reported by the heuristic. See docs/scheduling.md, "Change as little as possible".
    /// </remarks>
    public int MinutesMoved { get; init; }

    /// <summary>Gets the number of search nodes the packer explored, the nodes of its timing searches included.</summary>
    public long SearchNodes { get; init; }

    /// <summary>Gets the relative gap between the placed weight and its upper bound, in [0, 1].</summary>
    public double Gap => WeightUpperBound <= 0 ? 0 : Math.Max(0, (WeightUpperBound - PlacedWeight) / WeightUpperBound);
}
