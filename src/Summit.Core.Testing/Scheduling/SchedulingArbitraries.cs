using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Summit.Core.Scheduling;

namespace Summit.Core.Testing.Scheduling;

/// <summary>FsCheck arbitraries (generator plus shrinker) for agenda templates and packing requests.</summary>
/// <remarks>
/// <para>Use the whole class with FsCheck.Xunit: <c>[Property(Arbitrary = [typeof(SchedulingArbitraries)])]</c>, then take
/// <see cref="AgendaTemplate"/>, <see cref="PackingRequest"/> or <see cref="PackingRequestWithRooms"/> parameters. Each property returns an
/// <see cref="Arbitrary{T}"/> of a distinct type, because FsCheck registers arbitraries by type.</para>
/// <para>Shrinking (<see cref="ShrinkRequest"/>) drops topics, then constraints, then unused sessions, then room rules
/// and expected interest, so a counterexample comes out as a few plain topics in a small template.</para>
/// <para>Naming rule of this package: <c>…Arbitraries</c> classes hold static properties returning
/// <see cref="Arbitrary{T}"/> (plus the public shrinkers they use, to pair with your own generators); the generators
/// they are built from are static methods returning <see cref="Gen{T}"/> on the matching <c>…Generators</c> class
/// (<see cref="SchedulingGenerators"/>).</para>
/// </remarks>
public static class SchedulingArbitraries
{
    /// <summary>Gets templates of up to 3 sessions with up to 2 rooms each, shrinking by dropping the last session.</summary>
    public static Arbitrary<AgendaTemplate> Templates { get; } = Arb.From(SchedulingGenerators.Templates(3, 2), ShrinkTemplate);

    /// <summary>Gets packing requests of up to 8 topics, 3 sessions and 2 rooms per session, shrinking with <see cref="ShrinkRequest"/>.</summary>
    public static Arbitrary<PackingRequest> PackingRequests { get; } = Arb.From(SchedulingGenerators.PackingRequests(8, 3, 2), ShrinkRequest);

    /// <summary>Gets packing requests with room rules and expected interest (<see cref="SchedulingGenerators.PackingRequestsWithRooms"/>) of up to 8 topics, 3 sessions and 2 rooms per session, shrinking with <see cref="ShrinkRequest"/>.</summary>
    /// <remarks>Wrapped in <see cref="PackingRequestWithRooms"/> so that it does not clash with <see cref="PackingRequests"/> (FsCheck picks an arbitrary by type).</remarks>
    public static Arbitrary<PackingRequestWithRooms> PackingRequestsWithRooms { get; } = Arb.From(
        SchedulingGenerators.PackingRequestsWithRooms(8, 3, 2).Select(r => new PackingRequestWithRooms(r)),
        r => ShrinkRequest(r.Request).Select(s => new PackingRequestWithRooms(s)));

    /// <summary>Smaller templates: without the last session (and the break or day change before it), while one session remains.</summary>
    /// <param name="template">The template to shrink.</param>
    /// <returns>The smaller template, or nothing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> is null.</exception>
    public static IEnumerable<AgendaTemplate> ShrinkTemplate(AgendaTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var lastSession = template.Blocks.AsImmutableArray().LastIndexOf(template.Blocks.LastOrDefault(b => b.Kind == BlockKind.Session)!);
        if (lastSession < 0 || template.Blocks.Count(b => b.Kind == BlockKind.Session) < 2)
        {
            yield break;
        }

        var from = lastSession > 0 && template.Blocks[lastSession - 1].Kind == BlockKind.Break ? lastSession - 1 : lastSession;
        yield return template with { Blocks = template.Blocks.AsImmutableArray().RemoveRange(from, lastSession - from + 1) };
    }

