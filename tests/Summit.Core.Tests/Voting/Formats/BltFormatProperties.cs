using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Summit.Core.Tests.RealData.Stv;
using Summit.Core.Tests.Voting.Stv;
using Summit.Core.Voting.Formats;

namespace Summit.Core.Tests.Voting.Formats;

public sealed class BltFormatProperties
{
    private static readonly string[] Titles = ["", "Ward 1", "Say \"yes\"", "# not a comment", "Zoë's vote"];

    private static readonly string[] RealFiles =
        [.. new[] { "glasgow-2007/Calton-2007.blt", "edge-cases/SCwopt.blt", "edge-cases/42ubom.blt", "edge-cases/SC-Vm-12.blt" }
            .Select(f => File.ReadAllText(Path.Combine(StvFixtures.Droop, f)))];

    /// <summary>Token soup: BLT-flavoured tokens concatenated, shrinking to prefixes.</summary>
    public static class TokenSoup
    {
        private static readonly Gen<string> Token = Gen.Elements("0", "1", "2", "3", "-1", "=", " ", "\n", "\r\n", "\"", "\"\"", "#", "[tie 1 2]", "[withdrawn 1]", "99999999999999999999", "x", ",", "\uFEFF");

        public static Arbitrary<string> Texts { get; } = Arb.From(Token.ListOf().Select(ts => string.Concat(ts)), s => Enumerable.Range(0, s.Length).Select(i => s[..i]));
    }

    [SummitProperty(Runs = 300)]
    public bool WriteThenRead_RandomProfiles_SameProfile(int seed, int[][] raw, int mask, int titleSeed)
    {
        var title = titleSeed % 6 == 5 ? null : Titles[Math.Abs(titleSeed) % Titles.Length];
        var profile = StvProfiles.Build(seed, raw, allowTies: true, mask, title, 1 + (Math.Abs(titleSeed) % 3));
        if (profile.DeclaredSeats > profile.Candidates.Length)
        {
            // A BLT header may not declare more seats than candidates (blt.seats-exceed-candidates).
            profile = StvProfiles.Build(seed, raw, allowTies: true, mask, title, profile.Candidates.Length);
        }

        var again = BltFormat.Read(BltFormat.Write(profile));
        return again.IsSuccess && BltAssert.Same(profile, again.Value);
    }

    [SummitProperty(Runs = 500)]
    public bool Read_RandomBytes_NeverThrows(byte[] bytes) => ReadsCleanly(Encoding.UTF8.GetString(bytes));

    [SummitProperty(Arbitrary = [typeof(TokenSoup)], Runs = 500)]
    public bool Read_RandomTokenSoup_NeverThrows(string text) => ReadsCleanly(text);

    [SummitProperty(Runs = 300)]
    public bool Read_TruncatedRealFiles_NeverThrows(int file, int cut)
    {
        var text = RealFiles[Math.Abs(file) % RealFiles.Length];
        return ReadsCleanly(text[..(int)((uint)cut % (uint)(text.Length + 1))]);
    }

    [SummitProperty(Runs = 300)]
    public bool Read_MutatedRealFiles_NeverThrows(int file, (int, char)[] mutations)
    {
        var chars = RealFiles[Math.Abs(file) % RealFiles.Length].ToCharArray();
        foreach (var (at, c) in mutations ?? [])
        {
            chars[(int)((uint)at % (uint)chars.Length)] = c;
        }

        return ReadsCleanly(new string(chars));
    }

    /// <summary>
    /// The reader's fast path for ballot lines of digits and spaces against its general code: the same text with every
    /// space a tab takes only the general code, and must read the same, profile or errors (codes, lines, columns and
    /// messages). The lines are meant to trip the fast path: long lines (past its 64-character blocks), many spaces,
    /// leading zeros, numbers of 3 to 8 digits, repeated or missing candidates, a misplaced or missing 0, CRLF. 3,000
    /// generated texts, the same on every run.
    /// </summary>
    [Fact]
    public void Read_PlainBallotLines_SameAsGeneralCode()
    {
        var differing = Enumerable.Range(1, 3000).Where(seed => !PlainBallotsReadAlike(seed)).ToList();
        Assert.True(differing.Count == 0, $"The fast path and the general code differ for the texts of seeds {string.Join(", ", differing.Take(20))}.");
    }

