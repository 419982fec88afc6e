using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using Summit.Core.Planning;
using Summit.Core.Summits;

using Summit.Core.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Summit.Core with a <see cref="IServiceCollection"/>.</summary>
public static class SummitCoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds Summit.Core's services and, when given, a configuration of <see cref="SummitCoreOptions"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options, like <c>services.Configure</c>; optional.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>
    /// <para>Registers, with <c>TryAdd*</c> only (services registered before win, and a second call adds no service): a
    /// NodaTime <see cref="IClock"/> (<see cref="SystemClock.Instance"/>, only when none is registered); the options
    /// through <see cref="IOptions{TOptions}"/>, validated at start; every built-in tally method, tie-breaker and packer
    /// as a keyed singleton under its name, and the plain <c>ITallyMethod</c>, <c>ITieBreaker</c> and
    /// <c>IAgendaPacker</c> named by the options; <c>ITallyMethodProvider</c>; the default summit selection policy;
    /// <see cref="ISummitIntakeFactory"/> and <see cref="ISummitPlanner"/> (which reads "now" from the <see cref="IClock"/>).</para>
    /// <para>Every call adds its <paramref name="configure"/>: two calls compose like two <c>services.Configure</c>
    /// calls, in order. Invalid options are reported when the host starts, or on first resolution without a host
    /// (see <see cref="SummitCoreOptions"/>), never by this method.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddSummitCore(this IServiceCollection services, Action<SummitCoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddServices(services);
        if (configure is not null)
        {
            services.Configure(configure);
        }

        return services;
    }

    /// <summary>Adds Summit.Core's services and reads <see cref="SummitCoreOptions"/> from a configuration section.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The section (for example <c>configuration.GetSection("SummitCore")</c>) whose keys are the option names.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>
    /// <para>Registers the same services as <see cref="AddSummitCore(IServiceCollection, Action{SummitCoreOptions}?)"/>.
    /// The section is read key by key when the options are built (no reflection binding: trim- and AOT-safe), keys
    /// case-insensitive: <c>DefaultGracePeriod</c> (<c>[-][d.]hh:mm:ss[.fffffff]</c>, for example <c>00:15:00</c>),
    /// <c>DefaultTallyMethod</c>, <c>DefaultTieBreaker</c>, <c>DefaultPacker</c>. A missing key keeps the value earlier
    /// configuration gave. An unknown key, a key with children, or a value that does not parse is a validation error
    /// naming the key, reported with the others at start or on first resolution.</para>
    /// <para>The section is read once, when the options are first built; later changes to the configuration are not seen.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="section"/> is null.</exception>
    public static IServiceCollection AddSummitCore(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        AddServices(services);
        services.AddSingleton<IConfigureOptions<SummitCoreOptions>>(new SummitCoreConfigurationReader(section));
        return services;
    }

    private static void AddServices(IServiceCollection services)
    {
        var validator = ServiceDescriptor.Singleton<IValidateOptions<SummitCoreOptions>, SummitCoreOptionsValidator>();
        if (!services.Any(d => d.ServiceType == validator.ServiceType && d.ImplementationType == validator.ImplementationType))
        {
            // ValidateOnStart adds a configuration of the start-up validator each time it is called: once is enough.
            services.AddOptions<SummitCoreOptions>().ValidateOnStart();
            services.Add(validator);
        }

        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<ISummitIntakeFactory, DefaultSummitIntakeFactory>();
        services.TryAddSingleton<ISummitPlanner, DefaultSummitPlanner>();
        BuiltInStrategies.Register(services);
    }
}
