using NodaTime;

namespace Summit.Core.Summits;

/// <summary>An accepted submission that a later, on-time re-submission replaced; kept so the record shows both.</summary>
/// <param name="Id">The earlier submission's id.</param>
/// <param name="Kind">What was submitted.</param>
/// <param name="SubmittedAt">When the earlier one was submitted.</param>
/// <param name="ReplacedBy">The id of the submission that replaced it (the same id, or another one with the same e-mail).</param>
/// <param name="ReplacedAt">When the replacement was submitted.</param>
public sealed record SupersededSubmission(string Id, SubmissionKind Kind, Instant SubmittedAt, string ReplacedBy, Instant ReplacedAt);
