using System.Collections.Immutable;
using NodaTime;

namespace Summit.Core.Summits;

/// <summary>A request to attend a summit, as submitted through its form.</summary>
/// <param name="Id">A stable identifier, unique within the summit (for example an e-mail hash or form row id).</param>
/// <param name="Name">The person's name.</param>
/// <param name="SubmittedAt">The instant the request was submitted; intake compares it with the registration deadline.</param>
/// <remarks>Immutable. Equality compares <see cref="Roles"/> and <see cref="Projects"/> by content.</remarks>
public sealed record Registration(string Id, string Name, Instant SubmittedAt)
{
    /// <summary>Gets the person's organization, if given.</summary>
    public string? Organization { get; init; }

    /// <summary>Gets the stakeholder roles the person declared.</summary>
    public EquatableArray<StakeholderRole> Roles { get; init; } = [];

    /// <summary>Gets the projects the person works on (for example <c>pip</c>, <c>setuptools</c>).</summary>
    public EquatableArray<string> Projects { get; init; } = [];

    /// <summary>Gets a value indicating whether the person is an active contributor to packaging tools (the first priority of real summits).</summary>
    public bool IsActiveToolContributor { get; init; }

    /// <summary>Gets how the person asks to attend. The default value is <see cref="AttendanceKind.Participant"/>.</summary>
    public AttendanceKind Attendance { get; init; } = AttendanceKind.Participant;

    /// <summary>Gets the person's e-mail address, if the form asked for it.</summary>
    /// <remarks>Personal data: used to derive a stable <see cref="Id"/> and to match ballots, never printed in reports or exports.</remarks>
    public string? Email { get; init; }

    /// <summary>Gets whether this is the person's first summit, or <see langword="null"/> when the form did not ask.</summary>
    public bool? FirstTime { get; init; }
}
