using System.Globalization;

namespace Summit.Core.Tests.RealData.Stv;

/// <summary>A parsed droop v0.11 count report: its actions, each with the candidate lines and totals it printed.</summary>
internal sealed class DroopReport
{
    public required IReadOnlyList<DroopAction> Actions { get; init; }

    /// <summary>droop prints names with runs of white space collapsed to one space.</summary>
    public static string DroopName(string name) => System.Text.RegularExpressions.Regex.Replace(name, "\\s+", " ");

    public static DroopReport Parse(string text, IReadOnlyCollection<string> candidateNames)
    {
        var actions = new List<DroopAction>();
        DroopAction? current = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("Action: ", StringComparison.Ordinal))
            {
                current = new DroopAction(line["Action: ".Length..]);
                actions.Add(current);
                continue;
            }

            if (current is null || !line.StartsWith('\t'))
            {
                continue;
            }

            var body = line.Trim();
            var colon = body.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = body[..colon];
            var rest = body[(colon + 1)..].Trim();
            switch (key)
            {
                case "Hopeful" or "Elected" or "Pending" or "Defeated" or "Withdrawn":
                    {
                        var open = rest.LastIndexOf(" (", StringComparison.Ordinal);
                        var names = rest[..open];
                        var value = decimal.Parse(rest[(open + 2)..^1].Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
                        var list = candidateNames.Contains(names) ? [names] : names.Split(", ");
                        foreach (var name in list)
                        {
                            current.Votes[name] = value;
                            current.Status[name] = key;
                        }

                        break;
                    }

                case "Nontransferable votes":
                    current.Exhausted = decimal.Parse(rest, CultureInfo.InvariantCulture);
                    break;
                case "Residual":
                    current.Residual = decimal.Parse(rest, CultureInfo.InvariantCulture);
                    break;
                case "Quota":
                    current.Quota = decimal.Parse(rest, CultureInfo.InvariantCulture);
                    break;
            }
        }

        return new DroopReport { Actions = actions };
    }
}

internal sealed class DroopAction(string text)
{
    public string Text { get; } = text;

    public Dictionary<string, decimal> Votes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Status { get; } = new(StringComparer.Ordinal);

    public decimal? Exhausted { get; set; }

    public decimal? Residual { get; set; }

    public decimal? Quota { get; set; }
}
