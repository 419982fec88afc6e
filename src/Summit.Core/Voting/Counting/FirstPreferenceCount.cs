using System.Collections.Immutable;
using FluentResults;

namespace Summit.Core.Voting.Counting;

/// <summary>A mergeable partial count: each candidate's first preferences among the continuing candidates.</summary>
/// <remarks>
/// Immutable. A ballot counts for its most preferred continuing candidate when that candidate is alone at its rank
/// among the continuing candidates. A ballot whose best continuing rank holds several candidates (an overvote), or that
/// ranks no continuing candidate, is set aside (<see cref="SetAside"/>). Counts of disjoint ballot sets over the same
/// candidates merge into the count of their union.
/// </remarks>
internal sealed class FirstPreferenceCount
{
    private FirstPreferenceCount(ImmutableArray<string> candidates, ImmutableArray<long> votes, long setAside)
    {
        Candidates = candidates;
        Votes = votes;
        SetAside = setAside;
    }

    /// <summary>Gets the candidate names, by index.</summary>
    public ImmutableArray<string> Candidates { get; }

    /// <summary>Gets each candidate's first preferences (weighted), by index.</summary>
    public ImmutableArray<long> Votes { get; }

    /// <summary>Gets the weight of ballots that count for nobody (tied first choice or no continuing candidate ranked).</summary>
    public long SetAside { get; }

    /// <summary>Counts the first preferences of a profile among all candidates not withdrawn.</summary>
    /// <param name="profile">The ballots.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static FirstPreferenceCount Of(BallotProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var n = profile.Candidates.Length;
        var (positions, weights) = BallotPositions.Flatten(profile, n);
        var continuing = BallotPositions.WithdrawnMask(profile).Select(w => !w).ToArray();
        var (votes, setAside) = Count(positions, weights, n, continuing);
        return new FirstPreferenceCount(profile.Candidates, [.. votes], setAside);
    }

    /// <summary>Merges this count with the count of a disjoint set of ballots over the same candidates.</summary>
    /// <param name="other">The other count.</param>
    /// <returns>The count of the union, or <c>voting.profile-mismatch</c> when the candidates differ.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public Result<FirstPreferenceCount> Merge(FirstPreferenceCount other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!Candidates.SequenceEqual(other.Candidates, StringComparer.Ordinal))
        {
            return Result.Fail<FirstPreferenceCount>(new SummitError(ErrorCodes.Voting.ProfileMismatch, "The two first-preference counts are over different candidates."));
        }

        var votes = new long[Votes.Length];
        for (var c = 0; c < votes.Length; c++)
        {
            votes[c] = checked(Votes[c] + other.Votes[c]);
        }

        return new FirstPreferenceCount(Candidates, [.. votes], checked(SetAside + other.SetAside));
    }

    internal static (long[] Votes, long SetAside) Count(ReadOnlySpan<int> positions, ReadOnlySpan<long> weights, int n, ReadOnlySpan<bool> continuing)
    {
        var votes = new long[n];
        long setAside = 0;
        for (var b = 0; b < weights.Length; b++)
        {
            var top = Top(positions.Slice(b * n, n), continuing);
            if (top >= 0)
            {
                votes[top] += weights[b];
            }
            else
            {
                setAside += weights[b];
            }
        }

        return (votes, setAside);
    }

    /// <summary>The single most preferred continuing candidate, or -1 (none ranked, or a tie at the top).</summary>
    internal static int Top(ReadOnlySpan<int> row, ReadOnlySpan<bool> continuing)
    {
        var best = BallotPositions.Unranked;
        var who = -1;
        var count = 0;
        for (var c = 0; c < row.Length; c++)
        {
            if (!continuing[c] || row[c] == BallotPositions.Unranked)
            {
                continue;
            }

            if (row[c] < best)
            {
                best = row[c];
                who = c;
                count = 1;
            }
            else if (row[c] == best)
            {
                count++;
            }
        }

        return count == 1 ? who : -1;
    }
}
