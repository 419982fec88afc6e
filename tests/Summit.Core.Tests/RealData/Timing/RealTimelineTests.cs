using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using FluentResults;
using Summit.Core.Timing;

namespace Summit.Core.Tests.RealData.Timing;

/// <summary>
/// The real Python Packaging Summit timelines 2020–2026.
/// Source: ../shared/data/summits/packaging-summits.md, section 3 (PyCon/pycon-archive event pages, discuss.python.org).
/// </summary>
public sealed class RealTimelineTests
{
    private static readonly Dictionary<int, Milestone[]> Years = new()
    {
        [2020] =
        [
            Milestone.StartOfDayAnywhereOnEarth(MilestoneKind.RegistrationOpens, new LocalDate(2020, 2, 17)),
            Milestone.StartOfDayAnywhereOnEarth(MilestoneKind.ProposalsOpen, new LocalDate(2020, 2, 17)),
            Aoe(MilestoneKind.RegistrationCloses, 2020, 3, 7),
            Aoe(MilestoneKind.ProposalsClose, 2020, 3, 7),
            Milestone.StartOfDayAnywhereOnEarth(MilestoneKind.VotingOpens, new LocalDate(2020, 3, 9)),
            Aoe(MilestoneKind.ConfirmationsSent, 2020, 3, 15),
            Aoe(MilestoneKind.VotingCloses, 2020, 3, 30),
            Milestone.Approximate(MilestoneKind.AgendaPublished, new ApproximateDate(new LocalDate(2020, 4, 1), new LocalDate(2020, 4, 10), "Early April 2020")),
            Milestone.Exact(MilestoneKind.SummitStarts, Instant.FromUtc(2020, 4, 16, 13, 30)),
            Milestone.Exact(MilestoneKind.SummitEnds, Instant.FromUtc(2020, 4, 16, 22, 0)),
        ],
        [2022] =
        [
            Aoe(MilestoneKind.RegistrationCloses, 2022, 3, 31),
            Aoe(MilestoneKind.ProposalsClose, 2022, 4, 16),
            Milestone.Exact(MilestoneKind.SummitStarts, Instant.FromUtc(2022, 4, 29, 19, 45)),
            Milestone.Exact(MilestoneKind.SummitEnds, Instant.FromUtc(2022, 4, 29, 23, 15)),
        ],
        [2023] =
        [
            Aoe(MilestoneKind.RegistrationCloses, 2023, 4, 1),
            Aoe(MilestoneKind.ProposalsClose, 2023, 4, 10),
            Milestone.Exact(MilestoneKind.SummitStarts, Instant.FromUtc(2023, 4, 21, 16, 30)),
            Milestone.Exact(MilestoneKind.SummitEnds, Instant.FromUtc(2023, 4, 23, 21, 0)),
        ],
        [2024] =
        [
            Aoe(MilestoneKind.RegistrationCloses, 2024, 4, 1),
            Milestone.Approximate(MilestoneKind.ConfirmationsSent, ApproximateDate.OnOrAbout(new LocalDate(2024, 4, 5), "on or about Friday April 5")),
            Aoe(MilestoneKind.ProposalsClose, 2024, 5, 1),
            Milestone.Exact(MilestoneKind.SummitStarts, Instant.FromUtc(2024, 5, 18, 17, 45)),
            Milestone.Exact(MilestoneKind.SummitEnds, Instant.FromUtc(2024, 5, 18, 21, 45)),
        ],
        [2025] =
        [
            Aoe(MilestoneKind.RegistrationCloses, 2025, 4, 30),
            Aoe(MilestoneKind.ProposalsClose, 2025, 4, 30),
            Milestone.Exact(MilestoneKind.SummitStarts, Instant.FromUtc(2025, 5, 17, 17, 45)),
            Milestone.Exact(MilestoneKind.SummitEnds, Instant.FromUtc(2025, 5, 17, 21, 45)),
        ],
        [2026] =
        [
            Aoe(MilestoneKind.RegistrationCloses, 2026, 4, 30),
            Aoe(MilestoneKind.ProposalsClose, 2026, 4, 30),
            Milestone.Approximate(MilestoneKind.AgendaPublished, ApproximateDate.OnOrAbout(new LocalDate(2026, 5, 4), "around May 4")),
            Milestone.Exact(MilestoneKind.SummitStarts, Instant.FromUtc(2026, 5, 15, 20, 45)),
            Milestone.Exact(MilestoneKind.SummitEnds, Instant.FromUtc(2026, 5, 16, 0, 45)),
        ],
    };

