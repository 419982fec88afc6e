using Summit.Core.Summits;

namespace Summit.Core.Selection;

/// <summary>A quota for one stakeholder role: at least <paramref name="Minimum"/> and at most <paramref name="Maximum"/> places.</summary>
/// <param name="Role">The role; a registration counts when it declares the role.</param>
/// <param name="Minimum">The places reserved for the role; must not be negative.</param>
/// <param name="Maximum">The most places (and standby ranks) for the role; at least <paramref name="Minimum"/>.</param>
/// <remarks>Immutable. Minimums are met when enough eligible candidates have the role; otherwise the rest of the reserve returns to the general ranking.</remarks>
public sealed record RoleQuota(StakeholderRole Role, int Minimum, int Maximum);
