using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Summit.Core.Voting;

/// <summary>Registers the Voting area's named strategies; called by <c>AddSummitCore</c>.</summary>
/// <remarks>
/// Every built-in <see cref="ITallyMethod"/> and <see cref="ITieBreaker"/> becomes a keyed singleton under its name
/// (and <c>stv</c> for Scottish STV), the methods are also added to the plain <see cref="ITallyMethod"/> enumeration,
/// and <see cref="ITallyMethodProvider"/> looks them up by name. <c>TryAdd*</c> only.
/// </remarks>
internal static class VotingRegistration
{
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var method in TallyMethods.All)
        {
            services.TryAddKeyedSingleton(method.Name, method);
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(ITallyMethod), method));
        }

        services.TryAddKeyedSingleton("stv", TallyMethods.ScottishStv);
        services.TryAddKeyedSingleton("previous-rounds", TieBreakers.PreviousRounds);
        services.TryAddKeyedSingleton("declared-order", TieBreakers.DeclaredOrder);
        services.TryAddSingleton<ITallyMethodProvider, TallyMethodProvider>();
    }
}
