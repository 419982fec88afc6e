using Summit.Core.Summits.File;
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

    /// <summary>Random bytes; truncated examples; mutated examples (SUMMIT_FUZZ raises the 1500 runs, see <see cref="SummitPropertyAttribute"/>).</summary>
    public static class Arbitraries
    {
        public static Arbitrary<byte[]> Bytes { get; } = Arb.From(Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf());

        public static Arbitrary<TruncatedExample> Truncated { get; } = Arb.From(
            Gen.Elements(Examples).Select(SummitFileTests.Example)
                .SelectMany(text => Gen.Choose(0, text.Length), (text, cut) => new TruncatedExample(text[..cut])));

        public static Arbitrary<MutatedExample> Mutated { get; } = Arb.From(MutatedGen());
    }

    /// <summary>A prefix of a bundled example.</summary>
    public sealed record TruncatedExample(string Text);

    /// <summary>A bundled example after random edits.</summary>
    public sealed record MutatedExample(string Text);

    private static bool Holds(string text)
    {
        var result = SummitFile.Read(text, "fuzz.json");
        return result.IsSuccess
            || result.SummitErrors().All(e => e.Code.Length > 0 && e.Line is not null && e.Column is not null);
    }

    [SummitProperty(Arbitrary = [typeof(Arbitraries)], Runs = 1500)]
    public bool Read_RandomBytes_NeverThrows(byte[] bytes) => Holds(Encoding.UTF8.GetString(bytes));

    [SummitProperty(Arbitrary = [typeof(Arbitraries)], Runs = 1500)]
    public bool Read_TruncatedExamples_NeverThrow(TruncatedExample example) => Holds(example.Text);

    [SummitProperty(Arbitrary = [typeof(Arbitraries)], Runs = 1500)]
    public bool Read_MutatedExamples_NeverThrow(MutatedExample example) => Holds(example.Text);

    private static Gen<MutatedExample> MutatedGen()
    {
        const string alphabet = "{}[]\":,0123456789-TZ: aAoEe\n/*nulltruefalse\\";
        var mutation = Gen.Choose(0, 3).SelectMany(_ => Gen.Choose(0, int.MaxValue), (kind, pos) => (kind, pos))
            .SelectMany(_ => Gen.Elements(alphabet.ToCharArray()), (m, c) => (m.kind, m.pos, c));
        return Gen.Elements(Examples).Select(SummitFileTests.Example)
            .SelectMany(_ => mutation.ArrayOf(), (text, ms) => new MutatedExample(Mutate(text, ms)));
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
