using NodaTime;
using Summit.Core.Selection.Topics;
using Summit.Core.Summits;

namespace Summit.Core.Tests.RealData.Selection;

// Source: shared/data/summits/packaging-summits.md, section 7a "PyCon US 2024 Packaging Summit" (facts from its S4, the
// PyCon US 2024 event page): Session 1 ran 14:00–15:45 (105 min) with three 30-minute discussions at 14:00, 14:30 and
// 15:00 and a 15-minute call-out block (15:30–15:45). The two unselected proposals are invented there (marked [I]).
public sealed class PackagingSummit2024TopicTests
{
    private static readonly Instant Submitted = Instant.FromUtc(2024, 4, 20, 0, 0);

    private static TopicProposal Topic(string id, string title, string presenter, int discussion) =>
        new(id, title, Submitted) { Proposers = [presenter], DesiredDiscussionMinutes = discussion };

    [Fact]
    public void Select_Session1With15MinuteCallOutsReserved_KeepsThePublishedThreeTopics()
    {
        var proposals = new[]
        {
            Topic("metadata", "Arbitrary package metadata: the key to enabling smaller binaries", "Michael Sarahan", 25),
            Topic("apps", "Python applications and other projects that aren't meant to generate a wheel", "Keto D. Zhang", 25),
            Topic("psf", "How Can The PSF Best Support Python Packaging?", "Deb Nicholson", 25),
            Topic("lockfiles", "Lock file standardisation status", "Invented proposer", 15),
            Topic("symlinks", "Symlinks in wheels as a main-session topic", "Invented proposer", 20),
        };

        // 25 minutes of discussion + 5 of wrap-up make each published topic 30 minutes, as on the schedule.
        var budget = new TopicBudget([new TopicSession("Session 1", 105, ReservedMinutes: 15)]) { MinimumDiscussionMinutes = 25, WrapUpMinutes = 5 };
        var ranking = TopicRanking.FromOrder(["metadata", "apps", "psf", "lockfiles", "symlinks"]);

        var result = TopicSelection.Select(ranking, proposals, budget).Value;

        Assert.Equal(["metadata", "apps", "psf"], result.Selected.Select(t => t.Proposal.Id));
        Assert.All(result.Selected, t => Assert.Equal(30, t.Minutes));
        Assert.Equal(0, result.FreeMinutes.Single().Value);
        Assert.Equal(TopicOutcomeKind.LowerRanked, result.Outcomes.Single(o => o.Proposal.Id == "lockfiles").Kind);
        Assert.Equal(TopicOutcomeKind.LowerRanked, result.Outcomes.Single(o => o.Proposal.Id == "symlinks").Kind);
    }
}
