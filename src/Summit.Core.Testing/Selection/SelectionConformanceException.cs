namespace Summit.Core.Testing.Selection;

/// <summary>Thrown by <see cref="SelectionConformance"/> when a policy breaks the selection contract; the message holds the rules broken and the shrunk counterexample.</summary>
/// <remarks>Derives from <see cref="Exception"/> only, so xunit, NUnit and MSTest all report it as a failure.</remarks>
public sealed class SelectionConformanceException : Exception
{
    /// <summary>Initializes an exception with no details.</summary>
    public SelectionConformanceException()
        : this("A selection policy broke the selection contract.")
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public SelectionConformanceException(string message)
        : base(message)
    {
        Counterexample = string.Empty;
        Violations = [];
    }

    /// <summary>Initializes an exception with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SelectionConformanceException(string message, Exception innerException)
        : base(message, innerException)
    {
        Counterexample = string.Empty;
        Violations = [];
    }

    internal SelectionConformanceException(string policyName, IReadOnlyList<string> violations, string counterexample, Exception? innerException)
        : base(
            $"Selection policy '{policyName}' broke the contract:{Environment.NewLine}  - {string.Join(Environment.NewLine + "  - ", violations)}{Environment.NewLine}Shrunk counterexample: {counterexample}",
            innerException)
    {
        Counterexample = counterexample;
        Violations = violations;
    }

    /// <summary>Gets the shrunk context that shows the breach, as text.</summary>
    public string Counterexample { get; }

    /// <summary>Gets the rules broken, one sentence each.</summary>
    public IReadOnlyList<string> Violations { get; }
}
