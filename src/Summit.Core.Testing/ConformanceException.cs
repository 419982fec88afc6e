using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Summit.Core.Testing;

/// <summary>Thrown by a conformance kit when the policy, tally method or packer under test breaks a rule.</summary>
/// <remarks>
/// <para>Derives from <see cref="Exception"/> only, so xunit, NUnit and MSTest all report it as a failure. The message
/// names the kit and the subject, lists every problem, and shows the shrunk counterexample and the seed of the failing
/// case; pass <c>new ConformanceOptions { Seed = ex.Seed.Value, Cases = 1 }</c> to check that case again.</para>
/// <para>Every kit throws this one type: <see cref="Selection.SelectionConformance"/>,
/// <see cref="Voting.TallyMethodConformance"/> and <see cref="Scheduling.PackerConformance"/>.</para>
/// </remarks>
public sealed class ConformanceException : Exception
{
    /// <summary>Initializes an exception with no details.</summary>
    public ConformanceException()
        : this("A conformance rule was broken.")
    {
    }

    /// <summary>Initializes an exception with a message, which is also its only problem.</summary>
    /// <param name="message">The message.</param>
    public ConformanceException(string message)
        : this(message, (Exception?)null)
    {
    }

    /// <summary>Initializes an exception with a message, which is also its only problem, and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause, or null.</param>
    public ConformanceException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Kit = string.Empty;
        Subject = string.Empty;
        Problems = [message];
    }

    /// <summary>Initializes an exception for a subject that broke rules.</summary>
    /// <param name="kit">The kit that found the problems, e.g. <c>selection</c>, <c>tally</c> or <c>packer</c>.</param>
    /// <param name="subject">The name of the policy, tally method or packer under test.</param>
    /// <param name="problems">The rules broken, one sentence each.</param>
    /// <param name="counterexample">The smallest input found that breaks the rules, as text; null when there is none.</param>
    /// <param name="seed">The seed of the generated case that failed; null when the input was given, not generated.</param>
    /// <param name="innerException">The exception the subject threw, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kit"/>, <paramref name="subject"/> or <paramref name="problems"/> is null.</exception>
    public ConformanceException(string kit, string subject, IEnumerable<string> problems, string? counterexample = null, ulong? seed = null, Exception? innerException = null)
        : this(kit, subject, Freeze(problems), counterexample, seed, innerException)
    {
    }

    private ConformanceException(string kit, string subject, ImmutableArray<string> problems, string? counterexample, ulong? seed, Exception? innerException)
        : base(Format(kit, subject, problems, counterexample, seed), innerException)
    {
        Kit = kit;
        Subject = subject;
        Problems = problems;
        Counterexample = counterexample;
        Seed = seed;
    }

    /// <summary>Gets the kit that found the problems: <c>selection</c>, <c>tally</c>, <c>packer</c>, or empty when unknown.</summary>
    public string Kit { get; }

    /// <summary>Gets the name of the policy, tally method or packer under test, or empty when unknown.</summary>
    public string Subject { get; }

    /// <summary>Gets the rules broken, one sentence each; never empty.</summary>
    public ImmutableArray<string> Problems { get; }

    /// <summary>Gets the shrunk input that breaks the rules, as text (a preference list for tally methods), or null when there is none.</summary>
    public string? Counterexample { get; }

    /// <summary>Gets the seed of the generated case that failed, or null when the input was given rather than generated.</summary>
    public ulong? Seed { get; }

    private static ImmutableArray<string> Freeze(IEnumerable<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var frozen = problems.ToImmutableArray();
        return frozen.IsEmpty ? ["A conformance rule was broken."] : frozen;
    }

    private static string Format(string kit, string subject, ImmutableArray<string> problems, string? counterexample, ulong? seed)
    {
        ArgumentNullException.ThrowIfNull(kit);
        ArgumentNullException.ThrowIfNull(subject);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{kit} conformance: '{subject}' broke {problems.Length} rule(s):");
        foreach (var problem in problems)
        {
            text.AppendLine().Append("  - ").Append(problem);
        }

        if (counterexample is not null)
        {
            text.AppendLine().Append("Shrunk counterexample:").AppendLine().Append(counterexample);
        }

        if (seed is { } s)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"Seed: {s} (check again with new ConformanceOptions {{ Seed = {s}, Cases = 1 }})");
        }

        return text.ToString();
    }
}
