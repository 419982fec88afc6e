using Summit.Core.Voting;

namespace Summit.Core.Testing.Voting;

/// <summary>Thrown by <see cref="TallyMethodConformance"/> when a tally method breaks a property; carries the shrunk counterexample.</summary>
/// <remarks>Independent of any test framework: every runner reports an unhandled exception as a failure.</remarks>
public sealed class TallyConformanceException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="TallyConformanceException"/> class.</summary>
    public TallyConformanceException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TallyConformanceException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public TallyConformanceException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TallyConformanceException"/> class with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TallyConformanceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TallyConformanceException"/> class for a broken property.</summary>
    /// <param name="property">The name of the property that failed.</param>
    /// <param name="detail">What went wrong on the counterexample.</param>
    /// <param name="counterexample">The smallest profile found that breaks the property.</param>
    /// <param name="counterexampleText">The counterexample as a preference list.</param>
    /// <param name="seed">The seed that reproduces the run.</param>
    public TallyConformanceException(string property, string detail, BallotProfile counterexample, string counterexampleText, ulong seed)
        : base($"Property '{property}' failed (seed {seed}): {detail}\nShrunk counterexample:\n{counterexampleText}")
    {
        Property = property;
        Counterexample = counterexample;
        CounterexampleText = counterexampleText;
        Seed = seed;
    }

    /// <summary>Gets the name of the property that failed, when known.</summary>
    public string? Property { get; }

    /// <summary>Gets the shrunk counterexample, when known.</summary>
    public BallotProfile? Counterexample { get; }

    /// <summary>Gets the counterexample as a preference list (readable by <c>PreferenceListFormat.Read</c>), when known.</summary>
    public string? CounterexampleText { get; }

    /// <summary>Gets the seed that reproduces the failing run.</summary>
    public ulong Seed { get; }
}
