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
    /// <summary>Arbitraries of this class: named profiles, format-flavoured bytes, mutated real files.</summary>
    public static class Arbitraries
    {
        /// <summary>Ranked profiles whose first candidate has a name that needs quoting.</summary>
        public static Arbitrary<RankedBallotProfile> OddlyNamedProfiles { get; } = Arb.From(
            VotingGenerators.RankedProfile(7, 20).SelectMany(
                p => Gen.Elements("A b", "Smith, J.", "x > y", "\"q\"", "#1", "= eq", "plain"),
                (p, name) => new RankedBallotProfile(BallotProfile.Create(p.Candidates.Select((c, i) => i == 0 ? name : c), p.Ballots, title: "T: 1", declaredSeats: Math.Min(2, p.Candidates.Length)).Value)),
            p => VotingArbitraries.ShrinkProfile(p.Profile).Select(s => new RankedBallotProfile(s)));

        /// <summary>Bytes drawn mostly from the format's own alphabet.</summary>
        public static Arbitrary<byte[]> FormatBytes { get; } = Arb.From(
            Gen.ArrayOf(Gen.Elements<byte>([.. "AB C>=:#\"\n\r,0123456789candidtesw".Select(c => (byte)c), 0, 255, 0xC3, 0xA9])));

        /// <summary>The Debian 2020 preference list with replaced, inserted and truncating mutations.</summary>
        public static Arbitrary<string> MutatedRealFile { get; } = Arb.From(MutatedRealFileGen());
    }

    [SummitProperty(Arbitrary = [typeof(Arbitraries)], Runs = 200)]
    public bool WriteThenRead_AnyRankedProfile_SameProfile(RankedBallotProfile ranked)
    {
        var profile = ranked.Profile;
        var back = PreferenceListFormat.Read(PreferenceListFormat.Write(profile)).Value;
        return PreferenceListFormat.Write(back) == PreferenceListFormat.Write(profile)
            && back.Candidates.SequenceEqual(profile.Candidates)
            && back.TotalWeight == profile.TotalWeight
            && back.Title == profile.Title;
    }

    [SummitProperty(Arbitrary = [typeof(Arbitraries)], Runs = 500)]
    public bool Read_RandomBytes_NeverThrowsAlwaysProfileOrCodedErrors(byte[] bytes) => Outcome(Encoding.UTF8.GetString(bytes));

    [SummitProperty(Arbitrary = [typeof(Arbitraries)], Runs = 300)]
    public bool Read_MutatedAndTruncatedRealFile_NeverThrows(string text) => Outcome(text);

    private static Gen<string> MutatedRealFileGen()
    {
        // Source: Debian leader 2020 tally sheet (Fixtures/debian), written out as a preference list.
        var real = PreferenceListFormat.Write(RealDataReaders.Debian(FixturePaths.Of("debian", "leader2020_tally.txt")));
        var mutation = Gen.Choose(0, real.Length - 1)
            .SelectMany(_ => Gen.Elements(['>', '=', ':', '#', '"', '\n', 'x', ' ', ',', '0']), (at, ch) => (At: at, Ch: ch))
            .SelectMany(_ => Gen.Choose(0, 2), (x, kind) => (x.At, x.Ch, Kind: kind));
        return Gen.ArrayOf(mutation).Select(ms =>
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
    }

    private static bool Outcome(string text)
    {
        var result = PreferenceListFormat.Read(text, "fuzz.txt");
        return result.IsSuccess || result.Codes().All(c => c.StartsWith("voting.", StringComparison.Ordinal));
    }
}
