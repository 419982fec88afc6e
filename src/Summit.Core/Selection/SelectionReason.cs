namespace Summit.Core.Selection;

/// <summary>One reason behind a candidate's outcome: a stable code and a sentence for people.</summary>
/// <remarks>
/// Immutable and thread-safe. Codes never change meaning; messages may be reworded. Built-in policies word long
/// messages on first read, so ranking 100,000 candidates does not format 100,000 sentences nobody reads; the text is
/// the same either way. Two reasons are equal when code and message are equal.
/// </remarks>
public sealed class SelectionReason : IEquatable<SelectionReason>
{
    private readonly IReasonText? _source;
    private readonly int _index;
    private string? _message;

    /// <summary>Initializes a reason.</summary>
    /// <param name="code">A stable code (see <see cref="SelectionReasonCodes"/>, or a custom filter's code).</param>
    /// <param name="message">The explanation in words.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is null.</exception>
    public SelectionReason(string code, string message)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        Code = code;
        _message = message;
    }

    internal SelectionReason(string code, IReasonText source, int index)
    {
        Code = code;
        _source = source;
        _index = index;
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the explanation in words.</summary>
    public string Message
    {
        get
        {
            var message = Volatile.Read(ref _message);
            if (message is null)
            {
                message = _source!.Text(_index);
                Volatile.Write(ref _message, message);
            }

            return message;
        }
    }

    /// <inheritdoc />
    public bool Equals(SelectionReason? other) =>
        other is not null && Code == other.Code && Message == other.Message;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SelectionReason);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Message);

    /// <summary>Returns <c>code: message</c>.</summary>
    /// <returns>The code and the message.</returns>
    public override string ToString() => $"{Code}: {Message}";
}
