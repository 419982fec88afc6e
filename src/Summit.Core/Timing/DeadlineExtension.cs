using NodaTime;

namespace Summit.Core.Timing;

/// <summary>A later deadline granted to one person, recorded with who granted it and why.</summary>
/// <param name="PersonId">The id of the person (registration or proposer id) the extension is for.</param>
/// <param name="ClosesAt">The person's own exclusive end; must be later than the deadline it extends.</param>
/// <param name="GrantedBy">Who granted it (an organizer).</param>
/// <param name="Reason">Why it was granted.</param>
/// <remarks>Half-open like every deadline: the person is on time while <c>submittedAt &lt; ClosesAt</c>.</remarks>
public sealed record DeadlineExtension(string PersonId, Instant ClosesAt, string GrantedBy, string Reason);
