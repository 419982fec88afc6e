namespace Summit.Core.Scheduling;

/// <summary>
/// The lexicographic objective of one assignment: weight placed in hundredths (max), topic minutes (max), moved topics
/// (min), then the minutes the placed topics' starts moved (min; <see cref="PackingEvaluation.MinutesMoved"/>).
/// </summary>
/// <remarks>
/// Weights are compared as whole hundredths (<see cref="ToUnits"/>), so sums are exact and never drift in floating point.
/// <see cref="MinutesMoved"/> is 0 without a previous agenda, and where a packer does not score it (the composer's timed agendas).
/// </remarks>
internal readonly record struct PackingScore(long Weight, int Minutes, int Moves, int MinutesMoved = 0)
{
    /// <summary>Hundredths per unit of weight.</summary>
    public const int UnitsPerWeight = 100;

    /// <summary>The largest weight a topic may have, so that 10,000 topics still sum exactly in hundredths.</summary>
    public const double MaximumWeight = 1e12;

    public static readonly PackingScore Worst = new(long.MinValue, int.MinValue, int.MaxValue, int.MaxValue);

    public bool IsWorst => Weight == long.MinValue;

    /// <summary>The weight in whole hundredths, rounded half away from zero.</summary>
    public static long ToUnits(double weight) => (long)Math.Round(weight * UnitsPerWeight, MidpointRounding.AwayFromZero);

    /// <summary>The weight of a sum of hundredths (the nearest double to the exact decimal).</summary>
    public static double ToWeight(long units) => (double)(units / (decimal)UnitsPerWeight);

    public bool IsBetterThan(PackingScore other) =>
        Weight != other.Weight ? Weight > other.Weight
        : Minutes != other.Minutes ? Minutes > other.Minutes
        : Moves != other.Moves ? Moves < other.Moves
        : MinutesMoved < other.MinutesMoved;
}
