using System.Collections.Immutable;

namespace Summit.Core.Results;

/// <summary>
/// The outcome of an operation that returns a <typeparamref name="T"/>: a value, or one or more <see cref="Error"/>s.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>
/// Immutable. Reading <see cref="Value"/> of a failed result is a programmer error and throws; use
/// <see cref="ValueOrDefault"/> or check <see cref="IsSuccess"/> first. Create instances with
/// <see cref="Result.Ok{T}(T)"/> and <see cref="Result.Fail{T}(Error)"/>.
/// </remarks>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, ImmutableArray<Error> errors, ImmutableArray<Success> successes)
    {
        _value = value;
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

    /// <summary>Gets the value of a successful result.</summary>
    /// <exception cref="InvalidOperationException">The result is failed.</exception>
    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException("The result is failed and has no value: " + string.Join("; ", Errors));

    /// <summary>Gets the value of a successful result, or <c>default</c> when failed.</summary>
    public T? ValueOrDefault => IsSuccess ? _value : default;

    /// <summary>Returns this result without its value.</summary>
    /// <returns>A value-less result with the same errors.</returns>
    public Result ToResult() => IsSuccess ? Result.Ok() : Result.Fail(Errors);

    /// <summary>Applies <paramref name="map"/> to the value of a successful result; passes errors through.</summary>
    /// <typeparam name="TOut">The new value type.</typeparam>
    /// <param name="map">The mapping.</param>
    /// <returns>The mapped result.</returns>
    public Result<TOut> Map<TOut>(Func<T, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return IsSuccess ? Result.Ok(map(_value!)) : Result<TOut>.CreateFailed(Errors);
    }

    /// <summary>Chains an operation that may fail onto a successful result; passes errors through.</summary>
    /// <typeparam name="TOut">The new value type.</typeparam>
    /// <param name="bind">The next operation.</param>
    /// <returns>The next operation's result, or this result's errors.</returns>
    public Result<TOut> Bind<TOut>(Func<T, Result<TOut>> bind)
    {
        ArgumentNullException.ThrowIfNull(bind);
        return IsSuccess ? bind(_value!) : Result<TOut>.CreateFailed(Errors);
    }

    /// <summary>Returns a copy of this result with an informational success attached.</summary>
    /// <param name="message">The message.</param>
    /// <returns>A new result.</returns>
    public Result<T> WithSuccess(string message) => new(_value, Errors, Successes.Add(new Success(message)));

    /// <summary>Wraps a value in a successful result.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Result<T>(T value) => CreateOk(value, ImmutableArray<Success>.Empty);

    /// <summary>Wraps an error in a failed result.</summary>
    /// <param name="error">The error.</param>
    public static implicit operator Result<T>(Error error) => Result.Fail<T>(error);

    /// <summary>Returns <c>Ok(value)</c> or the errors.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => IsSuccess ? $"Ok({_value})" : "Failed: " + string.Join("; ", Errors);

    internal static Result<T> CreateOk(T value, ImmutableArray<Success> successes) => new(value, ImmutableArray<Error>.Empty, successes);

    internal static Result<T> CreateFailed(ImmutableArray<Error> errors) => new(default, errors, ImmutableArray<Success>.Empty);
}
