using Microsoft.Extensions.Options;
using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.Summits;
using Summit.Core.Voting;

namespace Summit.Core.DependencyInjection;

/// <summary>Options for <c>AddSummitCore</c>: which strategy each plain service is, and the grace the injected intake applies.</summary>
/// <remarks>
/// <para>Read through <see cref="IOptions{TOptions}"/>: every <c>AddSummitCore(configure)</c> call adds its
/// <c>configure</c> the way <c>services.Configure</c> does, and <c>AddSummitCore(section)</c> reads a configuration
/// section, so later calls override earlier ones key by key.</para>
/// <para>Validated when the host starts (<c>ValidateOnStart</c>), or, without a host, when the options are first
/// resolved (<see cref="IOptions{TOptions}.Value"/>, or any service that needs them, such as the plain
/// <see cref="ITallyMethod"/>): an invalid value, an unknown strategy name, or a configuration key that is unknown or
/// does not parse throws <see cref="OptionsValidationException"/> naming the option. Registration itself never
/// throws for a bad value.</para>
/// <para>A name is known when a keyed service of that type is registered under exactly that name (the built-ins are,
/// and so are your own) or when the built-in catalogue (<see cref="TallyMethods"/>, <see cref="TieBreakers"/>,
/// <see cref="Packers"/>) has it.</para>
/// </remarks>
public sealed class SummitCoreOptions
{
    /// <summary>Gets or sets the grace period the injected <see cref="ISummitIntakeFactory"/> applies to the registration and proposal deadlines when the caller gives no <c>DeadlinePolicy</c> for them.</summary>
    /// <value>The default value is <see cref="Duration.Zero"/> (no grace). Must not be negative. In configuration: <c>[-][d.]hh:mm:ss[.fffffff]</c>, for example <c>00:15:00</c>.</value>
    public Duration DefaultGracePeriod { get; set; } = Duration.Zero;

    /// <summary>Gets or sets the name of the tally method resolved as the plain <see cref="ITallyMethod"/>.</summary>
    /// <value>The default value is <c>schulze</c>. Must name a keyed <see cref="ITallyMethod"/> or a method of <see cref="TallyMethods.Names"/>.</value>
    public string DefaultTallyMethod { get; set; } = "schulze";

    /// <summary>Gets or sets the name of the tie-breaker resolved as the plain <see cref="ITieBreaker"/>.</summary>
    /// <value>
    /// The default value is <c>previous-rounds</c>, the default of every built-in tally method. Must name a keyed
    /// <see cref="ITieBreaker"/> or a built-in tie-breaker; a lottery is written <c>lottery:SEED</c>.
    /// </value>
    public string DefaultTieBreaker { get; set; } = "previous-rounds";

    /// <summary>Gets or sets the name of the agenda packer resolved as the plain <see cref="IAgendaPacker"/>.</summary>
    /// <value>The default value is <c>exact</c>. Must name a keyed <see cref="IAgendaPacker"/> or a packer of <see cref="Packers.Names"/>.</value>
    public string DefaultPacker { get; set; } = "exact";

    /// <summary>Gets the problems found while reading a configuration section, each naming its key; reported by the validator.</summary>
    internal List<string> ConfigurationProblems { get; } = [];
}
