using System.Collections.Immutable;

namespace Summit.Core.Selection;

/// <summary>One candidate's outcome with the reasons that decided it.</summary>
/// <typeparam name="TCandidate">The kind of candidate.</typeparam>
/// <param name="Candidate">The candidate.</param>
/// <param name="Id">The candidate's identifier in the context.</param>
/// <param name="Kind">Selected, standby or not selected.</param>
/// <param name="StandbyRank">The 1-based standby rank when <paramref name="Kind"/> is <see cref="SelectionOutcomeKind.Standby"/>; otherwise null.</param>
/// <param name="Reasons">The reasons, most decisive first.</param>
/// <remarks>Immutable. Equality compares <see cref="Reasons"/> by content. A well-formed outcome has at least one reason.</remarks>
public sealed record CandidateOutcome<TCandidate>(
    TCandidate Candidate,
    string Id,
    SelectionOutcomeKind Kind,
    int? StandbyRank,
    ImmutableArray<SelectionReason> Reasons)
{
    /// <inheritdoc />
    public bool Equals(CandidateOutcome<TCandidate>? other) =>
        other is not null
        && EqualityComparer<TCandidate>.Default.Equals(Candidate, other.Candidate)
        && Id == other.Id && Kind == other.Kind && StandbyRank == other.StandbyRank
        && Reasons.SequenceEqual(other.Reasons);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Kind, StandbyRank);

    /// <summary>Returns the identifier, the outcome and the first reason.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        $"{Id}: {Kind}{(StandbyRank is { } rank ? " " + rank.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}"
        + (Reasons.IsDefaultOrEmpty ? string.Empty : $" ({Reasons[0].Message})");
}
