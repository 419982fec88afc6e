using Microsoft.Extensions.DependencyInjection.Extensions;
using Summit.Core.Scheduling;
using Summit.Core.Scheduling.OrTools;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the CP-SAT agenda packer with a <see cref="IServiceCollection"/>.</summary>
public static class CpSatServiceCollectionExtensions
{
    /// <summary>Adds <see cref="CpSatPacker"/> as a keyed <see cref="IAgendaPacker"/> singleton named <c>cp-sat</c>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="options">The packer's limits and solver settings; null means <see cref="CpSatPackerOptions.Default"/>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>
    /// Uses <c>TryAdd</c> only: a packer registered under <c>cp-sat</c> before wins, and a second call adds nothing. With
    /// <c>AddSummitCore</c>, setting <c>SummitCoreOptions.DefaultPacker</c> to <c>cp-sat</c> makes it the plain
    /// <see cref="IAgendaPacker"/> (the options validator accepts every keyed packer's name).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (see <see cref="CpSatPacker(CpSatPackerOptions?)"/>).</exception>
    public static IServiceCollection AddCpSatPacker(this IServiceCollection services, CpSatPackerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddKeyedSingleton<IAgendaPacker>(CpSatPacker.PackerName, new CpSatPacker(options));
        return services;
    }
}
