using System.Collections.Immutable;
using NodaTime;

namespace Summit.Core.Selection;

/// <summary>Settings of <see cref="SelectionPolicies.DefaultSummit"/>, the attendee policy of a typical packaging summit.</summary>
/// <remarks>Immutable; set with object initializers or <c>with</c>. Capacity and standby places come from the context.</remarks>
public sealed record DefaultSummitPolicyOptions
{
    /// <summary>Gets the registration deadline: a registration is on time iff submitted strictly before it (half-open).</summary>
    /// <value>The default value is null: no deadline filter.</value>
    public Instant? RegistrationClosesAt { get; init; }

    /// <summary>Gets what happens to observers.</summary>
    /// <value>The default value is <see cref="ObserverHandling.Last"/>.</value>
    public ObserverHandling Observers { get; init; } = ObserverHandling.Last;

    /// <summary>Gets how candidates within a tier are ordered.</summary>
    /// <value>The default value is <see cref="SummitTieBreak.Lottery"/>.</value>
    public SummitTieBreak TieBreak { get; init; } = SummitTieBreak.Lottery;

    /// <summary>Gets the most places (and standby ranks) per project, or null for no cap.</summary>
    /// <value>The default value is null.</value>
    public int? MaximumPerProject { get; init; }

    /// <summary>Gets the most places (and standby ranks) per organization, or null for no cap.</summary>
    /// <value>The default value is null.</value>
    public int? MaximumPerOrganization { get; init; }

    /// <summary>Gets the quotas per stakeholder role, reserved in this order.</summary>
    /// <value>The default value is empty.</value>
    public EquatableArray<RoleQuota> RoleQuotas { get; init; } = [];

    /// <summary>Gets the quotas on roles, organizations, projects and first-time attendees, reserved in this order after <see cref="RoleQuotas"/>.</summary>
    /// <value>The default value is empty. A quota whose minimum is a share of the places must be resolved with <see cref="SelectionQuota.ForCapacity"/> first.</value>
    public EquatableArray<SelectionQuota> Quotas { get; init; } = [];
}
