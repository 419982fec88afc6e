using System.Collections.Immutable;

namespace Summit.Core.Results;

/// <summary>An informational reason attached to a successful <see cref="Result"/>.</summary>
/// <param name="Message">The human-readable message.</param>
public sealed record Success(string Message) : IReason
{
    /// <inheritdoc />
    public IReadOnlyDictionary<string, object> Metadata { get; } =
        ImmutableSortedDictionary.Create<string, object>(StringComparer.Ordinal);
}
