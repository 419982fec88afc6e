using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Summit.Core.DependencyInjection;

/// <summary>Reads <see cref="SummitCoreOptions"/> from a configuration section, key by key, without reflection (trim- and AOT-safe).</summary>
/// <remarks>
/// Keys are matched case-insensitively, as configuration does. A key that is not an option, a key with children, or a
/// value that does not parse is not thrown here: it is recorded and reported by the validator, naming the key's path.
/// Keys the section does not have leave the option as earlier configuration left it.
/// </remarks>
internal sealed class SummitCoreConfigurationReader(IConfiguration section) : IConfigureOptions<SummitCoreOptions>
{
    private static readonly string[] Known =
    [
        nameof(SummitCoreOptions.DefaultGracePeriod),
        nameof(SummitCoreOptions.DefaultTallyMethod),
        nameof(SummitCoreOptions.DefaultTieBreaker),
        nameof(SummitCoreOptions.DefaultPacker),
    ];

    public void Configure(SummitCoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var child in section.GetChildren())
        {
            var key = Array.Find(Known, k => string.Equals(k, child.Key, StringComparison.OrdinalIgnoreCase));
            if (key is null)
            {
                options.ConfigurationProblems.Add($"Configuration key '{child.Path}' is not a Summit.Core option; known: {string.Join(", ", Known)}.");
                continue;
            }

            if (child.Value is not { } value)
            {
                options.ConfigurationProblems.Add($"Configuration key '{child.Path}' ({key}) must be a single value, not a section.");
                continue;
            }

            switch (key)
            {
                case nameof(SummitCoreOptions.DefaultGracePeriod):
                    if (TimeSpan.TryParseExact(value.Trim(), "c", CultureInfo.InvariantCulture, out var grace))
                    {
                        options.DefaultGracePeriod = Duration.FromTimeSpan(grace);
                    }
                    else
                    {
                        options.ConfigurationProblems.Add($"Configuration key '{child.Path}' ({key}): '{value}' is not a duration; write [-][d.]hh:mm:ss[.fffffff], for example 00:15:00.");
                    }

                    break;
                case nameof(SummitCoreOptions.DefaultTallyMethod):
                    options.DefaultTallyMethod = value;
                    break;
                case nameof(SummitCoreOptions.DefaultTieBreaker):
                    options.DefaultTieBreaker = value;
                    break;
                default:
                    options.DefaultPacker = value;
                    break;
            }
        }
    }
}
