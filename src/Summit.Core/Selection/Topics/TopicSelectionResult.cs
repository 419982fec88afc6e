using System.Collections.Immutable;

namespace Summit.Core.Selection.Topics;

/// <summary>The topics chosen for the agenda and an outcome with a reason for every proposal.</summary>
/// <param name="Selected">The chosen topics, best-ranked first (pinned ones first of all).</param>
/// <param name="Outcomes">One outcome per proposal, in the proposals' order.</param>
/// <param name="FreeMinutes">The minutes left per session after the chosen topics, excluding reserved minutes, keyed by session name, in session order.</param>
/// <remarks>Immutable.</remarks>
public sealed record TopicSelectionResult(
    EquatableArray<SelectedTopic> Selected,
    EquatableArray<TopicOutcome> Outcomes,
    EquatableArray<KeyValuePair<string, int>> FreeMinutes);
