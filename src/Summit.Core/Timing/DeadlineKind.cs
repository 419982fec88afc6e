namespace Summit.Core.Timing;

/// <summary>How a <see cref="Deadline"/> was stated.</summary>
public enum DeadlineKind
{
    /// <summary>The end of a date Anywhere on Earth (UTC−12): "2024-04-01 AoE".</summary>
    EndOfDayAnywhereOnEarth,

    /// <summary>The end of a date in an IANA zone: "2024-04-01 Europe/Paris".</summary>
    EndOfDayInZone,

    /// <summary>A local date-time in an IANA zone: "2024-04-01T17:00 America/New_York".</summary>
    LocalDateTime,
}
