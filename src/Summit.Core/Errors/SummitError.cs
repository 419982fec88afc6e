using System.Globalization;
using FluentResults;

namespace Summit.Core;

/// <summary>
/// A FluentResults <see cref="Error"/> with a stable machine-readable <see cref="Code"/>: the only error type that
/// Summit.Core puts into a failed <see cref="Result"/>.
/// </summary>
/// <remarks>
/// <para>
/// The code is also stored in <see cref="IReason.Metadata"/> under <c>"code"</c>, so generic FluentResults consumers
/// see it. Where an error points into a user's file, <c>"line"</c> and <c>"column"</c> (1-based, in characters) and
/// <c>"file"</c> (the file or input name) are set in the metadata too; <see cref="Line"/>, <see cref="Column"/> and
/// <see cref="Source"/> read them back.
/// </para>
/// <para>
/// Test for a code with <c>result.HasError&lt;SummitError&gt;(e =&gt; e.Code == ErrorCodes.Timing.DeadlinePassed)</c>.
/// Codes are listed in <see cref="ErrorCodes"/> and documented in <c>docs/error-codes.md</c>; a released code never
/// changes meaning, messages may be reworded.
/// </para>
/// <para>
/// Like every FluentResults reason this object is mutable (<see cref="WithMetadata(string, object)"/> adds to it).
/// Summit.Core creates a new error for every failure and never keeps one in shared state, so changing an error you
/// received affects nobody else.
/// </para>
/// </remarks>
public sealed class SummitError : Error
{
    /// <summary>The metadata key that holds <see cref="Code"/>.</summary>
    public const string CodeKey = "code";

    /// <summary>The metadata key that holds the 1-based line of the offending text.</summary>
    public const string LineKey = "line";

    /// <summary>The metadata key that holds the 1-based column (in characters) of the offending text.</summary>
    public const string ColumnKey = "column";

    /// <summary>The metadata key that holds the name of the file or input the position refers to.</summary>
    public const string SourceKey = "file";

    /// <summary>Initializes a new error.</summary>
    /// <param name="code">The stable code, for example <c>deadline.passed</c> (see <see cref="ErrorCodes"/>).</param>
    /// <param name="message">The human-readable explanation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is null.</exception>
    public SummitError(string code, string message)
        : base(message ?? throw new ArgumentNullException(nameof(message)))
    {
        ArgumentNullException.ThrowIfNull(code);
        Code = code;
        Metadata[CodeKey] = code;
    }

    /// <summary>Gets the stable machine-readable code, for example <c>deadline.passed</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the 1-based line in the user's input this error points at, or <see langword="null"/>.</summary>
    public int? Line => Metadata.TryGetValue(LineKey, out var v) && v is int i ? i : null;

    /// <summary>Gets the 1-based column (in characters) in the user's input this error points at, or <see langword="null"/>.</summary>
    public int? Column => Metadata.TryGetValue(ColumnKey, out var v) && v is int i ? i : null;

    /// <summary>Gets the name of the file or input this error points into, or <see langword="null"/>.</summary>
    public string? Source => Metadata.TryGetValue(SourceKey, out var v) ? v as string : null;

    /// <summary>Adds or replaces one metadata entry and returns this error, typed as <see cref="SummitError"/>.</summary>
    /// <param name="metadataName">The metadata key.</param>
    /// <param name="metadataValue">The metadata value.</param>
    /// <returns>This error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metadataName"/> or <paramref name="metadataValue"/> is null.</exception>
    public new SummitError WithMetadata(string metadataName, object metadataValue)
    {
        ArgumentNullException.ThrowIfNull(metadataName);
        ArgumentNullException.ThrowIfNull(metadataValue);
        Metadata[metadataName] = metadataValue;
        return this;
    }

    /// <summary>Sets the position this error points at (1-based line and column, in characters).</summary>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column, in characters.</param>
    /// <returns>This error.</returns>
    public SummitError AtPosition(int line, int column)
    {
        Metadata[LineKey] = line;
        Metadata[ColumnKey] = column;
        return this;
    }

    /// <summary>Gets a metadata value as invariant text, or <see langword="null"/> when absent.</summary>
    /// <param name="key">The metadata key.</param>
    /// <returns>The value formatted with the invariant culture, or null.</returns>
    public string? GetMetadataText(string key) =>
        Metadata.TryGetValue(key, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

    /// <summary>Returns <c>code: message</c>.</summary>
    /// <returns>The code and the message.</returns>
    public override string ToString() => $"{Code}: {Message}";
}
