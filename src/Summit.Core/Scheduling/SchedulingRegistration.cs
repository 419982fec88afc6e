using Microsoft.Extensions.DependencyInjection;

namespace Summit.Core.Scheduling;

/// <summary>Registers the Scheduling area's named strategies; called by <c>AddSummitCore</c>.</summary>
internal static class SchedulingRegistration
{
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
    }
}
