using FluentResults;

namespace Summit.Core.Summits;

/// <summary>The outcome of one submission to a <see cref="SummitIntake"/>: the new intake, and the refusal if any.</summary>
/// <param name="Intake">The intake after the submission (it holds the refused one in its rejected list).</param>
/// <param name="Refusal">Why the submission was refused, or null when accepted.</param>
public sealed record IntakeDecision(SummitIntake Intake, SummitError? Refusal)
{
    /// <summary>Gets a value indicating whether the submission was accepted.</summary>
    public bool IsAccepted => Refusal is null;
}
