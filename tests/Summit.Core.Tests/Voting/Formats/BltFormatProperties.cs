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

    private static bool ReadsCleanly(string text)
    {
        var result = BltFormat.Read(text, "fuzz.blt");
        return result.IsSuccess
            || result.SummitErrors().All(e => e.Code.StartsWith("blt.", StringComparison.Ordinal)
                && e.Metadata.ContainsKey("line") && e.Metadata.ContainsKey("column") && e.Metadata.ContainsKey("expected") && e.Metadata.ContainsKey("file"));
    }
}
