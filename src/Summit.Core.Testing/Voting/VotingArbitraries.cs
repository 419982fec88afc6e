using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Summit.Core.Voting;

namespace Summit.Core.Testing.Voting;

/// <summary>FsCheck arbitraries (generator plus shrinker) for ranked, approval and score ballot profiles.</summary>
/// <remarks>
/// <para>Use the whole class with FsCheck.Xunit: <c>[Property(Arbitrary = [typeof(VotingArbitraries)])]</c>, then take
/// <see cref="RankedBallotProfile"/>, <see cref="ApprovalBallotProfile"/> or <see cref="ScoreBallotProfile"/> parameters
/// (up to 6 candidates and 25 ballot groups). Each property returns an <see cref="Arbitrary{T}"/> of a distinct type,
/// because FsCheck registers arbitraries by type.</para>
/// <para>Shrinking (<see cref="ShrinkProfile"/>) removes ballot groups, lowers weights and removes candidates, so a
/// counterexample comes out as a handful of candidates and ballots.</para>
/// <para>Naming rule of this package: <c>…Arbitraries</c> classes hold static properties returning
/// <see cref="Arbitrary{T}"/> (plus the public shrinkers they use, to pair with your own generators); the generators
/// they are built from are static methods returning <see cref="Gen{T}"/> on the matching <c>…Generators</c> class
/// (<see cref="VotingGenerators"/>).</para>
/// </remarks>
public static class VotingArbitraries
{
    /// <summary>Gets profiles of ranked ballots (ties and truncation allowed), shrinking with <see cref="ShrinkProfile"/>.</summary>
    public static Arbitrary<RankedBallotProfile> RankedProfiles { get; } = Arb.From(
        VotingGenerators.RankedProfile().Select(p => new RankedBallotProfile(p)),
        p => ShrinkProfile(p.Profile).Select(s => new RankedBallotProfile(s)));

    /// <summary>Gets profiles of approval ballots, shrinking with <see cref="ShrinkProfile"/>.</summary>
    public static Arbitrary<ApprovalBallotProfile> ApprovalProfiles { get; } = Arb.From(
        VotingGenerators.ApprovalProfile().Select(p => new ApprovalBallotProfile(p)),
        p => ShrinkProfile(p.Profile).Select(s => new ApprovalBallotProfile(s)));

    /// <summary>Gets profiles of score ballots (scores 0..5), shrinking with <see cref="ShrinkProfile"/>.</summary>
    public static Arbitrary<ScoreBallotProfile> ScoreProfiles { get; } = Arb.From(
        VotingGenerators.ScoreProfile().Select(p => new ScoreBallotProfile(p)),
        p => ShrinkProfile(p.Profile).Select(s => new ScoreBallotProfile(s)));

    /// <summary>Smaller variants of a profile: one ballot group fewer, one candidate fewer, a ranked ballot without its last tier, a weight lowered.</summary>
    /// <param name="profile">The profile to shrink.</param>
    /// <returns>Candidates for a smaller counterexample, biggest steps first.</returns>
    /// <remarks>
    /// Removing a candidate removes it from every ballot and renumbers the others; it is only tried while no candidate is
    /// withdrawn. Title and declared seats are kept.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static IEnumerable<BallotProfile> ShrinkProfile(BallotProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var groups = profile.Ballots;
        for (var g = 0; g < groups.Length; g++)
        {
            var index = g;
            yield return Rebuild(profile, profile.Candidates, groups.Where((_, i) => i != index));
        }

        if (profile.Candidates.Length > 1 && profile.Withdrawn.IsEmpty)
        {
            for (var c = profile.Candidates.Length - 1; c >= 0; c--)
            {
                var candidate = c;
                yield return Rebuild(profile, profile.Candidates.RemoveAt(candidate), groups.Select(b => b with { Ballot = DropCandidate(b.Ballot, candidate) }));
            }
        }

        for (var g = 0; g < groups.Length; g++)
        {
            var index = g;
            if (groups[g].Ballot is RankedBallot { Ranks.Length: > 0 } ranked)
            {
                yield return Rebuild(profile, profile.Candidates, groups.Select((b, i) => i == index ? b with { Ballot = new RankedBallot(ranked.Ranks[..^1]) } : b));
            }

            var weight = groups[g].Weight;
            foreach (var lower in weight > 2 ? new[] { 1, weight / 2, weight - 1 }.Distinct() : weight == 2 ? [1L] : [])
            {
                yield return Rebuild(profile, profile.Candidates, groups.Select((b, i) => i == index ? b with { Weight = lower } : b));
            }
        }
    }

    /// <summary>The profile as text for counterexamples: candidates, then each ballot group with its weight.</summary>
    internal static string Describe(BallotProfile profile)
    {
        var text = new StringBuilder();
        text.Append("candidates: ").AppendJoin(", ", profile.Candidates);
        foreach (var group in profile.Ballots)
        {
            text.Append('\n').Append(group.Weight.ToString(CultureInfo.InvariantCulture)).Append(": ").Append(group.Ballot switch
            {
                RankedBallot r => string.Join(" > ", r.Ranks.Select(t => string.Join(" = ", t.Select(c => profile.Candidates[c])))),
                ApprovalBallot a => "approves " + string.Join(", ", a.Approved.Select(c => profile.Candidates[c])),
                ScoreBallot s => string.Join(", ", s.Scores.Select((score, c) => profile.Candidates[c] + " " + score.ToString(CultureInfo.InvariantCulture))),
                _ => group.Ballot.ToString(),
            });
        }

        return text.ToString();
    }

    private static BallotProfile Rebuild(BallotProfile like, IEnumerable<string> candidates, IEnumerable<WeightedBallot> ballots) =>
        BallotProfile.Create(candidates, ballots, like.Withdrawn, like.Title, like.DeclaredSeats).Value;

    private static Ballot DropCandidate(Ballot ballot, int candidate)
    {
        int Renumber(int c) => c > candidate ? c - 1 : c;
        return ballot switch
        {
            RankedBallot r => new RankedBallot([.. r.Ranks.Select(t => (EquatableArray<int>)t.AsImmutableArray().Remove(candidate).Select(Renumber).ToImmutableArray()).Where(t => !t.IsEmpty)]),
            ApprovalBallot a => new ApprovalBallot([.. a.Approved.AsImmutableArray().Remove(candidate).Select(Renumber)]),
            ScoreBallot s => new ScoreBallot(s.Scores.AsImmutableArray().RemoveAt(candidate)),
            _ => ballot,
        };
    }
}
