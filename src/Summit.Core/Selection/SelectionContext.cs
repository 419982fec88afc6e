using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using FluentResults;
using Summit.Core.Summits;

namespace Summit.Core.Selection;

/// <summary>Creates validated <see cref="SelectionContext{TCandidate}"/>s.</summary>
public static class SelectionContext
{
    /// <summary>Creates a context after checking it (bad data gives coded errors, all of them at once).</summary>
    /// <typeparam name="TCandidate">The kind of candidate.</typeparam>
    /// <param name="candidates">The candidates, in any order.</param>
    /// <param name="idOf">Gives each candidate's unique, non-blank identifier.</param>
    /// <param name="capacity">The number of places; must not be negative.</param>
    /// <param name="standbyPlaces">The number of standby places; must not be negative.</param>
    /// <param name="at">The instant of the selection.</param>
    /// <param name="random">The random source for lotteries.</param>
    /// <param name="confirmed">Identifiers of candidates already confirmed; they keep their places. Optional.</param>
    /// <returns>The context, or errors coded <see cref="ErrorCodes.Selection.CapacityNegative"/>, <see cref="ErrorCodes.Selection.StandbyNegative"/>,
    /// <see cref="ErrorCodes.Selection.CandidateIdEmpty"/>, <see cref="ErrorCodes.Selection.DuplicateCandidate"/>,
    /// <see cref="ErrorCodes.Selection.UnknownConfirmed"/> or <see cref="ErrorCodes.Selection.ConfirmedExceedCapacity"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument or a candidate is null.</exception>
    public static Result<SelectionContext<TCandidate>> Create<TCandidate>(
        IEnumerable<TCandidate> candidates,
        Func<TCandidate, string> idOf,
        int capacity,
        int standbyPlaces,
        Instant at,
        IRandomSource random,
        IEnumerable<string>? confirmed = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(idOf);
        ArgumentNullException.ThrowIfNull(random);
        var list = candidates.ToImmutableArray();
        var errors = new List<SummitError>();
        if (capacity < 0)
        {
            errors.Add(new SummitError(ErrorCodes.Selection.CapacityNegative, $"The capacity must not be negative (got {capacity.ToString(CultureInfo.InvariantCulture)}).").WithMetadata("capacity", capacity));
        }

        if (standbyPlaces < 0)
        {
            errors.Add(new SummitError(ErrorCodes.Selection.StandbyNegative, $"The number of standby places must not be negative (got {standbyPlaces.ToString(CultureInfo.InvariantCulture)}).").WithMetadata("standby", standbyPlaces));
        }

        var ids = ImmutableArray.CreateBuilder<string>(list.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(list[i], nameof(candidates));
            var id = idOf(list[i]);
            ids.Add(id ?? string.Empty);
            if (string.IsNullOrWhiteSpace(id))
            {
                errors.Add(new SummitError(ErrorCodes.Selection.CandidateIdEmpty, $"Candidate {(i + 1).ToString(CultureInfo.InvariantCulture)} has an empty identifier.").WithMetadata("index", i));
            }
            else if (!seen.Add(id))
            {
                errors.Add(new SummitError(ErrorCodes.Selection.DuplicateCandidate, $"Two candidates have the identifier '{id}'.").WithMetadata("candidate", id));
            }
        }

        var confirmedIds = ImmutableArray.CreateBuilder<string>();
        var confirmedSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in confirmed ?? [])
        {
            ArgumentNullException.ThrowIfNull(id, nameof(confirmed));
            if (!seen.Contains(id))
            {
                errors.Add(new SummitError(ErrorCodes.Selection.UnknownConfirmed, $"The confirmed identifier '{id}' names no candidate.").WithMetadata("candidate", id));
            }
            else if (confirmedSeen.Add(id))
            {
                confirmedIds.Add(id);
            }
        }

        if (capacity >= 0 && confirmedIds.Count > capacity)
        {
            errors.Add(new SummitError(
                    ErrorCodes.Selection.ConfirmedExceedCapacity,
                    $"{confirmedIds.Count.ToString(CultureInfo.InvariantCulture)} people are already confirmed but there are only {capacity.ToString(CultureInfo.InvariantCulture)} places.")
                .WithMetadata("confirmed", confirmedIds.Count).WithMetadata("capacity", capacity));
        }

        if (errors.Count > 0)
        {
            return Result.Fail<SelectionContext<TCandidate>>(errors);
        }

        return new SelectionContext<TCandidate>(list, ids.MoveToImmutable(), idOf, capacity, standbyPlaces, at, random, confirmedIds.ToImmutable());
    }

    /// <summary>Creates a context for summit registrations, identified by <see cref="Registration.Id"/>.</summary>
    /// <param name="registrations">The registrations.</param>
    /// <param name="capacity">The number of places.</param>
    /// <param name="standbyPlaces">The number of standby places.</param>
    /// <param name="at">The instant of the selection.</param>
    /// <param name="random">The random source for lotteries.</param>
    /// <param name="confirmed">Identifiers of registrations already confirmed. Optional.</param>
    /// <returns>The context or coded errors, as <see cref="Create{TCandidate}"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument or a registration is null.</exception>
    public static Result<SelectionContext<Registration>> ForRegistrations(
        IEnumerable<Registration> registrations,
        int capacity,
        int standbyPlaces,
        Instant at,
        IRandomSource random,
        IEnumerable<string>? confirmed = null) =>
        Create(registrations, static r => r.Id, capacity, standbyPlaces, at, random, confirmed);
}
