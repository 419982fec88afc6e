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

    /// <summary>A selection context and how many of the selected decline, one after another.</summary>
    public sealed record DeclineCase(SelectionContext<Registration> Context, int Declines);

    /// <summary>Contexts of up to 20 registrations with 0 to 6 declines (no shrinking).</summary>
    public static class Declines
    {
        public static Arbitrary<DeclineCase> Cases { get; } = Arb.From(
            from context in SelectionGenerators.RegistrationContexts(20)
            from declines in Gen.Choose(0, 6)
            select new DeclineCase(context, declines));
    }

    [SummitProperty(Arbitrary = [typeof(Declines)], Runs = 100)]
    public bool Standby_DeclineSequence_NeverExceedsCapacityAndKeepsRanksDense(DeclineCase c)
    {
        var policy = SelectionPolicies.DefaultSummit(new DefaultSummitPolicyOptions { MaximumPerProject = 2 }).Value;
        var result = SelectionPolicies.Run(policy, c.Context).Value;
        for (var i = 0; i < c.Declines && result.Selected.Length > 0; i++)
        {
            result = result.Decline(result.Selected[0].Id, c.Context.At).Value;
            var ranks = result.Standby.Select(o => o.StandbyRank!.Value).ToArray();
            if (result.FreePlaces < 0 || !ranks.SequenceEqual(Enumerable.Range(1, ranks.Length)) || (ranks.Length > 0 && result.FreePlaces > 0))
            {
                return false;
            }
        }

        return true;
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

    /// <summary>Draw <c>K</c> of <c>N</c> with the seed <c>Seed</c>.</summary>
    public sealed record DrawCase(int N, int K, int Seed)
    {
        /// <summary>Cases of <c>minN</c> to <c>maxN</c> items, <c>0 &lt;= K &lt;= N</c>, seeds 0 to 1000.</summary>
        public static Arbitrary<DrawCase> Between(int minN, int maxN) => Arb.From(
            from n in Gen.Choose(minN, maxN) from k in Gen.Choose(0, n) from seed in Gen.Choose(0, 1000) select new DrawCase(n, k, seed),
            c => Shrink(c, minN));

        /// <summary>Smaller cases: seed 0, then fewer items (keeping <c>K &lt;= N</c>), then fewer drawn.</summary>
        private static IEnumerable<DrawCase> Shrink(DrawCase c, int minN)
        {
            if (c.Seed != 0)
            {
                yield return c with { Seed = 0 };
            }

            foreach (var n in new[] { minN, c.N / 2, c.N - 1 }.Where(n => n >= minN && n < c.N).Distinct())
            {
                yield return c with { N = n, K = Math.Min(c.K, n) };
            }

            foreach (var k in new[] { 0, c.K / 2, c.K - 1 }.Where(k => k >= 0 && k < c.K).Distinct())
            {
                yield return c with { K = k };
            }
        }
    }

    /// <summary>Up to 200 items.</summary>
    public static class Draws200
    {
        public static Arbitrary<DrawCase> Cases { get; } = DrawCase.Between(0, 200);
    }

    /// <summary>Up to 300 items.</summary>
    public static class Draws300
    {
        public static Arbitrary<DrawCase> Cases { get; } = DrawCase.Between(0, 300);
    }

    /// <summary>1 to 120 items.</summary>
    public static class Draws1To120
    {
        public static Arbitrary<DrawCase> Cases { get; } = DrawCase.Between(1, 120);
    }

    [SummitProperty(Arbitrary = [typeof(Draws200)], Runs = 100)]
    public bool SeededSource_Draw_IsPrefixStablePermutation(DrawCase c)
    {
        var source = RandomSources.Seeded(c.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var all = source.Draw(c.N, c.N).Value;
        var some = source.Draw(c.N, c.K).Value;
        return all.Take(c.K).SequenceEqual(some) && all.Order().SequenceEqual(Enumerable.Range(0, c.N));
    }

    [SummitProperty(Arbitrary = [typeof(Draws300)], Runs = 100)]
    public bool Rfc3797_Draw_IsPrefixStablePermutation(DrawCase c)
    {
        var key = c.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture) + "./";
        var all = Rfc3797.Select(key, c.N, c.N).Value;
        var some = Rfc3797.Select(key, c.N, c.K).Value;
        return all.Take(c.K).SequenceEqual(some) && all.Order().SequenceEqual(Enumerable.Range(1, c.N));
    }

    [SummitProperty(Arbitrary = [typeof(Draws1To120)], Runs = 100)]
    public bool Rfc3797_FenwickPool_MatchesNaiveListRemoval(DrawCase c)
    {
        var key = "7." + c.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture) + "./";
        var fast = Rfc3797.Select(key, c.N, c.K).Value;
        return fast.SequenceEqual(NaiveRfc3797(key, c.N, c.K));
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
