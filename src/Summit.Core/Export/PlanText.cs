using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Summit.Core.Planning;
using Summit.Core.Scheduling;
using Summit.Core.Selection;
using Summit.Core.Selection.Topics;
using Summit.Core.Timing;

namespace Summit.Core.Export;

/// <summary>Sentences and numbers shared by the Markdown and HTML pages of a plan. Invariant culture, no clock.</summary>
internal static class PlanText
{
    private static readonly InstantPattern Utc = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm' UTC'");

    /// <summary>An instant as <c>2024-05-18 17:45 UTC</c>.</summary>
    public static string UtcText(Instant instant) => Utc.Format(instant);

    /// <summary>"Room 319, David L. Lawrence Convention Center", or empty.</summary>
    public static string Where(SummitPlan plan) => string.Join(", ", new[] { plan.Document.Summit.Room, plan.Document.Summit.Venue }.Where(x => !string.IsNullOrEmpty(x)));

    /// <summary>Each day as "Saturday 2024-05-18 13:45–17:45 America/New_York".</summary>
    public static IEnumerable<string> Days(SummitPlan plan) => plan.Document.Summit.Days.Select(d =>
        d.Date.ToString("dddd uuuu-MM-dd", CultureInfo.InvariantCulture) + " "
        + d.Start.ToString("HH:mm", CultureInfo.InvariantCulture) + "–" + d.End.ToString("HH:mm", CultureInfo.InvariantCulture) + " " + plan.Document.Summit.Zone.Id);

    /// <summary>"Open: Registration, Proposals. Next: Registration closes (2024-04-01 AoE), in 17 d 12 h."</summary>
    public static string Phase(SummitPlan plan)
    {
        var phase = plan.Phase;
        var b = new StringBuilder();
        b.Append("Open: ").Append(phase.OpenWindows.IsEmpty ? "nothing" : string.Join(", ", phase.OpenWindows)).Append('.');
        if (phase.IsCancelled)
        {
            b.Append(" The summit was cancelled.");
        }

        if (phase.Next is { } next && phase.TimeToNext is { } left)
        {
            b.Append(" Next: ").Append(MilestoneText.Title(next, plan.Document.Summit.Zone)).Append(", in ").Append(Duration(left)).Append('.');
        }

        return b.ToString();
    }

    /// <summary>Whether the milestone lies at or before the plan's instant (approximate ones: their last date before it, in UTC).</summary>
    public static bool IsPast(Milestone milestone, Instant at) => milestone.At is { } m
        ? m <= at
        : milestone.Approximately!.Latest < at.InUtc().Date;

    /// <summary>"17 d 12 h", "3 h 5 min".</summary>
    public static string Duration(Duration d) => d.Days > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{d.Days} d {d.Hours} h")
        : string.Create(CultureInfo.InvariantCulture, $"{d.Hours} h {d.Minutes} min");

    /// <summary>"14:00–14:30".</summary>
    public static string TimeRange(AgendaItem item) =>
        item.LocalStart.ToString("HH:mm", CultureInfo.InvariantCulture) + "–" + item.LocalEnd.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Saturday 2024-05-18".</summary>
    public static string Day(LocalDate date) => date.ToString("dddd uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The attendee outcome kinds in words, with their counts, in a fixed order.</summary>
    public static List<(string Label, int Count)> AttendeeCounts(SelectionResult<Summits.Registration> r) =>
    [
        ("Selected", r.Selected.Length),
        ("Standby", r.Standby.Length),
        ("Not selected", r.NotSelected.Length),
    ];

    /// <summary>The topic outcome kinds in words, with their counts, in enum order (kinds with none left out).</summary>
    public static List<(string Label, int Count)> TopicCounts(TopicSelectionResult r) =>
        [.. Enum.GetValues<TopicOutcomeKind>().Select(k => (TopicOutcome(k), r.Outcomes.Count(o => o.Kind == k))).Where(p => p.Item2 > 0)];

    /// <summary>A topic outcome in words.</summary>
    public static string TopicOutcome(TopicOutcomeKind kind) => kind switch
    {
        TopicOutcomeKind.Selected => "Selected",
        TopicOutcomeKind.LowerRanked => "Ranked lower",
        TopicOutcomeKind.DidNotFit => "Did not fit",
        TopicOutcomeKind.Excluded => "Excluded",
        TopicOutcomeKind.Merged => "Merged",
        _ => kind.ToString(),
    };

    /// <summary>"18 ballots cast, 14 counted, 4 refused".</summary>
    public static string Ballots(TopicTally tally)
    {
        var refused = (tally.Box?.Rejected.Length ?? 0) + tally.RejectedBeforeBox.Length;
        return string.Create(CultureInfo.InvariantCulture, $"{tally.Cast} ballots cast, {tally.Box?.Counted ?? 0} counted, {refused} refused");
    }
}
