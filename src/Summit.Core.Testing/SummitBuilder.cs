using System.Collections.Immutable;
using NodaTime;
using Summit.Core.Summits;

namespace Summit.Core.Testing;

/// <summary>A fluent builder for <see cref="SummitEvent"/>s in tests, defaulting to the PyCon US 2024 Packaging Summit.</summary>
/// <remarks>Mutable by design (a test helper); <see cref="Build"/> returns an immutable summit.</remarks>
public sealed class SummitBuilder
{
    private readonly List<SummitDay> _days = [];
    private string _id = "pycon-us-2024-packaging";
    private string _name = "PyCon US 2024 Packaging Summit";
    private DateTimeZone _zone = DateTimeZoneProviders.Tzdb["America/New_York"];
    private int? _capacity = 60;

    /// <summary>Sets the id and name.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The name.</param>
    /// <returns>This builder.</returns>
    public SummitBuilder Named(string id, string name)
    {
        _id = id;
        _name = name;
        return this;
    }

    /// <summary>Sets the IANA zone.</summary>
    /// <param name="zoneId">The zone id.</param>
    /// <returns>This builder.</returns>
    public SummitBuilder InZone(string zoneId)
    {
        _zone = DateTimeZoneProviders.Tzdb[zoneId];
        return this;
    }

    /// <summary>Adds a day with local start and end times.</summary>
    /// <param name="date">The date.</param>
    /// <param name="start">The local start.</param>
    /// <param name="end">The local end.</param>
    /// <returns>This builder.</returns>
    public SummitBuilder OnDay(LocalDate date, LocalTime start, LocalTime end)
    {
        _days.Add(new SummitDay(date, start, end));
        return this;
    }

    /// <summary>Sets the capacity.</summary>
    /// <param name="capacity">The capacity, or null when unknown.</param>
    /// <returns>This builder.</returns>
    public SummitBuilder WithCapacity(int? capacity)
    {
        _capacity = capacity;
        return this;
    }

    /// <summary>Builds the summit (2024-05-18 13:45–17:45 when no day was added).</summary>
    /// <returns>The summit.</returns>
    public SummitEvent Build()
    {
        var days = _days.Count > 0
            ? _days.ToImmutableArray()
            : [new SummitDay(new LocalDate(2024, 5, 18), new LocalTime(13, 45), new LocalTime(17, 45))];
        return new SummitEvent(_id, _name, _zone, days) { Capacity = _capacity };
    }
}
