using System.Text.Json;
using Summit.Core.Tests.Voting;
using Summit.Core.Voting;

namespace Summit.Core.Tests.RealData.Voting;

// Source: ../shared/data/voting/golden.json (Wikipedia "Schulze method" 45-voter example; Wikipedia/Electowiki
// "Tennessee example"), copied to Fixtures/golden/golden.json.
public sealed class GoldenTests
{
    private static readonly JsonElement Golden = JsonDocument.Parse(File.ReadAllText(FixturePaths.Of("golden", "golden.json"))).RootElement;

    private static BallotProfile Wikipedia45()
    {
        var w = Golden.GetProperty("wikipedia_schulze_45");
        var candidates = string.Concat(w.GetProperty("candidates").EnumerateArray().Select(e => e.GetString()));
        var ballots = w.GetProperty("ballots").EnumerateArray().Select(b => (b[0].GetInt64(), b[1].GetString()!)).ToArray();
        return Profiles.Letters(candidates, ballots);
    }

    private static BallotProfile Tennessee()
    {
        var t = Golden.GetProperty("tennessee_capital");
        var names = t.GetProperty("candidates").EnumerateArray().Select(e => e.GetString()!).ToList();
        var ballots = t.GetProperty("ballots_percent").EnumerateArray().Select(b => new WeightedBallot(
            RankedBallot.FromOrder([.. b[1].EnumerateArray().Select(n => names.IndexOf(n.GetString()!))]), b[0].GetInt64()));
        return BallotProfile.Create(names, ballots).Value;
    }

    [Fact]
    public void Schulze_Wikipedia45_WinnerEAndRankingEACBD()
    {
        var result = TallyMethods.Schulze.Tally(Wikipedia45(), new TallyOptions()).Value;
        var expected = Golden.GetProperty("wikipedia_schulze_45").GetProperty("expected");
        Assert.Equal([expected.GetProperty("schulze_winner").GetString()!], result.Winners.ToArray());
        Assert.Equal(expected.GetProperty("schulze_ranking").EnumerateArray().Select(e => e.GetString()!), Profiles.Flat(result));
        Assert.All(result.Ranking, tier => Assert.Single(tier));
        Assert.Equal(45, result.ValidBallots);
    }

    [Theory]
    [InlineData("pairwise_d")]
    [InlineData("strongest_paths_p")]
    public void Schulze_Wikipedia45_MatricesMatchPublished(string matrix)
    {
        var result = TallyMethods.Schulze.Tally(Wikipedia45(), new TallyOptions()).Value;
        var actual = matrix == "pairwise_d" ? result.Pairwise! : result.StrongestPaths!;
        var expected = Golden.GetProperty("wikipedia_schulze_45").GetProperty("expected").GetProperty(matrix);
        var names = actual.Candidates.ToList();
        var cells = 0;
        foreach (var row in expected.EnumerateObject())
        {
            foreach (var cell in row.Value.EnumerateObject())
            {
                Assert.Equal(cell.Value.GetInt64(), actual[names.IndexOf(row.Name), names.IndexOf(cell.Name)]);
                cells++;
            }
        }

        Assert.Equal(20, cells);
    }

    [Fact]
    public void OtherMethods_Wikipedia45_MatchIndependentRecounts()
    {
        var profile = Wikipedia45();
        var computed = Golden.GetProperty("wikipedia_schulze_45").GetProperty("computed");
        var plurality = TallyMethods.Plurality.Tally(profile, new TallyOptions()).Value;
        Assert.Equal(computed.GetProperty("plurality_winner").GetString(), plurality.Winners[0]);
        foreach (var c in computed.GetProperty("plurality").EnumerateObject())
        {
            Assert.Equal(c.Value.GetInt64(), plurality.Rounds[0].Candidates.Single(x => x.Candidate == c.Name).Votes);
        }

        var borda = TallyMethods.Borda.Tally(profile, new TallyOptions()).Value;
        Assert.Equal(computed.GetProperty("borda_winner").GetString(), borda.Winners[0]);
        foreach (var c in computed.GetProperty("borda_n_minus_1").EnumerateObject())
        {
            Assert.Equal(c.Value.GetInt64(), borda.Rounds[0].Candidates.Single(x => x.Candidate == c.Name).Votes);
        }

        var copeland = TallyMethods.Copeland.Tally(profile, new TallyOptions()).Value;
        Assert.Equal(computed.GetProperty("copeland_winner").GetString(), copeland.Winners[0]);
        foreach (var c in computed.GetProperty("copeland_wins").EnumerateObject())
        {
            Assert.Equal(c.Value.GetInt64(), copeland.Rounds[0].Candidates.Single(x => x.Candidate == c.Name).Votes);
        }

        var irv = TallyMethods.InstantRunoff.Tally(profile, new TallyOptions()).Value;
        Assert.Equal(computed.GetProperty("irv_winner").GetString(), irv.Winners[0]);
        Assert.Contains(irv.TieBreaks, t => t.Tied.Order().SequenceEqual(["B", "E"]));

        var rp = TallyMethods.RankedPairs.Tally(profile, new TallyOptions()).Value;
        Assert.Equal(computed.GetProperty("ranked_pairs_winning_votes_winner").GetString(), rp.Winners[0]);
        Assert.Equal(computed.GetProperty("ranked_pairs_locked_order").EnumerateArray().Select(e => e.GetString()!), Profiles.Flat(rp));
    }

