using Summit.Core.Tests.Voting;
using Summit.Core.Voting;

namespace Summit.Core.Tests.RealData.Voting;

// Source: official Debian Project Leader tally sheets (Debian Project Secretary; vote.debian.org), via
// julien-boudry/Condorcet tests; copied from ../shared/data/voting/debian to Fixtures/debian (licence beside them).
public sealed class DebianTests
{
    private static readonly long[,] Beat2020 = { { 0, 258, 281, 301 }, { 57, 0, 163, 244 }, { 40, 114, 0, 194 }, { 34, 76, 125, 0 } };

    [Fact]
    public void Schulze_Leader2020_JonathanCarterAndPublishedMatrix()
    {
        var profile = RealDataReaders.Debian(FixturePaths.Of("debian", "leader2020_tally.txt"));
        Assert.Equal(339, profile.TotalWeight);
        var result = TallyMethods.Schulze.Tally(profile, new TallyOptions()).Value;
        Assert.Equal(["Jonathan Carter"], result.Winners.ToArray());
        Assert.Equal(["Jonathan Carter", "Sruthi Chandran", "Brian Gupta", "None Of The Above"], Profiles.Flat(result));
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                Assert.Equal(Beat2020[i, j], result.Pairwise![i, j]);
            }
        }
    }

    [Theory]
    [InlineData("leader2006_tally.txt", "Anthony Towns", 8)]
    [InlineData("leader2007_tally.txt", "Sam Hocevar", 9)]
    public void Schulze_OlderLeaderVotes_CountedWithOfficialWinner(string file, string winner, int options)
    {
        var profile = RealDataReaders.Debian(FixturePaths.Of("debian", file));
        Assert.Equal(options, profile.Candidates.Length);
        var result = TallyMethods.Schulze.Tally(profile, new TallyOptions()).Value;
        Assert.Equal([winner], result.Winners.ToArray());
    }

    [Theory]
    [InlineData("leader2006_tally.txt")]
    [InlineData("leader2007_tally.txt")]
    [InlineData("leader2020_tally.txt")]
    public void EverySingleSeatMethod_DebianSheets_CountWithoutError(string file)
    {
        var profile = RealDataReaders.Debian(FixturePaths.Of("debian", file));
        foreach (var name in (string[])["plurality", "approval", "borda", "irv", "schulze", "ranked-pairs", "copeland"])
        {
            var result = TallyMethods.Tally(profile, name);
            Assert.True(result.IsSuccess, name + ": " + result);
            Assert.Single(result.Value.Winners);
            Assert.Equal(profile.Candidates.Length, result.Value.Ranking.Sum(t => t.Length));
        }
    }
}
