// The code quoted by docs/property-testing.md, compiled and run as it stands on the page.
using System.Collections.Immutable;
using FsCheck.Xunit;
using Summit.Core.Selection;
using Summit.Core.Summits;
using Summit.Core.Testing;
using Summit.Core.Testing.Selection;

namespace Summit.Core.Testing.Tests.Docs;

/// <summary>Selects active tool contributors first, then everyone else, each group by submission time.</summary>
public static class ContributorsFirst
{
    public static ISelectionPolicy<Registration> Policy { get; } = SelectionPolicy.Create<Registration>(
        "contributors-first",
        ctx => ctx.Candidates
            .OrderBy(r => r.IsActiveToolContributor ? 0 : 1)
            .ThenBy(r => r.SubmittedAt)
            .ThenBy(r => r.Id, StringComparer.Ordinal),
        isOrderIndependent: true);
}

public sealed class ContributorsFirstTests
{
    // 1. The contract every policy keeps: one line, any test framework.
    [Fact]
    public void ContributorsFirst_KeepsTheSelectionContract() =>
        SelectionConformance.Check(ContributorsFirst.Policy, new ConformanceOptions { Cases = 200 });

    // 2. The policy's own promise, on the package's generated contexts (shrunk on failure).
    [Property(Arbitrary = [typeof(SelectionArbitraries)])]
    public bool ContributorsFirst_NoNewcomerSelectedWhileAContributorWaits(SelectionContext<Registration> context)
    {
        var result = SelectionPolicies.Run(ContributorsFirst.Policy, context).Value;
        var newcomerSelected = result.Selected.Any(o => !o.Candidate.IsActiveToolContributor && !context.IsConfirmed(o.Id));
        var contributorLeftOut = result.Outcomes.Any(o => o.Candidate.IsActiveToolContributor && o.Kind != SelectionOutcomeKind.Selected);
        return !(newcomerSelected && contributorLeftOut);
    }

    // 3. Several inputs at once: each parameter type has its arbitrary in the class.
    [Property(Arbitrary = [typeof(SelectionArbitraries)], MaxTest = 200)]
    public bool ContributorsFirst_AddingAPlainParticipant_KeepsEveryContributorsOutcome(ImmutableArray<Registration> registrations, Registration late)
    {
        var newcomer = late with { Id = "late", IsActiveToolContributor = false, SubmittedAt = late.SubmittedAt.PlusTicks(1) };
        var before = Context(registrations);
        var after = Context(registrations.Add(newcomer));
        var first = SelectionPolicies.Run(ContributorsFirst.Policy, before).Value;
        var second = SelectionPolicies.Run(ContributorsFirst.Policy, after).Value;
        return first.Outcomes.Where(o => o.Candidate.IsActiveToolContributor).All(o => second.Find(o.Id)!.Kind == o.Kind);
    }

    private static SelectionContext<Registration> Context(ImmutableArray<Registration> registrations) =>
        SelectionContext.ForRegistrations(registrations, capacity: 10, standbyPlaces: 3,
            NodaTime.Instant.FromUtc(2024, 4, 10, 0, 0), RandomSources.Seeded("docs")).Value;
}
