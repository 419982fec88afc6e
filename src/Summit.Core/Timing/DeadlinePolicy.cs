using System.Collections.Immutable;
using NodaTime;
using FluentResults;

namespace Summit.Core.Timing;

/// <summary>A deadline with its grace period and the per-person extensions granted against it.</summary>
/// <remarks>
/// Immutable: <see cref="WithGrace"/> and <see cref="WithExtension"/> return new policies. Half-open throughout:
/// a submission at <c>t</c> is on time when <c>t &lt; closesAt</c> (the person's extension, if any, else the
/// deadline's), late within grace when <c>closesAt &lt;= t &lt; closesAt + grace</c>, and late otherwise.
/// </remarks>
public sealed class DeadlinePolicy
{
    private DeadlinePolicy(Deadline deadline, Duration grace, ImmutableArray<DeadlineExtension> extensions)
    {
        Deadline = deadline;
        Grace = grace;
        Extensions = extensions;
    }

    /// <summary>Gets the deadline.</summary>
    public Deadline Deadline { get; }

    /// <summary>Gets the grace period after the (possibly extended) deadline. Zero by default.</summary>
    public Duration Grace { get; }

    /// <summary>Gets the extensions granted, in the order granted; at most one per person (a later grant replaces an earlier one).</summary>
    public ImmutableArray<DeadlineExtension> Extensions { get; }

    /// <summary>Creates a policy with no grace period and no extensions.</summary>
    /// <param name="deadline">The deadline.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deadline"/> is null.</exception>
    public static DeadlinePolicy For(Deadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return new DeadlinePolicy(deadline, Duration.Zero, []);
    }

    /// <summary>Returns a copy with a grace period (for example 15 minutes).</summary>
    /// <param name="grace">The grace period; zero or positive.</param>
    /// <returns>The new policy, or <see cref="ErrorCodes.Timing.GraceNegative"/>.</returns>
    public Result<DeadlinePolicy> WithGrace(Duration grace) =>
        grace < Duration.Zero
            ? new SummitError(ErrorCodes.Timing.GraceNegative, $"A grace period cannot be negative ({grace}).")
            : new DeadlinePolicy(Deadline, grace, Extensions);

    /// <summary>Returns a copy with one more extension, replacing any earlier extension for the same person.</summary>
    /// <param name="extension">The extension.</param>
    /// <returns>The new policy, or <see cref="ErrorCodes.Timing.ExtensionInvalid"/> when it does not move the deadline later or lacks a grantor or reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extension"/> is null.</exception>
    public Result<DeadlinePolicy> WithExtension(DeadlineExtension extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        if (extension.ClosesAt <= Deadline.ClosesAt)
        {
            return new SummitError(ErrorCodes.Timing.ExtensionInvalid, $"The extension for '{extension.PersonId}' closes at {extension.ClosesAt}, not after the deadline ({Deadline.ClosesAt}).")
                .WithMetadata("person", extension.PersonId);
        }

        if (string.IsNullOrWhiteSpace(extension.PersonId) || string.IsNullOrWhiteSpace(extension.GrantedBy) || string.IsNullOrWhiteSpace(extension.Reason))
        {
            return new SummitError(ErrorCodes.Timing.ExtensionInvalid, "An extension must name the person, who granted it and why.")
                .WithMetadata("person", extension.PersonId ?? string.Empty);
        }

        var kept = Extensions.RemoveAll(e => e.PersonId == extension.PersonId);
        return new DeadlinePolicy(Deadline, Grace, kept.Add(extension));
    }

    /// <summary>Finds the extension granted to a person, if any.</summary>
    /// <param name="personId">The person's id.</param>
    /// <returns>The extension, or null.</returns>
    public DeadlineExtension? ExtensionFor(string? personId) =>
        personId is null ? null : Extensions.FirstOrDefault(e => e.PersonId == personId);

    /// <summary>Checks one submission instant.</summary>
    /// <param name="submittedAt">When it was submitted.</param>
    /// <param name="personId">Who submitted it, to apply their extension; optional.</param>
    /// <returns>On time, late within grace, or late, with the instants that decided it.</returns>
    public SubmissionCheck Check(Instant submittedAt, string? personId = null)
    {
        var extension = ExtensionFor(personId);
        var closes = extension?.ClosesAt ?? Deadline.ClosesAt;
        var graceEnds = closes + Grace;
        var timeliness = submittedAt < closes
            ? SubmissionTimeliness.OnTime
            : submittedAt < graceEnds ? SubmissionTimeliness.LateWithinGrace : SubmissionTimeliness.Late;
        return new SubmissionCheck(timeliness, submittedAt, closes, graceEnds, extension);
    }
}
