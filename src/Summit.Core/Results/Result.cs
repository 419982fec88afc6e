using System.Collections.Immutable;

namespace Summit.Core.Results;

/// <summary>
/// The outcome of an operation that returns no value: success, or failure with one or more <see cref="Error"/>s.
/// </summary>
/// <remarks>
/// Immutable. The vocabulary (<see cref="Ok()"/>, <see cref="Fail(Error)"/>, <see cref="IsSuccess"/>,
/// <see cref="IsFailed"/>, <see cref="Errors"/>, <see cref="Reasons"/>) mirrors FluentResults; see
/// <c>docs/decisions/0001-result-type.md</c>. A failed result always has at least one error.
/// </remarks>
public sealed class Result
{
    private static readonly Result OkInstance = new(ImmutableArray<Error>.Empty, ImmutableArray<Success>.Empty);

    private Result(ImmutableArray<Error> errors, ImmutableArray<Success> successes)
    {
        Errors = errors;
        Successes = successes;
    }

    /// <summary>Gets a value indicating whether the operation succeeded (no errors).</summary>
    public bool IsSuccess => Errors.IsEmpty;

    /// <summary>Gets a value indicating whether the operation failed (at least one error).</summary>
    public bool IsFailed => !Errors.IsEmpty;

    /// <summary>Gets the errors, in the order they were found; empty on success.</summary>
    public ImmutableArray<Error> Errors { get; }

    /// <summary>Gets the informational successes attached to this result.</summary>
    public ImmutableArray<Success> Successes { get; }

    /// <summary>Gets every reason: the errors first, then the successes.</summary>
    public ImmutableArray<IReason> Reasons => [.. Errors.Cast<IReason>(), .. Successes.Cast<IReason>()];

    /// <summary>Returns a successful result.</summary>
    /// <returns>The shared successful result.</returns>
    public static Result Ok() => OkInstance;

    /// <summary>Returns a successful result that carries <paramref name="value"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>A successful result.</returns>
    public static Result<T> Ok<T>(T value) => Result<T>.CreateOk(value, ImmutableArray<Success>.Empty);

    /// <summary>Returns a failed result with one error.</summary>
    /// <param name="error">The error.</param>
    /// <returns>A failed result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public static Result Fail(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new Result([error], ImmutableArray<Success>.Empty);
    }

    /// <summary>Returns a failed result with one error built from a code and a message.</summary>
    /// <param name="code">The error code (see <see cref="ErrorCodes"/>).</param>
    /// <param name="message">The message.</param>
    /// <returns>A failed result.</returns>
    public static Result Fail(string code, string message) => Fail(new Error(code, message));

    /// <summary>Returns a failed result with the given errors.</summary>
    /// <param name="errors">The errors; at least one.</param>
    /// <returns>A failed result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public static Result Fail(IEnumerable<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var list = errors.ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException("A failed result needs at least one error.", nameof(errors));
        }

        return new Result(list, ImmutableArray<Success>.Empty);
    }

    /// <summary>Returns a failed result of <typeparamref name="T"/> with one error.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="error">The error.</param>
    /// <returns>A failed result.</returns>
    public static Result<T> Fail<T>(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Result<T>.CreateFailed([error]);
    }

    /// <summary>Returns a failed result of <typeparamref name="T"/> with the given errors.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="errors">The errors; at least one.</param>
    /// <returns>A failed result.</returns>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public static Result<T> Fail<T>(IEnumerable<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var list = errors.ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException("A failed result needs at least one error.", nameof(errors));
        }

        return Result<T>.CreateFailed(list);
    }

    /// <summary>Returns success when every given result succeeded, otherwise a failure with all their errors in order.</summary>
    /// <param name="results">The results to merge.</param>
    /// <returns>The merged result.</returns>
    public static Result Merge(params IEnumerable<Result> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var errors = results.SelectMany(r => r.Errors).ToImmutableArray();
        return errors.IsEmpty ? Ok() : new Result(errors, ImmutableArray<Success>.Empty);
    }

    /// <summary>Returns a copy of this result with an informational success attached.</summary>
    /// <param name="message">The message.</param>
    /// <returns>A new result.</returns>
    public Result WithSuccess(string message) => new(Errors, Successes.Add(new Success(message)));

    /// <summary>Converts an error into a failed result.</summary>
    /// <param name="error">The error.</param>
    public static implicit operator Result(Error error) => Fail(error);

    /// <summary>Returns <c>Ok</c> or the errors, one a line.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => IsSuccess ? "Ok" : "Failed: " + string.Join("; ", Errors);
}
