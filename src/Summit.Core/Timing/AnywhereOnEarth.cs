using NodaTime;

namespace Summit.Core.Timing;

/// <summary>Anywhere on Earth (AoE): the fixed offset UTC−12, the last place on Earth where a given date ends.</summary>
/// <remarks>
/// "2024-04-01 AoE" means the end of 1 April everywhere: the exclusive end is 2024-04-02T00:00 at UTC−12, which is
/// 2024-04-02T12:00:00Z. IANA spells the zone <c>Etc/GMT+12</c> (POSIX inverts the sign); this class never resolves
/// that name by hand, it takes the zone from the TZDB provider and checks it is UTC−12 with no DST.
/// </remarks>
public static class AnywhereOnEarth
{
    /// <summary>The IANA id of the AoE zone: <c>Etc/GMT+12</c> (UTC−12; the sign is inverted by POSIX convention).</summary>
    public const string ZoneId = "Etc/GMT+12";

    /// <summary>Gets the AoE offset, −12 hours.</summary>
    public static Offset Offset { get; } = Offset.FromHours(-12);

    /// <summary>Gets the AoE zone from the TZDB provider (<c>Etc/GMT+12</c>, fixed UTC−12).</summary>
    public static DateTimeZone Zone { get; } = LoadZone();

    private static DateTimeZone LoadZone()
    {
        var zone = DateTimeZoneProviders.Tzdb[ZoneId];
        // Guard against ever reading "GMT+12" as UTC+12: the whole library's deadlines hang on this.
        if (zone.MinOffset != Offset || zone.MaxOffset != Offset)
        {
            throw new InvalidOperationException($"TZDB zone {ZoneId} is not fixed UTC-12.");
        }

        return zone;
    }
}
