using NodaTime;

namespace Summit.Core.Timing;

/// <summary>The cancellation of a summit: from <see cref="At"/> on, nothing opens and every later milestone is aborted.</summary>
/// <param name="At">The instant of the cancellation.</param>
/// <param name="Reason">Why it was cancelled (for example "PyCon US 2020 cancelled (COVID-19)").</param>
public sealed record TimelineCancellation(Instant At, string Reason);
