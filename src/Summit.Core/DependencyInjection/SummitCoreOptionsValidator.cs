namespace Summit.Core;

/// <summary>Checks <see cref="SummitCoreOptions"/> when they are registered.</summary>
internal static class SummitCoreOptionsValidator
{
    public static void ThrowIfInvalid(SummitCoreOptions options)
    {
        if (options.DefaultGracePeriod < NodaTime.Duration.Zero)
        {
            throw new ArgumentException("DefaultGracePeriod must not be negative.", nameof(options));
        }

        if (string.IsNullOrWhiteSpace(options.DefaultTallyMethod))
        {
            throw new ArgumentException("DefaultTallyMethod must name a tally method.", nameof(options));
        }

        if (string.IsNullOrWhiteSpace(options.DefaultPacker))
        {
            throw new ArgumentException("DefaultPacker must name a packer.", nameof(options));
        }
    }
}
