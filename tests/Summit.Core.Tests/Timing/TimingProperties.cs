using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;
using Summit.Core.Testing.Timing;
using Summit.Core.Timing;

namespace Summit.Core.Tests.Timing;

public sealed class TimingProperties
{
    /// <summary>Positive step lists for walking time forward; timelines paired with a cancellation day.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<long[]> Steps { get; } = Arb.From(Gen.Choose(1, 200_000).ArrayOf().Select(a => a.Select(s => (long)s).ToArray()));

        public static Arbitrary<CancelledTimeline> Cancellations { get; } = Arb.From(
            TimingGenerators.Timelines().SelectMany(_ => Gen.Choose(-90, 30), (tl, day) => new CancelledTimeline(tl, day)),
            c => TimingArbitraries.ShrinkTimeline(c.Timeline).Select(t => c with { Timeline = t }));
    }

    /// <summary>A timeline and the day, relative to the summit's start, it is cancelled on.</summary>
    public sealed record CancelledTimeline(Timeline Timeline, int Day)
    {
        public override string ToString() => $"cancelled on day {Day} of [{string.Join("; ", Timeline.Milestones)}]";
    }

    [SummitProperty(Arbitrary = [typeof(TimingArbitraries)], Runs = 500)]
    public bool EndOfDayAoE_ClosesAtStartOfNextDayAtUtcMinus12_LastSecondOneBefore(LocalDate date)
    {
        var d = Deadline.EndOfDayAnywhereOnEarth(date);
        var expected = date.PlusDays(1).AtMidnight().InZoneStrictly(DateTimeZone.ForOffset(Offset.FromHours(-12))).ToInstant();
        return d.ClosesAt == expected
            && d.ClosesAt == date.PlusDays(1).At(new LocalTime(12, 0)).InUtc().ToInstant()
            && d.LastMoment == expected - Duration.FromSeconds(1)
            && d.IsOpenAt(d.LastMoment) && !d.IsOpenAt(d.ClosesAt);
    }

    [SummitProperty(Arbitrary = [typeof(Arbitraries), typeof(TimingArbitraries)], Runs = 500)]
    public bool IsOpenAt_FlipsFromOpenToClosedExactlyOnce_AsTimeAdvances(Deadline deadline, long[] increments)
    {
        var t = deadline.ClosesAt - Duration.FromSeconds(increments.Sum() / 2);
        var flips = 0;
        var previous = deadline.IsOpenAt(t);
        foreach (var step in increments)
        {
            t += Duration.FromSeconds(step);
            var open = deadline.IsOpenAt(t);
            if (open != previous)
            {
                flips++;
                if (open || t < deadline.ClosesAt)
                {
                    return false;
                }
            }

            previous = open;
        }

        return flips <= 1 && deadline.IsOpenAt(deadline.ClosesAt - Duration.Epsilon) && !deadline.IsOpenAt(deadline.ClosesAt);
    }

    [SummitProperty(Arbitrary = [typeof(TimingArbitraries)], Runs = 500)]
    public bool RenderingInAnyZone_ParsesBackToTheSameInstant(Instant instant, DateTimeZone zone)
    {
        var pattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");
        var withSeconds = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm:ss>");
        var text = ZonedText.WithOffset(instant.InZone(zone));
        var parsed = text.Length > 25 ? withSeconds.Parse(text) : pattern.Parse(text);
        return parsed.Success && parsed.Value.ToInstant() == instant
            && InstantPattern.ExtendedIso.Parse(ZonedText.Utc(instant)).Value == instant;
    }

    [SummitProperty(Arbitrary = [typeof(TimingArbitraries)], Runs = 500)]
    public bool Deadline_ToStringParsesBackToAnEqualDeadline(Deadline d)
    {
        var back = Deadline.Parse(d.ToString());
        return back.IsSuccess && back.Value.Equals(d) && back.Value.ClosesAt == d.ClosesAt;
    }

    [SummitProperty(Arbitrary = [typeof(Arbitraries)], Runs = 200)]
    public bool GeneratedTimelines_PhaseNeverOpensAWindowAfterCancellation(CancelledTimeline pair)
    {
        var (timeline, day) = pair;
        var start = timeline.Get(MilestoneKind.SummitStarts)!.At!.Value;
        var cancelAt = start + Duration.FromDays(day);
        var cancelled = timeline.CancelAt(cancelAt, "test").Value;
        return Enumerable.Range(0, 20).All(i =>
            cancelled.PhaseAt(cancelAt + Duration.FromDays(i * 3)).OpenWindows.IsEmpty
            && cancelled.PhaseAt(cancelAt + Duration.FromDays(i * 3)).Next is null);
    }
}
