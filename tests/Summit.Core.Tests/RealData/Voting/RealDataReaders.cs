using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Summit.Core.Voting;

namespace Summit.Core.Tests.RealData.Voting;

/// <summary>Test-side readers for the real data sets that have no library format (Debian tally sheets, ranked.vote CSV, pabulib).</summary>
internal static partial class RealDataReaders
{
    /// <summary>Reads text as UTF-8, or as Latin-1 when it is not valid UTF-8 (the 2007 Debian sheet).</summary>
    public static string ReadText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    /// <summary>A Debian tally sheet: options from the header, one <c>V: ranks</c> line per voter; '-' is unranked.</summary>
    public static BallotProfile Debian(string path)
    {
        var text = ReadText(path);
        var options = OptionLine().Matches(text).Select(m => m.Groups[2].Value.Trim()).ToList();
        var ballots = new List<WeightedBallot>();
        foreach (var line in text.Split('\n'))
        {
            if (!line.StartsWith("V:", StringComparison.Ordinal))
            {
                continue;
            }

            var vote = line[2..].Trim().Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[0];
            Assert.Equal(options.Count, vote.Length);
            var tiers = Enumerable.Range(0, vote.Length)
                .Where(c => vote[c] != '-')
                .GroupBy(c => int.Parse(vote[c].ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture))
                .OrderBy(g => g.Key)
                .Select(g => (EquatableArray<int>)g.ToImmutableArray())
                .ToImmutableArray();
            ballots.Add(new WeightedBallot(new RankedBallot(tiers), 1));
        }

        return BallotProfile.Create(options, ballots).Value;
    }

    /// <summary>A ranked.vote normalized CSV (ballot_id,rank,choice); $UNDERVOTE skips a rank, $OVERVOTE ends the ballot.</summary>
    public static BallotProfile RankedVoteCsv(string path)
    {
        var rows = File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).ToList();
        var names = rows.Select(r => r[2]).Where(c => !c.StartsWith('$')).Distinct().Order(StringComparer.Ordinal).ToList();
        var ballots = new List<WeightedBallot>();
        foreach (var group in rows.GroupBy(r => r[0]))
        {
            var order = new List<int>();
            foreach (var row in group.OrderBy(r => int.Parse(r[1], CultureInfo.InvariantCulture)))
            {
                if (row[2] == "$OVERVOTE")
                {
                    break;
                }

                if (row[2] == "$UNDERVOTE")
                {
                    continue;
                }

                var c = names.IndexOf(row[2]);
                if (!order.Contains(c))
                {
                    order.Add(c);
                }
            }

            ballots.Add(new WeightedBallot(RankedBallot.FromOrder([.. order]), 1));
        }

        return BallotProfile.Create(names, ballots).Value;
    }

    /// <summary>A pabulib .pb file: the projects (id, cost, published votes, selected) and the approval ballots.</summary>
    public static (BallotProfile Profile, long Budget, ImmutableArray<(string Id, long Cost, long Votes, bool Selected)> Projects) Pabulib(string path)
    {
        var section = string.Empty;
        var projects = new List<(string, long, long, bool)>();
        var votes = new List<string[]>();
        long budget = 0;
        string[]? header = null;
        foreach (var line in File.ReadAllLines(path))
        {
            if (line is "META" or "PROJECTS" or "VOTES")
            {
                section = line;
                header = null;
                continue;
            }

            var cells = line.Split(';');
            if (header is null)
            {
                header = cells;
                continue;
            }

            string Cell(string name) => cells[Array.IndexOf(header, name)];
            switch (section)
            {
                case "META" when cells[0] == "budget":
                    budget = long.Parse(cells[1], CultureInfo.InvariantCulture);
                    break;
                case "PROJECTS":
                    projects.Add((Cell("project_id"), long.Parse(Cell("cost"), CultureInfo.InvariantCulture), long.Parse(Cell("votes"), CultureInfo.InvariantCulture), Cell("selected") == "1"));
                    break;
                case "VOTES":
                    votes.Add(Cell("vote").Split(','));
                    break;
            }
        }

        var ids = projects.Select(p => p.Item1).ToList();
        var ballots = votes.Select(v => new WeightedBallot(new ApprovalBallot([.. v.Select(id => ids.IndexOf(id))]), 1));
        return (BallotProfile.Create(ids, ballots).Value, budget, [.. projects]);
    }

    [GeneratedRegex(@"Option (\d+)-*>: (.*)")]
    private static partial Regex OptionLine();
}
