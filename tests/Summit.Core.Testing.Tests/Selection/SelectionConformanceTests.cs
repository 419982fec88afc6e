using System.Collections.Immutable;
using FluentResults;
using Summit.Core.Selection;
using Summit.Core.Summits;
using Summit.Core.Testing.Selection;

namespace Summit.Core.Testing.Tests.Selection;

public sealed class SelectionConformanceTests
{
    [Fact]
    public void Check_BuiltInDefaultPolicy_Passes()
    {
        SelectionConformance.Check(SelectionPolicies.DefaultSummit().Value, new ConformanceOptions { Cases = 60 });
    }

    [Fact]
    public void Check_LambdaPolicy_Passes()
    {
        var policy = SelectionPolicy.Create<Registration>("by-id", ctx => ctx.Candidates.OrderBy(r => r.Id, StringComparer.Ordinal), isOrderIndependent: true);
        SelectionConformance.Check(policy, new ConformanceOptions { Cases = 60 });
    }

    [Fact]
    public void Check_PolicyIgnoringCapacity_ThrowsWithShrunkCounterexample()
    {
        var broken = new BrokenPolicy("everyone-in", ctx => ctx.Candidates.Select((c, i) =>
            new CandidateOutcome<Registration>(c, ctx.Ids[i], SelectionOutcomeKind.Selected, null, [new SelectionReason("seat", "in")])));
        var ex = Assert.Throws<ConformanceException>(() => SelectionConformance.Check(broken, new ConformanceOptions { Cases = 100 }));
        Assert.Contains(ex.Problems, v => v.Contains("capacity", StringComparison.Ordinal));
        Assert.Contains("everyone-in", ex.Message, StringComparison.Ordinal);
        Assert.Contains("capacity 0", ex.Counterexample, StringComparison.Ordinal);
        Assert.Equal("selection", ex.Kit);
        Assert.Equal("everyone-in", ex.Subject);
        Assert.NotNull(ex.Seed);
    }

