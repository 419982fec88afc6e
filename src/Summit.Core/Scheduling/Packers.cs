using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using FluentResults;

namespace Summit.Core.Scheduling;

/// <summary>The built-in agenda packers, a lookup by name, and the feasibility diagnostics run before packing.</summary>
/// <remarks>
/// Both packers share one model, the natural one (docs/scheduling.md): each topic is one interval on the grid in one room
/// of one session (minus its reserved minutes, cut to the room's availability windows), inside its presenters'
/// availability, clear of its conflicts and presenters elsewhere (plus the changeover). The objective is lexicographic: (1) the total weight
/// placed, (2) the minutes given to topics, (3) the fewest topics moved from <see cref="PackingRequest.Previous"/>.
/// </remarks>
public static class Packers
{
    /// <summary>Gets the exact packer (<c>exact</c>): branch and bound that proves optimality at summit sizes.</summary>
    /// <remarks>
    /// When the search finishes within <see cref="PackingRequest.SearchNodeLimit"/> the agenda is optimal on all three
    /// objectives and <see cref="Agenda.IsProvenOptimal"/> is true; otherwise the best agenda found is returned with the
    /// root bound (lane-end losses, knapsack, count of topics per lane, knapsack per group of topics allowed in the same lanes, whole votes) and its gap.
    /// </remarks>
    public static IAgendaPacker Exact { get; } = new ExactPacker();

    /// <summary>Gets the heuristic packer (<c>heuristic</c>): greedy placement with repairs, for conference sizes; reports a bound and gap, never a proof.</summary>
    public static IAgendaPacker Heuristic { get; } = new HeuristicPacker();

    /// <summary>Gets every built-in packer, in the order of <see cref="Names"/>.</summary>
    public static ImmutableArray<IAgendaPacker> All { get; } = [Exact, Heuristic];

    /// <summary>Gets the names of the built-in packers, in the order of <see cref="All"/>.</summary>
    public static ImmutableArray<string> Names { get; } = ["exact", "heuristic"];

    /// <summary>Looks a built-in packer up by name.</summary>
    /// <param name="name">The name, case-insensitive, surrounding white space ignored; for example <c>exact</c>.</param>
    /// <param name="packer">The packer when found; otherwise null.</param>
    /// <returns>True when a built-in packer has that name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static bool TryGet(string name, [NotNullWhen(true)] out IAgendaPacker? packer)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Trim();
        packer = All.FirstOrDefault(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase));
        return packer is not null;
    }

    /// <summary>Gets a built-in packer by name, or an error listing the known names.</summary>
    /// <param name="name">The name, as for <see cref="TryGet"/>.</param>
    /// <returns>The packer, or <c>scheduling.unknown-packer</c> (metadata <c>name</c>) whose message lists <see cref="Names"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static Result<IAgendaPacker> Get(string name) =>
        TryGet(name, out var packer)
            ? Result.Ok(packer)
            : Result.Fail<IAgendaPacker>(new SummitError(ErrorCodes.Scheduling.UnknownPacker,
                $"Unknown agenda packer '{name}'; expected one of {string.Join(", ", Names)}.").WithMetadata("name", name));

    /// <summary>Checks a request before packing and explains, in words an organizer understands, what cannot work.</summary>
    /// <param name="request">The request.</param>
    /// <returns>
    /// The problems found: input errors (which make packing fail), then the topics that cannot be placed anywhere (longer
    /// than every session, availability missing every session, rooms not available long enough or too small for the
    /// expected interest (<see cref="PackingRequest.Rooms"/>), no allowed room, a pin that clashes with a heavier pin or lies
    /// outside its room's availability),
    /// each with its code and the topic in its metadata, then over-full pinned sessions and groupings pinned to different
    /// sessions (packing leaves the lightest topics out). Empty when nothing is wrong.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public static ImmutableArray<SummitError> Diagnose(PackingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var built = PackingModel.Build(request);
        if (built.IsFailed)
        {
            return built.SummitErrors();
        }

        var model = built.Value;
        var problems = ImmutableArray.CreateBuilder<SummitError>();
        for (var t = 0; t < model.Topics.Length; t++)
        {
            if (model.Impossible[t] is { } reason)
            {
                problems.Add(new SummitError(reason.Code, reason.Reason).WithMetadata("topic", model.Topics[t].Id));
            }
        }

        problems.AddRange(model.Notes);

        return problems.ToImmutable();
    }
}
