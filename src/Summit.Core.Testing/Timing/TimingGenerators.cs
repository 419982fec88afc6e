using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Summit.Core.Timing;

namespace Summit.Core.Testing.Timing;

/// <summary>FsCheck generators for dates, zones, instants, deadlines and valid timelines.</summary>
/// <remarks>
/// <para>Naming rule of this package: a <c>…Generators</c> class has static methods that return a <see cref="Gen{T}"/>
/// (no shrinking; compose them freely); the matching <c>…Arbitraries</c> class (<see cref="TimingArbitraries"/>) has static
/// properties that return an <see cref="Arbitrary{T}"/>, built from these generators plus a shrinker, ready for
/// <c>[Property(Arbitrary = [typeof(TimingArbitraries)])]</c>.</para>
/// <para>Every generator is deterministic for a given FsCheck seed; zones come from the TZDB that NodaTime ships.</para>
/// </remarks>
public static class TimingGenerators
{
    private static readonly ImmutableArray<string> ZoneIds = [.. DateTimeZoneProviders.Tzdb.Ids];

    /// <summary>Gets the date generated values cluster around and shrink towards: 2024-01-01.</summary>
    internal static LocalDate OriginDate => new(2024, 1, 1);

    /// <summary>Gets the instant generated values shrink towards: 2024-01-01T00:00Z.</summary>
    internal static Instant Origin => Instant.FromUtc(2024, 1, 1, 0, 0);

    /// <summary>Generates dates between 1900-01-01 and 2199-12-31.</summary>
    /// <returns>The generator.</returns>
    public static Gen<LocalDate> Dates() => Gen.Choose(-45000, 64000).Select(d => OriginDate.PlusDays(d));

    /// <summary>Generates every IANA zone NodaTime knows, plus the AoE zone.</summary>
    /// <returns>The generator.</returns>
    public static Gen<DateTimeZone> Zones() =>
        Gen.OneOf(
            Gen.Elements<string>(ZoneIds).Select(id => DateTimeZoneProviders.Tzdb[id]),
            Gen.Constant(AnywhereOnEarth.Zone));

    /// <summary>Generates instants between 1900 and 2200 with whole-second precision.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Instant> Instants() =>
        Gen.Choose(-45000, 64000).SelectMany(d => Gen.Choose(0, 86399), (d, s) => Origin + Duration.FromDays(d) + Duration.FromSeconds(s));

    /// <summary>Generates deadlines of every kind: end of day AoE, end of day in a zone, local date-time in a zone (never in a DST gap).</summary>
    /// <returns>The generator.</returns>
    public static Gen<Deadline> Deadlines() =>
        Gen.OneOf(
            Dates().Select(Deadline.EndOfDayAnywhereOnEarth),
            Dates().SelectMany(_ => Zones(), Deadline.EndOfDayInZone),
            Dates()
                .SelectMany(_ => Gen.Choose(0, (24 * 60) - 1), (date, minute) => date.AtMidnight().PlusMinutes(minute))
                .SelectMany(_ => Zones(), (local, zone) => Deadline.AtLocal(local, zone))
                .Where(r => r.IsSuccess)
                .Select(r => r.Value));

    /// <summary>
    /// Generates valid timelines shaped like the real summits: registration and proposal windows (closing in either order),
    /// optionally a vote after proposals close and confirmations, then a 2–8 hour summit.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<Timeline> Timelines() =>
        from registrationClose in Gen.Choose(20, 60)
        from proposalClose in Gen.Choose(10, 60)
        from windowDays in Gen.Choose(5, 40)
        from withVote in Gen.Elements(true, false)
        from summitDay in Dates()
        from hours in Gen.Choose(2, 8)
        select new TimelineShape(summitDay, registrationClose, proposalClose, windowDays, withVote, hours).Build();