    [Fact]
    public void Plurality_Tennessee_Memphis()
    {
        var result = TallyMethods.Plurality.Tally(Tennessee(), new TallyOptions()).Value;
        Assert.Equal(["Memphis"], result.Winners.ToArray());
    }

    [Fact]
    public void Irv_Tennessee_KnoxvilleWithPublishedRounds()
    {
        var result = TallyMethods.InstantRunoff.Tally(Tennessee(), new TallyOptions()).Value;
        Assert.Equal(["Knoxville"], result.Winners.ToArray());
        var rounds = Golden.GetProperty("tennessee_capital").GetProperty("expected").GetProperty("irv_rounds").EnumerateArray().ToList();
        Assert.Equal(rounds.Count, result.Rounds.Length);
        for (var r = 0; r < rounds.Count; r++)
        {
            var inPlay = result.Rounds[r].Candidates.Where(c => c.Votes > 0 || c.Status == CandidateStatus.Hopeful).ToList();
            var expected = rounds[r].EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal());
            Assert.Equal(expected.Count, inPlay.Count);
            foreach (var c in inPlay)
            {
                Assert.Equal(expected[c.Candidate], c.Votes);
            }
        }

        Assert.Equal(["Chattanooga"], result.Rounds[0].Excluded.ToArray());
        Assert.Equal(["Nashville"], result.Rounds[1].Excluded.ToArray());
        Assert.Equal(15m, result.Rounds[1].Candidates.Single(c => c.Candidate == "Knoxville").Transfer);
        Assert.Equal(-15m, result.Rounds[1].Candidates.Single(c => c.Candidate == "Chattanooga").Transfer);
    }

    [Theory]
    [InlineData("schulze")]
    [InlineData("ranked-pairs")]
    [InlineData("copeland")]
    [InlineData("borda")]
    public void CondorcetAndBorda_Tennessee_Nashville(string method)
    {
        var result = TallyMethods.Tally(Tennessee(), method).Value;
        Assert.Equal(["Nashville"], result.Winners.ToArray());
        if (method != "borda")
        {
            Assert.Equal(["Nashville", "Chattanooga", "Knoxville", "Memphis"], Profiles.Flat(result));
        }
    }

    [Fact]
    public void Borda_Tennessee_Points126_194_173_107()
    {
        var result = TallyMethods.Borda.Tally(Tennessee(), new TallyOptions()).Value;
        var points = Golden.GetProperty("tennessee_capital").GetProperty("expected").GetProperty("borda_3210");
        foreach (var p in points.EnumerateObject())
        {
            Assert.Equal(p.Value.GetDecimal(), result.Rounds[0].Candidates.Single(c => c.Candidate == p.Name).Votes);
        }
    }

    [Fact]
    public void Pairwise_Tennessee_MatchesPublishedMargins()
    {
        var result = TallyMethods.Schulze.Tally(Tennessee(), new TallyOptions()).Value;
        var names = result.Pairwise!.Candidates.ToList();
        foreach (var p in Golden.GetProperty("tennessee_capital").GetProperty("expected").GetProperty("pairwise").EnumerateObject())
        {
            var pair = p.Name.Split('>');
            var score = p.Value.GetString()!.Split('-');
            Assert.Equal(long.Parse(score[0], System.Globalization.CultureInfo.InvariantCulture), result.Pairwise[names.IndexOf(pair[0]), names.IndexOf(pair[1])]);
            Assert.Equal(long.Parse(score[1], System.Globalization.CultureInfo.InvariantCulture), result.Pairwise[names.IndexOf(pair[1]), names.IndexOf(pair[0])]);
        }
    }
}
