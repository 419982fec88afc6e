using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Summit.Core.Summits;

namespace Summit.Core.Tests.Summits;

/// <summary>Robustness: the summit-file reader never throws; it returns a document or coded errors with line and column.</summary>
public sealed class SummitFileProperties
{
    private static readonly string[] Examples =
        ["pycon-us-2024", "pycon-us-2023", "pycon-us-2020"];

    private static int Runs => int.TryParse(Environment.GetEnvironmentVariable("SUMMIT_FUZZ"), out var n) && n > 0 ? n : 1500;

    private static bool Holds(string text)
    {
        var result = SummitFile.Read(text, "fuzz.json");
        return result.IsSuccess
            || result.SummitErrors().All(e => e.Code.Length > 0 && e.Line is not null && e.Column is not null);
    }

    [Fact]
    public void Read_RandomBytes_NeverThrows()
    {
        var bytes = Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs), Prop.ForAll(Arb.From(bytes), b => Holds(Encoding.UTF8.GetString(b))));
    }

    [Fact]
    public void Read_TruncatedExamples_NeverThrow()
    {
        var gen = Gen.Elements(Examples).Select(SummitFileTests.Example)
            .SelectMany(text => Gen.Choose(0, text.Length), (text, cut) => text[..cut]);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs), Prop.ForAll(Arb.From(gen), Holds));
    }

    [Fact]
    public void Read_MutatedExamples_NeverThrow()
    {
        const string alphabet = "{}[]\":,0123456789-TZ: aAoEe\n/*nulltruefalse\\";
        var mutation = Gen.Choose(0, 3).SelectMany(_ => Gen.Choose(0, int.MaxValue), (kind, pos) => (kind, pos))
            .SelectMany(_ => Gen.Elements(alphabet.ToCharArray()), (m, c) => (m.kind, m.pos, c));
        var gen = Gen.Elements(Examples).Select(SummitFileTests.Example)
            .SelectMany(_ => mutation.ArrayOf(), (text, ms) => Mutate(text, ms));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs), Prop.ForAll(Arb.From(gen), Holds));
    }

    private static string Mutate(string text, (int Kind, int Pos, char C)[] mutations)
    {
        var sb = new StringBuilder(text);
        foreach (var (kind, pos, c) in mutations)
        {
            if (sb.Length == 0)
            {
                sb.Append(c);
                continue;
            }

            var at = pos % sb.Length;
            switch (kind)
            {
                case 0: sb[at] = c; break;
                case 1: sb.Insert(at, c); break;
                case 2: sb.Remove(at, 1); break;
                default: sb.Insert(at, sb.ToString(at, Math.Min(20, sb.Length - at))); break;
            }
        }

        return sb.ToString();
    }
}
