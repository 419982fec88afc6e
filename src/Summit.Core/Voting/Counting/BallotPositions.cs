namespace Summit.Core.Voting.Counting;

/// <summary>Turns ballots into rank positions per candidate (lower is better), the form every count works on.</summary>
/// <remarks>
/// Ranked: the tier index, unranked candidates <see cref="Unranked"/> (tied below every ranked one, the Debian rule).
/// Approval: approved 0, others <see cref="Unranked"/>. Score: minus the score (every candidate is "ranked").
/// Withdrawn candidates always get <see cref="Unranked"/>, so they never beat anyone.
/// </remarks>
internal static class BallotPositions
{
    public const int Unranked = int.MaxValue;

    public static void Fill(Ballot ballot, Span<int> positions, ReadOnlySpan<bool> withdrawn)
    {
        positions.Fill(Unranked);
        switch (ballot)
        {
            case RankedBallot ranked:
                for (var t = 0; t < ranked.Ranks.Length; t++)
                {
                    foreach (var c in ranked.Ranks[t])
                    {
                        positions[c] = t;
                    }
                }

                break;
            case ApprovalBallot approval:
                foreach (var c in approval.Approved)
                {
                    positions[c] = 0;
                }

                break;
            case ScoreBallot score:
                for (var c = 0; c < score.Scores.Length; c++)
                {
                    positions[c] = -score.Scores[c];
                }

                break;
        }

        for (var c = 0; c < withdrawn.Length; c++)
        {
            if (withdrawn[c])
            {
                positions[c] = Unranked;
            }
        }
    }

    /// <summary>Flattens a profile: one row of <paramref name="stride"/> positions per distinct ballot, and the weights.</summary>
    public static (int[] Positions, long[] Weights) Flatten(BallotProfile profile, int stride)
    {
        var n = profile.Candidates.Length;
        var withdrawn = WithdrawnMask(profile);
        if (profile.Store is { } store)
        {
            return Flatten(store, stride, withdrawn);
        }

        var positions = new int[profile.Ballots.Length * stride];
        var weights = new long[profile.Ballots.Length];
        for (var b = 0; b < profile.Ballots.Length; b++)
        {
            var row = positions.AsSpan(b * stride, stride);
            row.Fill(Unranked);
            Fill(profile.Ballots[b].Ballot, row[..n], withdrawn);
            weights[b] = profile.Ballots[b].Weight;
        }

        return (positions, weights);
    }

    /// <summary>Flattens compact ranked ballots without building ballot objects; the same rows as <see cref="Fill"/>.</summary>
    private static (int[] Positions, long[] Weights) Flatten(RankedBallotStore store, int stride, ReadOnlySpan<bool> withdrawn)
    {
        var positions = new int[store.Count * stride];
        positions.AsSpan().Fill(Unranked);
        var weights = new long[store.Count];
        var offsets = store.Offsets;
        var tierOffsets = store.TierOffsets;
        var tierStarts = store.TierStarts;
        for (var b = 0; b < weights.Length; b++)
        {
            var row = positions.AsSpan(b * stride, stride);
            if (tierOffsets is null)
            {
                for (int i = offsets[b], t = 0; i < offsets[b + 1]; i++, t++)
                {
                    row[store.CandidateAt(i)] = t;
                }
            }
            else
            {
                for (int t = tierOffsets[b], tier = 0; t < tierOffsets[b + 1]; t++, tier++)
                {
                    for (var i = tierStarts![t]; i < tierStarts[t + 1]; i++)
                    {
                        row[store.CandidateAt(i)] = tier;
                    }
                }
            }

            for (var c = 0; c < withdrawn.Length; c++)
            {
                if (withdrawn[c])
                {
                    row[c] = Unranked;
                }
            }

            weights[b] = store.Weight(b);
        }

        return (positions, weights);
    }

    public static bool[] WithdrawnMask(BallotProfile profile)
    {
        var mask = new bool[profile.Candidates.Length];
        foreach (var w in profile.Withdrawn)
        {
            mask[w] = true;
        }

        return mask;
    }
}
