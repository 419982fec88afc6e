namespace Summit.Cli;

/// <summary>The exit codes of the <c>summit</c> command (the contract is docs/decisions/0004-cli-contract.md).</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The input was understood but fails a domain rule; the errors are printed with their codes.</summary>
    public const int DomainError = 1;

    /// <summary>A usage or file-format error: a file that cannot be read, bad syntax, or a value that is not valid.</summary>
    public const int UsageError = 2;

    /// <summary>
    /// The exit code for errors found while reading a file, decided by the codes' area: the file's form or a value in
    /// it (<c>file.*</c>, <c>sheet.*</c>, <c>blt.*</c>, <c>deadline.*</c>, <c>voting.format-*</c>, an unknown name such as
    /// <c>voting.unknown-method</c>, <c>cli.*</c>) gives 2; a well-formed file that breaks a domain rule
    /// (<c>timeline.*</c>, <c>summit.*</c>, <c>selection.*</c>, ...) gives 1. Any error of the first kind makes it 2.
    /// </summary>
    public static int ForReadErrors(IEnumerable<string> codes) =>
        codes.Any(IsFormatCode) ? UsageError : DomainError;

    /// <summary>Whether a code says the input's form or a value in it is wrong (as opposed to a domain rule).</summary>
    public static bool IsFormatCode(string code) =>
        code.StartsWith("file.", StringComparison.Ordinal)
        || code.StartsWith("blt.", StringComparison.Ordinal)
        || code.StartsWith("deadline.", StringComparison.Ordinal)
        || code.StartsWith("cli.", StringComparison.Ordinal)
        || code.StartsWith("sheet.", StringComparison.Ordinal)
        || code.StartsWith("voting.format-", StringComparison.Ordinal)
        || code is "voting.file-unreadable" or "voting.unknown-method" or "voting.unknown-tie-breaker" or "voting.candidate-name-empty"
            or "plan.unknown-packer" or "selection.lottery-key-empty" or "selection.lottery-source-invalid" or "selection.pool-duplicate-name";
}
