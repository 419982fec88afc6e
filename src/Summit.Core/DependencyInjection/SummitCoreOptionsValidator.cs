using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summit.Core.Scheduling;
using Summit.Core.Voting;

namespace Summit.Core.DependencyInjection;

/// <summary>Validates <see cref="SummitCoreOptions"/> when they are built: at host start (<c>ValidateOnStart</c>) or on first resolution.</summary>
/// <remarks>Strategy names are checked against the container's keyed services and the built-in catalogues.</remarks>
internal sealed class SummitCoreOptionsValidator(IServiceProvider services) : IValidateOptions<SummitCoreOptions>
{
    public ValidateOptionsResult Validate(string? name, SummitCoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>(options.ConfigurationProblems);
        if (options.DefaultGracePeriod < NodaTime.Duration.Zero)
        {
            failures.Add($"{nameof(SummitCoreOptions.DefaultGracePeriod)} must not be negative (it is {options.DefaultGracePeriod}).");
        }

        var keyed = services.GetService<IServiceProviderIsKeyedService>();
        Check<ITallyMethod>(nameof(SummitCoreOptions.DefaultTallyMethod), options.DefaultTallyMethod, "tally method", TallyMethods.TryGet, TallyMethods.Names);
        Check<ITieBreaker>(nameof(SummitCoreOptions.DefaultTieBreaker), options.DefaultTieBreaker, "tie-breaker", TieBreakers.TryGet, ["previous-rounds", "declared-order", "lottery:SEED"]);
        Check<IAgendaPacker>(nameof(SummitCoreOptions.DefaultPacker), options.DefaultPacker, "agenda packer", Packers.TryGet, Packers.Names);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

        void Check<T>(string option, string? value, string what, BuiltInStrategies.TryGet<T> builtIn, IEnumerable<string> builtInNames)
            where T : class
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                failures.Add($"{option} must name a {what}.");
            }
            else if (keyed?.IsKeyedService(typeof(T), value) != true && !builtIn(value, out _))
            {
                failures.Add($"{option}: no {what} is named '{value}'; expected a keyed {typeof(T).Name} or one of {string.Join(", ", builtInNames)}.");
            }
        }
    }
}
