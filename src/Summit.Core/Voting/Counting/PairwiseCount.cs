using System.Collections.Immutable;
using FluentResults;

namespace Summit.Core.Voting.Counting;

/// <summary>A mergeable partial count: for every ordered pair of candidates, the weight of ballots ranking the first above the second.</summary>
/// <remarks>
/// Immutable. Counts of disjoint ballot sets over the same candidates merge (<see cref="Merge"/>) into the count of
/// their union, so a large count can be split across threads (<see cref="OfParallel"/>) or machines. A ballot ranks
/// i above j when i's rank position is strictly better; unranked candidates tie below every ranked one; withdrawn
/// candidates are never preferred. Approval ballots rank the approved above the rest; score ballots rank by score.
/// </remarks>
internal sealed class PairwiseCount
{
    private readonly long[] _values;

    private PairwiseCount(ImmutableArray<string> candidates, long[] values, long ballots)
    {
        Candidates = candidates;
        _values = values;
        Ballots = ballots;
    }

    /// <summary>Gets the candidate names, by index.</summary>
    public ImmutableArray<string> Candidates { get; }

    /// <summary>Gets the total weight of the ballots counted.</summary>
    public long Ballots { get; }

    /// <summary>Gets the weight of ballots ranking candidate <paramref name="i"/> above candidate <paramref name="j"/>.</summary>
    /// <param name="i">The row candidate index.</param>
    /// <param name="j">The column candidate index.</param>
    public long this[int i, int j] => _values[(i * Candidates.Length) + j];

    /// <summary>Counts a profile on the calling thread.</summary>
    /// <param name="profile">The ballots.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static PairwiseCount Of(BallotProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var n = profile.Candidates.Length;
        var (positions, weights) = BallotPositions.Flatten(profile, n);
        var totals = new long[n * n];
        PairwiseKernel.Accumulate(positions, n, weights, totals);
        return new PairwiseCount(profile.Candidates, totals, profile.TotalWeight);
    }

    /// <summary>Counts a profile split into contiguous slices, one per worker, and merges the partial counts.</summary>
    /// <param name="profile">The ballots.</param>
    /// <param name="degreeOfParallelism">The number of slices (and at most that many threads); at least 1.</param>
    /// <returns>The count; equal to <see cref="Of"/> on the same profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is less than 1.</exception>
    public static PairwiseCount OfParallel(BallotProfile profile, int degreeOfParallelism)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        var n = profile.Candidates.Length;
        var (positions, weights) = BallotPositions.Flatten(profile, n);
        var totals = CountSlices(positions, weights, n, degreeOfParallelism);
        return new PairwiseCount(profile.Candidates, totals, profile.TotalWeight);
    }

    /// <summary>Counts unweighted ballots given as rank positions: ballot b's position of candidate c is <c>positions[b * n + c]</c>.</summary>
    /// <param name="candidates">The candidate names (n of them).</param>
    /// <param name="positions">The positions, n per ballot; lower is better, equal values are ties.</param>
    /// <param name="degreeOfParallelism">The number of slices counted in parallel and merged; 1 counts on the calling thread.</param>
    /// <returns>The count.</returns>
    /// <remarks>The compact form for very large counts: no ballot objects, no grouping. A trailing partial ballot is ignored.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is less than 1.</exception>
    public static PairwiseCount OfPositions(ImmutableArray<string> candidates, ReadOnlyMemory<int> positions, int degreeOfParallelism = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        var n = candidates.Length;
        var ballots = n == 0 ? 0 : positions.Length / n;
        var usable = positions[..(ballots * n)];
        var totals = degreeOfParallelism == 1
            ? CountOne(usable.Span, n)
            : CountSlices(usable, ReadOnlyMemory<long>.Empty, n, degreeOfParallelism);
        return new PairwiseCount(candidates, totals, ballots);
    }

    /// <summary>Merges this count with the count of a disjoint set of ballots over the same candidates.</summary>
    /// <param name="other">The other count.</param>
    /// <returns>The count of the union, or <c>voting.profile-mismatch</c> when the candidates differ.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public Result<PairwiseCount> Merge(PairwiseCount other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!Candidates.SequenceEqual(other.Candidates, StringComparer.Ordinal))
        {
            return Result.Fail<PairwiseCount>(new SummitError(ErrorCodes.Voting.ProfileMismatch, "The two pairwise counts are over different candidates."));
        }

        var sum = new long[_values.Length];
        for (var k = 0; k < sum.Length; k++)
        {
            sum[k] = checked(_values[k] + other._values[k]);
        }

        return new PairwiseCount(Candidates, sum, checked(Ballots + other.Ballots));
    }

    /// <summary>Returns the counts as a <see cref="PairwiseMatrix"/>.</summary>
    /// <returns>The matrix; <c>matrix[i, j]</c> equals <c>this[i, j]</c>.</returns>
    public PairwiseMatrix ToMatrix() => new(Candidates, [.. _values]);

    internal ReadOnlySpan<long> Values => _values;

    /// <summary>The count the built-in methods use: in parallel (merged slices) for large profiles, else on the calling thread; equal either way.</summary>
    internal static PairwiseCount ForMethods(BallotProfile profile) =>
        (profile.Store?.Count ?? profile.Ballots.Length) >= 50_000 && Environment.ProcessorCount > 1
            ? OfParallel(profile, Environment.ProcessorCount)
            : Of(profile);

    private static long[] CountOne(ReadOnlySpan<int> positions, int n)
    {
        var totals = new long[n * n];
        PairwiseKernel.Accumulate(positions, n, [], totals);
        return totals;
    }

    private static long[] CountSlices(ReadOnlyMemory<int> positions, ReadOnlyMemory<long> weights, int n, int degree)
    {
        var ballots = n == 0 ? 0 : positions.Length / n;
        var slices = Math.Max(1, Math.Min(degree, ballots));
        var partial = new long[slices][];
        Parallel.For(0, slices, new ParallelOptions { MaxDegreeOfParallelism = degree }, s =>
        {
            var start = (int)((long)ballots * s / slices);
            var end = (int)((long)ballots * (s + 1) / slices);
            var totals = new long[n * n];
            var w = weights.IsEmpty ? ReadOnlySpan<long>.Empty : weights.Span[start..end];
            PairwiseKernel.Accumulate(positions.Span[(start * n)..(end * n)], n, w, totals);
            partial[s] = totals;
        });

        var sum = new long[n * n];
        foreach (var p in partial)
        {
            for (var k = 0; k < sum.Length; k++)
            {
                sum[k] += p[k];
            }
        }

        return sum;
    }
}