    /// <summary>The few numbers a generated timeline is made of; the shrinker works on these and rebuilds.</summary>
    internal readonly record struct TimelineShape(LocalDate SummitDay, int RegistrationCloseDaysBefore, int ProposalCloseDaysBefore, int WindowDays, bool WithVote, int Hours)
    {
        private static readonly LocalTime SummitStart = new(13, 45);

        /// <summary>Recovers the shape of a timeline this class generated; null for any other timeline.</summary>
        public static TimelineShape? Of(Timeline timeline)
        {
            var start = timeline.Get(MilestoneKind.SummitStarts)?.At;
            var end = timeline.Get(MilestoneKind.SummitEnds)?.At;
            var registrationOpens = timeline.Get(MilestoneKind.RegistrationOpens)?.At;
            var registrationCloses = timeline.Get(MilestoneKind.RegistrationCloses)?.Deadline?.Date;
            var proposalsClose = timeline.Get(MilestoneKind.ProposalsClose)?.Deadline?.Date;
            if (start is null || end is null || registrationOpens is null || registrationCloses is null || proposalsClose is null)
            {
                return null;
            }

            var day = start.Value.InUtc().Date;
            var withVote = timeline.Get(MilestoneKind.VotingOpens) is not null;
            var registrationBefore = Period.Between(registrationCloses.Value, day, PeriodUnits.Days).Days;
            var proposalBefore = Period.Between(proposalsClose.Value, day, PeriodUnits.Days).Days - (withVote ? 6 : 0);
            var window = (int)(timeline.Get(MilestoneKind.RegistrationCloses)!.At!.Value - registrationOpens.Value).TotalDays - 1;
            var shape = new TimelineShape(day, registrationBefore, proposalBefore, window, withVote, (int)(end.Value - start.Value).TotalHours);
            return shape.Build().Milestones.SequenceEqual(timeline.Milestones) ? shape : null;
        }

        /// <summary>Builds the timeline; valid for every shape the generator and the shrinker produce.</summary>
        public Timeline Build()
        {
            var start = SummitDay.At(SummitStart).InZoneStrictly(DateTimeZone.Utc).ToInstant();
            var registrationClose = Deadline.EndOfDayAnywhereOnEarth(SummitDay.PlusDays(-RegistrationCloseDaysBefore));
            var proposalClose = Deadline.EndOfDayAnywhereOnEarth(SummitDay.PlusDays(-ProposalCloseDaysBefore - (WithVote ? 6 : 0)));
            var milestones = new List<Milestone>
            {
                Milestone.StartOfDayAnywhereOnEarth(MilestoneKind.RegistrationOpens, SummitDay.PlusDays(-RegistrationCloseDaysBefore - WindowDays)),
                Milestone.AtDeadline(MilestoneKind.RegistrationCloses, registrationClose),
                Milestone.StartOfDayAnywhereOnEarth(MilestoneKind.ProposalsOpen, SummitDay.PlusDays(-ProposalCloseDaysBefore - (WithVote ? 6 : 0) - WindowDays)),
                Milestone.AtDeadline(MilestoneKind.ProposalsClose, proposalClose),
                Milestone.Exact(MilestoneKind.SummitStarts, start),
                Milestone.Exact(MilestoneKind.SummitEnds, start + Duration.FromHours(Hours)),
            };
            if (WithVote)
            {
                var closeDate = proposalClose.Date!.Value;
                milestones.Add(Milestone.StartOfDayAnywhereOnEarth(MilestoneKind.VotingOpens, closeDate.PlusDays(2)));
                milestones.Add(Milestone.AtDeadline(MilestoneKind.VotingCloses, Deadline.EndOfDayAnywhereOnEarth(closeDate.PlusDays(4))));
            }

            return Timeline.Create(milestones).Value;
        }

        /// <summary>Simpler shapes: no vote, the summit on 2024-01-01, two hours long, the shortest windows and lead times.</summary>
        public IEnumerable<TimelineShape> Shrink()
        {
            if (WithVote)
            {
                yield return this with { WithVote = false };
            }

            foreach (var days in TimingArbitraries.ShrinkDays(Period.Between(OriginDate, SummitDay, PeriodUnits.Days).Days))
            {
                yield return this with { SummitDay = OriginDate.PlusDays(days) };
            }

            if (Hours > 2)
            {
                yield return this with { Hours = 2 };
            }

            if (WindowDays > 5)
            {
                yield return this with { WindowDays = 5 };
            }

            if (RegistrationCloseDaysBefore > 20)
            {
                yield return this with { RegistrationCloseDaysBefore = 20 };
            }

            if (ProposalCloseDaysBefore > 10)
            {
                yield return this with { ProposalCloseDaysBefore = 10 };
            }
        }
    }
}
