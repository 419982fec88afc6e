using NodaTime;

namespace Summit.Core.Timing;

/// <summary>The verdict on one submission instant against a <see cref="DeadlinePolicy"/>.</summary>
/// <param name="Timeliness">On time, late within grace, or late.</param>
/// <param name="SubmittedAt">The instant checked.</param>
/// <param name="EffectiveClosesAt">The exclusive end that applied (the person's extension, if any, else the deadline).</param>
/// <param name="GraceEndsAt">The exclusive end of the grace period after <paramref name="EffectiveClosesAt"/>.</param>
/// <param name="Extension">The extension that applied, if any.</param>
public sealed record SubmissionCheck(
    SubmissionTimeliness Timeliness,
    Instant SubmittedAt,
    Instant EffectiveClosesAt,
    Instant GraceEndsAt,
    DeadlineExtension? Extension)
{
    /// <summary>Gets a value indicating whether the submission is accepted (on time or within grace).</summary>
    public bool IsAccepted => Timeliness != SubmissionTimeliness.Late;

    /// <summary>Gets how late the submission was (zero when on time).</summary>
    public Duration Lateness => SubmittedAt < EffectiveClosesAt ? Duration.Zero : SubmittedAt - EffectiveClosesAt;
}
