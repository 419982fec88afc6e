using NodaTime;
using NodaTime.Text;

namespace Summit.Core.Timing;

/// <summary>The text forms Summit.Core writes instants and zoned times in (ISO-8601, invariant culture).</summary>
internal static class ZonedText
{
    private static readonly OffsetDateTimePattern OffsetPattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    // Local mean time offsets before ~1920 have seconds (Israel: +02:20:54); keep them rather than round.
    private static readonly OffsetDateTimePattern OffsetPatternWithSeconds =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm:ss>");

    /// <summary>Formats an instant as UTC with a <c>Z</c>: <c>2024-04-02T12:00:00Z</c>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The text.</returns>
    public static string Utc(Instant instant) => InstantPattern.General.Format(instant);

    /// <summary>Formats a zoned time with its offset: <c>2020-03-08T07:59:59-04:00</c> (offset seconds only when the offset has them).</summary>
    /// <param name="value">The zoned time.</param>
    /// <returns>The text.</returns>
    public static string WithOffset(ZonedDateTime value) =>
        (value.Offset.Seconds % 60 == 0 ? OffsetPattern : OffsetPatternWithSeconds).Format(value.ToOffsetDateTime());

    /// <summary>Formats a zoned time with its offset and the zone's abbreviation: <c>2020-03-08T07:59:59-04:00 (EDT)</c>.</summary>
    /// <param name="value">The zoned time.</param>
    /// <returns>The text.</returns>
    public static string WithOffsetAndAbbreviation(ZonedDateTime value) =>
        $"{WithOffset(value)} ({value.GetZoneInterval().Name})";
}
