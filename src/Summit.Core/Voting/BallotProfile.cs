using System.Collections.Immutable;
using System.Runtime.InteropServices;
using FluentResults;

namespace Summit.Core.Voting;

/// <summary>
/// The ballots of one vote, grouped: identical ballots are stored once with their total weight.
/// Every <see cref="ITallyMethod"/> counts a profile.
/// </summary>
/// <remarks>
/// Immutable. Groups keep the order in which each distinct ballot first appeared, so the same input always gives
/// the same profile. Candidate indices in ballots refer to <see cref="Candidates"/>.
/// </remarks>
public sealed class BallotProfile
{
    private readonly RankedBallotStore? _store;
    private WeightedBallot[]? _ballots;

    private BallotProfile(
        ImmutableArray<string> candidates,
        ImmutableArray<int> withdrawn,
        ImmutableArray<WeightedBallot> ballots,
        string? title,
        int? declaredSeats)
    {
        Candidates = candidates;
        Withdrawn = withdrawn;
        _ballots = ImmutableCollectionsMarshal.AsArray(ballots);
        Title = title;
        DeclaredSeats = declaredSeats;
        long total = 0;
        foreach (var b in ballots)
        {
            total += b.Weight;
        }

        TotalWeight = total;
    }

    private BallotProfile(
        ImmutableArray<string> candidates,
        ImmutableArray<int> withdrawn,
        RankedBallotStore store,
        string? title,
        int? declaredSeats)
    {
        Candidates = candidates;
        Withdrawn = withdrawn;
        _store = store;
        Title = title;
        DeclaredSeats = declaredSeats;
        TotalWeight = store.TotalWeight;
    }

    /// <summary>Gets the candidate names, by index.</summary>
    public ImmutableArray<string> Candidates { get; }

    /// <summary>Gets the indices of candidates withdrawn before the count, ascending.</summary>
    public ImmutableArray<int> Withdrawn { get; }

    /// <summary>Gets the distinct ballots with their weights, in order of first appearance.</summary>
    /// <remarks>A profile read from a file keeps its ballots in a compact internal form; they are built on first access, once.</remarks>
    public ImmutableArray<WeightedBallot> Ballots =>
        ImmutableCollectionsMarshal.AsImmutableArray(_ballots ?? LazyInitializer.EnsureInitialized(ref _ballots, _store!.Materialize));

    /// <summary>Gets the compact ranked ballots the profile was built from (a file reader's profile), or null.</summary>
    internal RankedBallotStore? Store => _store;

    /// <summary>Gets the title of the vote, when the source gave one.</summary>
    public string? Title { get; }

    /// <summary>Gets the number of seats the source declared (a BLT header), when it gave one.</summary>
    public int? DeclaredSeats { get; }

    /// <summary>Gets the total weight of all ballots (the number of voters).</summary>
    public long TotalWeight { get; }

    /// <summary>
    /// The largest total weight a profile may hold: 10^13 ballots. Every count (pairwise sums, Borda points over
    /// <see cref="TallyMethods.MaxPairwiseCandidates"/> candidates, STV's fixed-point values) then stays far inside a
    /// <see cref="long"/>; a larger total is refused with <c>voting.total-weight-too-large</c>.
    /// </summary>
    public const long MaxTotalWeight = 10_000_000_000_000;

