using System.Collections.Immutable;
using FluentResults;

namespace Summit.Core;

/// <summary>Reads the errors of a FluentResults result as <see cref="SummitError"/>s.</summary>
internal static class ResultErrors
{
    /// <summary>
    /// Returns the errors of <paramref name="result"/>, each a <see cref="SummitError"/>: Summit.Core's own pass through,
    /// any other (from a user's extension) is wrapped as <see cref="ErrorCodes.General.ExtensionFailed"/> with the original as its cause.
    /// </summary>
    public static ImmutableArray<SummitError> SummitErrors(this IResultBase result) =>
        [.. result.Errors.Select(AsSummitError)];

    /// <summary>Returns the first error of a failed result as a <see cref="SummitError"/>.</summary>
    public static SummitError FirstError(this IResultBase result) => AsSummitError(result.Errors[0]);

    /// <summary>Returns <paramref name="error"/> as a <see cref="SummitError"/>, wrapping a foreign one.</summary>
    public static SummitError AsSummitError(this IError error)
    {
        if (error is SummitError own)
        {
            return own;
        }

        var wrapped = new SummitError(ErrorCodes.General.ExtensionFailed, error.Message);
        wrapped.Reasons.Add(error);
        return wrapped;
    }
}