    private static readonly (MilestoneKind Opens, MilestoneKind Closes)[] Pairs =
    [
        (MilestoneKind.RegistrationOpens, MilestoneKind.RegistrationCloses),
        (MilestoneKind.ProposalsOpen, MilestoneKind.ProposalsClose),
        (MilestoneKind.VotingOpens, MilestoneKind.VotingCloses),
        (MilestoneKind.SummitStarts, MilestoneKind.SummitEnds),
    ];

    [Fact]
    public void EveryRealTimeline_Validates()
    {
        foreach (var (year, milestones) in Years)
        {
            var result = Timeline.Create(milestones);
            Assert.True(result.IsSuccess, $"{year}: {result}");
        }
    }

    [Theory]
    [InlineData(2020, 2020, 3, 8, 12)]
    [InlineData(2022, 2022, 4, 1, 12)]
    [InlineData(2023, 2023, 4, 2, 12)]
    [InlineData(2024, 2024, 4, 2, 12)]
    [InlineData(2025, 2025, 5, 1, 12)]
    [InlineData(2026, 2026, 5, 1, 12)]
    public void RegistrationClose_MatchesPublishedExclusiveEnd(int year, int y, int m, int d, int h) =>
        Assert.Equal(Instant.FromUtc(y, m, d, h, 0), Years[year].Single(x => x.Kind == MilestoneKind.RegistrationCloses).At);

    /// <summary>Every (year, open/close pair) whose two milestones are exact in that year.</summary>
    public static class SwapCases
    {
        public static IReadOnlyList<SwapCase> All { get; } = [.. Years.SelectMany(kv => Pairs
            .Where(p => kv.Value.Any(m => m.Kind == p.Opens && !m.IsApproximate) && kv.Value.Any(m => m.Kind == p.Closes && !m.IsApproximate))
            .Select(p => new SwapCase(kv.Key, p.Opens, p.Closes)))];

        public static Arbitrary<SwapCase> Cases { get; } = Arb.From(Gen.Elements<SwapCase>(All));
    }

    /// <summary>A year and the window whose opening and closing milestones are swapped.</summary>
    public sealed record SwapCase(int Year, MilestoneKind Opens, MilestoneKind Closes);

    [Fact]
    public void SwapCases_CoverAtLeastNineWindows() => Assert.True(SwapCases.All.Count >= 9);

    [SummitProperty(Arbitrary = [typeof(SwapCases)], Runs = 100)]
    public bool SwappingAnyOpenClosePair_FailsWithWindowInverted(SwapCase c)
    {
        var milestones = Years[c.Year];
        var opens = milestones.Single(m => m.Kind == c.Opens).At!.Value;
        var closes = milestones.Single(m => m.Kind == c.Closes).At!.Value;
        var swapped = milestones.Select(m =>
            m.Kind == c.Opens ? Milestone.Exact(m.Kind, closes)
            : m.Kind == c.Closes ? Milestone.Exact(m.Kind, opens)
            : m);
        var result = Timeline.Create(swapped);
        return result.IsFailed && result.Codes().Contains(ErrorCodes.Timing.WindowInverted);
    }

    [Fact]
    public void Summit2026_RollsOverTheUtcDate_ButIsOneLocalDay()
    {
        var la = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
        var start = Years[2026].Single(m => m.Kind == MilestoneKind.SummitStarts).At!.Value;
        var end = Years[2026].Single(m => m.Kind == MilestoneKind.SummitEnds).At!.Value;
        Assert.NotEqual(start.InUtc().Date, end.InUtc().Date);
        Assert.Equal(start.InZone(la).Date, end.InZone(la).Date);
    }

    [Fact]
    public void SaltLake2022_WallTimePlusZone_Gives1945Z_NotTheFixedOffsetMistake()
    {
        var denver = DateTimeZoneProviders.Tzdb["America/Denver"];
        var right = new LocalDateTime(2022, 4, 29, 13, 45).InZoneStrictly(denver).ToInstant();
        var wrong = new LocalDateTime(2022, 4, 29, 13, 45).WithOffset(Offset.FromHours(-7)).ToInstant();
        Assert.Equal(Instant.FromUtc(2022, 4, 29, 19, 45), right);
        Assert.NotEqual(right, wrong);
    }

    private static Milestone Aoe(MilestoneKind kind, int y, int m, int d) =>
        Milestone.AtDeadline(kind, Deadline.EndOfDayAnywhereOnEarth(new LocalDate(y, m, d)));
}
