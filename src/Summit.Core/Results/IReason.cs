namespace Summit.Core.Results;

/// <summary>A reason attached to a <see cref="Result"/>: an <see cref="Error"/> or a <see cref="Success"/>.</summary>
/// <remarks>Mirrors FluentResults' <c>IReason</c> so that a later switch to that package is mechanical.</remarks>
public interface IReason
{
    /// <summary>Gets the human-readable message.</summary>
    string Message { get; }

    /// <summary>Gets the structured data that goes with the message, keyed by name, in ordinal key order.</summary>
    IReadOnlyDictionary<string, object> Metadata { get; }
}
