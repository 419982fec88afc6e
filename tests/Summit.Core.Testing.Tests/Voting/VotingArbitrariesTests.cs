using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;
using Summit.Core.Testing.Voting;
using Summit.Core.Voting;

namespace Summit.Core.Testing.Tests.Voting;

public sealed partial class VotingArbitrariesTests
{
    [Property(Arbitrary = [typeof(VotingArbitraries)])]
    public bool ShrinkProfile_AnyRankedProfile_EveryShrinkIsSmaller(RankedBallotProfile ranked)
    {
        static long Size(BallotProfile p) =>
            p.Ballots.Length + p.Candidates.Length + p.TotalWeight + p.Ballots.Sum(b => ((RankedBallot)b.Ballot).Ranks.Length);

        return VotingArbitraries.ShrinkProfile(ranked.Profile).All(s => Size(s) < Size(ranked.Profile));
    }

    [SummitProperty(Arbitrary = [typeof(VotingArbitraries)])]
    public bool ApprovalAndScoreProfiles_Generated_HoldOnlyTheirKindOfBallot(ApprovalBallotProfile approval, ScoreBallotProfile score) =>
        approval.Profile.Ballots.All(b => b.Ballot is ApprovalBallot)
        && score.Profile.Ballots.All(b => b.Ballot is ScoreBallot s && s.Scores.Length == score.Profile.Candidates.Length);

    /// <summary>
    /// Shrinking demonstration: "plurality elects the Condorcet winner" is false. FsCheck finds a profile that breaks it
    /// and shrinks it to a handful of candidates and ballots; replaying the reported seed gives the same counterexample.
    /// </summary>
    [Fact]
    public void Shrinking_PluralityIsNotCondorcetConsistent_CounterexampleShrinksToAFewCandidatesAndBallots()
    {
        var property = Prop.ForAll(VotingArbitraries.RankedProfiles, ranked =>
        {
            var p = ranked.Profile;
            var winner = CondorcetWinner(p);
            return winner is null || TallyMethods.Plurality.Tally(p, new TallyOptions(1)).Value.Winners[0] == winner;
        });

        var (shrunk, seed) = RunExpectingFailure(property, Config.Quick.WithMaxTest(500).WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20240401UL), FSharpOption<int>.None))));
        var small = Assert.IsType<RankedBallotProfile>(shrunk).Profile;

        var text = Summit.Core.Voting.Formats.PreferenceListFormat.Write(small);
        Assert.True(small.Candidates.Length <= 3, text);
        Assert.True(small.Ballots.Length <= 4, text);
        Assert.True(small.TotalWeight <= 12, text);

        var (replayed, _) = RunExpectingFailure(property, Config.Quick.WithMaxTest(500).WithReplay(FSharpOption<Replay>.Some(new Replay(seed, FSharpOption<int>.None))));
        Assert.Equal(shrunk.ToString(), replayed.ToString());
    }

    private static string? CondorcetWinner(BallotProfile p)
    {
        var n = p.Candidates.Length;
        var d = new long[n, n];
        foreach (var (ballot, weight) in p.Ballots)
        {
            var level = Enumerable.Repeat(int.MaxValue, n).ToArray();
            var ranks = ((RankedBallot)ballot).Ranks;
            for (var r = 0; r < ranks.Length; r++)
            {
                foreach (var c in ranks[r])
                {
                    level[c] = Math.Min(level[c], r);
                }
            }

            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    d[i, j] += level[i] < level[j] ? weight : 0;
                }
            }
        }

        return Enumerable.Range(0, n)
            .Where(i => Enumerable.Range(0, n).All(j => j == i || d[i, j] > d[j, i]))
            .Select(i => p.Candidates[i]).FirstOrDefault();
    }

    /// <summary>Runs a property that must fail; returns its shrunk counterexample and the seed FsCheck reports for it.</summary>
    private static (object Shrunk, Rnd Seed) RunExpectingFailure(Property property, Config config)
    {
        var runner = new CapturingRunner();
        Check.One(config.WithRunner(runner), property);
        Assert.NotNull(runner.Result);
        var report = Runner.onFinishedToString(string.Empty, runner.Result);
        var seed = StdGen().Match(report);
        Assert.True(seed.Success, report);
        var shrunk = runner.Shrunk ?? runner.Last;
        Assert.NotNull(shrunk);
        return (shrunk, new Rnd(ulong.Parse(seed.Groups[1].Value, CultureInfo.InvariantCulture), ulong.Parse(seed.Groups[2].Value, CultureInfo.InvariantCulture)));
    }

    [GeneratedRegex(@"\((\d+),\s*(\d+)(?:,\s*\d+)?\)")]
    private static partial Regex StdGen();

    /// <summary>Records the last (smallest) failing arguments FsCheck reports while shrinking, and the final result.</summary>
    private sealed class CapturingRunner : IRunner
    {
        public object? Last { get; private set; }

        public object? Shrunk { get; private set; }

        public TestResult? Result { get; private set; }

        public void OnStartFixture(Type t)
        {
        }

        public void OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every)
        {
            Last = args.Head;
        }

        public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink) => Shrunk = args.Head;

        public void OnFinished(string name, TestResult testResult) => Result = testResult;
    }
}
