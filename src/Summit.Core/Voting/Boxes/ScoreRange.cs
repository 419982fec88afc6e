namespace Summit.Core.Voting.Boxes;

/// <summary>The closed range of scores a score ballot may give: <see cref="Min"/> ≤ score ≤ <see cref="Max"/>.</summary>
/// <param name="Min">The lowest allowed score (inclusive).</param>
/// <param name="Max">The highest allowed score (inclusive); at least <paramref name="Min"/>.</param>
public readonly record struct ScoreRange(int Min, int Max)
{
    /// <summary>Gets a value indicating whether <paramref name="score"/> lies in the range (both ends included).</summary>
    /// <param name="score">The score.</param>
    /// <returns>True when Min ≤ score ≤ Max.</returns>
    public bool Contains(int score) => score >= Min && score <= Max;
}
