using System.Collections.Immutable;
using Summit.Core.Selection;
using Summit.Core.Selection.Topics;

namespace Summit.Core.Planning;

/// <summary>How a summit file asks for attendees and topics to be selected.</summary>
/// <remarks>The capacity is the summit's own; without one, no attendee selection is made. The summit file's <c>selection</c> section keeps its flat fields (<c>observers</c>, <c>tieBreak</c>, <c>maximumPerProject</c>, <c>maximumPerOrganization</c>, <c>quotas</c>); they are read into <see cref="Policy"/>.</remarks>
public sealed record SelectionSettings
{
    /// <summary>Gets the number of standby places. The default value is 0.</summary>
    public int Standby { get; init; }

    /// <summary>Gets the seed of the library's fixed seeded lottery (used when <see cref="Rfc3797Key"/> is null); null means the summit's id.</summary>
    public string? Seed { get; init; }

    /// <summary>Gets an RFC 3797 key string built from public random sources; when set, the lottery is publicly verifiable.</summary>
    public string? Rfc3797Key { get; init; }

    /// <summary>Gets the options of <see cref="SelectionPolicies.DefaultSummit"/> the attendees are selected with: observers, tie-break, caps and quotas.</summary>
    /// <value>The default value is the policy's defaults.</value>
    /// <remarks>
    /// The planner leaves <see cref="DefaultSummitPolicyOptions.RegistrationClosesAt"/> unused: the intake already applied the
    /// registration deadline (with its amendments and personal extensions), so the policy does not check it again. Quotas
    /// whose minimum is a share of the places are resolved against the summit's capacity.
    /// </remarks>
    public DefaultSummitPolicyOptions Policy { get; init; } = new();

    /// <summary>Gets the ids of people already confirmed (never reshuffled by a new run).</summary>
    public EquatableArray<string> Confirmed { get; init; } = [];

    /// <summary>Gets a value indicating whether presenters of selected topics who hold no seat are given one when a place is free (<c>presenters: "seat"</c>); otherwise each is only reported as a warning.</summary>
    public bool SeatPresenters { get; init; }

    /// <summary>Gets the organizers' curation of topics (pins, exclusions with reasons, merges of duplicates).</summary>
    public TopicCuration Curation { get; init; } = TopicCuration.None;
}
