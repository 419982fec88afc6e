using NodaTime;
using FluentResults;

namespace Summit.Core.Summits;

/// <summary>A registration or proposal that intake refused, kept with its coded reason: nothing is silently dropped.</summary>
/// <param name="Id">The submission's id.</param>
/// <param name="Kind">What was submitted.</param>
/// <param name="SubmittedAt">When it was submitted.</param>
/// <param name="Rejection">Why it was refused.</param>
public sealed record RejectedSubmission(string Id, SubmissionKind Kind, Instant SubmittedAt, SummitError Rejection);
