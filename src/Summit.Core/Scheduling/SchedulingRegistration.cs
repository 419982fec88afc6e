using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Summit.Core.Scheduling;

/// <summary>Registers the Scheduling area's named strategies; called by <c>AddSummitCore</c>.</summary>
/// <remarks>Every built-in <see cref="IAgendaPacker"/> is a keyed singleton under its name and one of the plain <see cref="IAgendaPacker"/> singletons (resolve them all and pick by <see cref="IAgendaPacker.Name"/> in containers without keys).</remarks>
internal static class SchedulingRegistration
{
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var packer in Packers.All)
        {
            services.TryAddKeyedSingleton(packer.Name, packer);
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IAgendaPacker), packer));
        }
    }
}
