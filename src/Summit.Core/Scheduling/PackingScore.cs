namespace Summit.Core.Scheduling;

/// <summary>The lexicographic objective of one assignment: weight placed (max), topic minutes (max), moved topics (min).</summary>
internal readonly record struct PackingScore(double Weight, int Minutes, int Moves)
{
    public static readonly PackingScore Worst = new(double.NegativeInfinity, int.MinValue, int.MaxValue);

    public static double Tolerance(double weight) => 1e-9 * Math.Max(1, Math.Abs(weight));

    public bool IsBetterThan(PackingScore other)
    {
        if (double.IsNegativeInfinity(other.Weight))
        {
            return !double.IsNegativeInfinity(Weight);
        }

        var eps = Tolerance(other.Weight);
        if (Weight > other.Weight + eps)
        {
            return true;
        }

        if (Weight < other.Weight - eps)
        {
            return false;
        }

        return Minutes != other.Minutes ? Minutes > other.Minutes : Moves < other.Moves;
    }
}
