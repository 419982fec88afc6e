using System.Collections.Immutable;

namespace Summit.Core.Testing.Scheduling;

/// <summary>Thrown by <see cref="PackerConformance"/> when a packer breaks a rule; works with any test framework.</summary>
/// <remarks>The message lists every violation, one a line.</remarks>
public sealed class PackerConformanceException : Exception
{
    /// <summary>Initializes a new exception with no violations listed.</summary>
    public PackerConformanceException()
        : this("The packer broke a conformance rule.")
    {
    }

    /// <summary>Initializes a new exception with a message.</summary>
    /// <param name="message">The message.</param>
    public PackerConformanceException(string message)
        : base(message)
    {
        Violations = [message];
    }

    /// <summary>Initializes a new exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception the packer threw.</param>
    public PackerConformanceException(string message, Exception innerException)
        : base(message, innerException)
    {
        Violations = [message];
    }

    /// <summary>Initializes a new exception listing violations.</summary>
    /// <param name="packerName">The packer's name.</param>
    /// <param name="violations">The violations.</param>
    public PackerConformanceException(string packerName, IEnumerable<string> violations)
        : this(packerName, violations?.ToImmutableArray() ?? [])
    {
    }

    private PackerConformanceException(string packerName, ImmutableArray<string> violations)
        : base($"Packer '{packerName}' broke {violations.Length} rule(s):{Environment.NewLine}" + string.Join(Environment.NewLine, violations))
    {
        Violations = violations;
    }

    /// <summary>Gets the violations, one sentence each.</summary>
    public ImmutableArray<string> Violations { get; }
}
