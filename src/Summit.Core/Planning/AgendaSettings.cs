using Summit.Core.Scheduling;

namespace Summit.Core.Planning;

/// <summary>How a summit file asks for its agenda: the standard frame's shape on the summit's first day, and the packer.</summary>
/// <param name="Shape">The minutes of Welcome, Session 1 (and its call-outs), Break, Session 2 (and its parallel rooms), day-of block and Open time.</param>
public sealed record AgendaSettings(StandardAgendaShape Shape)
{
    /// <summary>Gets the packer's name (<c>exact</c> or <c>heuristic</c>). The default value is <c>exact</c>.</summary>
    public string Packer { get; init; } = "exact";

    /// <summary>Gets how free minutes are spread over discussions. The default value is <see cref="SlackDistribution.ProportionalToWeight"/>.</summary>
    public SlackDistribution Slack { get; init; } = SlackDistribution.ProportionalToWeight;
}
