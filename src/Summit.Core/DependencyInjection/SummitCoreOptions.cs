using NodaTime;

namespace Summit.Core;

/// <summary>Options for <see cref="SummitCoreServiceCollectionExtensions.AddSummitCore"/>.</summary>
/// <remarks>Validated when registered: an invalid value makes <c>AddSummitCore</c> throw <see cref="ArgumentException"/>, which is a programmer error.</remarks>
public sealed class SummitCoreOptions
{
    /// <summary>Gets or sets the grace period applied to deadlines when a caller does not give one.</summary>
    /// <value>The default value is <see cref="Duration.Zero"/>. Must not be negative.</value>
    public Duration DefaultGracePeriod { get; set; } = Duration.Zero;

    /// <summary>Gets or sets the name of the tally method used when a caller does not name one.</summary>
    /// <value>The default value is <c>schulze</c>.</value>
    public string DefaultTallyMethod { get; set; } = "schulze";

    /// <summary>Gets or sets the name of the agenda packer used when a caller does not name one.</summary>
    /// <value>The default value is <c>exact</c>.</value>
    public string DefaultPacker { get; set; } = "exact";
}
