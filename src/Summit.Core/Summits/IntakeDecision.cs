namespace Summit.Core.Summits;

/// <summary>The outcome of one submission to a <see cref="SummitIntake"/>: the new intake, and the rejection if any.</summary>
/// <param name="Intake">The intake after the submission (it holds a rejected submission in its <see cref="SummitIntake.Rejected"/> list).</param>
/// <param name="Rejection">Why the submission was rejected, or null when accepted.</param>
public sealed record IntakeDecision(SummitIntake Intake, SummitError? Rejection)
{
    /// <summary>Gets a value indicating whether the submission was accepted.</summary>
    public bool IsAccepted => Rejection is null;
}
