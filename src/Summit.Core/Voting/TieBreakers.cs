using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using FluentResults;
using Summit.Core.Voting.TieBreaking;

namespace Summit.Core.Voting;

/// <summary>The built-in tie-breakers, by name: <c>previous-rounds</c>, <c>declared-order</c> and <c>lottery</c>.</summary>
/// <remarks>
/// Every strategy is deterministic and thread-safe. A lottery takes its seed as published text. With dependency
/// injection, <c>AddSummitCore</c> registers <c>previous-rounds</c> and <c>declared-order</c> as keyed
/// <see cref="ITieBreaker"/> singletons, and the plain <see cref="ITieBreaker"/> is the one named by
/// <see cref="DependencyInjection.SummitCoreOptions.DefaultTieBreaker"/>. A lottery is not keyed: it only exists with its seed.
/// </remarks>
public static class TieBreakers
{
    private const string LotteryPrefix = "lottery:";

    /// <summary>Gets the strategy that favours the candidate declared first (the lower candidate index).</summary>
    public static ITieBreaker DeclaredOrder { get; } = new DeclaredOrderTieBreaker();

    /// <summary>Gets the strategy that looks at earlier rounds backwards and favours more votes; remaining ties fall to <see cref="DeclaredOrder"/>.</summary>
    /// <remarks>The default of every built-in method. Single-round methods have no earlier round, so it acts as <see cref="DeclaredOrder"/> there.</remarks>
    public static ITieBreaker PreviousRounds { get; } = new PreviousRoundsTieBreaker(DeclaredOrder);

    /// <summary>Gets the names of the built-in strategies; <see cref="TryGet"/> and <see cref="Get"/> take a lottery as <c>lottery:SEED</c>.</summary>
    public static ImmutableArray<string> Names { get; } = ["previous-rounds", "declared-order", "lottery"];

    /// <summary>Returns the strategy that looks at earlier rounds backwards and then defers to <paramref name="fallback"/>.</summary>
    /// <param name="fallback">The strategy for candidates no earlier round separates.</param>
    /// <returns>The strategy, named <c>previous-rounds</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fallback"/> is null.</exception>
    public static ITieBreaker PreviousRoundsThen(ITieBreaker fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return new PreviousRoundsTieBreaker(fallback);
    }

    /// <summary>Returns a lottery: one order of all candidates drawn from <paramref name="seed"/>, used for every tie.</summary>
    /// <param name="seed">The published seed text (for example the date and the closing numbers of a public lottery).</param>
    /// <returns>The strategy, named <c>lottery</c>.</returns>
    /// <remarks>The draw is SplitMix64 seeded from the first 8 bytes of SHA-256 of the UTF-8 seed, then a Fisher–Yates shuffle of 0..n-1 from the last position down; fixed forever.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="seed"/> is null.</exception>
    public static ITieBreaker Lottery(string seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        return new LotteryTieBreaker(seed);
    }

    /// <summary>Looks a built-in tie-breaker up by name: <c>previous-rounds</c>, <c>declared-order</c> or <c>lottery:SEED</c>.</summary>
    /// <param name="name">
    /// The name, case-insensitive before the seed. A lottery is only found with its seed (<c>lottery:SEED</c>, the seed
    /// being everything after the first colon, kept as written): a bare <c>lottery</c> is not found, because a draw
    /// nobody can re-run from a published seed is not a fair lottery and there is no seed that could be a default.
    /// </param>
    /// <param name="tieBreaker">The strategy when found (a new <see cref="Lottery"/> for <c>lottery:SEED</c>); otherwise null.</param>
    /// <returns>True when the name denotes a built-in strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static bool TryGet(string name, [NotNullWhen(true)] out ITieBreaker? tieBreaker)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Equals("previous-rounds", StringComparison.OrdinalIgnoreCase))
        {
            tieBreaker = PreviousRounds;
            return true;
        }

        if (name.Equals("declared-order", StringComparison.OrdinalIgnoreCase))
        {
            tieBreaker = DeclaredOrder;
            return true;
        }

        if (name.StartsWith(LotteryPrefix, StringComparison.OrdinalIgnoreCase) && name.Length > LotteryPrefix.Length)
        {
            tieBreaker = Lottery(name[LotteryPrefix.Length..]);
            return true;
        }

        tieBreaker = null;
        return false;
    }

    /// <summary>Gets a built-in tie-breaker by name, or an error listing the known names.</summary>
    /// <param name="name">The name, as for <see cref="TryGet"/> (so <c>lottery</c> needs its seed: <c>lottery:SEED</c>).</param>
    /// <returns>The strategy, or <c>voting.unknown-tie-breaker</c> (metadata <c>name</c>) whose message lists the known names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static Result<ITieBreaker> Get(string name)
    {
        if (TryGet(name, out var tieBreaker))
        {
            return Result.Ok(tieBreaker);
        }

        var hint = name.Trim().Equals("lottery", StringComparison.OrdinalIgnoreCase) ? " A lottery needs its published seed: lottery:SEED." : string.Empty;
        return Result.Fail<ITieBreaker>(new SummitError(ErrorCodes.Voting.UnknownTieBreaker,
            $"Unknown tie-breaker '{name}'; expected previous-rounds, declared-order or lottery:SEED.{hint}").WithMetadata("name", name));
    }
}
