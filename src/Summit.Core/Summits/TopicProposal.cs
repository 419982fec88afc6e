using System.Collections.Immutable;
using NodaTime;

namespace Summit.Core.Summits;

/// <summary>A topic proposed for discussion. Anyone may propose several; proposers need not attend.</summary>
/// <param name="Id">A stable identifier, unique within the summit.</param>
/// <param name="Title">The title.</param>
/// <param name="SubmittedAt">The instant the proposal was submitted; intake compares it with the proposal deadline.</param>
/// <remarks>Immutable. Equality compares <see cref="Proposers"/> by content.</remarks>
public sealed record TopicProposal(string Id, string Title, Instant SubmittedAt)
{
    /// <summary>Gets the abstract, if given.</summary>
    public string? Abstract { get; init; }

    /// <summary>Gets the names of the proposers (and so the presenters), in the order given.</summary>
    public EquatableArray<string> Proposers { get; init; } = [];

    /// <summary>Gets a value indicating whether the proposers want to open with a lightning talk.</summary>
    public bool WantsLightningTalk { get; init; }

    /// <summary>Gets the minutes of the lightning talk, when one is wanted. The default value is 5.</summary>
    public int LightningTalkMinutes { get; init; } = 5;

    /// <summary>Gets the minutes of discussion the proposers would like. The default value is 25.</summary>
    public int DesiredDiscussionMinutes { get; init; } = 25;

    /// <summary>Gets the least minutes of discussion the proposers accept, or <see langword="null"/> for the summit's default (15, capped at <see cref="DesiredDiscussionMinutes"/>).</summary>
    /// <remarks>The whole length model is <see cref="Scheduling.TopicLength"/>: lightning talk + discussion (this minimum up to the desired minutes) + the summit's wrap-up.</remarks>
    public int? MinimumDiscussionMinutes { get; init; }
}