    /// <summary>Builds a profile, grouping identical ballots and checking every ballot against the candidates.</summary>
    /// <param name="candidates">The candidate names; unique, non-empty.</param>
    /// <param name="ballots">The ballots with their weights.</param>
    /// <param name="withdrawn">The indices of withdrawn candidates, if any.</param>
    /// <param name="title">The title of the vote, if any.</param>
    /// <param name="declaredSeats">The number of seats declared by the source, if any.</param>
    /// <returns>The profile, or every problem found, each with its code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> or <paramref name="ballots"/> is null.</exception>
    public static Result<BallotProfile> Create(
        IEnumerable<string> candidates,
        IEnumerable<WeightedBallot> ballots,
        IEnumerable<int>? withdrawn = null,
        string? title = null,
        int? declaredSeats = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(ballots);
        var names = candidates.ToImmutableArray();
        var errors = new List<SummitError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add(new SummitError(ErrorCodes.Voting.CandidateNameEmpty, $"The name of candidate {i + 1} is empty.").WithMetadata("index", i));
            }
            else if (!seen.Add(name))
            {
                errors.Add(new SummitError(ErrorCodes.Voting.DuplicateCandidate, $"The candidate '{name}' is listed twice.")
                    .WithMetadata("candidate", name));
            }
        }

        var withdrawnSet = (withdrawn ?? []).Distinct().Order().ToImmutableArray();
        foreach (var w in withdrawnSet.Where(w => w < 0 || w >= names.Length))
        {
            errors.Add(new SummitError(ErrorCodes.Voting.UnknownCandidate, $"Withdrawn candidate index {w} is out of range.")
                .WithMetadata("index", w));
        }

        var groups = new Dictionary<Ballot, int>();
        var ordered = new List<WeightedBallot>();
        var position = 0;
        long total = 0;
        foreach (var wb in ballots)
        {
            position++;
            if (wb.Ballot is null)
            {
                errors.Add(new SummitError(ErrorCodes.Voting.BallotInvalid, $"Ballot {position} is missing.").WithMetadata("ballot", position));
                continue;
            }

            if (wb.Weight <= 0)
            {
                errors.Add(new SummitError(ErrorCodes.Voting.BallotInvalid, $"Ballot {position} has weight {wb.Weight}; weights must be positive.")
                    .WithMetadata("ballot", position));
                continue;
            }

            if (wb.Weight > MaxTotalWeight - total)
            {
                errors.Add(TotalWeightError(position));
                break;
            }

            total += wb.Weight;
            var problem = BallotChecks.Check(wb.Ballot, names.Length);
            if (problem is not null)
            {
                errors.Add(problem.WithMetadata("ballot", position));
                continue;
            }

            if (groups.TryGetValue(wb.Ballot, out var index))
            {
                ordered[index] = ordered[index] with { Weight = ordered[index].Weight + wb.Weight };
            }
            else
            {
                groups.Add(wb.Ballot, ordered.Count);
                ordered.Add(wb);
            }
        }

        if (errors.Count > 0)
        {
            return Result.Fail<BallotProfile>(errors);
        }

        return new BallotProfile(names, withdrawnSet, [.. ordered], title, declaredSeats);
    }

    private static SummitError TotalWeightError(int position) =>
        new SummitError(ErrorCodes.Voting.TotalWeightTooLarge, $"With ballot {position} the weights add up to more than {MaxTotalWeight} (10^13), the most a profile holds.")
            .WithMetadata("ballot", position)
            .WithMetadata("limit", MaxTotalWeight);

    /// <summary>
    /// Builds a profile over compact ranked ballots that the caller has already grouped and checked (candidate indices
    /// in range, no candidate twice, positive weights, names valid and unique, withdrawn indices in range).
    /// </summary>
    internal static BallotProfile FromStore(ImmutableArray<string> candidates, IEnumerable<int> withdrawn, RankedBallotStore store, string? title, int? declaredSeats) =>
        new(candidates, withdrawn.Distinct().Order().ToImmutableArray(), store, title, declaredSeats);

    /// <summary>
    /// Returns the profile's ranked ballots in compact form: the stored form, or a new flattening of <see cref="Ballots"/>
    /// (not kept). Null, with the 0-based index of the first such group, when a ballot is not ranked.
    /// </summary>
    internal RankedBallotStore? RankedBallots(out int notRanked)
    {
        notRanked = -1;
        return _store ?? RankedBallotStore.FromBallots(Ballots, Candidates.Length, out notRanked);
    }

    /// <summary>Merges the ballots of another profile over the same candidates into a new profile (the union of the ballot sets).</summary>
    /// <param name="other">The other profile; same candidates in the same order, same withdrawn candidates.</param>
    /// <returns>The merged profile (this profile's groups first, then the other's new groups), or <c>voting.profile-mismatch</c>.</returns>
    /// <remarks>Counting the merged profile gives the same result as counting the ungrouped union: grouping is exact.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public Result<BallotProfile> Merge(BallotProfile other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!Candidates.SequenceEqual(other.Candidates, StringComparer.Ordinal) || !Withdrawn.SequenceEqual(other.Withdrawn))
        {
            return Result.Fail<BallotProfile>(new SummitError(ErrorCodes.Voting.ProfileMismatch, "The two profiles have different candidates or withdrawn candidates."));
        }

        return Create(Candidates, Ballots.Concat(other.Ballots), Withdrawn, Title, DeclaredSeats);
    }

    /// <summary>Returns a profile with the same ballots over the same candidates and different withdrawn candidates.</summary>
    /// <param name="withdrawn">The indices of the withdrawn candidates.</param>
    /// <returns>The new profile, or errors for indices out of range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="withdrawn"/> is null.</exception>
    public Result<BallotProfile> WithWithdrawn(IEnumerable<int> withdrawn)
    {
        ArgumentNullException.ThrowIfNull(withdrawn);
        if (_store is not null)
        {
            // The ballots and names were checked when the store was built: only the new withdrawn indices need checking.
            var list = withdrawn.Distinct().Order().ToImmutableArray();
            var errors = list.Where(w => w < 0 || w >= Candidates.Length)
                .Select(w => new SummitError(ErrorCodes.Voting.UnknownCandidate, $"Withdrawn candidate index {w} is out of range.").WithMetadata("index", w))
                .ToList();
            return errors.Count > 0 ? Result.Fail<BallotProfile>(errors) : new BallotProfile(Candidates, list, _store, Title, DeclaredSeats);
        }

        return Create(Candidates, Ballots, withdrawn, Title, DeclaredSeats);
    }
}
