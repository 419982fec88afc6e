using Summit.Core.Summits.File;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;
using FluentResults;
using Summit.Core.Summits;
using Summit.Core.Testing.Timing;
using Summit.Core.Timing;

namespace Summit.Core.Tests.Timing;

/// <summary>Issue 12: deadlines at the ends of the calendar are refused with a code, never an exception.</summary>
public sealed class DeadlineRangeTests
{
    private static readonly DateTimeZone Kiritimati = DateTimeZoneProviders.Tzdb["Pacific/Kiritimati"];

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("9999-12-31 AoE")]
    [InlineData("9999-12-31 MST")]
    [InlineData("9999-12-31T23:59")]
    [InlineData("-9998-01-01T00:00 Asia/Tokyo")]
    [InlineData("-9998-01-01 Asia/Tokyo")]
    [InlineData("9999-12-30")]
    [InlineData("9999-01-01 Pacific/Kiritimati")]
    [InlineData("1899-12-31")]
    [InlineData("0001-01-01T00:00 UTC")]
    public void Parse_OutsideTheSupportedDates_IsOutOfRange(string text)
    {
        var result = Deadline.Parse(text);
        Assert.True(result.IsFailed);
        var error = Assert.Single(result.SummitErrors());
        Assert.Equal(ErrorCodes.Timing.OutOfRange, error.Code);
        Assert.Contains("1900-01-01", error.Message, StringComparison.Ordinal);
        Assert.Equal(text, error.GetMetadataText("text"));
    }

    [Theory]
    [InlineData("9998-12-31")]
    [InlineData("9998-12-31 Pacific/Kiritimati")]
    [InlineData("9998-12-31T23:59 Etc/GMT+12")]
    [InlineData("1900-01-01 Asia/Tokyo")]
    [InlineData("1900-01-01T00:00 Pacific/Kiritimati")]
    public void Parse_AtTheEdgesOfTheSupportedDates_RendersInEveryZone(string text)
    {
        var deadline = Deadline.Parse(text).Value;
        foreach (var zone in DateTimeZoneProviders.Tzdb.Ids.Select(id => DateTimeZoneProviders.Tzdb[id]).Append(AnywhereOnEarth.Zone))
        {
            _ = ZonedText.WithOffsetAndAbbreviation(deadline.ClosesAt.InZone(zone));
            _ = ZonedText.WithOffsetAndAbbreviation(deadline.LastMoment.InZone(zone));
        }

        Assert.Equal(deadline, Deadline.Parse(deadline.ToString()).Value);
    }

    [Fact]
    public void Parse_LastSupportedDay_RendersInKiritimati()
    {
        var deadline = Deadline.Parse("9998-12-31").Value;
        var timeline = Timeline.Create([Milestone.AtDeadline(MilestoneKind.ProposalsClose, deadline)]).Value;
        var view = Assert.Single(timeline.RenderIn(Kiritimati));
        Assert.Equal(new LocalDate(9999, 1, 2), view.At!.Value.Date);
    }

    [Fact]
    public void SummitFile_TimelineAtTheEndOfTheCalendar_IsOutOfRangeAtTheValue()
    {
        var result = SummitFile.Read("""{"timeline":{"proposalsOpen":"-9998-01-01 Asia/Tokyo"}}""", "far.json");
        Assert.True(result.IsFailed);
        var error = result.SummitErrors().Single(e => e.Code == ErrorCodes.Timing.OutOfRange);
        Assert.Equal("1", error.GetMetadataText("line"));
        Assert.Equal("30", error.GetMetadataText("column"));
        Assert.Equal("far.json", error.GetMetadataText("file"));
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("-9998-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59 Asia/Tokyo")]
    public void SummitFile_InstantsAndDaysOutsideTheRange_AreOutOfRange(string value)
    {
        var timeline = SummitFile.Read("{\"timeline\":{\"votingCloses\":\"" + value + "\"}}");
        Assert.Contains(timeline.SummitErrors(), e => e.Code == ErrorCodes.Timing.OutOfRange);

        var cancelled = SummitFile.Read("{\"timeline\":{\"cancelled\":{\"at\":\"" + value + "\",\"reason\":\"r\"}}}");
        Assert.Contains(cancelled.SummitErrors(), e => e.Code == ErrorCodes.Timing.OutOfRange);
    }

    [Fact]
    public void SummitFile_DayOutsideTheRange_IsOutOfRange()
    {
        var text = """
            { "summit": { "id": "s", "name": "S", "timeZone": "Pacific/Kiritimati", "days": [ { "date": "9999-12-31", "start": "13:45", "end": "17:15" } ] } }
            """;
        var error = SummitFile.Read(text).SummitErrors().Single(e => e.Code == ErrorCodes.Timing.OutOfRange);
        Assert.Equal("1", error.GetMetadataText("line"));
    }

    [Fact]
    public void Factories_OutsideTheRange_ThrowArgumentOutOfRange()
    {
        var far = new LocalDate(9999, 12, 31);
        var early = new LocalDate(-9998, 1, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => Deadline.EndOfDayAnywhereOnEarth(far));
        Assert.Throws<ArgumentOutOfRangeException>(() => Deadline.EndOfDayInZone(early, Kiritimati));
        Assert.Throws<ArgumentOutOfRangeException>(() => Milestone.StartOfDayAnywhereOnEarth(MilestoneKind.ProposalsOpen, far));
        Assert.Throws<ArgumentOutOfRangeException>(() => Milestone.Exact(MilestoneKind.ProposalsOpen, Instant.MaxValue));
        Assert.Equal(ErrorCodes.Timing.OutOfRange, Deadline.AtLocal(far.AtMidnight(), Kiritimati).Codes()[0]);
        Assert.Equal(ErrorCodes.Timing.OutOfRange, new SummitDay(far, new LocalTime(9, 0), new LocalTime(17, 0)).ToInterval(Kiritimati).Codes()[0]);
    }

    private static Gen<LocalDate> AnyDate =>
        Gen.OneOf(
            Gen.Choose(-9998, 9999).SelectMany(_ => Gen.Choose(1, 365), (y, d) => new LocalDate(y, 1, 1).PlusDays(d - 1)),
            Gen.Elements(
                new LocalDate(-9998, 1, 1),
                new LocalDate(9999, 12, 31),
                new LocalDate(9999, 12, 30),
                Deadline.MinDate,
                Deadline.MaxDate,
                Deadline.MinDate.PlusDays(-1),
                Deadline.MaxDate.PlusDays(1)));

    /// <summary>Arbitraries of this class: dates and date-times across the whole calendar and its edges, and every zone.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<LocalDate> Dates { get; } = Arb.From(AnyDate);

        public static Arbitrary<LocalDateTime> DateTimes { get; } = Arb.From(
            AnyDate.SelectMany(_ => Gen.Choose(0, (24 * 60) - 1), (date, minute) => date.AtMidnight().PlusMinutes(minute)));

        public static Arbitrary<DateTimeZone> Zones { get; } = TimingArbitraries.Zones;
    }

    [SummitProperty(Arbitrary = [typeof(Arbitraries)], Runs = 1000)]
    public bool ParseAndRender_AnyDateTimeAndZone_NeverThrows(LocalDateTime value, DateTimeZone zone, DateTimeZone viewer)
    {
        var date = LocalDatePattern.Iso.Format(value.Date);
        var dateTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm").Format(value);
        var inRange = value.Year is >= 1900 and <= 9998;
        foreach (var text in new[] { date, date + " AoE", date + " " + zone.Id, dateTime + " " + zone.Id })
        {
            var parsed = Deadline.Parse(text);
            if (parsed.IsFailed)
            {
                var code = parsed.Codes()[0];
                if (inRange ? code != ErrorCodes.Timing.LocalTimeSkipped : code != ErrorCodes.Timing.OutOfRange)
                {
                    return false;
                }

                continue;
            }

            if (!inRange)
            {
                return false;
            }

            var d = parsed.Value;
            _ = ZonedText.WithOffsetAndAbbreviation(d.ClosesAt.InZone(viewer));
            _ = ZonedText.WithOffsetAndAbbreviation(d.LastMoment.InZone(viewer));
            _ = Timeline.Create([Milestone.AtDeadline(MilestoneKind.VotingCloses, d)]).Value.RenderIn(viewer);
            if (!Deadline.Parse(d.ToString()).Value.Equals(d))
            {
                return false;
            }
        }

        return true;
    }

    [SummitProperty(Arbitrary = [typeof(Arbitraries)], Runs = 1000)]
    public bool Factories_AnyDate_EitherBuildARenderableDeadlineOrThrowArgumentOutOfRange(LocalDate date, DateTimeZone zone)
    {
        var builders = new Func<Instant>[]
        {
            () => Deadline.EndOfDayAnywhereOnEarth(date).LastMoment,
            () => Deadline.EndOfDayInZone(date, zone).LastMoment,
            () => Milestone.StartOfDayAnywhereOnEarth(MilestoneKind.ProposalsOpen, date).At!.Value,
        };
        foreach (var build in builders)
        {
            try
            {
                _ = ZonedText.WithOffset(build().InZone(zone));
                if (!Deadline.IsSupported(date))
                {
                    return false;
                }
            }
            catch (ArgumentOutOfRangeException) when (!Deadline.IsSupported(date))
            {
            }
        }

        return true;
    }
}