    [Fact]
    public void Check_PolicyDroppingACandidate_Throws()
    {
        var broken = new BrokenPolicy("drops-last", ctx => ctx.Candidates.Take(Math.Max(0, ctx.Candidates.Length - 1)).Select((c, i) => Outcome(ctx, c, i)));
        var ex = Assert.Throws<ConformanceException>(() => SelectionConformance.Check(broken));
        Assert.Contains(ex.Problems, v => v.StartsWith("no outcome for", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PolicyWithStandbyGaps_Throws()
    {
        var broken = new BrokenPolicy("gappy-standby", ctx => ctx.Candidates.Select((c, i) =>
            new CandidateOutcome<Registration>(c, ctx.Ids[i], SelectionOutcomeKind.Standby, 2 * i + 2, [new SelectionReason("standby", "wait")])));
        var ex = Assert.Throws<ConformanceException>(() => SelectionConformance.Check(broken));
        Assert.Contains(ex.Problems, v => v.Contains("standby", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PolicyWithoutReasons_Throws()
    {
        var broken = new BrokenPolicy("mute", ctx => ctx.Candidates.Select((c, i) =>
            new CandidateOutcome<Registration>(c, ctx.Ids[i], SelectionOutcomeKind.NotSelected, null, [])));
        var ex = Assert.Throws<ConformanceException>(() => SelectionConformance.Check(broken));
        Assert.Contains(ex.Problems, v => v.Contains("no reason", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_OrderDependentPolicyClaimingIndependence_Throws()
    {
        var policy = SelectionPolicy.Create<Registration>("first-in-list", ctx => ctx.Candidates, isOrderIndependent: true);
        var ex = Assert.Throws<ConformanceException>(() => SelectionConformance.Check(policy));
        Assert.Contains(ex.Problems, v => v.Contains("order-independent", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_OrderDependentPolicyAdmittingIt_Passes()
    {
        var policy = SelectionPolicy.Create<Registration>("first-in-list", ctx => ctx.Candidates, isOrderIndependent: false);
        SelectionConformance.Check(policy, new ConformanceOptions { Cases = 50 });
    }

    [Fact]
    public void Check_NonDeterministicPolicy_Throws()
    {
        var calls = 0;
        var policy = SelectionPolicy.Create<Registration>("flaky", ctx => Interlocked.Increment(ref calls) % 2 == 0 ? ctx.Candidates : ctx.Candidates.Reverse());
        var ex = Assert.Throws<ConformanceException>(() => SelectionConformance.Check(policy));
        Assert.Contains(ex.Problems, v => v.Contains("second run", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ThrowingPolicy_Throws()
    {
        var broken = new BrokenPolicy("boom", _ => throw new InvalidOperationException("kaput"));
        var ex = Assert.Throws<ConformanceException>(() => SelectionConformance.Check(broken));
        Assert.Contains(ex.Problems, v => v.Contains("kaput", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PolicyDroppingConfirmed_Throws()
    {
        var broken = new BrokenPolicy("forgets-confirmed", ctx => ctx.Candidates.Select((c, i) =>
            new CandidateOutcome<Registration>(c, ctx.Ids[i], SelectionOutcomeKind.NotSelected, null, [new SelectionReason("no", "no")])));
        var ex = Assert.Throws<ConformanceException>(() => SelectionConformance.Check(broken));
        Assert.Contains(ex.Problems, v => v.Contains("already confirmed", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_FailingSeed_ReproducesTheSameCounterexampleAlone()
    {
        var broken = new BrokenPolicy("everyone-in", ctx => ctx.Candidates.Select((c, i) =>
            new CandidateOutcome<Registration>(c, ctx.Ids[i], SelectionOutcomeKind.Selected, null, [new SelectionReason("seat", "in")])));
        var first = Assert.Throws<ConformanceException>(() => SelectionConformance.Check(broken));

        var again = Assert.Throws<ConformanceException>(() => SelectionConformance.Check(broken, new ConformanceOptions { Seed = first.Seed!.Value, Cases = 1 }));

        Assert.Equal(first.Counterexample, again.Counterexample);
    }

    [SummitProperty(Arbitrary = [typeof(SelectionArbitraries)])]
    public bool ShrinkContext_EveryShrink_IsSmallerAndValid(SelectionContext<Registration> ctx) =>
        SelectionArbitraries.ShrinkContext(ctx).All(s =>
            s.Candidates.Length + s.Capacity + s.StandbyPlaces + s.Confirmed.Length
            < ctx.Candidates.Length + ctx.Capacity + ctx.StandbyPlaces + ctx.Confirmed.Length
            && s.Confirmed.Length <= s.Capacity);

    [Property(Arbitrary = [typeof(SelectionArbitraries)])]
    public bool Registrations_Generated_HaveUniqueIds(ImmutableArray<Registration> list) =>
        list.Select(r => r.Id).Distinct().Count() == list.Length
        && SelectionArbitraries.ShrinkRegistrations(list).All(s => s.Select(r => r.Id).Distinct().Count() == s.Length);

    [SummitProperty(Arbitrary = [typeof(SelectionArbitraries)])]
    public bool TopicProposals_Generated_HaveUniqueIdsAndPositiveMinutes(ImmutableArray<TopicProposal> list) =>
        list.Select(p => p.Id).Distinct().Count() == list.Length && list.All(p => p.DesiredDiscussionMinutes > 0);

    [SummitProperty(Arbitrary = [typeof(SelectionArbitraries)])]
    public bool ShrinkRegistration_AnyRegistration_EndsAsAPlainParticipant(Registration registration)
    {
        while (SelectionArbitraries.ShrinkRegistration(registration).FirstOrDefault() is { } simpler)
        {
            registration = simpler;
        }

        return registration.Roles.IsEmpty && registration.Projects.IsEmpty && registration.Organization is null
            && !registration.IsActiveToolContributor && registration.Attendance == AttendanceKind.Participant;
    }

    private static CandidateOutcome<Registration> Outcome(SelectionContext<Registration> ctx, Registration c, int i) =>
        new(c, ctx.Ids[i], ctx.IsConfirmed(ctx.Ids[i]) ? SelectionOutcomeKind.Selected : SelectionOutcomeKind.NotSelected, null, [new SelectionReason("x", "y")]);

    private sealed class BrokenPolicy(string name, Func<SelectionContext<Registration>, IEnumerable<CandidateOutcome<Registration>>> decide) : ISelectionPolicy<Registration>
    {
        public string Name => name;

        public bool IsOrderIndependent => false;

        public Result<SelectionResult<Registration>> Select(SelectionContext<Registration> context) =>
            SelectionResult.Create(context, name, decide(context).ToImmutableArray());
    }
}
