using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Summit.Core.Selection;

/// <summary>Everything a selection policy may look at: the candidates, the places, the instant, the random source and who is already confirmed.</summary>
/// <typeparam name="TCandidate">The kind of candidate.</typeparam>
/// <remarks>
/// Immutable and validated: create it with <see cref="SelectionContext.Create{TCandidate}"/> or
/// <see cref="SelectionContext.ForRegistrations"/>. Identifiers are unique and non-blank; <see cref="Capacity"/> and
/// <see cref="StandbyPlaces"/> are not negative; every confirmed identifier names a candidate and there are no more
/// confirmed than places. Confirmed candidates keep their places whatever else changes (a late applicant can never
/// reshuffle them).
/// </remarks>
public sealed class SelectionContext<TCandidate>
{
    private readonly Func<TCandidate, string> _idOf;
    private readonly FrozenIdSet _confirmed;

    internal SelectionContext(
        ImmutableArray<TCandidate> candidates,
        ImmutableArray<string> ids,
        Func<TCandidate, string> idOf,
        int capacity,
        int standbyPlaces,
        Instant at,
        IRandomSource random,
        ImmutableArray<string> confirmed)
    {
        Candidates = candidates;
        Ids = ids;
        _idOf = idOf;
        Capacity = capacity;
        StandbyPlaces = standbyPlaces;
        At = at;
        Random = random;
        Confirmed = confirmed;
        _confirmed = new FrozenIdSet(confirmed);
    }

    /// <summary>Gets the candidates, in the order given.</summary>
    public ImmutableArray<TCandidate> Candidates { get; }

    /// <summary>Gets the candidates' identifiers, parallel to <see cref="Candidates"/>.</summary>
    public ImmutableArray<string> Ids { get; }

    /// <summary>Gets the number of places; never negative.</summary>
    public int Capacity { get; }

    /// <summary>Gets the number of standby places; never negative.</summary>
    public int StandbyPlaces { get; }

    /// <summary>Gets the instant the selection is made at (policies never read a clock).</summary>
    public Instant At { get; }

    /// <summary>Gets the named random source any lottery must draw from.</summary>
    public IRandomSource Random { get; }

    /// <summary>Gets the identifiers of the candidates already confirmed, in the order given, without duplicates.</summary>
    public ImmutableArray<string> Confirmed { get; }

    /// <summary>Returns a candidate's identifier.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The identifier.</returns>
    public string IdOf(TCandidate candidate) => _idOf(candidate);

    /// <summary>Returns whether the identifier belongs to an already-confirmed candidate.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns><see langword="true"/> when confirmed.</returns>
    public bool IsConfirmed(string id) => _confirmed.Contains(id);

    /// <summary>Returns a one-line summary with every identifier, for test failures and logs.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"capacity {Capacity}, standby {StandbyPlaces}, at {InstantPattern.General.Format(At)}, {Random.Description}, confirmed [{string.Join(", ", Confirmed)}], candidates [{string.Join("; ", Candidates)}]");

    private sealed class FrozenIdSet(ImmutableArray<string> ids)
    {
        private readonly HashSet<string> _set = new(ids, StringComparer.Ordinal);

        public bool Contains(string id) => _set.Contains(id);
    }
}
