using System.Globalization;
using System.Text;

namespace Summit.Core.Voting.Formats;

/// <summary>Writes BLT text; see <see cref="BltFormat"/>.</summary>
internal static class BltWriter
{
    public static string Write(BallotProfile profile)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(profile.Candidates.Length.ToString(inv)).Append(' ')
            .Append((profile.DeclaredSeats ?? 1).ToString(inv)).Append('\n');
        if (!profile.Withdrawn.IsEmpty)
        {
            sb.AppendJoin(' ', profile.Withdrawn.Select(w => (-(w + 1)).ToString(inv))).Append('\n');
        }

        if (BltTieOrder.Get(profile) is { } tieOrder)
        {
            sb.Append("[tie");
            foreach (var c in tieOrder)
            {
                sb.Append(' ').Append((c + 1).ToString(inv));
            }

            sb.Append("]\n");
        }

        foreach (var wb in profile.Ballots)
        {
            if (wb.Ballot is not RankedBallot ranked)
            {
                throw new ArgumentException("BLT holds ranked ballots only; the profile has a " + wb.Ballot.GetType().Name + ".", nameof(profile));
            }

            sb.Append(wb.Weight.ToString(inv));
            foreach (var tier in ranked.Ranks)
            {
                sb.Append(' ');
                for (var i = 0; i < tier.Length; i++)
                {
                    if (i > 0)
                    {
                        sb.Append('=');
                    }

                    sb.Append((tier[i] + 1).ToString(inv));
                }
            }

            sb.Append(" 0\n");
        }

        sb.Append("0\n");
        foreach (var name in profile.Candidates)
        {
            AppendQuoted(sb, name).Append('\n');
        }

        if (profile.Title is not null)
        {
            AppendQuoted(sb, profile.Title).Append('\n');
        }

        return sb.ToString();
    }

    private static StringBuilder AppendQuoted(StringBuilder sb, string text) =>
        sb.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
}
