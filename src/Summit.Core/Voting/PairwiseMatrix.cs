using System.Collections.Immutable;

namespace Summit.Core.Voting;

/// <summary>A square matrix over candidates: <c>this[i, j]</c> is the (weighted) number of voters preferring i to j, or a path strength.</summary>
/// <param name="Candidates">The candidate names, by index.</param>
/// <param name="Values">Row-major values; <c>Values[i * n + j]</c>. The diagonal is 0.</param>
public sealed record PairwiseMatrix(EquatableArray<string> Candidates, EquatableArray<long> Values)
{
    /// <summary>Gets the value for row <paramref name="i"/>, column <paramref name="j"/>.</summary>
    /// <param name="i">The row candidate index.</param>
    /// <param name="j">The column candidate index.</param>
    public long this[int i, int j] => Values[(i * Candidates.Length) + j];
}
