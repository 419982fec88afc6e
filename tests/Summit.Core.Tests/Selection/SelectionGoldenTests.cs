using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using Summit.Core.Selection;
using Summit.Core.Summits;
using static Summit.Core.Tests.Selection.SelectionTestData;

namespace Summit.Core.Tests.Selection;

/// <summary>
/// Pins complete selections (every outcome, standby rank, reason code and reason text) and seeded draws, so that
/// performance work on the pipeline provably changes nothing a user can see.
/// </summary>
public sealed class SelectionGoldenTests
{
    private static readonly StakeholderRole[] Roles = Enum.GetValues<StakeholderRole>();

    private static readonly string[] Projects = ["pip", "setuptools", "uv", "conda", "hatch", "poetry", "pdm", "flit"];

    private static readonly string[] Organizations = ["PSF", "psf", "Anaconda", "Astral", "Red Hat", " red hat "];

    [Fact]
    public void Seeded_Draw_IsPinned()
    {
        Assert.Equal([46, 37, 30, 29, 4, 19, 21, 34, 7, 22], RandomSources.Seeded("pycon").Draw(50, 10).Value.ToArray());
        Assert.Equal("436A2F48F943249B", Sha(string.Join(",", RandomSources.Seeded("benchmark").Draw(100_000, 100_000).Value)));
        Assert.Equal("26AE6AD86092B011", Sha(string.Join(",", RandomSources.Seeded("x").Draw(7, 3).Value)));
    }

    [Fact]
    public void DefaultSummit_SmallSelection_FullTranscriptIsPinned()
    {
        var context = SelectionContext.ForRegistrations(Applicants(24), 6, 3, At, RandomSources.Seeded("golden"), ["g0005"]).Value;
        var policy = SelectionPolicies.DefaultSummit(new DefaultSummitPolicyOptions
        {
            RegistrationClosesAt = Start + Duration.FromMinutes(21),
            MaximumPerProject = 3,
            MaximumPerOrganization = 2,
            RoleQuotas = [new RoleQuota(StakeholderRole.LibraryMaintainer, 1, 2), new RoleQuota(StakeholderRole.Consumer, 0, 1)],
        }).Value;

        var transcript = Transcript(SelectionPolicies.Run(policy, context).Value);

        Assert.Equal(
            """
            g0000 Standby 3: standby Standby rank 3 in rank order. | rank Ranked 18 of 20 eligible: observer (after participants); tier 1 (active tool contributors); lottery draw 14.
            g0001 NotSelected: quota-maximum Quota 'library maintainers' already has its maximum of 2. | rank Ranked 6 of 20 eligible: participant; tier 2 (tool creators and maintainers); lottery draw 13.
            g0002 Selected: seat Took a place in rank order. | rank Ranked 8 of 20 eligible: participant; tier 2 (tool creators and maintainers); lottery draw 19.
            g0003 NotSelected: quota-maximum Quota 'library maintainers' already has its maximum of 2. | rank Ranked 12 of 20 eligible: participant; tier 3 (everyone); lottery draw 7.
            g0004 NotSelected: quota-maximum Quota 'library maintainers' already has its maximum of 2. | rank Ranked 16 of 20 eligible: participant; tier 3 (everyone); lottery draw 18.
            g0005 Selected: confirmed Already confirmed before this selection; kept.
            g0006 NotSelected: quota-maximum Quota 'library maintainers' already has its maximum of 2. | rank Ranked 10 of 20 eligible: participant; tier 3 (everyone); lottery draw 2.
            g0007 Selected: seat Took a place in rank order. | rank Ranked 13 of 20 eligible: participant; tier 3 (everyone); lottery draw 11.
            g0008 Standby 1: standby Standby rank 1 in rank order. | rank Ranked 14 of 20 eligible: participant; tier 3 (everyone); lottery draw 15.
            g0009 NotSelected: below-standby Ranked below the last place and the last standby place. | rank Ranked 19 of 20 eligible: observer (after participants); tier 3 (everyone); lottery draw 6.
            g0010 NotSelected: cap 'Red Hat' already has the cap per organization of 2. | rank Ranked 4 of 20 eligible: participant; tier 2 (tool creators and maintainers); lottery draw 9.
            g0011 Selected: seat Took a place in rank order. | rank Ranked 1 of 20 eligible: participant; tier 1 (active tool contributors); lottery draw 4.
            g0012 NotSelected: quota-maximum Quota 'consumers' already has its maximum of 1. | rank Ranked 15 of 20 eligible: participant; tier 3 (everyone); lottery draw 16.
            g0013 Standby 2: standby Standby rank 2 in rank order. | rank Ranked 17 of 20 eligible: participant; tier 3 (everyone); lottery draw 20.
            g0014 Selected: seat Took a place in rank order. | rank Ranked 11 of 20 eligible: participant; tier 3 (everyone); lottery draw 5.
            g0015 Selected: seat Took a place in rank order. | rank Ranked 7 of 20 eligible: participant; tier 2 (tool creators and maintainers); lottery draw 17.
            g0016 NotSelected: quota-maximum Quota 'library maintainers' already has its maximum of 2. | rank Ranked 2 of 20 eligible: participant; tier 2 (tool creators and maintainers); lottery draw 3.
            g0017 NotSelected: cap 'red hat' already has the cap per organization of 2. | rank Ranked 5 of 20 eligible: participant; tier 2 (tool creators and maintainers); lottery draw 10.
            g0018 NotSelected: below-standby Ranked below the last place and the last standby place. | rank Ranked 20 of 20 eligible: observer (after participants); tier 3 (everyone); lottery draw 12.
            g0019 NotSelected: quota-maximum Quota 'library maintainers' already has its maximum of 2. | rank Ranked 9 of 20 eligible: participant; tier 3 (everyone); lottery draw 1.
            g0020 NotSelected: quota-maximum Quota 'library maintainers' already has its maximum of 2. | rank Ranked 3 of 20 eligible: participant; tier 2 (tool creators and maintainers); lottery draw 8.
            g0021 NotSelected: registered-late Registered at or after the deadline 2024-03-01T00:21:00Z.
            g0022 NotSelected: registered-late Registered at or after the deadline 2024-03-01T00:21:00Z.
            g0023 NotSelected: registered-late Registered at or after the deadline 2024-03-01T00:21:00Z.
            """.ReplaceLineEndings("\n"),
            transcript);
    }

