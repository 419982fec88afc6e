using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using FluentResults;
using Summit.Core.Voting.Methods;
using Summit.Core.Voting.Stv;

namespace Summit.Core.Voting;

/// <summary>The built-in tally methods, by stable name, and "count this profile with the method named X".</summary>
/// <remarks>
/// Names: <c>plurality</c>, <c>approval</c>, <c>borda</c>, <c>score</c>, <c>irv</c>, <c>schulze</c>,
/// <c>ranked-pairs</c>, <c>copeland</c>, <c>stv-scottish</c> (alias <c>stv</c>) and <c>stv-meek</c>. Lookup is
/// case-insensitive. Every method is stateless and thread-safe. Usable without dependency injection; inside a
/// container, resolve <see cref="ITallyMethodProvider"/> (which also sees methods you register yourself).
/// </remarks>
public static class TallyMethods
{
    /// <summary>
    /// The most candidates (withdrawn ones included) that the pairwise methods count: <c>borda</c>, <c>copeland</c>,
    /// <c>schulze</c> and <c>ranked-pairs</c>. Their n×n matrices of 64-bit counts then stay near 32 MB each; a larger
    /// profile is refused with <c>voting.too-many-candidates</c> before anything is allocated.
    /// </summary>
    public const int MaxPairwiseCandidates = 2_000;

    /// <summary>Gets plurality (most first preferences).</summary>
    public static ITallyMethod Plurality { get; } = new PluralityMethod();

    /// <summary>Gets approval voting (most approvals; a ranked ballot approves every candidate it lists).</summary>
    public static ITallyMethod Approval { get; } = new ApprovalMethod();

    /// <summary>Gets the Borda count (n-1 ... 0 points; unranked candidates score 0).</summary>
    public static ITallyMethod Borda { get; } = new BordaMethod();

    /// <summary>Gets score voting (highest total score; score ballots only).</summary>
    public static ITallyMethod Score { get; } = new ScoreMethod();

    /// <summary>Gets instant-runoff voting (single winner).</summary>
    public static ITallyMethod InstantRunoff { get; } = new InstantRunoffMethod();

    /// <summary>Gets the Schulze method (winning votes), with pairwise and strongest-path matrices.</summary>
    public static ITallyMethod Schulze { get; } = new SchulzeMethod();

    /// <summary>Gets ranked pairs (winning votes).</summary>
    public static ITallyMethod RankedPairs { get; } = new RankedPairsMethod();

    /// <summary>Gets Copeland (1 per pairwise win, 1/2 per tie).</summary>
    public static ITallyMethod Copeland { get; } = new CopelandMethod();

    /// <summary>Gets Scottish STV (SSI 2007/42 rules 45–52).</summary>
    public static ITallyMethod ScottishStv { get; } = new ScottishStvMethod();

    /// <summary>Gets Meek STV.</summary>
    public static ITallyMethod MeekStv { get; } = new MeekStvMethod();

    /// <summary>Gets every built-in method, in the order of <see cref="Names"/> (without the alias).</summary>
    public static ImmutableArray<ITallyMethod> All { get; } =
        [Plurality, Approval, Borda, Score, InstantRunoff, Schulze, RankedPairs, Copeland, ScottishStv, MeekStv];

    /// <summary>Gets the names <see cref="TryGet"/> and <see cref="Get"/> accept, <c>stv</c> (an alias of <c>stv-scottish</c>) included.</summary>
    public static ImmutableArray<string> Names { get; } =
        ["plurality", "approval", "borda", "score", "irv", "schulze", "ranked-pairs", "copeland", "stv-scottish", "stv", "stv-meek"];

    /// <summary>Looks a built-in method up by name.</summary>
    /// <param name="name">The name, case-insensitive, surrounding white space ignored; <c>stv</c> means <c>stv-scottish</c>.</param>
    /// <param name="method">The method when found; otherwise null.</param>
    /// <returns>True when a built-in method has that name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static bool TryGet(string name, [NotNullWhen(true)] out ITallyMethod? method)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = Canonical(name);
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name, key, StringComparison.Ordinal))
            {
                method = candidate;
                return true;
            }
        }

        method = null;
        return false;
    }

    /// <summary>Gets a built-in method by name, or an error listing the known names.</summary>
    /// <param name="name">The name, as for <see cref="TryGet"/>.</param>
    /// <returns>The method, or <c>voting.unknown-method</c> (metadata <c>name</c>) whose message lists <see cref="Names"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static Result<ITallyMethod> Get(string name) =>
        TryGet(name, out var method)
            ? Result.Ok(method)
            : Result.Fail<ITallyMethod>(new SummitError(ErrorCodes.Voting.UnknownMethod,
                $"Unknown tally method '{name}'; expected one of {string.Join(", ", Names)}.").WithMetadata("name", name));

    /// <summary>Counts a profile with the built-in method of the given name.</summary>
    /// <param name="profile">The ballots.</param>
    /// <param name="methodName">The method's name (see <see cref="Names"/>).</param>
    /// <param name="options">Seats and tie-breaker; null means one seat and the method's default tie-breaker.</param>
    /// <returns>The result, <c>voting.unknown-method</c>, or the method's own errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="methodName"/> is null.</exception>
    public static Result<TallyResult> Tally(BallotProfile profile, string methodName, TallyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Get(methodName).Bind(m => m.Tally(profile, options ?? new TallyOptions()));
    }

    internal static string Canonical(string name)
    {
        var lower = name.Trim().ToLowerInvariant();
        return lower == "stv" ? "stv-scottish" : lower;
    }
}
