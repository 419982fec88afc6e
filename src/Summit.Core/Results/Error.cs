using System.Collections.Immutable;
using System.Globalization;

namespace Summit.Core.Results;

/// <summary>
/// An immutable description of why an operation failed: a stable machine-readable <see cref="Code"/>,
/// a human-readable <see cref="Message"/> and optional <see cref="Metadata"/>.
/// </summary>
/// <remarks>
/// Codes are listed in <see cref="ErrorCodes"/> and documented in <c>docs/error-codes.md</c>; they never change
/// meaning once released. Messages may be reworded. Two errors are equal when code, message and metadata are equal.
/// </remarks>
public sealed class Error : IReason, IEquatable<Error>
{
    private static readonly ImmutableSortedDictionary<string, object> EmptyMetadata =
        ImmutableSortedDictionary.Create<string, object>(StringComparer.Ordinal);

    private readonly ImmutableSortedDictionary<string, object> _metadata;

    /// <summary>Initializes a new error.</summary>
    /// <param name="code">The stable code, for example <c>deadline.passed</c>.</param>
    /// <param name="message">The human-readable explanation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is null.</exception>
    public Error(string code, string message)
        : this(code, message, EmptyMetadata)
    {
    }

    private Error(string code, string message, ImmutableSortedDictionary<string, object> metadata)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        Code = code;
        Message = message;
        _metadata = metadata;
    }

    /// <summary>Gets the stable machine-readable code, for example <c>deadline.passed</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the human-readable explanation.</summary>
    public string Message { get; }

    /// <summary>Gets the structured data attached to this error (for example <c>line</c> and <c>column</c>), in ordinal key order.</summary>
    public IReadOnlyDictionary<string, object> Metadata => _metadata;

    /// <summary>Returns a copy of this error with one more metadata entry (replacing any entry with the same key).</summary>
    /// <param name="key">The metadata key.</param>
    /// <param name="value">The metadata value.</param>
    /// <returns>A new error; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="value"/> is null.</exception>
    public Error WithMetadata(string key, object value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        return new Error(Code, Message, _metadata.SetItem(key, value));
    }

    /// <summary>Gets a metadata value as text, or <see langword="null"/> when absent.</summary>
    /// <param name="key">The metadata key.</param>
    /// <returns>The value formatted with the invariant culture, or null.</returns>
    public string? GetMetadataText(string key) =>
        _metadata.TryGetValue(key, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

    /// <inheritdoc />
    public bool Equals(Error? other) =>
        other is not null
        && Code == other.Code
        && Message == other.Message
        && _metadata.Count == other._metadata.Count
        && _metadata.All(kv => other._metadata.TryGetValue(kv.Key, out var v) && Equals(kv.Value, v));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Error);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Message, _metadata.Count);

    /// <summary>Returns <c>code: message</c>.</summary>
    /// <returns>The code and the message.</returns>
    public override string ToString() => $"{Code}: {Message}";
}
