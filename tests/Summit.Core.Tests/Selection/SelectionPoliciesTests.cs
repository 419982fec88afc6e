using NodaTime;
using FluentResults;
using Summit.Core.Selection;
using Summit.Core.Summits;
using static Summit.Core.Tests.Selection.SelectionTestData;

namespace Summit.Core.Tests.Selection;

public sealed class SelectionPoliciesTests
{
    [Fact]
    public void FirstComeFirstServed_ThreePlaces_TakesEarliestThenStandby()
    {
        var people = new[] { Person("a", 30), Person("b", 10), Person("c", 20), Person("d", 40), Person("e", 50) };
        var result = SelectionPolicies.Run(SelectionPolicies.FirstComeFirstServed(), Context(people, capacity: 3, standby: 1)).Value;
        Assert.Equal(["a", "b", "c"], result.Selected.Select(o => o.Id).Order());
        var standby = Assert.Single(result.Standby);
        Assert.Equal(("d", 1), (standby.Id, standby.StandbyRank!.Value));
        Assert.Equal(SelectionReasonCodes.BelowStandby, result.Find("e")!.Reasons[0].Code);
        Assert.Contains("submitted 2024-03-01T00:10:00Z", result.Find("b")!.Reasons[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstComeFirstServed_SameInstant_TieBrokenByOrdinalId()
    {
        var people = new[] { Person("b"), Person("a") };
        var result = SelectionPolicies.Run(SelectionPolicies.FirstComeFirstServed(), Context(people, capacity: 1)).Value;
        Assert.Equal(SelectionOutcomeKind.Selected, KindOf(result, "a"));
    }

    [Fact]
    public void SummitTiers_ActiveContributorsFirst_ThenToolCreators()
    {
        var people = new[]
        {
            Person("everyone", 0),
            Person("creator", 5, roles: StakeholderRole.ToolCreator),
            Person("active", 10, active: true),
        };
        var policy = SelectionPolicies.Combine("tiers-then-fcfs", SelectionPolicies.SummitTiers(), SelectionPolicies.FirstComeFirstServed()).Value;
        var result = SelectionPolicies.Run(policy, Context(people, capacity: 2)).Value;
        Assert.Equal(SelectionOutcomeKind.Selected, KindOf(result, "active"));
        Assert.Equal(SelectionOutcomeKind.Selected, KindOf(result, "creator"));
        Assert.Equal(SelectionOutcomeKind.NotSelected, KindOf(result, "everyone"));
        Assert.Contains("tier 1 (active tool contributors)", result.Find("active")!.Reasons[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegisteredBefore_AtDeadline_IsLate_HalfOpen()
    {
        var closes = Start + Duration.FromMinutes(10);
        var people = new[] { Person("early", 9), Person("exact", 10), Person("late", 11) };
        var result = SelectionPolicies.Run(SelectionPolicies.RegisteredBefore(closes), Context(people, capacity: 3)).Value;
        Assert.Equal(SelectionOutcomeKind.Selected, KindOf(result, "early"));
        Assert.Equal(SelectionReasonCodes.RegisteredLate, result.Find("exact")!.Reasons[0].Code);
        Assert.Equal(SelectionReasonCodes.RegisteredLate, result.Find("late")!.Reasons[0].Code);
    }

    [Fact]
    public void ParticipantsOnly_Observer_FilteredWithReason()
    {
        var people = new[] { Person("p"), Person("o", attendance: AttendanceKind.Observer) };
        var result = SelectionPolicies.Run(SelectionPolicies.ParticipantsOnly(), Context(people, capacity: 5)).Value;
        Assert.Equal(SelectionReasonCodes.ObserverOnly, result.Find("o")!.Reasons.Single().Code);
        Assert.Equal(SelectionOutcomeKind.Selected, KindOf(result, "p"));
    }

    [Fact]
    public void ObserversLast_OnePlace_GoesToParticipant()
    {
        var people = new[] { Person("o", 0, attendance: AttendanceKind.Observer), Person("p", 99) };
        var result = SelectionPolicies.Run(SelectionPolicies.ObserversLast(), Context(people, capacity: 1, standby: 1)).Value;
        Assert.Equal(SelectionOutcomeKind.Selected, KindOf(result, "p"));
        Assert.Equal(1, result.Find("o")!.StandbyRank);
    }

    [Fact]
    public void RoleQuota_Minimum_ReservesPlaceForLowRankedMember()
    {
        var people = new[] { Person("a", 0), Person("b", 1), Person("c", 2, roles: StakeholderRole.DownstreamDistributor) };
        var policy = SelectionPolicies.Combine("fcfs-quota", SelectionPolicies.FirstComeFirstServed(), SelectionPolicies.RoleQuota(StakeholderRole.DownstreamDistributor, 1, 5)).Value;
        var result = SelectionPolicies.Run(policy, Context(people, capacity: 2)).Value;
        Assert.Equal(SelectionReasonCodes.QuotaMinimum, result.Find("c")!.Reasons[0].Code);
        Assert.Equal(SelectionOutcomeKind.Selected, KindOf(result, "a"));
        Assert.Equal(SelectionOutcomeKind.NotSelected, KindOf(result, "b"));
    }

    [Fact]
    public void RoleQuota_Maximum_SkipsMembersWithReason()
    {
        var people = new[] { Person("a", 0, roles: StakeholderRole.Consumer), Person("b", 1, roles: StakeholderRole.Consumer), Person("c", 2) };
        var policy = SelectionPolicies.Combine("fcfs-quota", SelectionPolicies.FirstComeFirstServed(), SelectionPolicies.RoleQuota(StakeholderRole.Consumer, 0, 1)).Value;
        var result = SelectionPolicies.Run(policy, Context(people, capacity: 2)).Value;
        Assert.Equal(SelectionReasonCodes.QuotaMaximum, result.Find("b")!.Reasons[0].Code);
        Assert.Equal(SelectionOutcomeKind.Selected, KindOf(result, "c"));
    }

    [Fact]
    public void QuotaMinimums_AboveCapacity_FailWithCode()
    {
        var policy = SelectionPolicies.Combine(
            "two-quotas",
            SelectionPolicies.RoleQuota(StakeholderRole.Consumer, 2, 3),
            SelectionPolicies.RoleQuota(StakeholderRole.ToolCreator, 2, 3)).Value;
        var result = SelectionPolicies.Run(policy, Context([Person("a")], capacity: 3));
        var error = Assert.Single(result.SummitErrors());
        Assert.Equal(ErrorCodes.Selection.QuotaMinimumsExceedCapacity, error.Code);
        Assert.Equal("4", error.GetMetadataText("needed"));
    }

    [Fact]
    public void CapPerOrganization_SecondFromSameOrg_SkippedIgnoringCase()
    {
        var people = new[] { Person("a", 0, org: "PSF"), Person("b", 1, org: "psf"), Person("c", 2, org: "Astral") };
        var policy = SelectionPolicies.Combine("fcfs-cap", SelectionPolicies.FirstComeFirstServed(), SelectionPolicies.CapPerOrganization(1)).Value;
        var result = SelectionPolicies.Run(policy, Context(people, capacity: 3)).Value;
        Assert.Equal(SelectionReasonCodes.Cap, result.Find("b")!.Reasons[0].Code);
        Assert.Equal(SelectionOutcomeKind.Selected, KindOf(result, "c"));
    }

    [Fact]
    public void CapPerProject_StandbyCountsTowardsCap()
    {
        var people = new[]
        {
            Person("a", 0) with { Projects = ["pip"] },
            Person("b", 1) with { Projects = ["pip"] },
            Person("c", 2) with { Projects = ["pip"] },
        };
        var policy = SelectionPolicies.Combine("fcfs-cap", SelectionPolicies.FirstComeFirstServed(), SelectionPolicies.CapPerProject(2)).Value;
        var result = SelectionPolicies.Run(policy, Context(people, capacity: 1, standby: 2)).Value;
        Assert.Equal(1, result.Find("b")!.StandbyRank);
        Assert.Equal(SelectionReasonCodes.Cap, result.Find("c")!.Reasons[0].Code);
    }

    [Fact]
    public void Lottery_SameSeed_SameResult_DifferentSeed_CanDiffer()
    {
        var people = Enumerable.Range(0, 30).Select(i => Person("p" + i)).ToArray();
        var lottery = SelectionPolicies.Lottery<Registration>();
        var one = SelectionPolicies.Run(lottery, Context(people, 5, seed: "x")).Value.Selected.Select(o => o.Id).ToArray();
        var two = SelectionPolicies.Run(lottery, Context(people.Reverse(), 5, seed: "x")).Value.Selected.Select(o => o.Id).Order().ToArray();
        var other = SelectionPolicies.Run(lottery, Context(people, 5, seed: "y")).Value.Selected.Select(o => o.Id).ToArray();
        Assert.Equal(one.Order(), two);
        Assert.NotEqual(one.Order(), other.Order());
    }

    [Fact]
    public void Lottery_Rfc3797Source_DrawsOverPoolInOrdinalIdOrder()
    {
        // RFC 3797 section 6 key: the first draw from 25 is entry 17, i.e. the 17th identifier in ordinal order.
        var people = Enumerable.Range(1, 25).Select(i => Person("v" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var source = RandomSources.Rfc3797Key("9319./2.5.8.10.12./9.18.26.34.41.45./").Value;
        var context = SelectionContext.ForRegistrations(people, 1, 2, At, source).Value;
        var result = SelectionPolicies.Run(SelectionPolicies.Lottery<Registration>(), context).Value;
        Assert.Equal("v17", Assert.Single(result.Selected).Id);
        Assert.Equal(["v07", "v02"], result.Standby.Select(o => o.Id));
    }

    [Fact]
    public void DefaultSummit_FiltersLateAndRanksTiers()
    {
        var closes = Start + Duration.FromMinutes(100);
        var people = new[]
        {
            Person("late-active", 200, active: true),
            Person("active", 50, active: true),
            Person("creator", 10, roles: StakeholderRole.ToolCreator),
            Person("user", 0),
            Person("observer", 0, active: true, attendance: AttendanceKind.Observer),
        };
        var policy = SelectionPolicies.DefaultSummit(new DefaultSummitPolicyOptions { RegistrationClosesAt = closes }).Value;
        var result = SelectionPolicies.Run(policy, Context(people, capacity: 2, standby: 2)).Value;
        Assert.Equal(SelectionReasonCodes.RegisteredLate, result.Find("late-active")!.Reasons[0].Code);
        Assert.Equal(["active", "creator"], result.Selected.Select(o => o.Id));
        Assert.Equal(["user", "observer"], result.Standby.Select(o => o.Id));
    }

    [Fact]
    public void DefaultSummit_InvalidQuota_FailsWithConfigurationCode()
    {
        var result = SelectionPolicies.DefaultSummit(new DefaultSummitPolicyOptions { RoleQuotas = [new RoleQuota(StakeholderRole.Consumer, 3, 1)] });
        Assert.Equal(ErrorCodes.Selection.PolicyConfigurationInvalid, Assert.Single(result.SummitErrors()).Code);
    }

    [Fact]
    public void Confirmed_LateApplicantAdded_ConfirmedKeepPlaces()
    {
        var people = Enumerable.Range(0, 10).Select(i => Person("p" + i, i)).ToList();
        var policy = SelectionPolicies.DefaultSummit().Value;
        var first = SelectionPolicies.Run(policy, Context(people, capacity: 4, standby: 2)).Value;
        var confirmed = first.Selected.Select(o => o.Id).ToArray();
        people.Add(Person("late-star", 500, active: true));
        var second = SelectionPolicies.Run(policy, Context(people, capacity: 5, standby: 2, confirmed: confirmed)).Value;
        Assert.All(confirmed, id => Assert.Equal(SelectionReasonCodes.Confirmed, second.Find(id)!.Reasons[0].Code));
        Assert.Equal(SelectionOutcomeKind.Selected, KindOf(second, "late-star"));
        Assert.Equal(5, second.Selected.Length);
    }

    [Fact]
    public void Filtered_AroundCustomPolicy_FiltersButKeepsConfirmed()
    {
        var custom = SelectionPolicy.Create<Registration>("by-id", ctx => ctx.Candidates.OrderBy(r => r.Id, StringComparer.Ordinal), isOrderIndependent: true);
        var filtered = SelectionPolicies.Filtered(custom, "no-a", "Ids starting with a are out.", r => r.Id.StartsWith('a'));
        var people = new[] { Person("a1"), Person("a2"), Person("b1") };
        var result = SelectionPolicies.Run(filtered, Context(people, capacity: 2, confirmed: ["a2"])).Value;
        Assert.Equal("no-a", result.Find("a1")!.Reasons[0].Code);
        Assert.Equal(SelectionReasonCodes.Confirmed, result.Find("a2")!.Reasons[0].Code);
        Assert.Equal(SelectionOutcomeKind.Selected, KindOf(result, "b1"));
        Assert.Equal(["a1", "a2", "b1"], result.Outcomes.Select(o => o.Id));
    }

    [Fact]
    public void Combine_CustomPolicy_FailsWithConfigurationCode()
    {
        var custom = SelectionPolicy.Create<Registration>("custom", ctx => ctx.Candidates);
        var result = SelectionPolicies.Combine("mix", SelectionPolicies.FirstComeFirstServed(), custom);
        Assert.Equal(ErrorCodes.Selection.PolicyConfigurationInvalid, Assert.Single(result.SummitErrors()).Code);
    }

    [Fact]
    public void Run_ThrowingPolicy_WrapsWithPolicyName()
    {
        var boom = SelectionPolicy.Create<Registration>("boom", _ => throw new InvalidOperationException("kaput"));
        var result = SelectionPolicies.Run(boom, Context([Person("a")], 1));
        var error = Assert.Single(result.SummitErrors());
        Assert.Equal(ErrorCodes.Selection.PolicyThrew, error.Code);
        Assert.Equal("boom", error.GetMetadataText("policy"));
        Assert.Contains("kaput", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ContractBreakingPolicy_FailsWithCode()
    {
        var greedy = new OverfullPolicy();
        var result = SelectionPolicies.Run(greedy, Context([Person("a"), Person("b")], 1));
        Assert.All(result.SummitErrors(), e => Assert.Equal(ErrorCodes.Selection.PolicyBrokeContract, e.Code));
        Assert.NotEmpty(result.SummitErrors());
    }

    [Fact]
    public void Lambda_RanksStranger_FailsWithCode()
    {
        var stranger = Person("zz");
        var policy = SelectionPolicy.Create<Registration>("stranger", _ => [stranger]);
        var result = SelectionPolicies.Run(policy, Context([Person("a")], 1));
        Assert.Equal(ErrorCodes.Selection.PolicyRankedUnknownCandidate, Assert.Single(result.SummitErrors()).Code);
    }

    [Fact]
    public void Lambda_OmittedCandidate_NotRanked()
    {
        var policy = SelectionPolicy.Create<Registration>("only-b", ctx => ctx.Candidates.Where(r => r.Id == "b"));
        var result = SelectionPolicies.Run(policy, Context([Person("a"), Person("b")], 2)).Value;
        Assert.Equal(SelectionReasonCodes.NotRanked, result.Find("a")!.Reasons[0].Code);
        Assert.Equal(SelectionOutcomeKind.Selected, KindOf(result, "b"));
    }

    [Fact]
    public void Builder_InvalidSettings_AllReportedAtBuild()
    {
        var result = new SelectionPolicyBuilder<Registration>("bad")
            .WithQuota("q", _ => true, -1, 2)
            .WithCap("cap", _ => [], 0)
            .ThenByTiers()
            .Build();
        Assert.Equal(3, result.Errors.Count);
        Assert.All(result.SummitErrors(), e => Assert.Equal(ErrorCodes.Selection.PolicyConfigurationInvalid, e.Code));
    }

    [Fact]
    public void Builder_AfterBuild_RefusesChanges()
    {
        var builder = new SelectionPolicyBuilder<Registration>("once");
        builder.Build();
        Assert.Throws<InvalidOperationException>(() => builder.ThenByLottery());
    }

    [Fact]
    public void RoleQuota_NegativeMinimumInCode_IsProgrammerError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SelectionPolicies.RoleQuota(StakeholderRole.Consumer, -1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => SelectionPolicies.CapPerProject(0));
    }

    private sealed class OverfullPolicy : ISelectionPolicy<Registration>
    {
        public string Name => "overfull";

        public bool IsOrderIndependent => true;

        public Result<SelectionResult<Registration>> Select(SelectionContext<Registration> context) =>
            SelectionResult.Create(context, Name, context.Candidates.Select((c, i) =>
                new CandidateOutcome<Registration>(c, context.Ids[i], SelectionOutcomeKind.Selected, null, [new SelectionReason("seat", "in")])));
    }
}
