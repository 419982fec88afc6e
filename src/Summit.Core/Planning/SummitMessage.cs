using NodaTime;

namespace Summit.Core.Planning;

/// <summary>One message a decision owes a person, ready for a mail merge.</summary>
/// <param name="At">The instant of the decision that owes it.</param>
/// <param name="Decision">The decision's kind as the summit file spells it (for example <c>selection-published</c>).</param>
/// <param name="RegistrationId">The person's registration id.</param>
/// <param name="Name">The person's name.</param>
/// <param name="Email">The person's e-mail, when registered with one; this is the only output that carries it.</param>
/// <param name="Template">Which message: <c>selected</c>, <c>standby</c>, <c>not-selected</c>, <c>observer</c>, <c>offered-place</c>, <c>standby-rank</c>, <c>admitted</c>, <c>walk-in</c> (admitted at the door), <c>walk-in-refused</c> (refused for lack of room), <c>agenda-published</c> or <c>cancelled</c>.</param>
/// <param name="Outcome">The person's outcome after the decision (<c>Selected</c>, <c>Standby</c>, <c>NotSelected</c>, <c>Declined</c>), if they have one.</param>
/// <param name="StandbyRank">The person's standby rank after the decision, if any.</param>
public sealed record SummitMessage(Instant At, string Decision, string RegistrationId, string Name, string? Email, string Template, string? Outcome, int? StandbyRank);
