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

    [Fact]
    public void WriteThenRead_RandomProfiles_SameProfile()
    {
        var prop = Prop.ForAll(
            ArbMap.Default.ArbFor<(int, int[][], int, int)>(),
            t =>
            {
                var (seed, raw, mask, titleSeed) = t;
                var title = titleSeed % 6 == 5 ? null : Titles[Math.Abs(titleSeed) % Titles.Length];
                var profile = StvProfiles.Build(seed, raw, allowTies: true, mask, title, 1 + (Math.Abs(titleSeed) % 3));
                if (profile.DeclaredSeats > profile.Candidates.Length)
                {
                    // A BLT header may not declare more seats than candidates (blt.seats-exceed-candidates).
                    profile = StvProfiles.Build(seed, raw, allowTies: true, mask, title, profile.Candidates.Length);
                }

                var again = BltFormat.Read(BltFormat.Write(profile));
                return again.IsSuccess && BltAssert.Same(profile, again.Value);
            });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), prop);
    }

    [Fact]
    public void Read_RandomBytes_NeverThrows()
    {
        var prop = Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes => ReadsCleanly(Encoding.UTF8.GetString(bytes)));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), prop);
    }

    [Fact]
    public void Read_RandomTokenSoup_NeverThrows()
    {
        var token = Gen.Elements("0", "1", "2", "3", "-1", "=", " ", "\n", "\r\n", "\"", "\"\"", "#", "[tie 1 2]", "[withdrawn 1]", "99999999999999999999", "x", ",", "\uFEFF");
        var gen = token.ListOf().Select(ts => string.Concat(ts));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Arb.From(gen, s => Enumerable.Range(0, s.Length).Select(i => s[..i])), ReadsCleanly));
    }

    [Fact]
    public void Read_TruncatedRealFiles_NeverThrows()
    {
        var prop = Prop.ForAll(
            ArbMap.Default.ArbFor<(int, int)>(),
            t =>
            {
                var text = RealFiles[Math.Abs(t.Item1) % RealFiles.Length];
                return ReadsCleanly(text[..(int)((uint)t.Item2 % (uint)(text.Length + 1))]);
            });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), prop);
    }

    [Fact]
    public void Read_MutatedRealFiles_NeverThrows()
    {
        var prop = Prop.ForAll(
            ArbMap.Default.ArbFor<(int, (int, char)[])>(),
            t =>
            {
                var chars = RealFiles[Math.Abs(t.Item1) % RealFiles.Length].ToCharArray();
                foreach (var (at, c) in t.Item2 ?? [])
                {
                    chars[(int)((uint)at % (uint)chars.Length)] = c;
                }

                return ReadsCleanly(new string(chars));
            });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), prop);
    }

    private static bool ReadsCleanly(string text)
    {
        var result = BltFormat.Read(text, "fuzz.blt");
        return result.IsSuccess
            || result.SummitErrors().All(e => e.Code.StartsWith("blt.", StringComparison.Ordinal)
                && e.Metadata.ContainsKey("line") && e.Metadata.ContainsKey("column") && e.Metadata.ContainsKey("expected") && e.Metadata.ContainsKey("file"));
    }
}
