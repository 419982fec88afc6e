using System.Collections.Immutable;
using FluentResults;

namespace Summit.Core.Planning;

/// <summary>
/// The outcome of one stage of a plan: it did not run (with the reason), it produced a <typeparamref name="T"/>, or it
/// failed with coded errors.
/// </summary>
/// <typeparam name="T">The stage's value.</typeparam>
/// <remarks>
/// Immutable. Unlike a FluentResults result it cannot be changed by whoever reads it, so a plan can hand it out freely;
/// <see cref="ToResult"/> builds a new <see cref="Result{T}"/> on every call for code that wants one. A failed stage
/// always has at least one error; a stage that did not run always has a reason.
/// </remarks>
public sealed class StageOutcome<T>
{
    private readonly T? _value;

    private StageOutcome(StageStatus status, T? value, ImmutableArray<SummitError> errors, string? notRunReason)
    {
        Status = status;
        _value = value;
        Errors = errors;
        NotRunReason = notRunReason;
    }

    /// <summary>Gets what became of the stage.</summary>
    public StageStatus Status { get; }

    /// <summary>Gets a value indicating whether the stage ran (successfully or not).</summary>
    public bool HasRun => Status != StageStatus.NotRun;

    /// <summary>Gets a value indicating whether the stage ran and produced its value.</summary>
    public bool IsSuccess => Status == StageStatus.Succeeded;

    /// <summary>Gets a value indicating whether the stage ran and failed.</summary>
    public bool IsFailed => Status == StageStatus.Failed;

    /// <summary>Gets why the stage did not run, or <see langword="null"/> when it ran.</summary>
    public string? NotRunReason { get; }

    /// <summary>Gets the errors of a failed stage, in the order they were found; empty otherwise.</summary>
    public ImmutableArray<SummitError> Errors { get; }

    /// <summary>Gets the value of a stage that succeeded.</summary>
    /// <exception cref="InvalidOperationException">The stage did not run or failed.</exception>
    public T Value => Status == StageStatus.Succeeded
        ? _value!
        : throw new InvalidOperationException(Status == StageStatus.NotRun
            ? "The stage did not run: " + NotRunReason
            : "The stage failed: " + string.Join("; ", Errors));

    /// <summary>Gets the value of a stage that succeeded, or <c>default</c>.</summary>
    public T? ValueOrDefault => Status == StageStatus.Succeeded ? _value : default;

    /// <summary>Returns an outcome for a stage that did not run.</summary>
    /// <param name="reason">Why, in words for the organizer (for example "registration open until 2024-04-02T12:00:00Z").</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public static StageOutcome<T> NotRun(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return new StageOutcome<T>(StageStatus.NotRun, default, [], reason);
    }

    /// <summary>Returns the outcome of a stage that ran, from its result.</summary>
    /// <param name="result">The stage's result; its errors are copied, the result itself is not kept.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static StageOutcome<T> From(Result<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.IsSuccess
            ? new StageOutcome<T>(StageStatus.Succeeded, result.Value, [], null)
            : new StageOutcome<T>(StageStatus.Failed, default, result.SummitErrors(), null);
    }

    /// <summary>Returns a stage outcome with the value of a stage that succeeded.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The outcome.</returns>
    public static StageOutcome<T> Succeeded(T value) => new(StageStatus.Succeeded, value, [], null);

    /// <summary>Returns a new FluentResults result for this outcome; a stage that did not run gives a failed result coded <see cref="ErrorCodes.Planning.StageNotRun"/>.</summary>
    /// <returns>A new result on every call.</returns>
    public Result<T> ToResult() => Status switch
    {
        StageStatus.Succeeded => Result.Ok(_value!),
        StageStatus.Failed => Result.Fail<T>(Errors),
        _ => Result.Fail<T>(new SummitError(ErrorCodes.Planning.StageNotRun, NotRunReason!)),
    };

    /// <summary>Returns the status and the value, the reason or the errors.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Status switch
    {
        StageStatus.Succeeded => $"Succeeded({_value})",
        StageStatus.Failed => "Failed: " + string.Join("; ", Errors),
        _ => "NotRun: " + NotRunReason,
    };
}
