using System.Collections.Immutable;
using FluentResults;
using Summit.Core.Voting.Formats;

namespace Summit.Core.Voting.Stv;

/// <summary>Breaking a tie by lot for both STV methods: the given <see cref="ITieBreaker"/>, else the declared tie order.</summary>
/// <remarks>
/// The default lot is droop's: candidates are ordered by the BLT file's <c>[tie ...]</c> line when it has one, else
/// by their order in the file, and the first tied candidate in that order is the one acted on (its surplus is
/// transferred first, or it is excluded). It needs no seed and gives the same answer forever.
/// </remarks>
internal static class StvTies
{
    public const string DefaultStrategy = "tie-order";

    /// <summary>Draws one of the tied candidates to act on.</summary>
    /// <remarks>
    /// <c>actedOnIsFavoured</c> is true when the one acted on is favoured (a surplus transferred first), false when it loses
    /// (excluded). <c>situation</c> says why the tie reached the lot; the explanation starts with it.
    /// </remarks>
    public static Result<TieBreakRecord> ByLot(
        BallotProfile profile,
        TallyOptions options,
        IReadOnlyList<int> tied,
        bool actedOnIsFavoured,
        ImmutableArray<ImmutableArray<decimal>> history,
        int round,
        string situation,
        out int chosen)
    {
        ImmutableArray<int> favouredFirst;
        string strategy;
        string explanation;
        if (options.TieBreaker is { } breaker)
        {
            var order = breaker.Order(new TieBreakRequest(profile.Candidates, [.. tied], EquatableArray.Nest(history), round));
            if (order.IsDefault || order.Length != tied.Count || order.Distinct().Count() != tied.Count || order.Any(c => !tied.Contains(c)))
            {
                chosen = -1;
                return Result.Fail<TieBreakRecord>(new SummitError(ErrorCodes.Stv.TieBreakerInvalid, $"The tie-breaker '{breaker.Name}' did not return an ordering of exactly the tied candidates.")
                    .WithMetadata("tieBreaker", breaker.Name).WithMetadata("round", round));
            }

            favouredFirst = order;
            chosen = actedOnIsFavoured ? order[0] : order[^1];
            strategy = breaker.Name;
            explanation = $"{situation}; decided by the tie-breaker '{breaker.Name}'.";
        }
        else
        {
            var declared = BltTieOrder.Get(profile);
            var byLot = declared is { } d ? [.. d.Where(tied.Contains)] : tied.Order().ToList();
            chosen = byLot[0];
            favouredFirst = actedOnIsFavoured ? [.. byLot] : [.. byLot.Skip(1), byLot[0]];
            strategy = DefaultStrategy;
            explanation = $"{situation}; decided by lot in the {(declared is null ? "order of the candidates in the file" : "file's declared [tie] order")}: {profile.Candidates[chosen]} is drawn.";
        }

        return new TieBreakRecord(
            round,
            [.. tied.Order().Select(t => profile.Candidates[t])],
            [.. favouredFirst.Select(t => profile.Candidates[t])],
            strategy,
            explanation);
    }
}
