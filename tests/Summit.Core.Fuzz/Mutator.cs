using System.Text;

namespace Summit.Core.Fuzz;

/// <summary>Deterministic text mutations: characters, splices, truncation, duplication and numeric boundaries.</summary>
internal static class Mutator
{
    /// <summary>Numbers at the edges of int, long, the supported date range and the formats' limits.</summary>
    public static readonly string[] Boundaries =
    [
        "0", "-1", "1", "-0", "00", "2", "255", "256", "65535", "65536", "100000", "100001",
        "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967296",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "18446744073709551616",
        "99999999999999999999999999", "1e308", "1e-400", "NaN", "0.5", "-0.0", "0x10", "1_000",
        "9999-12-31", "9998-12-31", "0001-01-01", "1899-12-31", "1900-01-01", "-9998-01-01", "2024-02-29", "2023-02-29",
        "2024-13-01", "2024-00-10", "24:00", "23:59:60", "T00:00", "2024-03-10T02:30",
    ];

    /// <summary>Characters that break parsers: structure, quotes, line ends, a BOM, surrogates, NUL, non-ASCII.</summary>
    private static readonly string[] Specials =
    [
        "\0", "\r", "\n", "\r\n", "\t", " ", "\"", "'", "\\", "{", "}", "[", "]", ",", ":", ";", "#", "=", ">", "-", "+", ".",
        "/", "*", "//", "/*", "\uFEFF", "\uD800", "\uDC00", "\uD83D\uDE00", "é", "Ω", "\u00A0", "\u2028", "\u200B", "AoE", "Z",
        "\\u0000", "\\uD800", "\\\"", "null", "true", "[]", "{}", "\"\"",
    ];

    public static string Mutate(string seed, IReadOnlyList<string> corpus, SplitMix64 rng)
    {
        var text = new StringBuilder(seed);
        var rounds = 1 + rng.Below(4);
        for (var r = 0; r < rounds; r++)
        {
            Apply(text, corpus, rng);
            if (text.Length > 200_000)
            {
                text.Length = 200_000;
            }
        }

        return text.ToString();
    }

    private static void Apply(StringBuilder text, IReadOnlyList<string> corpus, SplitMix64 rng)
    {
        var at = text.Length == 0 ? 0 : rng.Below(text.Length + 1);
        switch (rng.Below(11))
        {
            case 0: // replace one character
                if (text.Length > 0)
                {
                    var i = rng.Below(text.Length);
                    text.Remove(i, 1).Insert(i, rng.Pick(Specials));
                }

                break;
            case 1: // insert a special
                text.Insert(at, rng.Pick(Specials));
                break;
            case 2: // delete a range
                if (text.Length > 0)
                {
                    var i = rng.Below(text.Length);
                    text.Remove(i, Math.Min(text.Length - i, 1 + rng.Below(16)));
                }

                break;
            case 3: // truncate
                text.Length = at;
                break;
            case 4: // duplicate a range (a line, a key, an object)
                if (text.Length > 0)
                {
                    var i = rng.Below(text.Length);
                    var len = Math.Min(text.Length - i, 1 + rng.Below(200));
                    text.Insert(i, text.ToString(i, len));
                }

                break;
            case 5: // splice: a piece of another seed
                {
                    var other = rng.Pick(corpus);
                    if (other.Length > 0)
                    {
                        var i = rng.Below(other.Length);
                        text.Insert(at, other.AsSpan(i, Math.Min(other.Length - i, 1 + rng.Below(300))));
                    }

                    break;
                }

            case 6: // numeric boundary substitution
            case 7:
                SubstituteNumber(text, rng);
                break;
            case 8: // flip a bit of a character
                if (text.Length > 0)
                {
                    var i = rng.Below(text.Length);
                    text[i] = (char)(text[i] ^ (1 << rng.Below(16)));
                }

                break;
            case 9: // line ends: all to CR, CRLF or LF
                {
                    var s = text.ToString().ReplaceLineEndings(rng.Pick(["\r", "\r\n", "\n"]));
                    text.Clear().Append(s);
                    break;
                }

            default: // repeat a piece many times (long lines, deep nesting)
                {
                    var piece = rng.Pick(["[", "{\"a\":", "9", " ", "= ", "> A ", "\"", "1 ", "0\n", "-1 "]);
                    text.Insert(at, string.Concat(Enumerable.Repeat(piece, 1 + rng.Below(3000))));
                    break;
                }
        }
    }

    private static void SubstituteNumber(StringBuilder text, SplitMix64 rng)
    {
        var s = text.ToString();
        var starts = new List<int>();
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsAsciiDigit(s[i]) && (i == 0 || !char.IsAsciiDigit(s[i - 1])))
            {
                starts.Add(i);
            }
        }

        if (starts.Count == 0)
        {
            text.Insert(rng.Below(s.Length + 1), rng.Pick(Boundaries));
            return;
        }

        var start = rng.Pick(starts);
        var end = start;
        while (end < s.Length && (char.IsAsciiDigit(s[end]) || (rng.Chance(50) && s[end] is '-' or ':' or 'T')))
        {
            end++;
        }

        text.Remove(start, end - start).Insert(start, rng.Pick(Boundaries));
    }
}
