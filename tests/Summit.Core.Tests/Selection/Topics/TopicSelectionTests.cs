using System.Collections.Immutable;
using NodaTime;
using FluentResults;
using Summit.Core.Selection.Topics;
using Summit.Core.Summits;
using Summit.Core.Voting;

namespace Summit.Core.Tests.Selection.Topics;

public sealed class TopicSelectionTests
{
    private static readonly Instant Submitted = Instant.FromUtc(2024, 4, 1, 0, 0);

    // Each topic needs lightning talk (if any) + 15 discussion + 5 wrap-up by default.
    private static TopicProposal Topic(string id, bool talk = false, int talkMinutes = 5, params string[] proposers) =>
        new(id, "Title " + id, Submitted) { WantsLightningTalk = talk, LightningTalkMinutes = talkMinutes, Proposers = [.. proposers] };

    private static TopicOutcome OutcomeOf(TopicSelectionResult result, string id) => result.Outcomes.Single(o => o.Proposal.Id == id);

    [Fact]
    public void Select_PlainOrder_TakesBestRankedThatFit()
    {
        var topics = new[] { Topic("a"), Topic("b"), Topic("c") };
        var result = TopicSelection.Select(TopicRanking.FromOrder(["b", "a", "c"]), topics, TopicBudget.SingleSession(45)).Value;
        Assert.Equal(["b", "a"], result.Selected.Select(s => s.Proposal.Id));
        Assert.Equal(TopicOutcomeKind.LowerRanked, OutcomeOf(result, "c").Kind);
        Assert.Equal(5, result.FreeMinutes.Single().Value);
    }

    [Fact]
    public void Select_BetterRankedNeverTradedForSeveralWorse()
    {
        // a needs 40, b and c need 20 each; budget 40: lexicographic best keeps a alone.
        var topics = new[] { Topic("a", talk: true, talkMinutes: 20), Topic("b"), Topic("c") };
        var result = TopicSelection.Select(TopicRanking.FromOrder(["a", "b", "c"]), topics, TopicBudget.SingleSession(40)).Value;
        Assert.Equal(["a"], result.Selected.Select(s => s.Proposal.Id));
    }

