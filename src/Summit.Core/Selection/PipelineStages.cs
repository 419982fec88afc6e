using System.Collections.Immutable;
using System.Globalization;
using FluentResults;

namespace Summit.Core.Selection;

/// <summary>A filter of a pipeline: matching candidates are not selected, with the filter's reason.</summary>
internal sealed record FilterStage<T>(string Code, string Message, Func<T, bool> Excludes);

/// <summary>A quota of a pipeline: at least <see cref="Minimum"/> and at most <see cref="Maximum"/> places for members.</summary>
internal sealed record QuotaStage<T>(string Name, Func<T, bool> IsMember, int Minimum, int Maximum);

/// <summary>A cap of a pipeline: at most <see cref="Maximum"/> places (and standby ranks) per group, for example per project.</summary>
internal sealed record CapStage<T>(string Name, Func<T, IEnumerable<string>> GroupsOf, int Maximum);

/// <summary>One ordering key of a pipeline; lower keys rank first; stages compare lexicographically in order.</summary>
internal abstract class OrderStage<T>
{
    /// <summary>Gets a value indicating whether each key depends on its candidate alone (so keys can be computed candidate by candidate).</summary>
    public virtual bool PerCandidate => true;

    /// <summary>Writes one key per eligible candidate into <paramref name="keys"/>; <paramref name="eligible"/> is in ordinal identifier order.</summary>
    /// <returns>Null, or the errors that stop the selection.</returns>
    public virtual ImmutableArray<SummitError>? FillKeys(IReadOnlyList<T> eligible, SelectionContext<T> context, Span<long> keys)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = KeyOf(eligible[i]);
        }

        return null;
    }

    /// <summary>Computes one candidate's key, for stages where <see cref="PerCandidate"/> is true.</summary>
    public virtual long KeyOf(T candidate) => throw new NotSupportedException("This stage ranks the whole pool at once.");

    public abstract string Describe(T candidate, long key);
}

internal sealed class TierStage<T>(ImmutableArray<SelectionTier<T>> tiers) : OrderStage<T>
{
    public override long KeyOf(T candidate)
    {
        var tier = 0;
        while (tier < tiers.Length && !tiers[tier].Includes(candidate))
        {
            tier++;
        }

        return tier;
    }

    public override string Describe(T candidate, long key) =>
        key < tiers.Length
            ? string.Create(CultureInfo.InvariantCulture, $"tier {key + 1} ({tiers[(int)key].Label})")
            : "below every tier";
}

internal sealed class KeyStage<T>(Func<T, long> key, Func<T, string> describe) : OrderStage<T>
{
    public override long KeyOf(T candidate) => key(candidate);

    public override string Describe(T candidate, long key) => describe(candidate);
}

internal sealed class LotteryStage<T> : OrderStage<T>
{
    public static readonly LotteryStage<T> Instance = new();

    public override bool PerCandidate => false;

    public override ImmutableArray<SummitError>? FillKeys(IReadOnlyList<T> eligible, SelectionContext<T> context, Span<long> keys)
    {
        if (context.Random is SeededRandomSource seeded)
        {
            // The same draw as SeededRandomSource.Draw, written straight into the keys.
            var ranked = seeded.DrawRanks(keys);
            return ranked.IsFailed ? ranked.SummitErrors() : null;
        }

        var draw = context.Random.Draw(keys.Length, keys.Length);
        if (draw.IsFailed)
        {
            return draw.SummitErrors();
        }

        keys.Fill(-1);
        var order = draw.Value;
        var valid = !order.IsDefault && order.Length == keys.Length;
        for (var rank = 0; valid && rank < order.Length; rank++)
        {
            var position = order[rank];
            valid = position >= 0 && position < keys.Length && keys[position] < 0;
            if (valid)
            {
                keys[position] = rank;
            }
        }

        return valid
            ? null
            : ImmutableArray.Create(new SummitError(
                    ErrorCodes.Selection.RandomSourceBrokeContract,
                    $"Random source '{context.Random.Name}' did not return {keys.Length.ToString(CultureInfo.InvariantCulture)} distinct positions of a pool of {keys.Length.ToString(CultureInfo.InvariantCulture)}.")
                .WithMetadata("source", context.Random.Name));
    }

    public override string Describe(T candidate, long key) =>
        string.Create(CultureInfo.InvariantCulture, $"lottery draw {key + 1}");
}
