using System.Collections.Immutable;
using NodaTime;
using FluentResults;

namespace Summit.Core.Summits;

/// <summary>A summit: where and when it happens, in wall time and an IANA zone, and who runs it.</summary>
/// <param name="Id">A stable id, for example <c>pycon-us-2024-packaging</c>.</param>
/// <param name="Name">The name.</param>
/// <param name="Zone">The IANA zone of the venue; every local time of the summit is in it.</param>
/// <param name="Days">The days (or sessions) in order; 2023's summit had two, on different days.</param>
/// <remarks>
/// Immutable. Never stores a fixed offset: PyCon's own 2022 schedule JSON gave Salt Lake City −07:00 in May, when
/// America/Denver is −06:00; wall time plus zone gets 13:45 local = 19:45Z right.
/// </remarks>
public sealed record SummitEvent(string Id, string Name, DateTimeZone Zone, EquatableArray<SummitDay> Days)
{
    /// <summary>Gets the conference the summit belongs to, for example "PyCon US 2024".</summary>
    public string? Conference { get; init; }

    /// <summary>Gets the venue, for example "David L. Lawrence Convention Center".</summary>
    public string? Venue { get; init; }

    /// <summary>Gets the room, for example "Room 319".</summary>
    public string? Room { get; init; }

    /// <summary>Gets how many people the room holds, when known.</summary>
    public int? Capacity { get; init; }

    /// <summary>Gets the organizers' names.</summary>
    public EquatableArray<string> Organizers { get; init; } = [];

    /// <summary>Gets the code-of-conduct link.</summary>
    public Uri? CodeOfConduct { get; init; }

    /// <summary>Gets the notes link.</summary>
    public Uri? Notes { get; init; }

    /// <summary>Gets the half-open interval of each day in instants.</summary>
    /// <returns>The intervals in day order, or the first DST error.</returns>
    public Result<ImmutableArray<Interval>> Intervals()
    {
        var builder = ImmutableArray.CreateBuilder<Interval>(Days.Length);
        foreach (var day in Days)
        {
            var interval = day.ToInterval(Zone);
            if (interval.IsFailed)
            {
                return Result.Fail<ImmutableArray<Interval>>(interval.Errors);
            }

            builder.Add(interval.Value);
        }

        return builder.MoveToImmutable();
    }
}
