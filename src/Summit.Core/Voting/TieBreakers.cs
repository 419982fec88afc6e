using System.Collections.Immutable;
using FluentResults;
using Summit.Core.Voting.TieBreaking;

namespace Summit.Core.Voting;

/// <summary>The built-in tie-breakers, by name: <c>previous-rounds</c>, <c>declared-order</c> and <c>lottery</c>.</summary>
/// <remarks>Every strategy is deterministic and thread-safe. A lottery takes its seed as published text.</remarks>
public static class TieBreakers
{
    /// <summary>Gets the strategy that favours the candidate declared first (the lower candidate index).</summary>
    public static ITieBreaker DeclaredOrder { get; } = new DeclaredOrderTieBreaker();

    /// <summary>Gets the strategy that looks at earlier rounds backwards and favours more votes; remaining ties fall to <see cref="DeclaredOrder"/>.</summary>
    /// <remarks>The default of every built-in method. Single-round methods have no earlier round, so it acts as <see cref="DeclaredOrder"/> there.</remarks>
    public static ITieBreaker PreviousRounds { get; } = new PreviousRoundsTieBreaker(DeclaredOrder);

    /// <summary>Gets the names <see cref="TryGet"/> accepts (a lottery is written <c>lottery:SEED</c>).</summary>
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

    /// <summary>Finds a built-in tie-breaker by name: <c>previous-rounds</c>, <c>declared-order</c> or <c>lottery:SEED</c>.</summary>
    /// <param name="name">The name (case-insensitive before the seed).</param>
    /// <returns>The strategy, or <c>voting.unknown-tie-breaker</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static Result<ITieBreaker> TryGet(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Equals("previous-rounds", StringComparison.OrdinalIgnoreCase))
        {
            return Result.Ok(PreviousRounds);
        }

        if (name.Equals("declared-order", StringComparison.OrdinalIgnoreCase))
        {
            return Result.Ok(DeclaredOrder);
        }

        if (name.StartsWith("lottery:", StringComparison.OrdinalIgnoreCase) && name.Length > "lottery:".Length)
        {
            return Result.Ok(Lottery(name["lottery:".Length..]));
        }

        return Result.Fail<ITieBreaker>(new SummitError(ErrorCodes.Voting.UnknownTieBreaker,
            $"Unknown tie-breaker '{name}'; expected previous-rounds, declared-order or lottery:SEED.").WithMetadata("name", name));
    }
}
