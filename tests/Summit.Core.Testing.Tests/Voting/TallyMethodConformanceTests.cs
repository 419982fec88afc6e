using System.Collections.Immutable;
using FluentResults;
using Summit.Core.Testing.Voting;
using Summit.Core.Voting;
using Summit.Core.Voting.Formats;

namespace Summit.Core.Testing.Tests.Voting;

public sealed class TallyMethodConformanceTests
{
    private static readonly ConformanceOptions Sixty = new() { Cases = 60 };

    [Theory]
    [InlineData("schulze")]
    [InlineData("ranked-pairs")]
    [InlineData("copeland")]
    public void Check_CondorcetMethods_Pass(string name) =>
        TallyMethodConformance.Check(TallyMethods.Get(name).Value, new TallyMethodClaims { CondorcetConsistent = true, Pareto = true, MajorityConsistent = true }, Sixty);

    [Fact]
    public void Check_Borda_Passes() =>
        TallyMethodConformance.Check(TallyMethods.Borda, new TallyMethodClaims { Pareto = true }, Sixty);

    [Theory]
    [InlineData("plurality")]
    [InlineData("irv")]
    public void Check_MajorityMethods_Pass(string name) =>
        TallyMethodConformance.Check(TallyMethods.Get(name).Value, new TallyMethodClaims { MajorityConsistent = true }, Sixty);

    [Fact]
    public void Check_Approval_PassesOnApprovalBallots() =>
        TallyMethodConformance.Check(TallyMethods.Approval, new TallyMethodClaims { BallotKind = ConformanceBallotKind.Approval }, Sixty);

    [Fact]
    public void Check_Score_PassesOnScoreBallots() =>
        TallyMethodConformance.Check(TallyMethods.Score, new TallyMethodClaims { BallotKind = ConformanceBallotKind.Score }, Sixty);

    [Fact]
    public void Check_OrderDependentMethod_ThrowsWithSmallCounterexample()
    {
        var ex = Assert.Throws<ConformanceException>(() => TallyMethodConformance.Check(new LastBallotWins()));
        Assert.StartsWith("anonymity", Assert.Single(ex.Problems), StringComparison.Ordinal);
        Assert.Equal("tally", ex.Kit);
        Assert.Equal("last-ballot", ex.Subject);
        var counterexample = PreferenceListFormat.Read(ex.Counterexample!);
        Assert.True(counterexample.IsSuccess);
        Assert.Equal(2, counterexample.Value.Ballots.Length);
        Assert.Contains("counterexample", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MethodThatThrows_ReportedAsFailure()
    {
        var ex = Assert.Throws<ConformanceException>(() => TallyMethodConformance.Check(new Throws()));
        Assert.Contains("threw", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NotCondorcetConsistent_CaughtWhenAsked()
    {
        var ex = Assert.Throws<ConformanceException>(() =>
            TallyMethodConformance.Check(TallyMethods.Plurality, new TallyMethodClaims { CondorcetConsistent = true, Seats = [1] }));
        Assert.StartsWith("condorcet-winner", ex.Problems[0], StringComparison.Ordinal);
    }

    /// <summary>Elects the first choice of the last ballot group: depends on ballot order, so it is not anonymous.</summary>
    private sealed class LastBallotWins : ITallyMethod
    {
        public string Name => "last-ballot";

        public Result<TallyResult> Tally(BallotProfile profile, TallyOptions options)
        {
            var top = profile.Ballots.IsEmpty || profile.Ballots[^1].Ballot is not RankedBallot { Ranks.Length: > 0 } r ? 0 : r.Ranks[0][0];
            var order = new[] { top }.Concat(Enumerable.Range(0, profile.Candidates.Length).Where(c => c != top)).Take(profile.Candidates.Length).ToList();
            return new TallyResult(Name, 1, [profile.Candidates[order[0]]], [.. order.Select(c => ImmutableArray.Create(profile.Candidates[c]))], [], [], null, null, profile.TotalWeight);
        }
    }

    private sealed class Throws : ITallyMethod
    {
        public string Name => "throws";

        public Result<TallyResult> Tally(BallotProfile profile, TallyOptions options) => throw new InvalidOperationException("boom");
    }
}
