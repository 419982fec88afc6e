using NodaTime;
using FluentResults;

namespace Summit.Core.Timing;

/// <summary>Looks up IANA time zones by id without throwing.</summary>
public static class Zones
{
    /// <summary>Finds an IANA zone by id (case-sensitive, as TZDB spells it), or <c>AoE</c> for Anywhere on Earth.</summary>
    /// <param name="id">The zone id, for example <c>America/New_York</c>.</param>
    /// <returns>The zone, or <see cref="ErrorCodes.Timing.UnknownZone"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static Result<DateTimeZone> Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (string.Equals(id, "AoE", StringComparison.OrdinalIgnoreCase))
        {
            return AnywhereOnEarth.Zone;
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
        return zone is not null
            ? zone
            : new SummitError(ErrorCodes.Timing.UnknownZone, $"'{id}' is not an IANA time zone id (for example America/New_York).").WithMetadata("zone", id);
    }
}
