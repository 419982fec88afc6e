using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

using Summit.Core.Voting;

namespace Summit.Core.DependencyInjection;

/// <summary>Registers the Voting area's named strategies; called by <c>AddSummitCore</c>.</summary>
/// <remarks>
/// Every built-in <see cref="ITallyMethod"/> is a keyed singleton under its name (and <c>stv</c> for Scottish STV);
/// <c>previous-rounds</c> and <c>declared-order</c> are keyed <see cref="ITieBreaker"/> singletons (a lottery needs
/// its seed, so it is not). The plain <see cref="ITallyMethod"/> and <see cref="ITieBreaker"/> are the ones named by
/// <see cref="SummitCoreOptions.DefaultTallyMethod"/> and <see cref="SummitCoreOptions.DefaultTieBreaker"/>.
/// <see cref="ITallyMethodProvider"/> looks methods up by name. <c>TryAdd*</c> only.
/// </remarks>
internal static class VotingRegistration
{
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var method in TallyMethods.All)
        {
            services.TryAddKeyedSingleton(method.Name, method);
        }

        services.TryAddKeyedSingleton("stv", TallyMethods.ScottishStv);
        services.TryAddSingleton(sp => NamedStrategies.Default<ITallyMethod>(sp, o => o.DefaultTallyMethod, TallyMethods.TryGet));
        services.TryAddKeyedSingleton(TieBreakers.PreviousRounds.Name, TieBreakers.PreviousRounds);
        services.TryAddKeyedSingleton(TieBreakers.DeclaredOrder.Name, TieBreakers.DeclaredOrder);
        services.TryAddSingleton(sp => NamedStrategies.Default<ITieBreaker>(sp, o => o.DefaultTieBreaker, TieBreakers.TryGet));
        services.TryAddSingleton<ITallyMethodProvider, TallyMethodProvider>();
    }
}
