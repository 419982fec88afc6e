using System.Globalization;
using NodaTime;
using NodaTime.Text;
using FluentResults;
using Summit.Core.Summits;

namespace Summit.Core.Selection;

/// <summary>The built-in selection policies, the combinators that join them, and <see cref="Run{TCandidate}"/>, the safe way to run any policy.</summary>
/// <remarks>
/// Every built-in is a complete, order-independent, deterministic and thread-safe policy: alone it filters or ranks
/// by its one rule (ties broken by ordinal identifier) and fills the places and standby list down the ranking.
/// <see cref="Combine{TCandidate}"/> (or <see cref="SelectionPolicyBuilder{TCandidate}.Include"/>) joins built-ins into one
/// pipeline: all filters, ranking keys in the order given, all quotas and caps. Numbers given in code that make no sense
/// (a negative maximum) throw <see cref="ArgumentOutOfRangeException"/>; use the builder for settings that come from data.
/// </remarks>
public static class SelectionPolicies
{
    /// <summary>Runs a policy safely: an exception becomes <see cref="ErrorCodes.Selection.PolicyThrew"/> and a contract breach
    /// <see cref="ErrorCodes.Selection.PolicyBrokeContract"/>, both naming the policy; never a half-made result.</summary>
    /// <typeparam name="TCandidate">The kind of candidate.</typeparam>
    /// <param name="policy">The policy.</param>
    /// <param name="context">The context.</param>
    /// <returns>The checked result, or coded errors.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<SelectionResult<TCandidate>> Run<TCandidate>(ISelectionPolicy<TCandidate> policy, SelectionContext<TCandidate> context)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(context);
        string name;
        Result<SelectionResult<TCandidate>>? result;
        try
        {
            name = policy.Name ?? policy.GetType().Name;
            result = policy.Select(context);
        }
#pragma warning disable CA1031 // A user policy may throw anything; the contract turns it into a coded error.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            var policyName = SafeName(policy);
            return Result.Fail<SelectionResult<TCandidate>>(new SummitError(ErrorCodes.Selection.PolicyThrew, $"Policy '{policyName}' threw {ex.GetType().Name}: {ex.Message}")
                .WithMetadata("policy", policyName).WithMetadata("exception", ex.GetType().FullName ?? ex.GetType().Name));
        }

        if (result is null)
        {
            return Result.Fail<SelectionResult<TCandidate>>(new SummitError(ErrorCodes.Selection.PolicyBrokeContract, $"Policy '{name}' returned no result.").WithMetadata("policy", name));
        }

        return result.IsFailed ? result : SelectionContract.Check(name, context, result.Value);
    }

    /// <summary>Creates the default attendee policy of a packaging summit.</summary>
    /// <param name="options">The settings; null for the defaults.</param>
    /// <returns>The policy, or <see cref="ErrorCodes.Selection.PolicyConfigurationInvalid"/> errors for bad settings.</returns>
    /// <remarks>
    /// In order: registrations submitted at or after <see cref="DefaultSummitPolicyOptions.RegistrationClosesAt"/> are filtered out;
    /// observers are filtered out or ranked after every participant; the tiers of <see cref="SummitTiers"/> (active tool contributors,
    /// then tool creators and maintainers, then everyone); within a tier a lottery (optionally after submission order);
    /// caps per project and organization; role quotas, then the other quotas (<see cref="DefaultSummitPolicyOptions.Quotas"/>). Capacity, standby places and the lottery's random source come from the context.
    /// </remarks>
    public static Result<ISelectionPolicy<Registration>> DefaultSummit(DefaultSummitPolicyOptions? options = null)
    {
        options ??= new DefaultSummitPolicyOptions();
        var builder = new SelectionPolicyBuilder<Registration>("summit-default");
        if (options.RegistrationClosesAt is { } closesAt)
        {
            builder.Include(RegisteredBefore(closesAt));
        }

        builder.Include(options.Observers == ObserverHandling.Exclude ? ParticipantsOnly() : ObserversLast());
        builder.Include(SummitTiers());
        if (options.TieBreak == SummitTieBreak.FirstComeThenLottery)
        {
            builder.Include(FirstComeFirstServed());
        }

        builder.ThenByLottery();
        if (options.MaximumPerProject is { } perProject)
        {
            builder.WithCap("cap per project", static r => r.Projects, perProject);
        }

        if (options.MaximumPerOrganization is { } perOrganization)
        {
            builder.WithCap("cap per organization", OrganizationOf, perOrganization);
        }

        foreach (var quota in options.RoleQuotas)
        {
            var role = quota.Role;
            builder.WithQuota(RoleName(role), r => r.Roles.Contains(role), quota.Minimum, quota.Maximum);
        }

        var errors = new List<IError>();
        foreach (var quota in options.Quotas)
        {
            if (quota.MinimumShare is not null)
            {
                errors.Add(new SummitError(ErrorCodes.Selection.PolicyConfigurationInvalid, $"Quota '{quota.Label}' gives its minimum as a share of the places: resolve it with SelectionQuota.ForCapacity before building the policy.")
                    .WithMetadata("quota", quota.Label));
                continue;
            }

            builder.WithQuota(quota.Label, quota.Includes, quota.Minimum, quota.Maximum);
        }

        if (errors.Count > 0)
        {
            return Result.Fail<ISelectionPolicy<Registration>>(errors);
        }

        return builder.Build();
    }

    /// <summary>Ranks by priority tiers: a candidate ranks by the first tier that includes it; those in no tier come last.</summary>
    /// <typeparam name="TCandidate">The kind of candidate.</typeparam>
    /// <param name="tiers">The tiers, highest priority first; at least one.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tiers"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="tiers"/> is empty.</exception>
    public static ISelectionPolicy<TCandidate> PriorityTiers<TCandidate>(params IEnumerable<SelectionTier<TCandidate>> tiers) =>
        BuildOrThrow(new SelectionPolicyBuilder<TCandidate>("priority-tiers").ThenByTiers(tiers));

    /// <summary>The summit tiers: active tool contributors, then tool creators and maintainers, then everyone.</summary>
    /// <returns>The policy.</returns>
    public static ISelectionPolicy<Registration> SummitTiers() =>
        PriorityTiers(
            new SelectionTier<Registration>("active tool contributors", static r => r.IsActiveToolContributor),
            new SelectionTier<Registration>("tool creators and maintainers", static r => r.Roles.Contains(StakeholderRole.ToolCreator)),
            new SelectionTier<Registration>("everyone", static _ => true));

    /// <summary>Ranks by submission instant, earliest first (first come, first served).</summary>
    /// <returns>The policy.</returns>
    public static ISelectionPolicy<Registration> FirstComeFirstServed() =>
        BuildOrThrow(new SelectionPolicyBuilder<Registration>("first-come-first-served")
            .ThenBy(static r => r.SubmittedAt.ToUnixTimeTicks(), static r => "submitted " + InstantPattern.General.Format(r.SubmittedAt)));

    /// <summary>Ranks by a lottery drawn from the context's random source over the eligible candidates in ordinal identifier order.</summary>
    /// <typeparam name="TCandidate">The kind of candidate.</typeparam>
    /// <returns>The policy.</returns>
    public static ISelectionPolicy<TCandidate> Lottery<TCandidate>() =>
        BuildOrThrow(new SelectionPolicyBuilder<TCandidate>("lottery").ThenByLottery());

    /// <summary>Filters out registrations submitted at or after the deadline (on time iff <c>SubmittedAt &lt; closesAt</c>).</summary>
    /// <param name="closesAt">The exclusive end of the registration window.</param>
    /// <returns>The policy.</returns>
    public static ISelectionPolicy<Registration> RegisteredBefore(Instant closesAt) =>
        BuildOrThrow(new SelectionPolicyBuilder<Registration>("registered-before")
            .Exclude(SelectionReasonCodes.RegisteredLate, $"Registered at or after the deadline {InstantPattern.General.Format(closesAt)}.", r => r.SubmittedAt >= closesAt));

    /// <summary>Filters out people who asked to attend as observers only.</summary>
    /// <returns>The policy.</returns>
    public static ISelectionPolicy<Registration> ParticipantsOnly() =>
        BuildOrThrow(new SelectionPolicyBuilder<Registration>("participants-only")
            .Exclude(SelectionReasonCodes.ObserverOnly, "Asked to attend as an observer only.", static r => r.Attendance == AttendanceKind.Observer));

    /// <summary>Ranks observers after every participant.</summary>
    /// <returns>The policy.</returns>
    public static ISelectionPolicy<Registration> ObserversLast() =>
        BuildOrThrow(new SelectionPolicyBuilder<Registration>("observers-last")
            .ThenBy(static r => r.Attendance == AttendanceKind.Observer ? 1 : 0, static r => r.Attendance == AttendanceKind.Observer ? "observer (after participants)" : "participant"));

    /// <summary>A quota for one stakeholder role.</summary>
    /// <param name="role">The role.</param>
    /// <param name="minimum">The places reserved for the role.</param>
    /// <param name="maximum">The most places (and standby ranks) for the role.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not <c>0 &lt;= minimum &lt;= maximum</c>.</exception>
    public static ISelectionPolicy<Registration> RoleQuota(StakeholderRole role, int minimum, int maximum)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimum);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, minimum);
        return BuildOrThrow(new SelectionPolicyBuilder<Registration>("role-quota").WithQuota(RoleName(role), r => r.Roles.Contains(role), minimum, maximum));
    }

    /// <summary>At most <paramref name="maximum"/> places (and standby ranks) per project (names compared ignoring case).</summary>
    /// <param name="maximum">The cap; at least 1.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is below 1.</exception>
    public static ISelectionPolicy<Registration> CapPerProject(int maximum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, 1);
        return BuildOrThrow(new SelectionPolicyBuilder<Registration>("cap-per-project").WithCap("cap per project", static r => r.Projects, maximum));
    }

    /// <summary>At most <paramref name="maximum"/> places (and standby ranks) per organization (names compared ignoring case; no organization, no cap).</summary>
    /// <param name="maximum">The cap; at least 1.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is below 1.</exception>
    public static ISelectionPolicy<Registration> CapPerOrganization(int maximum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, 1);
        return BuildOrThrow(new SelectionPolicyBuilder<Registration>("cap-per-organization").WithCap("cap per organization", OrganizationOf, maximum));
    }

    /// <summary>Joins built-in (or builder-made) policies into one pipeline: every filter, the ranking keys in the order given, every quota and cap.</summary>
    /// <typeparam name="TCandidate">The kind of candidate.</typeparam>
    /// <param name="name">The joined policy's name.</param>
    /// <param name="parts">The policies to join, highest ranking priority first.</param>
    /// <returns>The joined policy, or <see cref="ErrorCodes.Selection.PolicyConfigurationInvalid"/> when a part has no stages (a custom policy).</returns>
    /// <exception cref="ArgumentNullException">An argument or a part is null.</exception>
    public static Result<ISelectionPolicy<TCandidate>> Combine<TCandidate>(string name, params IEnumerable<ISelectionPolicy<TCandidate>> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var builder = new SelectionPolicyBuilder<TCandidate>(name);
        foreach (var part in parts)
        {
            builder.Include(part);
        }

        return builder.Build();
    }

    /// <summary>Puts a filter in front of any policy (custom ones included): matching candidates are not selected, with this reason; confirmed candidates are never filtered.</summary>
    /// <typeparam name="TCandidate">The kind of candidate.</typeparam>
    /// <param name="policy">The policy that decides for everyone else.</param>
    /// <param name="code">The reason's stable code.</param>
    /// <param name="message">The reason in words.</param>
    /// <param name="excludes">Whether a candidate is filtered out.</param>
    /// <returns>The filtered policy, with the inner policy's name and order independence.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ISelectionPolicy<TCandidate> Filtered<TCandidate>(ISelectionPolicy<TCandidate> policy, string code, string message, Func<TCandidate, bool> excludes)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(excludes);
        return new FilteredPolicy<TCandidate>(policy, code, message, excludes);
    }

    private static ISelectionPolicy<TCandidate> BuildOrThrow<TCandidate>(SelectionPolicyBuilder<TCandidate> builder)
    {
        var built = builder.Build();
        return built.IsSuccess ? built.Value : throw new ArgumentException(string.Join("; ", built.Errors.Select(e => e.Message)));
    }

    private static IEnumerable<string> OrganizationOf(Registration registration) =>
        string.IsNullOrWhiteSpace(registration.Organization) ? [] : [registration.Organization.Trim()];

    internal static string RoleName(StakeholderRole role) => role switch
    {
        StakeholderRole.ToolCreator => "tool creators",
        StakeholderRole.LibraryMaintainer => "library maintainers",
        StakeholderRole.ApplicationDeveloper => "application developers",
        StakeholderRole.DownstreamDistributor => "downstream distributors",
        StakeholderRole.Consumer => "consumers",
        _ => role.ToString(),
    };

    private static string SafeName<TCandidate>(ISelectionPolicy<TCandidate> policy)
    {
        try
        {
            return policy.Name ?? policy.GetType().Name;
        }
#pragma warning disable CA1031 // The name is only for the error message.
        catch (Exception)
#pragma warning restore CA1031
        {
            return policy.GetType().Name;
        }
    }
}
