namespace Summit.Cli;

/// <summary>The exit codes of the <c>summit</c> command (see docs/architecture.md).</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The input was understood but fails a domain rule; the errors are printed with their codes.</summary>
    public const int DomainError = 1;

    /// <summary>A usage or file-format error.</summary>
    public const int UsageError = 2;
}
