namespace Summit.Core.Summits.File;

/// <summary>Splits a multi-select answer ("A, with a comma, B") into the labels the form declared, not on every comma.</summary>
/// <remarks>
/// Forms join the chosen options with ", ". At each position the longest declared label that ends at the end of the
/// answer or before a comma wins; text that starts no declared label runs to the next comma that is followed by one
/// (or to the end) and is returned as free text, without a leading "Other:" (the form's "Other" option).
/// Labels compare ignoring case. Linear in the answer's length times the number of labels.
/// </remarks>
internal static class LabelSplitter
{
    public static (List<string> Labels, List<string> Others) Split(string answer, IReadOnlyList<string> labels)
    {
        var found = new List<string>();
        var others = new List<string>();
        var p = SkipSeparators(answer, 0);
        while (p < answer.Length)
        {
            if (LabelAt(answer, p, labels) is { } label)
            {
                found.Add(label);
                p = SkipSeparators(answer, p + label.Length);
                continue;
            }

            var end = p;
            while (end < answer.Length && !(answer[end] == ',' && LabelAt(answer, SkipSpaces(answer, end + 1), labels) is not null))
            {
                end++;
            }

            var text = answer[p..end].Trim().TrimEnd(',').Trim();
            if (text.StartsWith("Other:", StringComparison.OrdinalIgnoreCase))
            {
                text = text["Other:".Length..].Trim();
            }

            if (text.Length > 0)
            {
                others.Add(text);
            }

            p = SkipSeparators(answer, end);
        }

        return (found, others);
    }

    private static string? LabelAt(string answer, int p, IReadOnlyList<string> labels)
    {
        string? best = null;
        foreach (var label in labels)
        {
            if ((best is null || label.Length > best.Length)
                && label.Length > 0
                && string.Compare(answer, p, label, 0, label.Length, StringComparison.OrdinalIgnoreCase) == 0
                && p + label.Length <= answer.Length
                && EndsAnswer(answer, p + label.Length))
            {
                best = label;
            }
        }

        return best;
    }

    private static bool EndsAnswer(string answer, int p)
    {
        p = SkipSpaces(answer, p);
        return p == answer.Length || answer[p] == ',';
    }

    private static int SkipSpaces(string answer, int p)
    {
        while (p < answer.Length && char.IsWhiteSpace(answer[p]))
        {
            p++;
        }

        return p;
    }

    private static int SkipSeparators(string answer, int p)
    {
        while (p < answer.Length && (char.IsWhiteSpace(answer[p]) || answer[p] == ','))
        {
            p++;
        }

        return p;
    }
}
