using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Summit.Core.Summits;

using Summit.Core.Selection;

namespace Summit.Core.DependencyInjection;

/// <summary>Registers the Selection area's named strategies; called by <c>AddSummitCore</c>.</summary>
/// <remarks>
/// The default summit policy (<see cref="SelectionPolicies.DefaultSummit"/> with default options) is registered as
/// <see cref="ISelectionPolicy{TCandidate}"/> of <see cref="Registration"/>, plain and keyed by <see cref="DefaultPolicyName"/>.
/// <c>TryAdd*</c> only: a policy registered before wins.
/// </remarks>
internal static class SelectionRegistration
{
    public const string DefaultPolicyName = "summit-default";

    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var policy = SelectionPolicies.DefaultSummit().Value;
        services.TryAddKeyedSingleton(DefaultPolicyName, policy);
        services.TryAddSingleton(policy);
    }
}
