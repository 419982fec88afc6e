using NodaTime;
using FluentResults;
using Summit.Core.Timing;

namespace Summit.Core.Tests.Timing;

public sealed class DeadlineTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public void EndOfDayAnywhereOnEarth_2024_04_01_ClosesAtNoonUtcNextDay()
    {
        var d = Deadline.EndOfDayAnywhereOnEarth(new LocalDate(2024, 4, 1));
        Assert.Equal(Instant.FromUtc(2024, 4, 2, 12, 0, 0), d.ClosesAt);
        Assert.Equal(Instant.FromUtc(2024, 4, 2, 11, 59, 59), d.LastMoment);
        Assert.Equal("2024-04-01 AoE", d.ToString());
    }

    [Fact]
    public void AnywhereOnEarth_Zone_IsFixedUtcMinus12NotPlus12()
    {
        Assert.Equal("Etc/GMT+12", AnywhereOnEarth.Zone.Id);
        Assert.Equal(Offset.FromHours(-12), AnywhereOnEarth.Zone.MinOffset);
        Assert.Equal(Offset.FromHours(-12), AnywhereOnEarth.Zone.MaxOffset);
    }

    [Fact]
    public void IsOpenAt_IsHalfOpen()
    {
        var d = Deadline.EndOfDayAnywhereOnEarth(new LocalDate(2024, 4, 1));
        Assert.True(d.IsOpenAt(Instant.FromUtc(2024, 4, 2, 11, 59, 59)));
        Assert.False(d.IsOpenAt(Instant.FromUtc(2024, 4, 2, 12, 0, 0)));
    }

    [Fact]
    public void Parse_LocalDateTimeInZone_ClosesAtThatLocalTime()
    {
        var d = Deadline.Parse("2024-04-01T17:00 America/New_York");
        Assert.True(d.IsSuccess);
        Assert.Equal(Instant.FromUtc(2024, 4, 1, 21, 0, 0), d.Value.ClosesAt);
        Assert.Equal(DeadlineKind.LocalDateTime, d.Value.Kind);
        Assert.Equal("2024-04-01T17:00 America/New_York", d.Value.ToString());
    }

    [Theory]
    [InlineData("2024-04-01")]
    [InlineData("2024-04-01 AoE")]
    [InlineData("2024-04-01 aoe")]
    public void Parse_DateAlone_MeansEndOfDayAoE(string text) =>
        Assert.Equal(Instant.FromUtc(2024, 4, 2, 12, 0), Deadline.Parse(text).Value.ClosesAt);

    [Fact]
    public void Parse_DateInZone_MeansEndOfThatDayThere()
    {
        var d = Deadline.Parse("2024-04-01 Europe/Paris").Value;
        Assert.Equal(DeadlineKind.EndOfDayInZone, d.Kind);
        Assert.Equal(Instant.FromUtc(2024, 4, 1, 22, 0), d.ClosesAt);
    }

    [Theory]
    [InlineData("2024-02-30", ErrorCodes.Timing.DeadlineInvalid)]
    [InlineData("", ErrorCodes.Timing.DeadlineInvalid)]
    [InlineData("tomorrow", ErrorCodes.Timing.DeadlineInvalid)]
    [InlineData("2024-04-01 Mars/Olympus", ErrorCodes.Timing.UnknownZone)]
    [InlineData("2024-04-01T25:00 America/New_York", ErrorCodes.Timing.DeadlineInvalid)]
    [InlineData("2024-03-10T02:30 America/New_York", ErrorCodes.Timing.LocalTimeSkipped)]
    [InlineData("2024-04-01 AoE extra", ErrorCodes.Timing.DeadlineInvalid)]
    public void Parse_BadText_ReturnsCodedError(string text, string code)
    {
        var result = Deadline.Parse(text);
        Assert.True(result.IsFailed);
        Assert.Equal(code, result.Codes()[0]);
    }

    [Fact]
    public void AtLocal_AmbiguousTime_TakesLaterOccurrence()
    {
        // 2024-11-03 01:30 happens twice in New York; the later (EST, -05:00) is 06:30Z.
        var d = Deadline.AtLocal(new LocalDateTime(2024, 11, 3, 1, 30), NewYork).Value;
        Assert.Equal(Instant.FromUtc(2024, 11, 3, 6, 30), d.ClosesAt);
    }

    [Fact]
    public void LastMoment_2020_03_07_AoE_Is0759EdtInNewYork_OnTheMorningDstBegan()
    {
        var d = Deadline.EndOfDayAnywhereOnEarth(new LocalDate(2020, 3, 7));
        var local = d.LastMoment.InZone(NewYork);
        Assert.Equal(new LocalDateTime(2020, 3, 8, 7, 59, 59), local.LocalDateTime);
        Assert.Equal(Offset.FromHours(-4), local.Offset);
        Assert.Equal("2020-03-08T07:59:59-04:00 (EDT)", ZonedText.WithOffsetAndAbbreviation(local));
    }

    [Fact]
    public void Equality_IsByKindLocalValueAndZone()
    {
        Assert.Equal(Deadline.Parse("2024-04-01").Value, Deadline.EndOfDayAnywhereOnEarth(new LocalDate(2024, 4, 1)));
        Assert.NotEqual(Deadline.Parse("2024-04-01 Etc/GMT+12").Value, Deadline.Parse("2024-04-01 AoE").Value);
    }

    [Fact]
    public void Zones_Find_UnknownZone_IsCodedError()
    {
        Assert.Equal(ErrorCodes.Timing.UnknownZone, Zones.Find("America/Gotham").Codes()[0]);
        Assert.Same(AnywhereOnEarth.Zone, Zones.Find("AoE").Value);
    }
}
