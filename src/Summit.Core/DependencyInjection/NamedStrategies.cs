using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Summit.Core.DependencyInjection;

/// <summary>Resolves the plain service of a strategy kind from the name in <see cref="SummitCoreOptions"/>.</summary>
internal static class NamedStrategies
{
    /// <summary>The shape of the catalogues' lookups (<c>TallyMethods.TryGet</c> and the like).</summary>
    public delegate bool TryGet<T>(string name, [NotNullWhen(true)] out T? value)
        where T : class;

    /// <summary>
    /// The keyed service registered under exactly <paramref name="select"/>'s name, so your own strategy (or your
    /// override of a built-in) wins; else the built-in of that name.
    /// </summary>
    public static T Default<T>(IServiceProvider services, Func<SummitCoreOptions, string> select, TryGet<T> builtIn)
        where T : class
    {
        var name = select(services.GetRequiredService<IOptions<SummitCoreOptions>>().Value);
        return services.GetKeyedService<T>(name)
            ?? (builtIn(name, out var found) ? found : services.GetRequiredKeyedService<T>(name));
    }
}
