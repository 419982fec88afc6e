using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Summit.Core.Scheduling;

namespace Summit.Core.Testing.Scheduling;

/// <summary>FsCheck arbitraries (generator plus shrinker) for agenda templates and packing requests.</summary>
/// <remarks>
/// <para>Use the whole class with FsCheck.Xunit: <c>[Property(Arbitrary = [typeof(SchedulingArbitraries)])]</c>, then take
/// <see cref="AgendaTemplate"/> or <see cref="PackingRequest"/> parameters. Each property returns an
/// <see cref="Arbitrary{T}"/> of a distinct type, because FsCheck registers arbitraries by type.</para>
/// <para>Shrinking (<see cref="ShrinkRequest"/>) drops topics, then constraints, then unused sessions, so a counterexample
/// comes out as a few plain topics in a small template.</para>
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
    /// last session when no topic is pinned to it. Every shrink drops <see cref="PackingRequest.Previous"/>.
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
                yield return request with { Template = template, Previous = null };
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

        if (!request.Presenters.IsEmpty)
        {
            yield return request with { Presenters = [] };
        }
    }
}
