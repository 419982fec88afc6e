using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Summit.Core.Scheduling;
using Summit.Core.Selection;
using Summit.Core.Voting;

namespace Summit.Core.DependencyInjection;

/// <summary>
/// Registers the built-in strategies the same way for every kind: each keyed by its name, and the plain service chosen
/// by name from <see cref="SummitCoreOptions"/>.
/// </summary>
internal static class BuiltInStrategies
{
    /// <summary>The key of the default attendee selection policy.</summary>
    public const string DefaultPolicyName = "summit-default";

    /// <summary>The shape of the catalogues' lookups (<c>TallyMethods.TryGet</c> and the like).</summary>
    public delegate bool TryGet<T>(string name, [NotNullWhen(true)] out T? value)
        where T : class;

    /// <summary>Adds tally methods, tie-breakers, packers and the default selection policy (<c>TryAdd*</c> only).</summary>
    public static void Register(IServiceCollection services)
    {
        AddNamed(services, TallyMethods.All, m => m.Name, o => o.DefaultTallyMethod, TallyMethods.TryGet);
        services.TryAddKeyedSingleton("stv", TallyMethods.ScottishStv);
        services.TryAddSingleton<ITallyMethodProvider, TallyMethodProvider>();

        // The lottery is not keyed: it exists only with its published seed (`lottery:SEED`).
        AddNamed(services, [TieBreakers.PreviousRounds, TieBreakers.DeclaredOrder], t => t.Name, o => o.DefaultTieBreaker, TieBreakers.TryGet);
        AddNamed(services, Packers.All, p => p.Name, o => o.DefaultPacker, Packers.TryGet);

        var policy = SelectionPolicies.DefaultSummit().Value;
        services.TryAddKeyedSingleton(DefaultPolicyName, policy);
        services.TryAddSingleton(policy);
    }

    /// <summary>Registers every built-in keyed by its name, and the plain service as <see cref="Default"/> picks it.</summary>
    private static void AddNamed<T>(IServiceCollection services, IEnumerable<T> builtIns, Func<T, string> name, Func<SummitCoreOptions, string> option, TryGet<T> lookup)
        where T : class
    {
        foreach (var strategy in builtIns)
        {
            services.TryAddKeyedSingleton(name(strategy), strategy);
        }

        services.TryAddSingleton(sp => Default(sp, option, lookup));
    }

    /// <summary>
    /// The keyed service registered under exactly the option's name, so your own strategy (or your override of a
    /// built-in) wins; else the built-in of that name.
    /// </summary>
    private static T Default<T>(IServiceProvider services, Func<SummitCoreOptions, string> option, TryGet<T> builtIn)
        where T : class
    {
        var name = option(services.GetRequiredService<IOptions<SummitCoreOptions>>().Value);
        return services.GetKeyedService<T>(name)
            ?? (builtIn(name, out var found) ? found : services.GetRequiredKeyedService<T>(name));
    }
}
