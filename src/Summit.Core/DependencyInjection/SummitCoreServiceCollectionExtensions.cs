using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Summit.Core;

/// <summary>Registers Summit.Core with a <see cref="IServiceCollection"/>.</summary>
public static class SummitCoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds Summit.Core's services: a NodaTime <see cref="IClock"/> (only when none is registered yet), the options,
    /// and every built-in strategy by name (tally methods, tie-breakers, packers) as keyed and plain singletons.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options; optional.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>Uses <c>TryAdd*</c> only: calling it twice changes nothing, and services registered before it win.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">The configured options are invalid.</exception>
    public static IServiceCollection AddSummitCore(this IServiceCollection services, Action<SummitCoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new SummitCoreOptions();
        configure?.Invoke(options);
        SummitCoreOptionsValidator.ThrowIfInvalid(options);

        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(options);
        Voting.VotingRegistration.Register(services);
        Selection.SelectionRegistration.Register(services);
        Scheduling.SchedulingRegistration.Register(services);
        return services;
    }
}
