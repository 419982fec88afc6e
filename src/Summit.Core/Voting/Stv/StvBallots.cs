using System.Collections.Immutable;
using Summit.Core.Results;

namespace Summit.Core.Voting.Stv;

/// <summary>
/// A profile's ranked ballots flattened for counting: one entry per distinct ballot (the profile is already grouped),
/// candidate indices in one array, tiers marked by offsets.
/// </summary>
/// <remarks>
/// Ballot <c>b</c> holds the tiers <c>TierStart[BallotStart[b]] .. TierStart[BallotStart[b + 1]]</c>; tier <c>t</c>
/// holds the candidates <c>Ranks[TierStart[t] .. TierStart[t + 1]]</c>. Weights are the group sizes.
/// </remarks>
internal sealed class StvBallots
{
    private StvBallots(int[] ranks, int[] tierStart, int[] ballotStart, long[] weights, bool hasEqualRanks, long validWeight)
    {
        Ranks = ranks;
        TierStart = tierStart;
        BallotStart = ballotStart;
        Weights = weights;
        HasEqualRanks = hasEqualRanks;
        ValidWeight = validWeight;
    }

    public int[] Ranks { get; }

    public int[] TierStart { get; }

    public int[] BallotStart { get; }

    public long[] Weights { get; }

    public int Count => Weights.Length;

    public bool HasEqualRanks { get; }

    /// <summary>Gets the total weight of the ballots that rank at least one candidate (blank ballots are not valid papers).</summary>
    public long ValidWeight { get; }

    /// <summary>The largest total weight counted: 10^13 ballots keeps every fixed-point sum far inside a <see cref="long"/>.</summary>
    public const long MaxWeight = 10_000_000_000_000;

    /// <summary>Checks the profile and options shared by both STV methods and flattens the ballots.</summary>
    public static Result<StvBallots> From(BallotProfile profile, TallyOptions options)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Seats < 1)
        {
            return Result.Fail<StvBallots>(new Error(ErrorCodes.Stv.SeatsInvalid, $"STV needs at least one seat; {options.Seats} were asked for.")
                .WithMetadata("seats", options.Seats));
        }

        var continuing = profile.Candidates.Length - profile.Withdrawn.Length;
        if (continuing < options.Seats)
        {
            return Result.Fail<StvBallots>(new Error(ErrorCodes.Stv.TooFewCandidates, $"{options.Seats} seats but only {continuing} continuing candidates.")
                .WithMetadata("seats", options.Seats).WithMetadata("candidates", continuing));
        }

        var ranks = new List<int>(profile.Ballots.Length * 4);
        var tierStart = new List<int>(profile.Ballots.Length * 4);
        var ballotStart = new int[profile.Ballots.Length + 1];
        var weights = new long[profile.Ballots.Length];
        var equal = false;
        long valid = 0;
        for (var b = 0; b < profile.Ballots.Length; b++)
        {
            var wb = profile.Ballots[b];
            if (wb.Ballot is not RankedBallot ranked)
            {
                return Result.Fail<StvBallots>(new Error(ErrorCodes.Stv.BallotKindUnsupported, $"STV counts ranked ballots only; ballot group {b + 1} is a {wb.Ballot.GetType().Name}.")
                    .WithMetadata("ballot", b + 1));
            }

            ballotStart[b] = tierStart.Count;
            weights[b] = wb.Weight;
            foreach (var tier in ranked.Ranks)
            {
                tierStart.Add(ranks.Count);
                equal |= tier.Length > 1;
                foreach (var c in tier)
                {
                    ranks.Add(c);
                }
            }

            if (!ranked.Ranks.IsEmpty)
            {
                valid += wb.Weight;
                if (valid > MaxWeight)
                {
                    return Result.Fail<StvBallots>(new Error(ErrorCodes.Stv.TooManyBallots, $"The ballots weigh more than {MaxWeight}, the most the exact arithmetic supports.")
                        .WithMetadata("limit", MaxWeight));
                }
            }
        }

        ballotStart[^1] = tierStart.Count;
        tierStart.Add(ranks.Count);
        if (valid == 0)
        {
            return Result.Fail<StvBallots>(new Error(ErrorCodes.Stv.NoValidBallots, "No ballot ranks any candidate, so there is nothing to count."));
        }

        return new StvBallots([.. ranks], [.. tierStart], ballotStart, weights, equal, valid);
    }

    /// <summary>Returns the index of the first ballot group that ranks candidates equal, or -1.</summary>
    public int FirstEqualRankBallot()
    {
        for (var b = 0; b < Count; b++)
        {
            for (var t = BallotStart[b]; t < BallotStart[b + 1]; t++)
            {
                if (TierStart[t + 1] - TierStart[t] > 1)
                {
                    return b;
                }
            }
        }

        return -1;
    }

    public static ImmutableArray<ImmutableArray<string>> Ranking(
        BallotProfile profile,
        IReadOnlyList<int> electedOrder,
        IReadOnlyList<int> excludedOrder,
        ReadOnlySpan<decimal> finalVotes)
    {
        var n = profile.Candidates.Length;
        var placed = new bool[n];
        var tiers = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var c in electedOrder)
        {
            placed[c] = true;
            tiers.Add([profile.Candidates[c]]);
        }

        var withdrawn = new bool[n];
        foreach (var w in profile.Withdrawn)
        {
            withdrawn[w] = true;
        }

        var excluded = new bool[n];
        foreach (var c in excludedOrder)
        {
            excluded[c] = true;
        }

        // Candidates neither elected nor excluded (still hopeful at the end), by final votes, equal votes sharing a tier.
        var rest = Enumerable.Range(0, n).Where(c => !placed[c] && !excluded[c] && !withdrawn[c]).ToList();
        var votes = finalVotes.ToArray();
        rest.Sort((a, b) => votes[b] != votes[a] ? votes[b].CompareTo(votes[a]) : a.CompareTo(b));
        for (var i = 0; i < rest.Count;)
        {
            var j = i;
            var tier = ImmutableArray.CreateBuilder<string>();
            while (j < rest.Count && votes[rest[j]] == votes[rest[i]])
            {
                tier.Add(profile.Candidates[rest[j]]);
                j++;
            }

            tiers.Add(tier.ToImmutable());
            i = j;
        }

        for (var k = excludedOrder.Count - 1; k >= 0; k--)
        {
            if (!placed[excludedOrder[k]])
            {
                tiers.Add([profile.Candidates[excludedOrder[k]]]);
            }
        }

        if (!profile.Withdrawn.IsEmpty)
        {
            tiers.Add([.. profile.Withdrawn.Select(w => profile.Candidates[w])]);
        }

        return tiers.ToImmutable();
    }
}