    private static bool PlainBallotsReadAlike(int seed)
    {
        // xorshift32 from a mixed seed (small seeds would give small first numbers).
        var state = ((uint)seed * 0x9E3779B9u) ^ 0x7F4A7C15u;
        state = (state ^ (state >> 16)) * 0x85EBCA6Bu;
        state ^= state >> 13;
        state = state == 0 ? 1 : state;
        uint Next(uint bound)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            return state % bound;
        }

        var n = Next(5) switch { 0 => 1 + (int)Next(9), 1 => 1 + (int)Next(40), 2 => 95 + (int)Next(30), 3 => 250 + (int)Next(12), _ => 1 + (int)Next(20_000) };
        var spread = Next(2) == 0 ? 2u : 8u;
        var newline = Next(4) == 0 ? "\r\n" : "\n";
        var text = new StringBuilder();
        text.Append(n).Append(' ').Append(1).Append(newline);
        var lines = 1 + (int)Next(30);
        for (var l = 0; l < lines; l++)
        {
            string Spaces() => Next(spread) == 0 ? new string(' ', 1 + (int)Next(Next(4) == 0 ? 70u : 3u)) : " ";
            text.Append(Next(10) switch { 0 => "0", 1 => Next(1_000_000_000).ToString("D15", CultureInfo.InvariantCulture), 2 => (1 + Next(20_000)).ToString(CultureInfo.InvariantCulture), _ => "1" });
            var count = (int)Next((uint)Math.Min(n, 45) + 2);
            var seen = new HashSet<uint>();
            for (var c = 0; c < count; c++)
            {
                var candidate = Next(40) == 0 ? Next((uint)n + 3) : 1 + Next((uint)n);
                if (Next(10) != 0 && !seen.Add(candidate))
                {
                    continue;
                }

                var digits = candidate.ToString(Next(15) == 0 ? "D" + (1 + Next(8)) : "D", CultureInfo.InvariantCulture);
                text.Append(Spaces()).Append(digits);
            }

            if (Next(15) != 0)
            {
                text.Append(Spaces()).Append(Next(10) == 0 ? "00" : "0");
            }

            if (Next(15) == 0)
            {
                text.Append(' ').Append(1 + Next((uint)n));
            }

            if (Next(6) == 0)
            {
                text.Append(Spaces());
            }

            text.Append(newline);
        }

        text.Append('0').Append(newline);
        for (var k = 1; k <= n && Next(50) != 0; k++)
        {
            text.Append("\"C").Append(k).Append('"').Append(newline);
        }

        text.Append("\"Title\"").Append(newline);
        var plain = text.ToString();
        var fast = BltFormat.Read(plain, "plain.blt");
        var general = BltFormat.Read(plain.Replace(' ', '\t'), "plain.blt");
        if (fast.IsSuccess || general.IsSuccess)
        {
            return fast.IsSuccess && general.IsSuccess && BltAssert.Same(fast.Value, general.Value);
        }

        static string Describe(IEnumerable<SummitError> errors) => string.Join("\n", errors.Select(e => $"{e.Code} {e.Metadata["line"]}:{e.Metadata["column"]} {e.Message}"));
        return Describe(fast.SummitErrors()) == Describe(general.SummitErrors());
    }

    private static bool ReadsCleanly(string text)
    {
        var result = BltFormat.Read(text, "fuzz.blt");
        return result.IsSuccess
            || result.SummitErrors().All(e => e.Code.StartsWith("blt.", StringComparison.Ordinal)
                && e.Metadata.ContainsKey("line") && e.Metadata.ContainsKey("column") && e.Metadata.ContainsKey("expected") && e.Metadata.ContainsKey("file"));
    }
}
