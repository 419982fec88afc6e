using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

using Summit.Core.Scheduling;

namespace Summit.Core.DependencyInjection;

/// <summary>Registers the Scheduling area's named strategies; called by <c>AddSummitCore</c>.</summary>
/// <remarks>
/// Every built-in <see cref="IAgendaPacker"/> is a keyed singleton under its name; the plain <see cref="IAgendaPacker"/>
/// is the one named by <see cref="SummitCoreOptions.DefaultPacker"/>. <c>TryAdd*</c> only.
/// </remarks>
internal static class SchedulingRegistration
{
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var packer in Packers.All)
        {
            services.TryAddKeyedSingleton(packer.Name, packer);
        }

        services.TryAddSingleton(sp => NamedStrategies.Default<IAgendaPacker>(sp, o => o.DefaultPacker, Packers.TryGet));
    }
}
