namespace Summit.Core.Testing;

/// <summary>How thoroughly a conformance kit checks its subject: how many generated cases, from which seed, how large.</summary>
/// <remarks>
/// <para>One shape for every kit (<see cref="Selection.SelectionConformance"/>, <see cref="Voting.TallyMethodConformance"/>,
/// <see cref="Scheduling.PackerConformance"/>). Case <c>i</c> (from 0) is generated from the seed <c>Seed + i</c>, so a
/// run is repeatable and a failing case can be checked alone with <c>options with { Seed = ex.Seed.Value, Cases = 1 }</c>.</para>
/// <para>Immutable: derive variants with <c>with</c>.</para>
/// </remarks>
public sealed record ConformanceOptions
{
    /// <summary>Gets the number of generated cases to check (per property and seat count, for tally methods).</summary>
    /// <value>The default value is 100.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int Cases
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 100;

    /// <summary>Gets the seed of the first case; the same seed checks the same cases.</summary>
    /// <value>The default value is 20240401.</value>
    public ulong Seed { get; init; } = 20240401;

    /// <summary>
    /// Gets the most candidates in a generated case: registrations in a selection context, candidates on the ballot for
    /// tally methods, topics in a packing request; null for each kit's own default.
    /// </summary>
    /// <value>The default value is null: 30 registrations, 6 ballot candidates, 8 topics.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int? MaxCandidates
    {
        get;
        init
        {
            if (value is { } v)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(v, 1, nameof(MaxCandidates));
            }

            field = value;
        }
    }

    /// <summary>Gets the default options.</summary>
    public static ConformanceOptions Default { get; } = new();
}
