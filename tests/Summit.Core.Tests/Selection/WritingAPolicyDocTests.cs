using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using FluentResults;
using Summit.Core.Selection;
using Summit.Core.Summits;
using Summit.Core.Testing.Selection;
using static Summit.Core.Tests.Selection.SelectionTestData;

namespace Summit.Core.Tests.Selection;

// The code of docs/writing-a-policy.md, kept compiling and passing here.
public sealed class WritingAPolicyDocTests
{
    [Fact]
    public void Step1_Lambda_ConformsAndSelectsEarliest()
    {
        var earliest = SelectionPolicy.Create<Registration>(
            "earliest-first",
            ctx => ctx.Candidates.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id, StringComparer.Ordinal),
            isOrderIndependent: true);

        SelectionConformance.Check(earliest);
        var result = SelectionPolicies.Run(earliest, Context([Person("late", 10), Person("early", 1)], capacity: 1)).Value;
        Assert.Equal("early", result.Selected.Single().Id);
    }

    [Fact]
    public void Step2_Builder_ConformsAndFavoursAlumni()
    {
        var alumni = ImmutableHashSet.Create(StringComparer.Ordinal, "a1");
        var policy = new SelectionPolicyBuilder<Registration>("alumni-first")
            .ThenByTiers(new SelectionTier<Registration>("came last year", r => alumni.Contains(r.Id)))
            .ThenByLottery()
            .Build()
            .Value;

        SelectionConformance.Check(policy);
        var result = SelectionPolicies.Run(policy, Context([Person("n1"), Person("a1"), Person("n2")], capacity: 1)).Value;
        Assert.Equal("a1", result.Selected.Single().Id);
    }

    [Fact]
    public void Step3_Class_RegisteredThroughDi_Conforms()
    {
        var services = new ServiceCollection()
            .AddKeyedSingleton<ISelectionPolicy<Registration>>("one-per-org", new OnePerOrganizationPolicy())
            .AddSummitCore();
        using var provider = services.BuildServiceProvider();
        var policy = provider.GetRequiredKeyedService<ISelectionPolicy<Registration>>("one-per-org");

        SelectionConformance.Check(policy);
        var people = new[] { Person("a", 1, org: "PSF"), Person("b", 2, org: "PSF"), Person("c", 3, org: "Astral") };
        var result = SelectionPolicies.Run(policy, Context(people, capacity: 3)).Value;
        Assert.Equal(["a", "c"], result.Selected.Select(o => o.Id));
        Assert.Equal("same-organization", result.Find("b")!.Reasons[0].Code);
    }
}

/// <summary>Selects the earliest registration of each organization, then nobody else from it.</summary>
public sealed class OnePerOrganizationPolicy : ISelectionPolicy<Registration>
{
    public string Name => "one-per-organization";

    public bool IsOrderIndependent => true;

    public Result<SelectionResult<Registration>> Select(SelectionContext<Registration> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ranked = context.Candidates
            .OrderBy(r => context.IsConfirmed(r.Id) ? 0 : 1)
            .ThenBy(r => r.SubmittedAt)
            .ThenBy(r => r.Id, StringComparer.Ordinal);
        var seenOrganizations = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var outcomes = new List<CandidateOutcome<Registration>>();
        int seats = 0, standby = 0;
        foreach (var r in ranked)
        {
            var organization = r.Organization ?? "(none: " + r.Id + ")";
            if (context.IsConfirmed(r.Id))
            {
                seats++;
                seenOrganizations.Add(organization);
                outcomes.Add(new(r, r.Id, SelectionOutcomeKind.Selected, null, [new("confirmed", "Already confirmed.")]));
            }
            else if (!seenOrganizations.Add(organization))
            {
                outcomes.Add(new(r, r.Id, SelectionOutcomeKind.NotSelected, null, [new("same-organization", $"{organization} already has a place.")]));
            }
            else if (seats < context.Capacity)
            {
                seats++;
                outcomes.Add(new(r, r.Id, SelectionOutcomeKind.Selected, null, [new("seat", "First from the organization, place free.")]));
            }
            else if (standby < context.StandbyPlaces)
            {
                standby++;
                outcomes.Add(new(r, r.Id, SelectionOutcomeKind.Standby, standby, [new("standby", $"Standby rank {standby}.")]));
            }
            else
            {
                outcomes.Add(new(r, r.Id, SelectionOutcomeKind.NotSelected, null, [new("below-standby", "No place and no standby rank left.")]));
            }
        }

        var order = context.Ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        return SelectionResult.Create(context, Name, outcomes.OrderBy(o => order[o.Id]));
    }
}
