using System.Collections.Immutable;
using System.Globalization;
using FluentResults;

namespace Summit.Core.Selection;

/// <summary>Builds an immutable selection pipeline: filters, ranking keys, quotas and caps, validated as they are added.</summary>
/// <typeparam name="TCandidate">The kind of candidate.</typeparam>
/// <remarks>
/// <para>The product ranks the candidates that pass every filter by the ranking keys in the order added (lower first;
/// ties fall to the next key and finally to the ordinal order of identifiers), reserves quota minimums, then fills the
/// places and the standby list down the ranking, skipping anyone a quota maximum or a cap blocks. It is order-independent,
/// deterministic and thread-safe.</para>
/// <para>Invalid settings (a negative minimum, a maximum below its minimum, a blank name) are collected and returned by
/// <see cref="Build"/> as <see cref="ErrorCodes.Selection.PolicyConfigurationInvalid"/> errors, because settings often
/// come from data. The builder is not thread-safe and refuses changes after <see cref="Build"/>.</para>
/// </remarks>
public sealed class SelectionPolicyBuilder<TCandidate>
{
    private readonly string _name;
    private readonly List<FilterStage<TCandidate>> _filters = [];
    private readonly List<OrderStage<TCandidate>> _orders = [];
    private readonly List<QuotaStage<TCandidate>> _quotas = [];
    private readonly List<CapStage<TCandidate>> _caps = [];
    private readonly List<SummitError> _errors = [];
    private bool _built;