    [Theory]
    [InlineData(SummitTieBreak.Lottery, ObserverHandling.Last, "0F3E05940FD289D5")]
    [InlineData(SummitTieBreak.FirstComeThenLottery, ObserverHandling.Last, "BF800B66FA39A3DC")]
    [InlineData(SummitTieBreak.Lottery, ObserverHandling.Exclude, "9CFF3E0D9237E09E")]
    public void DefaultSummit_LargeSelection_TranscriptHashIsPinned(SummitTieBreak tieBreak, ObserverHandling observers, string expected)
    {
        var people = Applicants(5_000);
        var confirmed = new[] { "g0042", "g4999", "g1234" };
        var context = SelectionContext.ForRegistrations(people.Reverse(), 120, 30, At, RandomSources.Seeded("golden-large"), confirmed).Value;
        var policy = SelectionPolicies.DefaultSummit(new DefaultSummitPolicyOptions
        {
            RegistrationClosesAt = Start + Duration.FromMinutes(4_800),
            TieBreak = tieBreak,
            Observers = observers,
            MaximumPerProject = 25,
            MaximumPerOrganization = 30,
            RoleQuotas =
            [
                new RoleQuota(StakeholderRole.ToolCreator, 10, 40),
                new RoleQuota(StakeholderRole.LibraryMaintainer, 10, 40),
                new RoleQuota(StakeholderRole.ApplicationDeveloper, 5, 30),
                new RoleQuota(StakeholderRole.DownstreamDistributor, 5, 20),
                new RoleQuota(StakeholderRole.Consumer, 2, 20),
            ],
        }).Value;

        var result = SelectionPolicies.Run(policy, context).Value;

        Assert.Equal(expected, Sha(Transcript(result)));
    }

    [Fact]
    public void Lottery_ReadingReasonsOutOfOrder_GivesTheSameText()
    {
        var people = Applicants(300);
        var policy = SelectionPolicies.Lottery<Registration>();
        var first = policy.Select(Context(people, 10, 5)).Value;
        var second = policy.Select(Context(people, 10, 5)).Value;

        // Read the second result's reasons backwards (below-standby positions first), the first forwards.
        var backwards = second.Outcomes.Reverse().Select(o => o.Reasons.Select(r => r.Message).ToArray()).Reverse().ToArray();
        Assert.Equal(Transcript(first), Transcript(second));
        Assert.Equal(first.Outcomes.Select(o => o.Reasons.Select(r => r.Message).ToArray()), backwards);
    }

    private static Registration[] Applicants(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => new Registration("g" + i.ToString("D4", CultureInfo.InvariantCulture), "Person " + i.ToString(CultureInfo.InvariantCulture), Start + Duration.FromMinutes(i % 5_000))
        {
            Roles = i % 13 == 0 ? [] : [Roles[i % Roles.Length], Roles[(i / 3) % Roles.Length]],
            Projects = i % 17 == 0 ? [] : [Projects[(i * 7) % Projects.Length], Projects[(i * 3) % Projects.Length]],
            Organization = i % 4 == 0 ? null : Organizations[i % Organizations.Length],
            IsActiveToolContributor = i % 11 == 0,
            Attendance = i % 9 == 0 ? AttendanceKind.Observer : AttendanceKind.Participant,
        }),
    ];

    private static string Transcript(SelectionResult<Registration> result) =>
        string.Join(
            "\n",
            result.Outcomes.Select(o =>
                $"{o.Id} {o.Kind}{(o.StandbyRank is { } rank ? " " + rank.ToString(CultureInfo.InvariantCulture) : string.Empty)}: "
                + string.Join(" | ", o.Reasons.Select(r => r.Code + " " + r.Message))));

    private static string Sha(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
