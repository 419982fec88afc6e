using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FluentResults;
using Summit.Core.Tests.RealData;
using Summit.Core.Tests.RealData.Stv;
using Summit.Core.Tests.Voting.Formats;
using Summit.Core.Tests.Voting.Stv;
using Summit.Core.Voting;
using Summit.Core.Voting.Formats;

namespace Summit.Core.Tests.Voting;

/// <summary>The compact ranked-ballot store a BLT profile keeps: same ballots, same counts, small.</summary>
public sealed class CompactProfileTests
{
    [SummitProperty(Runs = 150)]
    public bool Read_UngroupedLines_GroupsLikeCreateAndEveryMethodCountsTheSame(int seed, int[][] raw, int mask)
    {
        var expected = StvProfiles.Build(seed, raw, allowTies: true, mask, "Title", 1 + (Math.Abs(seed) % 2));
        var read = BltFormat.Read(Ungrouped(expected));
        if (read.IsFailed || read.Value.Store is null || !BltAssert.Same(expected, read.Value))
        {
            return false;
        }

        // A twin built from the public ballots counts without the store.
        var twin = BallotProfile.Create(read.Value.Candidates, read.Value.Ballots, read.Value.Withdrawn, read.Value.Title, read.Value.DeclaredSeats).Value;
        return twin.Store is null && TallyMethods.All.All(m => Describe(m.Tally(read.Value, new TallyOptions(1))) == Describe(m.Tally(twin, new TallyOptions(1))));
    }

    [Fact]
    public void Read_MoreThan256Candidates_KeepsWideIndicesAndTies()
    {
        const int N = 300;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{N} 2\n");
        text.Append("3 300 1 256=257 0\n2 257 0\n1 300 1 256=257 0\n1 0\n0\n");
        for (var c = 1; c <= N; c++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\"C{c}\"\n");
        }

        var profile = BltFormat.Read(text.ToString()).Value;
        Assert.True(profile.Store!.HasEqualRanks);
        Assert.Equal(3, profile.Ballots.Length);
        var first = (RankedBallot)profile.Ballots[0].Ballot;
        Assert.Equal(4, profile.Ballots[0].Weight);
        Assert.Equal(new[] { new[] { 299 }, new[] { 0 }, new[] { 255, 256 } }, first.Ranks.Select(r => r.ToArray()).ToArray());
        Assert.True(((RankedBallot)profile.Ballots[2].Ballot).Ranks.IsEmpty);
        Assert.Equal(7, profile.TotalWeight);
    }

    [Fact]
    public void Ballots_ReadFromManyThreads_OneMaterializedArray()
    {
        var text = File.ReadAllText(Path.Combine(StvFixtures.Droop, "glasgow-2007", "Calton-2007.blt"));
        var profile = BltFormat.Read(text).Value;
        var seen = new WeightedBallot[8][];
        Parallel.For(0, seen.Length, i => seen[i] = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(profile.Ballots)!);
        Assert.All(seen, s => Assert.Same(seen[0], s));
    }

    [Fact]
    public void WithWithdrawn_CompactProfile_SameAsFromPublicBallots()
    {
        var text = File.ReadAllText(Path.Combine(StvFixtures.Droop, "glasgow-2007", "Calton-2007.blt"));
        var profile = BltFormat.Read(text).Value;
        var twin = BallotProfile.Create(profile.Candidates, profile.Ballots, profile.Withdrawn, profile.Title, profile.DeclaredSeats).Value;
        var a = profile.WithWithdrawn([3, 1, 3]);
        var b = twin.WithWithdrawn([3, 1, 3]);
        BltAssert.SameProfile(b.Value, a.Value);
        Assert.Equal(Describe(TallyMethods.MeekStv.Tally(b.Value, new TallyOptions(3))), Describe(TallyMethods.MeekStv.Tally(a.Value, new TallyOptions(3))));
        Assert.Equal(
            twin.WithWithdrawn([-1, 99]).Codes(),
            profile.WithWithdrawn([-1, 99]).Codes());
    }

    [SharedDataFact("voting/stv-glasgow-2007")]
    public void Store_Glasgow2007Wards_NoLargerThanTheRawFiles()
    {
        var folder = SharedDataFolder.Find("voting/stv-glasgow-2007")!;

        var files = Directory.GetFiles(folder, "*-2007.blt");
        Assert.Equal(21, files.Length);
        var raw = files.Sum(f => new FileInfo(f).Length);
        var store = files.Sum(f => BltFormat.Read(File.ReadAllText(f)).Value.Store!.ArrayBytes);
        Assert.True(store <= raw, $"The compact store holds {store} bytes for {raw} bytes of BLT files.");
    }

    /// <summary>Writes a profile as BLT with every group split over two lines, the second halves after all first halves.</summary>
    private static string Ungrouped(BallotProfile profile)
    {
        var grouped = BltFormat.Write(profile).Split('\n');
        var header = new List<string>();
        var firsts = new List<string>();
        var seconds = new List<string>();
        var i = 0;
        for (; i < grouped.Length && !grouped[i].StartsWith('"') && grouped[i] != "0"; i++)
        {
            var line = grouped[i];
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (i == 0 || line.StartsWith('-') || line.StartsWith('[') || space < 0)
            {
                header.Add(line);
                continue;
            }

            var weight = long.Parse(line.AsSpan(0, space), CultureInfo.InvariantCulture);
            var rest = line[space..];
            firsts.Add(string.Create(CultureInfo.InvariantCulture, $"{(weight + 1) / 2}{rest}"));
            if (weight / 2 > 0)
            {
                seconds.Add(string.Create(CultureInfo.InvariantCulture, $"{weight / 2}{rest}"));
            }
        }

        return string.Join('\n', header.Concat(firsts).Concat(seconds).Concat(grouped[i..]));
    }

    private static string Describe(Result<TallyResult> result) =>
        result.IsSuccess ? JsonSerializer.Serialize(result.Value) : string.Join(",", result.SummitErrors().Select(e => e.Code + ":" + e.Message));
}
