using System.Globalization;
using Summit.Core.Summits;

namespace Summit.Core.Selection;

/// <summary>A quota of the default summit policy: at least <paramref name="Minimum"/> and at most <paramref name="Maximum"/> places for the registrations it counts.</summary>
/// <param name="Subject">What the quota counts: a role, an organization, a project or first-time attendees.</param>
/// <param name="Minimum">The places reserved for the quota's members; must not be negative.</param>
/// <param name="Maximum">The most places (and standby ranks) for the quota's members; at least the minimum.</param>
/// <remarks>
/// Immutable; make one with <see cref="ForRole"/>, <see cref="ForOrganization"/>, <see cref="ForProject"/> or
/// <see cref="ForFirstTime"/>. A minimum may also be a share of the places (<see cref="MinimumShare"/>): it is resolved
/// against the capacity with <see cref="ForCapacity"/> (the planner does this) to <c>ceil(share × capacity)</c>, and the
/// larger of the two minimums counts. Minimums are met when enough eligible candidates are members; otherwise the rest
/// of the reserve returns to the general ranking.
/// </remarks>
public sealed record SelectionQuota(QuotaSubject Subject, int Minimum, int Maximum)
{
    /// <summary>Gets the role of a <see cref="QuotaSubject.Role"/> quota.</summary>
    public StakeholderRole? Role { get; init; }

    /// <summary>Gets the organization or project name of an <see cref="QuotaSubject.Organization"/> or <see cref="QuotaSubject.Project"/> quota.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the minimum as a share of the places (0 to 1), if given; null when the minimum is a count only.</summary>
    public double? MinimumShare { get; init; }

    /// <summary>Gets the quota's name as reasons show it (for example <c>first-time attendees</c> or <c>organization 'PyPA'</c>).</summary>
    public string Label => Subject switch
    {
        QuotaSubject.Role => Role is { } role ? SelectionPolicies.RoleName(role) : "role",
        QuotaSubject.Organization => $"organization '{Name}'",
        QuotaSubject.Project => $"project '{Name}'",
        _ => "first-time attendees",
    };

    /// <summary>A quota for one stakeholder role.</summary>
    /// <param name="role">The role.</param>
    /// <param name="minimum">The places reserved.</param>
    /// <param name="maximum">The most places.</param>
    /// <returns>The quota.</returns>
    public static SelectionQuota ForRole(StakeholderRole role, int minimum, int maximum) => new(QuotaSubject.Role, minimum, maximum) { Role = role };

    /// <summary>A quota for one organization (compared ignoring case).</summary>
    /// <param name="name">The organization.</param>
    /// <param name="minimum">The places reserved.</param>
    /// <param name="maximum">The most places.</param>
    /// <returns>The quota.</returns>
    public static SelectionQuota ForOrganization(string name, int minimum, int maximum) => new(QuotaSubject.Organization, minimum, maximum) { Name = name };

    /// <summary>A quota for one project (compared ignoring case).</summary>
    /// <param name="name">The project.</param>
    /// <param name="minimum">The places reserved.</param>
    /// <param name="maximum">The most places.</param>
    /// <returns>The quota.</returns>
    public static SelectionQuota ForProject(string name, int minimum, int maximum) => new(QuotaSubject.Project, minimum, maximum) { Name = name };

    /// <summary>A quota for first-time attendees.</summary>
    /// <param name="minimum">The places reserved.</param>
    /// <param name="maximum">The most places.</param>
    /// <returns>The quota.</returns>
    public static SelectionQuota ForFirstTime(int minimum, int maximum) => new(QuotaSubject.FirstTime, minimum, maximum);

    /// <summary>Whether a registration counts towards the quota.</summary>
    /// <param name="registration">The registration.</param>
    /// <returns>True when it is a member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registration"/> is null.</exception>
    public bool Includes(Registration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        return Subject switch
        {
            QuotaSubject.Role => Role is { } role && registration.Roles.Contains(role),
            QuotaSubject.Organization => Same(registration.Organization, Name),
            QuotaSubject.Project => registration.Projects.Any(p => Same(p, Name)),
            _ => registration.FirstTime == true,
        };
    }

    /// <summary>Resolves <see cref="MinimumShare"/> against a capacity: the minimum becomes the larger of <see cref="Minimum"/> and <c>ceil(share × capacity)</c> (never above <see cref="Maximum"/>).</summary>
    /// <param name="capacity">The places.</param>
    /// <returns>The quota with a count minimum and no share.</returns>
    public SelectionQuota ForCapacity(int capacity)
    {
        if (MinimumShare is not { } share)
        {
            return this;
        }

        // Rounded to 6 decimals first so that, for example, 0.2 × 10 is 2 and not 3.
        var fromShare = (int)Math.Ceiling(Math.Round(share * Math.Max(0, capacity), 6));
        return this with { Minimum = Math.Min(Maximum, Math.Max(Minimum, fromShare)), MinimumShare = null };
    }

    /// <summary>Describes the quota, for example <c>first-time attendees: minimum 20% of the places, maximum 5</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var min = MinimumShare is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s * 100:0.##}% of the places") : Minimum.ToString(CultureInfo.InvariantCulture);
        var max = Maximum == int.MaxValue ? "none" : Maximum.ToString(CultureInfo.InvariantCulture);
        return $"{Label}: minimum {min}, maximum {max}";
    }

    private static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
