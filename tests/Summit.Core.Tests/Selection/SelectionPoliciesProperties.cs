using FsCheck;
using FsCheck.Fluent;
using Summit.Core.Selection;
using Summit.Core.Summits;
using Summit.Core.Testing.Selection;

namespace Summit.Core.Tests.Selection;

public sealed class SelectionPoliciesProperties
{
    public static TheoryData<string> BuiltIns => new(Policies.Keys.Order(StringComparer.Ordinal));

    private static readonly Dictionary<string, Func<ISelectionPolicy<Registration>>> Policies = new(StringComparer.Ordinal)
    {
        ["fcfs"] = SelectionPolicies.FirstComeFirstServed,
        ["tiers"] = SelectionPolicies.SummitTiers,
        ["lottery"] = SelectionPolicies.Lottery<Registration>,
        ["registered-before"] = () => SelectionPolicies.RegisteredBefore(NodaTime.Instant.FromUtc(2024, 3, 10, 0, 0)),
        ["participants-only"] = SelectionPolicies.ParticipantsOnly,
        ["observers-last"] = SelectionPolicies.ObserversLast,
        ["role-quota"] = () => SelectionPolicies.RoleQuota(StakeholderRole.ToolCreator, 1, 3),
        ["cap-project"] = () => SelectionPolicies.CapPerProject(1),
        ["cap-organization"] = () => SelectionPolicies.CapPerOrganization(2),
        ["default"] = () => SelectionPolicies.DefaultSummit().Value,
        ["default-everything"] = () => SelectionPolicies.DefaultSummit(new DefaultSummitPolicyOptions
        {
            RegistrationClosesAt = NodaTime.Instant.FromUtc(2024, 3, 2, 0, 0),
            Observers = ObserverHandling.Exclude,
            TieBreak = SummitTieBreak.FirstComeThenLottery,
            MaximumPerProject = 2,
            MaximumPerOrganization = 3,
            RoleQuotas = [new RoleQuota(StakeholderRole.DownstreamDistributor, 1, 2), new RoleQuota(StakeholderRole.Consumer, 0, 2)],
        }).Value,
        ["five-quotas"] = () => SelectionPolicies.Combine(
            "five-quotas",
            SelectionPolicies.SummitTiers(),
            SelectionPolicies.Lottery<Registration>(),
            SelectionPolicies.RoleQuota(StakeholderRole.ToolCreator, 1, 4),
            SelectionPolicies.RoleQuota(StakeholderRole.LibraryMaintainer, 1, 4),
            SelectionPolicies.RoleQuota(StakeholderRole.ApplicationDeveloper, 0, 3),
            SelectionPolicies.RoleQuota(StakeholderRole.DownstreamDistributor, 0, 2),
            SelectionPolicies.RoleQuota(StakeholderRole.Consumer, 0, 2)).Value,
        ["filtered-lambda"] = () => SelectionPolicies.Filtered(
            SelectionPolicy.Create<Registration>("by-time", ctx => ctx.Candidates.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id, StringComparer.Ordinal), isOrderIndependent: true),
            "observer-only",
            "Observers are out.",
            r => r.Attendance == AttendanceKind.Observer),
    };

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void Conformance_BuiltInOrCombination_KeepsContract(string name)
    {
        SelectionConformance.Check(Policies[name](), new ConformanceOptions { Cases = 60, MaxCandidates = 25 });
    }

    [Fact]
    public void Standby_DeclineSequence_NeverExceedsCapacityAndKeepsRanksDense()
    {
        var policy = SelectionPolicies.DefaultSummit(new DefaultSummitPolicyOptions { MaximumPerProject = 2 }).Value;
        var cases = from context in SelectionGenerators.RegistrationContexts(20)
                    from declines in Gen.Choose(0, 6)
                    select (context, declines);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var result = SelectionPolicies.Run(policy, c.context).Value;
            for (var i = 0; i < c.declines && result.Selected.Length > 0; i++)
            {
                result = result.Decline(result.Selected[0].Id, c.context.At).Value;
                var ranks = result.Standby.Select(o => o.StandbyRank!.Value).ToArray();
                if (result.FreePlaces < 0 || !ranks.SequenceEqual(Enumerable.Range(1, ranks.Length)) || (ranks.Length > 0 && result.FreePlaces > 0))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>Selection contexts of up to 20 registrations.</summary>
    public static class Contexts20
    {
        public static Arbitrary<SelectionContext<Registration>> Contexts { get; } = Arb.From(SelectionGenerators.RegistrationContexts(20), SelectionArbitraries.ShrinkContext);
    }

    [SummitProperty(Arbitrary = [typeof(Contexts20)])]
    public bool Confirmed_AddingLateApplicant_NeverUnseatsConfirmed(SelectionContext<Registration> context)
    {
        var policy = SelectionPolicies.DefaultSummit().Value;
        var first = SelectionPolicies.Run(policy, context).Value;
        var confirmed = first.Selected.Select(o => o.Id).ToArray();
        var late = new Registration("zz-late", "Late", context.At) { IsActiveToolContributor = true };
        var again = SelectionContext.ForRegistrations(context.Candidates.Add(late), context.Capacity, context.StandbyPlaces, context.At, context.Random, confirmed).Value;
        var second = SelectionPolicies.Run(policy, again).Value;
        return confirmed.All(id => second.Find(id)!.Kind == SelectionOutcomeKind.Selected);
    }

    [Fact]
    public void SeededSource_Draw_IsPrefixStablePermutation()
    {
        var cases = from n in Gen.Choose(0, 200) from k in Gen.Choose(0, n) from seed in Gen.Choose(0, 1000) select (n, k, seed);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var source = RandomSources.Seeded(c.seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var all = source.Draw(c.n, c.n).Value;
            var some = source.Draw(c.n, c.k).Value;
            return all.Take(c.k).SequenceEqual(some) && all.Order().SequenceEqual(Enumerable.Range(0, c.n));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Rfc3797_Draw_IsPrefixStablePermutation()
    {
        var cases = from n in Gen.Choose(0, 300) from k in Gen.Choose(0, n) from seed in Gen.Choose(0, 1000) select (n, k, seed);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var key = c.seed.ToString(System.Globalization.CultureInfo.InvariantCulture) + "./";
            var all = Rfc3797.Select(key, c.n, c.n).Value;
            var some = Rfc3797.Select(key, c.n, c.k).Value;
            return all.Take(c.k).SequenceEqual(some) && all.Order().SequenceEqual(Enumerable.Range(1, c.n));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Rfc3797_FenwickPool_MatchesNaiveListRemoval()
    {
        var cases = from n in Gen.Choose(1, 120) from k in Gen.Choose(0, n) from seed in Gen.Choose(0, 1000) select (n, k, seed);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var key = "7." + c.seed.ToString(System.Globalization.CultureInfo.InvariantCulture) + "./";
            var fast = Rfc3797.Select(key, c.n, c.k).Value;
            return fast.SequenceEqual(NaiveRfc3797(key, c.n, c.k));
        }).QuickCheckThrowOnFailure();
    }

    // A direct transcription of RFC 3797 section 4 with List.RemoveAt, as an oracle for the Fenwick-tree version.
    private static List<int> NaiveRfc3797(string key, int n, int k)
    {
        var remaining = Enumerable.Range(1, n).ToList();
        var selected = new List<int>();
        var keyBytes = System.Text.Encoding.ASCII.GetBytes(key);
        for (var i = 0; i < k; i++)
        {
            var buffer = new byte[keyBytes.Length + 4];
            buffer[0] = (byte)(i >> 8);
            buffer[1] = (byte)i;
            keyBytes.CopyTo(buffer, 2);
            buffer[^2] = (byte)(i >> 8);
            buffer[^1] = (byte)i;
#pragma warning disable CA5351 // RFC 3797 specifies MD5.
            var digest = System.Security.Cryptography.MD5.HashData(buffer);
#pragma warning restore CA5351
            var value = new System.Numerics.BigInteger(digest, isUnsigned: true, isBigEndian: true);
            var index = (int)(value % remaining.Count);
            selected.Add(remaining[index]);
            remaining.RemoveAt(index);
        }

        return selected;
    }
}
