using System.Collections.Immutable;
using Summit.Core.Selection;
using Summit.Core.Selection.Topics;

namespace Summit.Core.Planning;

/// <summary>How a summit file asks for attendees and topics to be selected.</summary>
/// <remarks>The capacity is the summit's own; without one, no attendee selection is made.</remarks>
public sealed record SelectionSettings
{
    /// <summary>Gets the number of standby places. The default value is 0.</summary>
    public int Standby { get; init; }

    /// <summary>Gets the seed of the library's fixed seeded lottery (used when <see cref="Rfc3797Key"/> is null); null means the summit's id.</summary>
    public string? Seed { get; init; }

    /// <summary>Gets an RFC 3797 key string built from public random sources; when set, the lottery is publicly verifiable.</summary>
    public string? Rfc3797Key { get; init; }

    /// <summary>Gets what happens to observers. The default value is <see cref="ObserverHandling.Last"/>.</summary>
    public ObserverHandling Observers { get; init; } = ObserverHandling.Last;

    /// <summary>Gets how ties within a priority tier are broken. The default value is <see cref="SummitTieBreak.Lottery"/>.</summary>
    public SummitTieBreak TieBreak { get; init; } = SummitTieBreak.Lottery;

    /// <summary>Gets the cap on selected people per project, if any.</summary>
    public int? MaximumPerProject { get; init; }

    /// <summary>Gets the cap on selected people per organization, if any.</summary>
    public int? MaximumPerOrganization { get; init; }

    /// <summary>Gets the quotas per stakeholder role.</summary>
    public EquatableArray<RoleQuota> Quotas { get; init; } = [];

    /// <summary>Gets the ids of people already confirmed (never reshuffled by a new run).</summary>
    public EquatableArray<string> Confirmed { get; init; } = [];

    /// <summary>Gets a value indicating whether presenters of selected topics who hold no seat are given one when a place is free (<c>presenters: "seat"</c>); otherwise each is only reported as a warning.</summary>
    public bool SeatPresenters { get; init; }

    /// <summary>Gets the organizers' curation of topics (pins, exclusions with reasons, merges of duplicates).</summary>
    public TopicCuration Curation { get; init; } = TopicCuration.None;
}