    /// <summary>Initializes a builder for a policy with the given name.</summary>
    /// <param name="name">The policy's name, used in explanations and errors.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public SelectionPolicyBuilder(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        _name = name;
        if (string.IsNullOrWhiteSpace(name))
        {
            _errors.Add(Invalid("A selection policy needs a name."));
        }
    }

    /// <summary>Adds a filter: candidates it matches are not selected, with this reason.</summary>
    /// <param name="code">The reason's stable code, for example <see cref="SelectionReasonCodes.RegisteredLate"/>.</param>
    /// <param name="message">The reason in words.</param>
    /// <param name="excludes">Whether a candidate is filtered out.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    public SelectionPolicyBuilder<TCandidate> Exclude(string code, string message, Func<TCandidate, bool> excludes)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(excludes);
        ThrowIfBuilt();
        if (string.IsNullOrWhiteSpace(code))
        {
            _errors.Add(Invalid("A filter needs a reason code."));
        }

        _filters.Add(new FilterStage<TCandidate>(code, message, excludes));
        return this;
    }

    /// <summary>Adds priority tiers as the next ranking key: a candidate ranks by the first tier that includes it.</summary>
    /// <param name="tiers">The tiers, highest priority first; at least one.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tiers"/> or a tier is null.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    public SelectionPolicyBuilder<TCandidate> ThenByTiers(params IEnumerable<SelectionTier<TCandidate>> tiers)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        ThrowIfBuilt();
        var list = tiers.ToImmutableArray();
        foreach (var tier in list)
        {
            ArgumentNullException.ThrowIfNull(tier, nameof(tiers));
        }

        if (list.IsEmpty)
        {
            _errors.Add(Invalid("Priority tiers need at least one tier."));
        }

        _orders.Add(new TierStage<TCandidate>(list));
        return this;
    }

    /// <summary>Adds a numeric ranking key: lower values rank first.</summary>
    /// <param name="key">The key, for example submission ticks.</param>
    /// <param name="describe">Explains a candidate's key in words, for the rank reason.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    public SelectionPolicyBuilder<TCandidate> ThenBy(Func<TCandidate, long> key, Func<TCandidate, string> describe)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(describe);
        ThrowIfBuilt();
        _orders.Add(new KeyStage<TCandidate>(key, describe));
        return this;
    }

    /// <summary>Adds a lottery as the next ranking key, drawn from the context's random source over the eligible candidates in ordinal identifier order.</summary>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    public SelectionPolicyBuilder<TCandidate> ThenByLottery()
    {
        ThrowIfBuilt();
        _orders.Add(LotteryStage<TCandidate>.Instance);
        return this;
    }

    /// <summary>Adds a quota: members hold at least <paramref name="minimum"/> (when enough are eligible) and at most <paramref name="maximum"/> places.</summary>
    /// <param name="name">The quota's name, for example "tool creators".</param>
    /// <param name="isMember">Whether a candidate counts towards the quota.</param>
    /// <param name="minimum">The places reserved for members; not negative.</param>
    /// <param name="maximum">The most places (and standby ranks) members may hold; at least <paramref name="minimum"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    public SelectionPolicyBuilder<TCandidate> WithQuota(string name, Func<TCandidate, bool> isMember, int minimum, int maximum)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(isMember);
        ThrowIfBuilt();
        if (minimum < 0 || maximum < minimum)
        {
            _errors.Add(Invalid($"Quota '{name}' needs 0 <= minimum <= maximum (got {minimum.ToString(CultureInfo.InvariantCulture)} and {maximum.ToString(CultureInfo.InvariantCulture)}).")
                .WithMetadata("quota", name).WithMetadata("minimum", minimum).WithMetadata("maximum", maximum));
        }

        _quotas.Add(new QuotaStage<TCandidate>(name, isMember, minimum, maximum));
        return this;
    }

    /// <summary>Adds a cap: at most <paramref name="maximum"/> places (and standby ranks) per group, groups compared ignoring case.</summary>
    /// <param name="name">The cap's name, for example "cap per project".</param>
    /// <param name="groupsOf">The groups a candidate belongs to (none, one or several).</param>
    /// <param name="maximum">The most per group; at least 1.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    public SelectionPolicyBuilder<TCandidate> WithCap(string name, Func<TCandidate, IEnumerable<string>> groupsOf, int maximum)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(groupsOf);
        ThrowIfBuilt();
        if (maximum < 1)
        {
            _errors.Add(Invalid($"The {name} must be at least 1 (got {maximum.ToString(CultureInfo.InvariantCulture)}).").WithMetadata("cap", name).WithMetadata("maximum", maximum));
        }

        _caps.Add(new CapStage<TCandidate>(name, groupsOf, maximum));
        return this;
    }

    /// <summary>Adds every stage of a built-in policy (filters, ranking keys, quotas, caps), after the stages already added.</summary>
    /// <param name="policy">A policy made by <see cref="SelectionPolicies"/> or by another builder.</param>
    /// <returns>This builder.</returns>
    /// <remarks>Only built-in and builder-made policies have stages; any other policy is recorded as a configuration error.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    public SelectionPolicyBuilder<TCandidate> Include(ISelectionPolicy<TCandidate> policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ThrowIfBuilt();
        if (policy is PipelinePolicy<TCandidate> pipeline)
        {
            _filters.AddRange(pipeline.Filters);
            _orders.AddRange(pipeline.Orders);
            _quotas.AddRange(pipeline.Quotas);
            _caps.AddRange(pipeline.Caps);
        }
        else
        {
            _errors.Add(Invalid($"Policy '{policy.Name}' is not built from stages, so it cannot be included; wrap it with SelectionPolicies.Filtered or run it on its own.").WithMetadata("policy", policy.Name));
        }

        return this;
    }

    /// <summary>Builds the immutable policy, or returns every configuration error found.</summary>
    /// <returns>The policy, or <see cref="ErrorCodes.Selection.PolicyConfigurationInvalid"/> errors.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    public Result<ISelectionPolicy<TCandidate>> Build()
    {
        ThrowIfBuilt();
        _built = true;
        if (_errors.Count > 0)
        {
            return Result.Fail<ISelectionPolicy<TCandidate>>(_errors);
        }

        return Result.Ok<ISelectionPolicy<TCandidate>>(new PipelinePolicy<TCandidate>(_name, [.. _filters], [.. _orders], [.. _quotas], [.. _caps]));
    }

    private SummitError Invalid(string message) =>
        new SummitError(ErrorCodes.Selection.PolicyConfigurationInvalid, message).WithMetadata("policy", _name);

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built its policy; start a new builder.");
        }
    }
}
