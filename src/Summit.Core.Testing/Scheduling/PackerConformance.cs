using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Summit.Core.Scheduling;

namespace Summit.Core.Testing.Scheduling;

/// <summary>A conformance kit for your own <see cref="IAgendaPacker"/>: one call checks the hard rules, determinism and stable re-packing.</summary>
/// <remarks>
/// Throws <see cref="ConformanceException"/> on the first request that breaks a rule, so it works from any test framework;
/// a generated request is shrunk first (<see cref="SchedulingArbitraries.ShrinkRequest"/>).
/// </remarks>
public static class PackerConformance
{
    /// <summary>The kit name in <see cref="ConformanceException.Kit"/>.</summary>
    private const string Kit = "packer";

    /// <summary>Packs one request and checks the result.</summary>
    /// <param name="packer">The packer under test.</param>
    /// <param name="request">The request.</param>
    /// <remarks>
    /// Checks: the packer does not throw; a successful agenda keeps every rule of <see cref="AgendaInvariants"/>; packing
    /// again gives the same items; re-packing with the agenda as <see cref="PackingRequest.Previous"/> changes nothing,
    /// unless the first agenda was not proven optimal and the re-pack is strictly better on the objective's first two
    /// levels (more weight, or as much weight and more topic minutes: the objective ranks them above moves).
    /// A failed result is accepted only when it carries at least one error.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ConformanceException">The packer broke a rule.</exception>
    public static void Check(IAgendaPacker packer, PackingRequest request)
    {
        ArgumentNullException.ThrowIfNull(packer);
        ArgumentNullException.ThrowIfNull(request);
        var problems = Violations(packer, request, out var thrown);
        if (problems.Count > 0)
        {
            throw new ConformanceException(Kit, packer.Name, problems, innerException: thrown);
        }
    }

    /// <summary>Checks the packer on generated requests (up to 3 sessions of up to 2 rooms), half of them with room rules, a quarter with orders.</summary>
    /// <param name="packer">The packer under test.</param>
    /// <param name="options">How many requests, from which seed, with how many topics (default 8); null means <see cref="ConformanceOptions.Default"/>.</param>
    /// <remarks>
    /// <para>A case whose seed (<c>Seed + i</c>) is even is drawn from <see cref="SchedulingGenerators.PackingRequestsWithRooms"/>,
    /// so it also has <see cref="PackingRequest.Rooms"/> (seats, availability windows) and topics'
    /// <see cref="SlotRequest.ExpectedInterest"/> (often; a drawn request may have neither); one whose seed is 3 more than
    /// a multiple of 4 from <see cref="SchedulingGenerators.PackingRequestsWithOrders"/> (orders between topics,
    /// <see cref="SlotRequest.After"/>); the others (1 more than a multiple of 4) from
    /// <see cref="SchedulingGenerators.PackingRequests"/>. The choice depends on the seed alone, so
    /// <c>options with { Seed = ex.Seed.Value, Cases = 1 }</c> checks the failing case again; four or more cases always
    /// include every kind.</para>
    /// <para>Each request gets the rules of <see cref="Check(IAgendaPacker, PackingRequest)"/>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="packer"/> is null.</exception>
    /// <exception cref="ConformanceException">The packer broke a rule on one of the requests; the exception holds the shrunk request and its seed.</exception>
    public static void Check(IAgendaPacker packer, ConformanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(packer);
        options ??= ConformanceOptions.Default;
        var topics = options.MaxCandidates ?? 8;
        var plain = SchedulingGenerators.PackingRequests(topics, 3, 2);
        var withRooms = SchedulingGenerators.PackingRequestsWithRooms(topics, 3, 2);
        var withOrders = SchedulingGenerators.PackingRequestsWithOrders(topics, 3, 2);
        for (var i = 0; i < options.Cases; i++)
        {
            var seed = options.Seed + (ulong)i;
            var request = (seed % 2 == 0 ? withRooms : seed % 4 == 3 ? withOrders : plain).Sample(20, new Rnd(seed), 1).First();
            var problems = Violations(packer, request, out var thrown);
            if (problems.Count == 0)
            {
                continue;
            }

            var (small, smallProblems) = Shrinking.Greedy(request, problems, SchedulingArbitraries.ShrinkRequest, r => Violations(packer, r, out _));
            Violations(packer, small, out thrown);
            throw new ConformanceException(Kit, packer.Name, smallProblems, SchedulingText.Describe(small), seed, thrown);
        }
    }

    private static IReadOnlyList<string> Violations(IAgendaPacker packer, PackingRequest request, out Exception? thrown)
    {
        thrown = null;
        var first = Run(packer, request, ref thrown);
        if (first is null)
        {
            return [Failure(thrown)];
        }

        if (first.IsFailed)
        {
            return first.Errors.Count == 0 ? ["A failed result carries no error."] : [];
        }

        var agenda = first.Value;
        var violations = AgendaInvariants.Violations(request, agenda).ToList();
        var second = Run(packer, request, ref thrown);
        if (second is null || second.IsFailed || !second.Value.Items.SequenceEqual(agenda.Items) || !second.Value.Unplaced.SequenceEqual(agenda.Unplaced))
        {
            violations.Add(second is null ? Failure(thrown) : "Packing the same request twice gave different agendas.");
        }

        var again = Run(packer, request with { Previous = agenda }, ref thrown);
        if (again is null || again.IsFailed
            || ((!again.Value.Items.SequenceEqual(agenda.Items) || !again.Value.Unplaced.SequenceEqual(agenda.Unplaced)) && !Improves(agenda, again.Value)))
        {
            violations.Add(again is null ? Failure(thrown) : "Re-packing an unchanged request with its own agenda as the previous one changed the agenda.");
        }

        return violations;
    }

    /// <summary>Whether <paramref name="again"/> beats an unproven <paramref name="first"/> on weight, then topic minutes.</summary>
    private static bool Improves(Agenda first, Agenda again)
    {
        if (first.IsProvenOptimal)
        {
            return false;
        }

        var (a, b) = (again.Objective, first.Objective);
        var weight = decimal.Compare((decimal)a.PlacedWeight, (decimal)b.PlacedWeight);
        return weight > 0 || (weight == 0 && a.TopicMinutes > b.TopicMinutes);
    }

    private static string Failure(Exception? thrown) =>
        thrown is null ? "Pack returned null." : $"The packer threw {thrown.GetType().Name}: {thrown.Message}";

    private static FluentResults.Result<Agenda>? Run(IAgendaPacker packer, PackingRequest request, ref Exception? thrown)
    {
        try
        {
            return packer.Pack(request);
        }
#pragma warning disable CA1031 // A conformance kit reports any exception of the packer under test as a broken rule.
        catch (Exception e)
#pragma warning restore CA1031
        {
            thrown ??= e;
            return null;
        }
    }
}