    /// <summary>
    /// Smaller requests: first, for each topic in order, the request without it (and every reference to it); then one
    /// topic at a time without its pin, availability, conflicts, grouping or presenters; then a template without its
    /// last session when no topic is pinned to it (and without the rules of rooms it no longer has); then, for a request
    /// with <see cref="PackingRequest.Rooms"/>, the request without one room rule, one rule without one of its windows or
    /// without its seats, and one topic without its <see cref="SlotRequest.ExpectedInterest"/>. Every shrink drops
    /// <see cref="PackingRequest.Previous"/>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns>The smaller requests.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public static IEnumerable<PackingRequest> ShrinkRequest(PackingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        for (var i = 0; i < request.Requests.Length; i++)
        {
            var removed = request.Requests[i].Id;
            var rest = request.Requests.AsImmutableArray().RemoveAt(i).Select(r => r with
            {
                Conflicts = r.Conflicts.AsImmutableArray().Remove(removed),
                SameSessionAs = r.SameSessionAs.AsImmutableArray().Remove(removed),
                After = r.After.AsImmutableArray().Remove(removed),
            }).ToImmutableArray();
            yield return request with { Requests = rest, Previous = null };
        }

        for (var i = 0; i < request.Requests.Length; i++)
        {
            foreach (var simpler in Simpler(request.Requests[i]))
            {
                yield return request with { Requests = request.Requests.AsImmutableArray().SetItem(i, simpler), Previous = null };
            }
        }

        foreach (var template in ShrinkTemplate(request.Template))
        {
            var sessions = template.Blocks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
            if (request.Requests.All(r => r.PinnedBlockId is null || sessions.Contains(r.PinnedBlockId)))
            {
                var smaller = request with { Template = template, Previous = null };
                if (!request.Rooms.IsEmpty)
                {
                    // Rules of rooms the smaller template no longer has would make the request invalid.
                    var rooms = template.Blocks.SelectMany(b => template.RoomsOf(b)).ToHashSet(StringComparer.Ordinal);
                    smaller = smaller with { Rooms = [.. request.Rooms.Where(x => x is null || rooms.Contains(x.Room))] };
                }

                yield return smaller;
            }
        }

        foreach (var smaller in ShrinkRooms(request))
        {
            yield return smaller;
        }
    }

    /// <summary>The room-rule steps of <see cref="ShrinkRequest"/>: a rule dropped, a window dropped, seats dropped, an expected interest dropped.</summary>
    private static IEnumerable<PackingRequest> ShrinkRooms(PackingRequest request)
    {
        var rules = request.Rooms.AsImmutableArray();
        for (var i = 0; i < rules.Length; i++)
        {
            yield return request with { Rooms = rules.RemoveAt(i), Previous = null };
        }

        for (var i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            if (rule is null)
            {
                continue;
            }

            // Dropping the only window of a rule without seats, or the seats of a rule without windows, is dropping the rule (above).
            for (var w = 0; w < rule.Availability.Length && (rule.Seats is not null || rule.Availability.Length > 1); w++)
            {
                yield return request with { Rooms = rules.SetItem(i, rule with { Availability = rule.Availability.AsImmutableArray().RemoveAt(w) }), Previous = null };
            }

            if (rule.Seats is not null && !rule.Availability.IsEmpty)
            {
                yield return request with { Rooms = rules.SetItem(i, rule with { Seats = null }), Previous = null };
            }
        }

        for (var i = 0; i < request.Requests.Length; i++)
        {
            if (request.Requests[i].ExpectedInterest is not null)
            {
                yield return request with { Requests = request.Requests.AsImmutableArray().SetItem(i, request.Requests[i] with { ExpectedInterest = null }), Previous = null };
            }
        }
    }

    private static IEnumerable<SlotRequest> Simpler(SlotRequest request)
    {
        if (request.PinnedBlockId is not null || request.PinnedRoom is not null || request.PinnedStart is not null)
        {
            yield return request with { PinnedBlockId = null, PinnedRoom = null, PinnedStart = null };
        }

        if (!request.Availability.IsEmpty)
        {
            yield return request with { Availability = [] };
        }

        if (!request.Conflicts.IsEmpty)
        {
            yield return request with { Conflicts = [] };
        }

        if (!request.SameSessionAs.IsEmpty)
        {
            yield return request with { SameSessionAs = [] };
        }

        if (!request.After.IsEmpty)
        {
            yield return request with { After = [] };
        }

        if (!request.Presenters.IsEmpty)
        {
            yield return request with { Presenters = [] };
        }
    }
}
