using System.Collections.Immutable;
using FluentResults;

namespace Summit.Core.Voting.Stv;

/// <summary>
/// A profile's ranked ballots flattened for counting: one entry per distinct ballot (the profile is already grouped),
/// candidate indices in one array, tiers marked by offsets. Withdrawn candidates are already deleted from every ballot.
/// </summary>
/// <remarks>
/// Ballot <c>b</c> holds the tiers <c>TierStart[BallotStart[b]] .. TierStart[BallotStart[b + 1]]</c>; tier <c>t</c>
/// holds the candidates <c>Ranks[TierStart[t] .. TierStart[t + 1]]</c>. Weights are the group sizes.
/// </remarks>
internal sealed class StvBallots
{
    private int[]? _tierStart;

    private StvBallots(int[] ranks, int[]? tierStart, int[] ballotStart, long[] weights, bool hasEqualRanks, long validWeight)
    {
        Ranks = ranks;
        _tierStart = tierStart;
        BallotStart = ballotStart;
        Weights = weights;
        HasEqualRanks = hasEqualRanks;
        ValidWeight = validWeight;
    }

    public int[] Ranks { get; }

    /// <summary>Gets the start of every tier plus a final end; without equal ranks every position is a tier (built on first use).</summary>
    public int[] TierStart => _tierStart ??= Identity(Ranks.Length + 1);

    public int[] BallotStart { get; }

    public long[] Weights { get; }

    public int Count => Weights.Length;

    public bool HasEqualRanks { get; }

    /// <summary>Gets the total weight of the ballots that rank at least one continuing candidate (blank ballots, and ballots naming only withdrawn candidates, are not valid papers).</summary>
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
            return Result.Fail<StvBallots>(new SummitError(ErrorCodes.Stv.SeatsInvalid, $"STV needs at least one seat; {options.Seats} were asked for.")
                .WithMetadata("seats", options.Seats));
        }

        var continuing = profile.Candidates.Length - profile.Withdrawn.Length;
        if (continuing < options.Seats)
        {
            return Result.Fail<StvBallots>(new SummitError(ErrorCodes.Stv.TooFewCandidates, $"{options.Seats} seats but only {continuing} continuing candidates.")
                .WithMetadata("seats", options.Seats).WithMetadata("candidates", continuing));
        }

        var store = profile.RankedBallots(out var notRanked);
        if (store is null)
        {
            // As the ballots would be met in order: the weight limit first when the ranked ballots before exceed it.
            long before = 0;
            for (var b = 0; b < notRanked; b++)
            {
                if (profile.Ballots[b].Ballot is RankedBallot { Ranks.IsEmpty: false })
                {
                    before += profile.Ballots[b].Weight;
                    if (before > MaxWeight)
                    {
                        return Result.Fail<StvBallots>(new SummitError(ErrorCodes.Stv.TooManyBallots, $"The ballots weigh more than {MaxWeight}, the most the exact arithmetic supports.")
                            .WithMetadata("limit", MaxWeight));
                    }
                }
            }

            return Result.Fail<StvBallots>(new SummitError(ErrorCodes.Stv.BallotKindUnsupported, $"STV counts ranked ballots only; ballot group {notRanked + 1} is a {profile.Ballots[notRanked].Ballot.GetType().Name}.")
                .WithMetadata("ballot", notRanked + 1));
        }

        var ranks = store.CandidatesAsInts();
        var tierStart = store.TierStarts;
        var ballotStart = store.TierOffsets ?? store.Offsets;
        if (!profile.Withdrawn.IsEmpty)
        {
            (ranks, tierStart, ballotStart) = WithoutWithdrawn(ranks, tierStart, ballotStart, profile);
        }

        // A ballot left with no candidate (blank, or naming only withdrawn candidates) is not a valid paper.
        var weights = store.WeightsAsLongs();
        long valid = 0;
        for (var b = 0; b < weights.Length; b++)
        {
            if (ballotStart[b + 1] > ballotStart[b])
            {
                valid += weights[b];
                if (valid > MaxWeight)
                {
                    return Result.Fail<StvBallots>(new SummitError(ErrorCodes.Stv.TooManyBallots, $"The ballots weigh more than {MaxWeight}, the most the exact arithmetic supports.")
                        .WithMetadata("limit", MaxWeight));
                }
            }
        }

        if (valid == 0)
        {
            return Result.Fail<StvBallots>(new SummitError(ErrorCodes.Stv.NoValidBallots, "No ballot ranks any continuing candidate, so there is nothing to count."));
        }

        return new StvBallots(ranks, tierStart, ballotStart, weights, tierStart is not null, valid);
    }

    /// <summary>
    /// Deletes the withdrawn candidates from every ballot, as if they had never stood: a rank left empty is dropped, a
    /// rank left with one candidate is no longer an equal rank, and a ballot left empty is blank.
    /// </summary>
    /// <remarks>droop does the same when it reads a profile; every later stage then sees continuing candidates only.</remarks>
    private static (int[] Ranks, int[]? TierStart, int[] BallotStart) WithoutWithdrawn(int[] ranks, int[]? tierStart, int[] ballotStart, BallotProfile profile)
    {
        var withdrawn = new bool[profile.Candidates.Length];
        foreach (var w in profile.Withdrawn)
        {
            withdrawn[w] = true;
        }

        var count = ballotStart.Length - 1;
        var keptRanks = new List<int>(ranks.Length);
        var keptTierStart = new List<int>(ranks.Length + 1);
        var keptBallotStart = new int[count + 1];
        var equal = false;
        for (var b = 0; b < count; b++)
        {
            keptBallotStart[b] = keptTierStart.Count;
            for (var t = ballotStart[b]; t < ballotStart[b + 1]; t++)
            {
                var (from, to) = tierStart is null ? (t, t + 1) : (tierStart[t], tierStart[t + 1]);
                var start = keptRanks.Count;
                for (var k = from; k < to; k++)
                {
                    if (!withdrawn[ranks[k]])
                    {
                        keptRanks.Add(ranks[k]);
                    }
                }

                var size = keptRanks.Count - start;
                if (size > 0)
                {
                    keptTierStart.Add(start);
                    equal |= size > 1;
                }
            }
        }

        keptBallotStart[count] = keptTierStart.Count;
        keptTierStart.Add(keptRanks.Count);

        // Without equal ranks every position is a tier, so tier indices are positions and no tier array is needed.
        return ([.. keptRanks], equal ? [.. keptTierStart] : null, keptBallotStart);
    }

    private static int[] Identity(int length)
    {
        var identity = GC.AllocateUninitializedArray<int>(length);
        for (var i = 0; i < identity.Length; i++)
        {
            identity[i] = i;
        }

        return identity;
    }

    /// <summary>Returns the index of the first ballot group that ranks candidates equal, or -1.</summary>
    public int FirstEqualRankBallot()
    {
        if (!HasEqualRanks)
        {
            return -1;
        }

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
