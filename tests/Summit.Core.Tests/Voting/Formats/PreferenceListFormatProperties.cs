using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Summit.Core.Testing.Voting;
using Summit.Core.Tests.RealData.Voting;
using Summit.Core.Voting;
using Summit.Core.Voting.Formats;

namespace Summit.Core.Tests.Voting.Formats;

public sealed class PreferenceListFormatProperties
{
    [Fact]
    public void WriteThenRead_AnyRankedProfile_SameProfile()
    {
        var arb = Arb.From(
            VotingGenerators.RankedProfile(7, 20).SelectMany(
                p => Gen.Elements("A b", "Smith, J.", "x > y", "\"q\"", "#1", "= eq", "plain"),
                (p, name) => BallotProfile.Create(p.Candidates.Select((c, i) => i == 0 ? name : c), p.Ballots, title: "T: 1", declaredSeats: Math.Min(2, p.Candidates.Length)).Value),
            VotingGenerators.Shrink);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(arb, profile =>
        {
            var back = PreferenceListFormat.Read(PreferenceListFormat.Write(profile)).Value;
            return PreferenceListFormat.Write(back) == PreferenceListFormat.Write(profile)
                && back.Candidates.SequenceEqual(profile.Candidates)
                && back.TotalWeight == profile.TotalWeight
                && back.Title == profile.Title;
        }));
    }

    [Fact]
    public void Read_RandomBytes_NeverThrowsAlwaysProfileOrCodedErrors()
    {
        var bytes = Gen.ArrayOf(Gen.Elements<byte>([.. "AB C>=:#\"\n\r,0123456789candidtesw".Select(c => (byte)c), 0, 255, 0xC3, 0xA9]));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Arb.From(bytes), b => Outcome(Encoding.UTF8.GetString(b))));
    }

    [Fact]
    public void Read_MutatedAndTruncatedRealFile_NeverThrows()
    {
        // Source: Debian leader 2020 tally sheet (Fixtures/debian), written out as a preference list.
        var real = PreferenceListFormat.Write(RealDataReaders.Debian(FixturePaths.Of("debian", "leader2020_tally.txt")));
        var mutation = Gen.Choose(0, real.Length - 1)
            .SelectMany(_ => Gen.Elements(['>', '=', ':', '#', '"', '\n', 'x', ' ', ',', '0']), (at, ch) => (At: at, Ch: ch))
            .SelectMany(_ => Gen.Choose(0, 2), (x, kind) => (x.At, x.Ch, Kind: kind));
        var mutated = Gen.ArrayOf(mutation).Select(ms =>
        {
            var text = new StringBuilder(real);
            foreach (var (at, ch, kind) in ms)
            {
                var i = Math.Min(at, text.Length - 1);
                if (i < 0)
                {
                    break;
                }

                switch (kind)
                {
                    case 0: text[i] = ch; break;
                    case 1: text.Insert(i, ch); break;
                    default: text.Length = i; break;
                }
            }

            return text.ToString();
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(mutated), Outcome));
    }

    private static bool Outcome(string text)
    {
        var result = PreferenceListFormat.Read(text, "fuzz.txt");
        return result.IsSuccess || result.Codes().All(c => c.StartsWith("voting.", StringComparison.Ordinal));
    }
}
