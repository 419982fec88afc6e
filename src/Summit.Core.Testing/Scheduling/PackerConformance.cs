using FsCheck.Fluent;
using Summit.Core.Scheduling;

namespace Summit.Core.Testing.Scheduling;

/// <summary>A conformance kit for your own <see cref="IAgendaPacker"/>: one call checks the hard rules, determinism and stable re-packing.</summary>
/// <remarks>Throws <see cref="PackerConformanceException"/> on the first request that breaks a rule, so it works from any test framework.</remarks>
public static class PackerConformance
{
    /// <summary>Packs one request and checks the result.</summary>
    /// <param name="packer">The packer under test.</param>
    /// <param name="request">The request.</param>
    /// <remarks>
    /// Checks: the packer does not throw; a successful agenda keeps every rule of <see cref="AgendaInvariants"/>; packing
    /// again gives the same items; re-packing with the agenda as <see cref="PackingRequest.Previous"/> changes nothing.
    /// A failed result is accepted only when it carries at least one error.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PackerConformanceException">The packer broke a rule.</exception>
    public static void Check(IAgendaPacker packer, PackingRequest request)
    {
        ArgumentNullException.ThrowIfNull(packer);
        ArgumentNullException.ThrowIfNull(request);
        var first = Run(packer, request);
        if (first.IsFailed)
        {
            if (first.Errors.Count == 0)
            {
                throw new PackerConformanceException(packer.Name, ["A failed result carries no error."]);
            }

            return;
        }

        var agenda = first.Value;
        var violations = AgendaInvariants.Violations(request, agenda).ToList();
        var second = Run(packer, request);
        if (second.IsFailed || !second.Value.Items.SequenceEqual(agenda.Items) || !second.Value.Unplaced.SequenceEqual(agenda.Unplaced))
        {
            violations.Add("Packing the same request twice gave different agendas.");
        }

        var again = Run(packer, request with { Previous = agenda });
        if (again.IsFailed || !again.Value.Items.SequenceEqual(agenda.Items) || !again.Value.Unplaced.SequenceEqual(agenda.Unplaced))
        {
            violations.Add("Re-packing an unchanged request with its own agenda as the previous one changed the agenda.");
        }

        if (violations.Count > 0)
        {
            throw new PackerConformanceException(packer.Name, violations);
        }
    }

    /// <summary>Checks the packer on <paramref name="count"/> random requests from <see cref="SchedulingGenerators.PackingRequests"/>.</summary>
    /// <param name="packer">The packer under test.</param>
    /// <param name="count">How many requests. The default value is 50.</param>
    /// <param name="size">The FsCheck size (larger gives more topics). The default value is 20.</param>
    /// <exception cref="ArgumentNullException"><paramref name="packer"/> is null.</exception>
    /// <exception cref="PackerConformanceException">The packer broke a rule on one of the requests.</exception>
    public static void CheckRandom(IAgendaPacker packer, int count = 50, int size = 20)
    {
        ArgumentNullException.ThrowIfNull(packer);
        foreach (var request in SchedulingGenerators.PackingRequests(8, 3, 2).Sample(size, count))
        {
            Check(packer, request);
        }
    }

    private static FluentResults.Result<Agenda> Run(IAgendaPacker packer, PackingRequest request)
    {
        try
        {
            return packer.Pack(request) ?? throw new PackerConformanceException(packer.Name, ["Pack returned null."]);
        }
        catch (Exception e) when (e is not PackerConformanceException)
        {
            throw new PackerConformanceException($"Packer '{packer.Name}' threw {e.GetType().Name}: {e.Message}", e);
        }
    }
}
