using Microsoft.Extensions.DependencyInjection;

namespace Summit.Core.Selection;

/// <summary>Registers the Selection area's named strategies; called by <c>AddSummitCore</c>.</summary>
internal static class SelectionRegistration
{
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
    }
}
