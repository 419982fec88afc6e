namespace Summit.Core.Scheduling;

/// <summary>The values of the packing objective for one agenda, in the order they are optimized, with the bound the packer proved.</summary>
/// <param name="PlacedWeight">(1) The total weight of the topics placed: maximized first.</param>
/// <param name="TopicMinutes">(2) The total minutes given to topics: maximized second (discussions get their time before overflow does).</param>
/// <param name="MovedTopics">(3) The topics whose session or room differs from the previous agenda (0 without one): minimized third.</param>
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

    /// <summary>Gets the minutes the placed topics moved against the previous agenda: for each topic placed in both, how far its start moved, summed (0 without a previous agenda).</summary>
    /// <remarks>Reported beside <see cref="MovedTopics"/>, which counts session and room changes; the packers keep the previous order of a lane's topics, which keeps this small, but do not minimize it across agendas.</remarks>
    public int MinutesMoved { get; init; }

    /// <summary>Gets the number of search nodes the packer explored, the nodes of its timing searches included.</summary>
    public long SearchNodes { get; init; }

    /// <summary>Gets the relative gap between the placed weight and its upper bound, in [0, 1].</summary>
    public double Gap => WeightUpperBound <= 0 ? 0 : Math.Max(0, (WeightUpperBound - PlacedWeight) / WeightUpperBound);
}
