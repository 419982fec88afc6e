using System.Text.Encodings.Web;
using System.Text.Json;
using FluentResults;

namespace Summit.Cli;

/// <summary>Shared output helpers: JSON settings and printing coded errors.</summary>
internal static class CliOutput
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonSerializerOptions JsonLine = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Prints usage/format errors and returns exit code 2.</summary>
    public static int UsageErrors(CliContext context, IEnumerable<IError> errors)
    {
        foreach (var e in errors.Select(x => x.AsSummitError()))
        {
            context.Err.WriteLine($"summit: {e.Code}: {e.Message}");
        }

        return ExitCodes.UsageError;
    }

    /// <summary>Prints domain-rule errors and returns exit code 1.</summary>
    public static int DomainErrors(CliContext context, IEnumerable<IError> errors)
    {
        foreach (var e in errors.Select(x => x.AsSummitError()))
        {
            context.Err.WriteLine($"summit: {e.Code}: {e.Message}");
        }

        return ExitCodes.DomainError;
    }

    public static object ErrorJson(IError error) { var e = error.AsSummitError(); return new { code = e.Code, message = e.Message }; }
}
