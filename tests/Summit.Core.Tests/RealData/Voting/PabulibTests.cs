using Summit.Core.Voting;

namespace Summit.Core.Tests.RealData.Voting;

// Source: pabulib.org participatory budgets of Łódź 2020 (via martinlackner/abcvoting); copied from
// ../shared/data/voting/pabulib-lodz-2020 to Fixtures/pabulib-lodz-2020 (licence beside them).
public sealed class PabulibTests
{
    [Theory]
    [InlineData("poland_lodz_2020_mileszki.pb")]
    [InlineData("poland_lodz_2020_nad-nerem.pb")]
    [InlineData("poland_lodz_2020_nowosolna.pb")]
    public void Approval_LodzBudgets_PublishedVotesAndGreedySelection(string file)
    {
        var (profile, budget, projects) = RealDataReaders.Pabulib(FixturePaths.Of("pabulib-lodz-2020", file));
        var result = TallyMethods.Approval.Tally(profile, new TallyOptions()).Value;
        var approvals = result.Rounds[0].Candidates.ToDictionary(c => c.Candidate, c => c.Votes);
        foreach (var p in projects)
        {
            Assert.Equal(p.Votes, approvals[p.Id]);
        }

        var left = budget;
        var selected = new HashSet<string>();
        foreach (var id in result.Ranking.SelectMany(t => t))
        {
            var cost = projects.Single(p => p.Id == id).Cost;
            if (cost <= left)
            {
                selected.Add(id);
                left -= cost;
            }
        }

        Assert.Equal(projects.Where(p => p.Selected).Select(p => p.Id).Order(), selected.Order());
    }
}
