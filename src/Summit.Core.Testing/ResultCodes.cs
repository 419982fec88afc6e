using System.Collections.Immutable;
using FluentResults;

namespace Summit.Core.Testing;

/// <summary>Reads the stable codes out of a FluentResults result, for assertions in tests.</summary>
/// <remarks>
/// In application code, test for one code with <c>result.HasError&lt;SummitError&gt;(e =&gt; e.Code == code)</c>. In tests it
/// is often clearer to compare the whole list: <c>Assert.Equal([ErrorCodes.Timing.DeadlineInvalid], result.Codes())</c>.
/// </remarks>
public static class ResultCodes
{
    /// <summary>Returns the code of every error of <paramref name="result"/>, in order.</summary>
    /// <param name="result">The result.</param>
    /// <returns>
    /// The codes; an error that is not a <see cref="SummitError"/> contributes its <c>"code"</c> metadata entry, or the
    /// empty string when it has none. Empty for a successful result.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static IReadOnlyList<string> Codes(this IResultBase result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Errors.Select(CodeOf)];
    }

    /// <summary>Returns the code of one error.</summary>
    /// <param name="error">The error.</param>
    /// <returns>Its code, its <c>"code"</c> metadata entry, or the empty string.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public static string CodeOf(IError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            SummitError s => s.Code,
            _ when error.Metadata.TryGetValue(SummitError.CodeKey, out var c) && c is string code => code,
            _ => string.Empty,
        };
    }
}
