using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;
using Summit.Core.Testing.Timing;
using Summit.Core.Timing;

namespace Summit.Core.Tests.Timing;

public sealed class TimingProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(500);

    [Fact]
    public void EndOfDayAoE_ClosesAtStartOfNextDayAtUtcMinus12_LastSecondOneBefore() =>
        Check.One(Config, Prop.ForAll(TimingGenerators.Dates, date =>
        {
            var d = Deadline.EndOfDayAnywhereOnEarth(date);
            var expected = date.PlusDays(1).AtMidnight().InZoneStrictly(DateTimeZone.ForOffset(Offset.FromHours(-12))).ToInstant();
            return d.ClosesAt == expected
                && d.ClosesAt == date.PlusDays(1).At(new LocalTime(12, 0)).InUtc().ToInstant()
                && d.LastMoment == expected - Duration.FromSeconds(1)
                && d.IsOpenAt(d.LastMoment) && !d.IsOpenAt(d.ClosesAt);
        }));

    [Fact]
    public void IsOpenAt_FlipsFromOpenToClosedExactlyOnce_AsTimeAdvances()
    {
        var steps = Gen.Choose(1, 200_000).ArrayOf().Select(a => a.Select(s => (long)s).ToArray());
        Check.One(Config, Prop.ForAll(TimingGenerators.Deadlines, Arb.From(steps), (deadline, increments) =>
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
        }));
    }

    [Fact]
    public void RenderingInAnyZone_ParsesBackToTheSameInstant()
    {
        var pattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");
        var withSeconds = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm:ss>");
        Check.One(Config, Prop.ForAll(TimingGenerators.Instants, TimingGenerators.ZonesArbitrary, (instant, zone) =>
        {
            var text = ZonedText.WithOffset(instant.InZone(zone));
            var parsed = text.Length > 25 ? withSeconds.Parse(text) : pattern.Parse(text);
            return parsed.Success && parsed.Value.ToInstant() == instant
                && InstantPattern.ExtendedIso.Parse(ZonedText.Utc(instant)).Value == instant;
        }));
    }

    [Fact]
    public void Deadline_ToStringParsesBackToAnEqualDeadline() =>
        Check.One(Config, Prop.ForAll(TimingGenerators.Deadlines, d =>
        {
            var back = Deadline.Parse(d.ToString());
            return back.IsSuccess && back.Value.Equals(d) && back.Value.ClosesAt == d.ClosesAt;
        }));

    [Fact]
    public void GeneratedTimelines_PhaseNeverOpensAWindowAfterCancellation()
    {
        var gen = TimingGenerators.Timelines.Generator.SelectMany(_ => Gen.Choose(-90, 30), (tl, day) => (tl, day));
        Check.One(Config.WithMaxTest(200), Prop.ForAll(Arb.From(gen), pair =>
        {
            var (timeline, day) = pair;
            var start = timeline.Get(MilestoneKind.SummitStarts)!.At!.Value;
            var cancelAt = start + Duration.FromDays(day);
            var cancelled = timeline.CancelAt(cancelAt, "test").Value;
            return Enumerable.Range(0, 20).All(i =>
                cancelled.PhaseAt(cancelAt + Duration.FromDays(i * 3)).OpenWindows.IsEmpty
                && cancelled.PhaseAt(cancelAt + Duration.FromDays(i * 3)).Next is null);
        }));
    }
}
