using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Summit.Core.Selection;

/// <summary>One candidate's outcome with the reasons that decided it.</summary>
/// <typeparam name="TCandidate">The kind of candidate.</typeparam>
/// <param name="Candidate">The candidate.</param>
/// <param name="Id">The candidate's identifier in the context.</param>
/// <param name="Kind">Selected, standby or not selected.</param>
/// <param name="StandbyRank">The 1-based standby rank when <paramref name="Kind"/> is <see cref="SelectionOutcomeKind.Standby"/>; otherwise null.</param>
/// <param name="Reasons">The reasons, most decisive first.</param>
/// <remarks>
/// Immutable and thread-safe. Equality compares <see cref="Reasons"/> by content. A well-formed outcome has at least one
/// reason. Built-in policies assemble the reasons of ranked candidates on first read (the text is the same either way).
/// </remarks>
public sealed record CandidateOutcome<TCandidate>(
    TCandidate Candidate,
    string Id,
    SelectionOutcomeKind Kind,
    int? StandbyRank,
    EquatableArray<SelectionReason> Reasons)
{
    private readonly int _rankIndex;

    // The reasons' array (null for a default array), or the source that words them on first read. One field, not
    // three, because a selection holds one outcome per candidate (100,000 of them in a large one).
    private object? _reasons = ImmutableCollectionsMarshal.AsArray(Reasons.AsImmutableArray());

    internal CandidateOutcome(TCandidate candidate, string id, SelectionOutcomeKind kind, int? standbyRank, IOutcomeReasons reasons, int rankIndex)
        : this(candidate, id, kind, standbyRank, default(EquatableArray<SelectionReason>))
    {
        _reasons = reasons;
        _rankIndex = rankIndex;
    }

    /// <summary>Gets the reasons, most decisive first.</summary>
    public EquatableArray<SelectionReason> Reasons
    {
        get
        {
            switch (Volatile.Read(ref _reasons))
            {
                case SelectionReason[] reasons:
                    return new(ImmutableCollectionsMarshal.AsImmutableArray(reasons));
                case IOutcomeReasons source:
                    var worded = source.ReasonsOf(_rankIndex);
                    Volatile.Write(ref _reasons, worded);
                    return new(ImmutableCollectionsMarshal.AsImmutableArray(worded));
                default:
                    return default;
            }
        }

        init => _reasons = ImmutableCollectionsMarshal.AsArray(value.AsImmutableArray());
    }

    /// <inheritdoc />
    /// <remarks>Written by hand because <see cref="Reasons"/> is stored as one lazily worded field: the synthesized equality would compare that field (a reason source against a worded array), not the reasons.</remarks>
    public bool Equals(CandidateOutcome<TCandidate>? other) =>
        other is not null
        && EqualityComparer<TCandidate>.Default.Equals(Candidate, other.Candidate)
        && Id == other.Id && Kind == other.Kind && StandbyRank == other.StandbyRank
        && Reasons == other.Reasons;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Kind, StandbyRank);

    /// <summary>Returns the identifier, the outcome and the first reason.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        $"{Id}: {Kind}{(StandbyRank is { } rank ? " " + rank.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}"
        + (Reasons.IsDefaultOrEmpty ? string.Empty : $" ({Reasons[0].Message})");
}
