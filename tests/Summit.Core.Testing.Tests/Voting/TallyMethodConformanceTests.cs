using System.Collections.Immutable;
using FluentResults;
using Summit.Core.Testing.Voting;
using Summit.Core.Voting;
using Summit.Core.Voting.Formats;

namespace Summit.Core.Testing.Tests.Voting;

public sealed class TallyMethodConformanceTests
{
    [Theory]
    [InlineData("schulze")]
    [InlineData("ranked-pairs")]
    [InlineData("copeland")]
    public void Check_CondorcetMethods_Pass(string name) =>
        TallyMethodConformance.Check(TallyMethods.Get(name).Value, new TallyConformanceOptions { Runs = 60, CondorcetConsistent = true, Pareto = true, MajorityConsistent = true });

    [Fact]
    public void Check_Borda_Passes() =>
        TallyMethodConformance.Check(TallyMethods.Borda, new TallyConformanceOptions { Runs = 60, Pareto = true });

    [Theory]
    [InlineData("plurality")]
    [InlineData("irv")]
    public void Check_MajorityMethods_Pass(string name) =>
        TallyMethodConformance.Check(TallyMethods.Get(name).Value, new TallyConformanceOptions { Runs = 60, MajorityConsistent = true });

    [Fact]
    public void Check_Approval_PassesOnApprovalBallots() =>
        TallyMethodConformance.Check(TallyMethods.Approval, new TallyConformanceOptions { Runs = 60, BallotKind = ConformanceBallotKind.Approval });

    [Fact]
    public void Check_Score_PassesOnScoreBallots() =>
        TallyMethodConformance.Check(TallyMethods.Score, new TallyConformanceOptions { Runs = 60, BallotKind = ConformanceBallotKind.Score });

    [Fact]
    public void Check_OrderDependentMethod_ThrowsWithSmallCounterexample()
    {
        var ex = Assert.Throws<TallyConformanceException>(() => TallyMethodConformance.Check(new LastBallotWins()));
        Assert.StartsWith("anonymity", ex.Property, StringComparison.Ordinal);
        Assert.NotNull(ex.Counterexample);
        Assert.Equal(2, ex.Counterexample!.Ballots.Length);
        Assert.True(PreferenceListFormat.Read(ex.CounterexampleText!).IsSuccess);
        Assert.Contains("counterexample", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MethodThatThrows_ReportedAsFailure()
    {
        var ex = Assert.Throws<TallyConformanceException>(() => TallyMethodConformance.Check(new Throws()));
        Assert.Contains("threw", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NotCondorcetConsistent_CaughtWhenAsked()
    {
        var ex = Assert.Throws<TallyConformanceException>(() =>
            TallyMethodConformance.Check(TallyMethods.Plurality, new TallyConformanceOptions { CondorcetConsistent = true, Seats = [1] }));
        Assert.StartsWith("condorcet-winner", ex.Property, StringComparison.Ordinal);
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
