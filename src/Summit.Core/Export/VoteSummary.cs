using System.Globalization;
using Summit.Core.Planning;
using Summit.Core.Voting;

namespace Summit.Core.Export;

/// <summary>A count made readable: topic titles instead of ids, a place and a score per topic, sorted best first.</summary>
internal sealed class VoteSummary
{
    private VoteSummary(TallyResult result, Func<string, string> title)
    {
        Result = result;
        Title = title;
        var multiRound = result.Rounds.Length > 1;
        var lines = result.Rounds.SelectMany(r => r.Candidates).GroupBy(c => c.Candidate, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => multiRound ? g.Max(c => c.Votes) : g.Last().Votes, StringComparer.Ordinal);
        var winners = result.Winners.ToHashSet(StringComparer.Ordinal);
        Rows = [.. result.Ranking.SelectMany((tier, t) => tier.Select(id => new VoteRow(
                t + 1, id, title(id), lines.TryGetValue(id, out var score) ? score : 0m, winners.Contains(id))))
            .OrderBy(r => r.Place).ThenByDescending(r => r.Score).ThenBy(r => r.Title, StringComparer.Ordinal)];
        ScoreName = multiRound ? "Highest count" : "Score";
        ScoreExplanation = multiRound
            ? "The highest count each topic reached in any round of the count; the place comes from the count itself."
            : result.Rounds.IsEmpty ? string.Empty : result.Rounds[0].Action;
    }

    /// <summary>The count.</summary>
    public TallyResult Result { get; }

    /// <summary>Maps a topic id to its title (the id itself when the topic is unknown).</summary>
    public Func<string, string> Title { get; }

    /// <summary>Every candidate: place (tied topics share one), title, score, winner; best first.</summary>
    public List<VoteRow> Rows { get; }

    /// <summary>What the score column is called.</summary>
    public string ScoreName { get; }

    /// <summary>What the scores mean, in the method's own words.</summary>
    public string ScoreExplanation { get; }

    /// <summary>Whether the count has rounds worth a round-by-round chart (IRV, STV).</summary>
    public bool HasRounds => Result.Rounds.Length > 1;

    /// <summary>Reads the plan's count, or null when there is none.</summary>
    public static VoteSummary? Of(SummitPlan plan)
    {
        if (plan.Tally.ValueOrDefault?.Outcome.ValueOrDefault is not { } result)
        {
            return null;
        }

        var titles = plan.Intake.Proposals
            .GroupBy(p => p.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
        return new VoteSummary(result, id => titles.TryGetValue(id, out var t) ? t : id);
    }

    /// <summary>A vote count as text: whole numbers without decimals, fractions with at most four places.</summary>
    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}

/// <summary>One topic's line in a <see cref="VoteSummary"/>.</summary>
internal sealed record VoteRow(int Place, string TopicId, string Title, decimal Score, bool Winner);
