using Summit.Core.Scheduling;

namespace Summit.Core.Planning;

/// <summary>When one person can present: the local windows they can attend.</summary>
/// <param name="Name">The person's name, spelled as in the proposals' proposers (a summit file's <c>agenda.presenters[].name</c>).</param>
/// <remarks>
/// Immutable. Equality compares <see cref="Availability"/> by content. Every topic the person presents (a proposal they
/// propose, or a duplicate merged into it) runs only inside these windows: the planner intersects them with the topic's
/// own <see cref="TopicRules.Availability"/> and the other presenters' windows.
/// </remarks>
public sealed record PresenterRules(string Name)
{
    /// <summary>Gets the local windows the person can attend; empty means always. The default value is empty.</summary>
    public EquatableArray<LocalWindow> Availability { get; init; } = [];
}
