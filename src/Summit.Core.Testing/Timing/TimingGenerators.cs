using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Summit.Core.Timing;

namespace Summit.Core.Testing.Timing;

/// <summary>FsCheck generators (with shrinking) for dates, zones, instants, deadlines and valid timelines.</summary>
/// <remarks>Every generator is deterministic for a given FsCheck seed; zones come from the TZDB that NodaTime ships.</remarks>
public static class TimingGenerators
{
    private static readonly ImmutableArray<string> ZoneIds = [.. DateTimeZoneProviders.Tzdb.Ids];

    /// <summary>Gets dates between 1900-01-01 and 2199-12-31, shrinking towards 2024-01-01.</summary>
    public static Arbitrary<LocalDate> Dates { get; } = Arb.From(
        Gen.Choose(-45000, 64000).Select(d => new LocalDate(2024, 1, 1).PlusDays(d)),
        date => ShrinkDays(Period.Between(new LocalDate(2024, 1, 1), date, PeriodUnits.Days).Days)
            .Select(d => new LocalDate(2024, 1, 1).PlusDays(d)));

    /// <summary>Gets every IANA zone NodaTime knows, plus the AoE zone; shrinks towards UTC.</summary>
    public static Arbitrary<DateTimeZone> ZonesArbitrary { get; } = Arb.From(
        Gen.OneOf(
            Gen.Elements<string>(ZoneIds).Select(id => DateTimeZoneProviders.Tzdb[id]),
            Gen.Constant(AnywhereOnEarth.Zone)),
        zone => zone.Id == "UTC" ? [] : [DateTimeZone.Utc]);

    /// <summary>Gets instants between 1900 and 2200 with whole-second precision, shrinking towards 2024-01-01T00:00Z.</summary>
    public static Arbitrary<Instant> Instants { get; } = Arb.From(
        Gen.Choose(-45000, 64000).SelectMany(d => Gen.Choose(0, 86399), (d, s) => Origin + Duration.FromDays(d) + Duration.FromSeconds(s)),
        i => ShrinkDays((int)(i - Origin).TotalDays).Select(d => Origin + Duration.FromDays(d)));

    /// <summary>Gets deadlines of every kind: end of day AoE, end of day in a zone, local date-time in a zone (never in a DST gap).</summary>
    public static Arbitrary<Deadline> Deadlines { get; } = Arb.From(
        Gen.OneOf(
            Dates.Generator.Select(Deadline.EndOfDayAnywhereOnEarth),
            Dates.Generator.SelectMany(_ => ZonesArbitrary.Generator, Deadline.EndOfDayInZone),
            Dates.Generator
                .SelectMany(_ => Gen.Choose(0, (24 * 60) - 1), (date, minute) => date.AtMidnight().PlusMinutes(minute))
                .SelectMany(_ => ZonesArbitrary.Generator, (local, zone) => Deadline.AtLocal(local, zone))
                .Where(r => r.IsSuccess)
                .Select(r => r.Value)));

    /// <summary>
    /// Gets valid timelines shaped like the real summits: registration and proposal windows (closing in either order),
    /// optionally a vote after proposals close and confirmations, then a 2–8 hour summit.
    /// </summary>
    public static Arbitrary<Timeline> Timelines { get; } = Arb.From(TimelineGen());

    private static Instant Origin => Instant.FromUtc(2024, 1, 1, 0, 0);

    private static IEnumerable<int> ShrinkDays(int days)
    {
        if (days == 0)
        {
            yield break;
        }

        yield return 0;
        if (Math.Abs(days) > 1)
        {
            yield return days / 2;
        }
    }

    private static Gen<Timeline> TimelineGen() =>
        from registrationClose in Gen.Choose(20, 60)
        from proposalClose in Gen.Choose(10, 60)
        from windowDays in Gen.Choose(5, 40)
        from withVote in Gen.Elements(true, false)
        from summitDay in Dates.Generator
        from hours in Gen.Choose(2, 8)
        select Build(summitDay, registrationClose, proposalClose, windowDays, withVote, hours);

    private static Timeline Build(LocalDate summitDay, int registrationCloseDaysBefore, int proposalCloseDaysBefore, int windowDays, bool withVote, int hours)
    {
        var start = summitDay.At(new LocalTime(13, 45)).InZoneStrictly(DateTimeZone.Utc).ToInstant();
        var registrationClose = Deadline.EndOfDayAnywhereOnEarth(summitDay.PlusDays(-registrationCloseDaysBefore));
        var proposalClose = Deadline.EndOfDayAnywhereOnEarth(summitDay.PlusDays(-proposalCloseDaysBefore - (withVote ? 6 : 0)));
        var milestones = new List<Milestone>
        {
            Milestone.StartOfDayAnywhereOnEarth(MilestoneKind.RegistrationOpens, summitDay.PlusDays(-registrationCloseDaysBefore - windowDays)),
            Milestone.AtDeadline(MilestoneKind.RegistrationCloses, registrationClose),
            Milestone.StartOfDayAnywhereOnEarth(MilestoneKind.ProposalsOpen, summitDay.PlusDays(-proposalCloseDaysBefore - (withVote ? 6 : 0) - windowDays)),
            Milestone.AtDeadline(MilestoneKind.ProposalsClose, proposalClose),
            Milestone.Exact(MilestoneKind.SummitStarts, start),
            Milestone.Exact(MilestoneKind.SummitEnds, start + Duration.FromHours(hours)),
        };
        if (withVote)
        {
            var closeDate = proposalClose.Date!.Value;
            milestones.Add(Milestone.StartOfDayAnywhereOnEarth(MilestoneKind.VotingOpens, closeDate.PlusDays(2)));
            milestones.Add(Milestone.AtDeadline(MilestoneKind.VotingCloses, Deadline.EndOfDayAnywhereOnEarth(closeDate.PlusDays(4))));
        }

        return Timeline.Create(milestones).Value;
    }
}