    [Fact]
    public void Select_SkipsTooLongTopic_TakesLowerOneThatFits()
    {
        var topics = new[] { Topic("a"), Topic("big", talk: true, talkMinutes: 30), Topic("c") };
        var result = TopicSelection.Select(TopicRanking.FromOrder(["a", "big", "c"]), topics, TopicBudget.SingleSession(45)).Value;
        Assert.Equal(["a", "c"], result.Selected.Select(s => s.Proposal.Id));
        Assert.Equal(TopicOutcomeKind.DidNotFit, OutcomeOf(result, "big").Kind);
        Assert.Contains("50 min = 30 lightning talk + 15 discussion + 5 wrap-up", OutcomeOf(result, "big").Reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_ReservedMinutes_LeftFree()
    {
        var topics = new[] { Topic("a"), Topic("b") };
        var budget = new TopicBudget([new TopicSession("S1", 40, ReservedMinutes: 15)]);
        var result = TopicSelection.Select(TopicRanking.FromOrder(["a", "b"]), topics, budget).Value;
        Assert.Equal(["a"], result.Selected.Select(s => s.Proposal.Id));
        Assert.Equal(5, result.FreeMinutes.Single().Value);
    }

    [Fact]
    public void Select_TwoSessions_TopicsNeverSpanSessions()
    {
        // Three 20-minute topics, two 30-minute sessions: only two fit although 60 minutes are free in total.
        var topics = new[] { Topic("a"), Topic("b"), Topic("c") };
        var budget = new TopicBudget([new TopicSession("S1", 30), new TopicSession("S2", 30)]);
        var result = TopicSelection.Select(TopicRanking.FromOrder(["a", "b", "c"]), topics, budget).Value;
        Assert.Equal(["a", "b"], result.Selected.Select(s => s.Proposal.Id));
        Assert.NotEqual(result.Selected[0].Session, result.Selected[1].Session);
    }

    [Fact]
    public void Select_TwoUnequalSessions_FourthTopicLowerRanked()
    {
        // Sessions 50 and 40; topics need 30, 30, 20, 20 in rank order. The first three fit as {30,20} + {30};
        // the fourth would need a second free 20 minutes, which no placement of the first three leaves.
        var topics = new[] { Topic("a", true, 10), Topic("b", true, 10), Topic("c"), Topic("d") };
        var wide = new TopicBudget([new TopicSession("S1", 50), new TopicSession("S2", 40)]);
        var result = TopicSelection.Select(TopicRanking.FromOrder(["a", "b", "c", "d"]), topics, wide).Value;
        Assert.Equal(["a", "b", "c"], result.Selected.Select(s => s.Proposal.Id));
        Assert.Equal(TopicOutcomeKind.LowerRanked, OutcomeOf(result, "d").Kind);
    }

    [Fact]
    public void Select_FromTallyTiers_TiesBrokenByOrdinalId()
    {
        var tally = new TallyResult("approval", 1, ["b"], [["b", "a"], ["c"]], [], [], null, null, 10);
        var topics = new[] { Topic("a"), Topic("b"), Topic("c") };
        var result = TopicSelection.Select(TopicRanking.FromTally(tally), topics, TopicBudget.SingleSession(20)).Value;
        Assert.Equal("a", result.Selected.Single().Proposal.Id);
        Assert.Equal(1, OutcomeOf(result, "b").Tier);
        Assert.Equal(2, OutcomeOf(result, "c").Tier);
    }

    [Fact]
    public void Select_Curation_PinExcludeMerge()
    {
        var topics = new[] { Topic("a", proposers: "Ann"), Topic("a-dup", proposers: ["Bob", "Ann"]), Topic("b"), Topic("c"), Topic("z") };
        var curation = new TopicCuration
        {
            Pinned = ["z"],
            Excluded = [new TopicExclusion("b", "covered by the keynote")],
            Merges = [new TopicMerge("a-dup", "a")],
        };
        var ranking = TopicRanking.FromOrder(["a-dup", "b", "c", "a", "z"]);
        var result = TopicSelection.Select(ranking, topics, TopicBudget.SingleSession(40), curation).Value;
        Assert.Equal(["z", "a"], result.Selected.Select(s => s.Proposal.Id));
        var merged = result.Selected[1];
        Assert.Equal(1, merged.Tier);
        Assert.Equal(["Ann", "Bob"], merged.Proposal.Proposers.ToArray());
        Assert.Equal(["a-dup"], merged.MergedIds.ToArray());
        Assert.Equal(TopicOutcomeKind.Merged, OutcomeOf(result, "a-dup").Kind);
        Assert.Equal("a", OutcomeOf(result, "a-dup").MergedInto);
        Assert.Equal(TopicOutcomeKind.Excluded, OutcomeOf(result, "b").Kind);
        Assert.Contains("covered by the keynote", OutcomeOf(result, "b").Reason.Message, StringComparison.Ordinal);
        Assert.True(result.Selected[0].Pinned);
        Assert.Equal(TopicOutcomeKind.LowerRanked, OutcomeOf(result, "c").Kind);
    }

    [Fact]
    public void Select_UnrankedTopics_RankLast()
    {
        var topics = new[] { Topic("a"), Topic("b") };
        var result = TopicSelection.Select(TopicRanking.FromOrder(["b"]), topics, TopicBudget.SingleSession(20)).Value;
        Assert.Equal("b", result.Selected.Single().Proposal.Id);
        Assert.Equal(2, OutcomeOf(result, "a").Tier);
    }

    [Fact]
    public void Select_BadData_AllErrorsCoded()
    {
        var topics = new[] { Topic("a"), Topic("a"), Topic("n") with { DesiredDiscussionMinutes = -1 } };
        var curation = new TopicCuration { Pinned = ["a", "ghost"], Excluded = [new TopicExclusion("a", "no")], Merges = [new TopicMerge("n", "n")] };
        var budget = new TopicBudget([new TopicSession("S", 10, 20)]);
        var result = TopicSelection.Select(TopicRanking.FromOrder(["a", "a", "x"]), topics, budget, curation);
        var codes = result.Codes().ToHashSet();
        Assert.Contains(ErrorCodes.Selection.DuplicateTopic, codes);
        Assert.Contains(ErrorCodes.Selection.ProposalInvalid, codes);
        Assert.Contains(ErrorCodes.Selection.BudgetInvalid, codes);
        Assert.Contains(ErrorCodes.Selection.UnknownTopic, codes);
        Assert.Contains(ErrorCodes.Selection.CurationConflict, codes);
    }

    [Fact]
    public void Select_MergeCycle_Conflict()
    {
        var topics = new[] { Topic("a"), Topic("b") };
        var curation = new TopicCuration { Merges = [new TopicMerge("a", "b"), new TopicMerge("b", "a")] };
        var result = TopicSelection.Select(TopicRanking.FromOrder(["a"]), topics, TopicBudget.SingleSession(60), curation);
        Assert.All(result.SummitErrors(), e => Assert.Equal(ErrorCodes.Selection.CurationConflict, e.Code));
        Assert.NotEmpty(result.SummitErrors());
    }

    [Fact]
    public void Select_PinnedDoNotFit_FailsWithCode()
    {
        var topics = new[] { Topic("a"), Topic("b") };
        var result = TopicSelection.Select(TopicRanking.FromOrder([]), topics, TopicBudget.SingleSession(30), new TopicCuration { Pinned = ["a", "b"] });
        Assert.Equal(ErrorCodes.Selection.PinnedTopicsDoNotFit, Assert.Single(result.SummitErrors()).Code);
    }

    [Fact]
    public void Select_NoSessions_BudgetInvalid()
    {
        var result = TopicSelection.Select(TopicRanking.FromOrder([]), [Topic("a")], new TopicBudget(ImmutableArray<TopicSession>.Empty));
        Assert.Equal(ErrorCodes.Selection.BudgetInvalid, Assert.Single(result.SummitErrors()).Code);
    }
}

public sealed class TopicInputEqualityTests
{
    [Fact]
    public void Budget_SameSessions_AreEqual()
    {
        var a = new TopicBudget([new TopicSession("S1", 60, 15)]);
        var b = new TopicBudget([new TopicSession("S1", 60, 15)]);
        Assert.Equal(a, b);
        Assert.NotEqual(a, b with { WrapUpMinutes = 10 });
    }

    [Fact]
    public void Curation_SameLists_AreEqual()
    {
        var a = new TopicCuration { Pinned = ["x"], Merges = [new TopicMerge("y", "x")] };
        var b = new TopicCuration { Pinned = ["x"], Merges = [new TopicMerge("y", "x")] };
        Assert.Equal(a, b);
        Assert.NotEqual(a, TopicCuration.None);
    }
}
