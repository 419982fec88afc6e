namespace Summit.Core.Scheduling;

/// <summary>
/// The step rule the lane-pattern bounds (<see cref="LagrangianBound"/>, <see cref="LagrangianMinutesBound"/>) share: a
/// Polyak step toward a target, θ · (bound − target) / |g|² along the subgradient g (1 less how many places chose a
/// topic), with θ = 2 halved after <paramref name="patience"/> steps without a smaller bound, at most
/// <paramref name="mostHalvings"/> times. Integer arithmetic (prices in fixed point, the step in <see cref="Int128"/>), so
/// the same bound comes out on every machine.
/// </summary>
/// <param name="patience">Steps without a smaller bound before θ is halved.</param>
/// <param name="mostHalvings">Halvings after which the steps stop.</param>
internal sealed class SubgradientSteps(int patience, int mostHalvings)
{
    private int _halvings;
    private int _stall;

    /// <summary>Gets the smallest bound recorded.</summary>
    public long Best { get; private set; } = long.MaxValue;

    /// <summary>Gets whether θ has been halved more than the rule allows (the steps no longer move the prices).</summary>
    public bool Stopped => _halvings > mostHalvings;

    /// <summary>Records one step's bound; returns whether it is smaller than every one before it.</summary>
    public bool Record(long bound)
    {
        if (bound < Best)
        {
            (Best, _stall) = (bound, 0);
            return true;
        }

        if (++_stall >= patience)
        {
            (_halvings, _stall) = (_halvings + 1, 0);
        }

        return false;
    }

    /// <summary>
    /// Moves each topic's price against its subgradient by θ · <paramref name="excess"/> / |g|² (excess: the bound above
    /// the target, in price units), kept within <paramref name="low"/> and <paramref name="high"/>; false, moving
    /// nothing, when every topic was chosen exactly once (g = 0: the relaxation's answer is an assignment).
    /// </summary>
    public bool Move(int[] topics, int[] chosen, long[] prices, long excess, long[] low, long[] high) =>
        Move(topics, chosen, null, prices, excess, low, high);

    /// <summary>
    /// <see cref="Move(int[], int[], long[], long, long[], long[])"/> where a topic may be placed <paramref name="taken"/>
    /// times (0 or 1 per topic; every topic once when null): the subgradient is that less how many places chose it.
    /// </summary>
    public bool Move(int[] topics, int[] chosen, int[]? taken, long[] prices, long excess, long[] low, long[] high)
    {
        var norm = 0L;
        foreach (var t in topics)
        {
            var g = (taken?[t] ?? 1L) - chosen[t];
            norm += g * g;
        }

        if (norm == 0)
        {
            return false;
        }

        var move = (Int128)Math.Max(excess, 1) * 2 / ((Int128)norm << _halvings);
        foreach (var t in topics)
        {
            prices[t] = (long)Int128.Clamp(prices[t] - (move * ((taken?[t] ?? 1) - chosen[t])), low[t], high[t]);
        }

        return true;
    }
}
