using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Summit.Core.Voting;
using Summit.Core.Voting.Formats;

namespace Summit.Core.Testing.Voting;

/// <summary>Checks a (user-written) <see cref="ITallyMethod"/> against the properties every counting method must have.</summary>
/// <remarks>
/// Always checked, on generated profiles and for every seat count claimed: no exception; failures carry codes;
/// deterministic; anonymity (ballot order does not matter); grouping is exact (splitting identical ballots changes
/// nothing); renaming candidates renames the result; on success exactly <c>seats</c> distinct winners (when there
/// are enough candidates), every candidate ranked once, the valid ballots equal the profile's weight. Optional, when
/// claimed in <see cref="TallyMethodClaims"/>: Condorcet winner, majority winner, Pareto. On failure the profile is
/// shrunk (<see cref="VotingArbitraries.ShrinkProfile"/>) and a <see cref="ConformanceException"/> is thrown whose first
/// problem starts with the property name and whose counterexample is a preference list, so the kit works with any test
/// framework.
/// </remarks>
public static class TallyMethodConformance
{
    /// <summary>The kit name in <see cref="ConformanceException.Kit"/>.</summary>
    private const string Kit = "tally";

    /// <summary>Runs every applicable property and throws on the first one broken.</summary>
    /// <param name="method">The method to check.</param>
    /// <param name="claims">What the method claims; null means <see cref="TallyMethodClaims.Default"/>.</param>
    /// <param name="options">How many profiles per property, from which seed, with how many candidates (default 6); null means <see cref="ConformanceOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> is null.</exception>
    /// <exception cref="ConformanceException">A property failed; the exception holds the shrunk counterexample and the seed.</exception>
    public static void Check(ITallyMethod method, TallyMethodClaims? claims = null, ConformanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        claims ??= TallyMethodClaims.Default;
        options ??= ConformanceOptions.Default;
        var maxCandidates = options.MaxCandidates ?? 6;
        var gen = claims.BallotKind switch
        {
            ConformanceBallotKind.Approval => VotingGenerators.ApprovalProfile(maxCandidates),
            ConformanceBallotKind.Score => VotingGenerators.ScoreProfile(maxCandidates),
            _ => VotingGenerators.RankedProfile(maxCandidates),
        };
        foreach (var seats in claims.Seats)
        {
            foreach (var (name, check) in Properties(method, seats, claims))
            {
                for (var run = 0; run < options.Cases; run++)
                {
                    var seed = options.Seed + (ulong)run;
                    var profile = gen.Sample(10, new Rnd(seed), 1).First();
                    var problem = Safe(check, profile);
                    if (problem is null)
                    {
                        continue;
                    }

                    var label = $"{name} (seats {seats.ToString(CultureInfo.InvariantCulture)})";
                    var (small, detail) = Shrinking.Greedy<BallotProfile>(profile, [problem], VotingArbitraries.ShrinkProfile, p => Safe(check, p) is { } d ? [d] : []);
                    throw new ConformanceException(Kit, method.Name, [label + ": " + detail[0]], PreferenceListFormat.Write(small), seed);
                }
            }
        }
    }

    private static IEnumerable<(string Name, Func<BallotProfile, string?> Check)> Properties(ITallyMethod method, int seats, TallyMethodClaims options)
    {
        var tallyOptions = new TallyOptions(seats);
        string Count(BallotProfile p) => Canonical(method.Tally(p, tallyOptions));

        yield return ("coded-errors", p =>
        {
            var r = method.Tally(p, tallyOptions);
            return r.IsFailed && r.Codes().Any(string.IsNullOrWhiteSpace) ? "A failed result has an error without a code." : null;
        });

        yield return ("deterministic", p => Differ(Count(p), Count(p), "Counting the same profile twice gave different results."));

        yield return ("anonymity", p =>
        {
            var reversed = BallotProfile.Create(p.Candidates, p.Ballots.Reverse(), p.Withdrawn, p.Title, p.DeclaredSeats).Value;
            return Differ(Count(p), Count(reversed), "Reversing the order of the ballots changed the result.");
        });

        yield return ("grouping", p =>
        {
            if (p.TotalWeight > 400)
            {
                return null;
            }

            var split = p.Ballots.SelectMany(b => Enumerable.Repeat(b with { Weight = 1 }, (int)b.Weight));
            var ungrouped = BallotProfile.Create(p.Candidates, split, p.Withdrawn, p.Title, p.DeclaredSeats).Value;
            return Differ(Count(p), Count(ungrouped), "Counting every ballot separately changed the result.");
        });

        yield return ("renaming", p =>
        {
            var renamed = BallotProfile.Create(p.Candidates.Select(c => "renamed " + c), p.Ballots, p.Withdrawn, p.Title, p.DeclaredSeats).Value;
            var back = Count(renamed).Replace("renamed ", string.Empty, StringComparison.Ordinal);
            return Differ(Count(p), back, "Renaming the candidates changed more than the names in the result.");
        });

        yield return ("winners-and-ranking", p =>
        {
            var r = method.Tally(p, tallyOptions);
            if (r.IsFailed)
            {
                return null;
            }

            var t = r.Value;
            var active = p.Candidates.Length - p.Withdrawn.Length;
            if (active >= seats && t.Winners.Length != seats)
            {
                return $"{t.Winners.Length} winners for {seats} seats with {active} candidates.";
            }

            if (t.Winners.Distinct().Count() != t.Winners.Length)
            {
                return "A candidate wins twice.";
            }

            var ranked = t.Ranking.SelectMany(x => x).ToList();
            if (ranked.Count != p.Candidates.Length || !ranked.Order(StringComparer.Ordinal).SequenceEqual(p.Candidates.Order(StringComparer.Ordinal)))
            {
                return "The ranking does not list every candidate exactly once.";
            }

            return t.ValidBallots != p.TotalWeight ? $"ValidBallots is {t.ValidBallots}, the profile weighs {p.TotalWeight}." : null;
        });

        if (seats != 1)
        {
            yield break;
        }

        if (options.CondorcetConsistent)
        {
            yield return ("condorcet-winner", p =>
            {
                var w = CondorcetWinner(p);
                var r = method.Tally(p, tallyOptions);
                return w is not null && r.IsSuccess && r.Value.Winners[0] != w ? $"{w} beats every other candidate pairwise but {r.Value.Winners[0]} won." : null;
            });
        }

        if (options.MajorityConsistent)
        {
            yield return ("majority-winner", p =>
            {
                var first = ReferenceCounts.SoleFirstPreferences(p);
                var m = Enumerable.Range(0, p.Candidates.Length).FirstOrDefault(c => first[c] * 2 > p.TotalWeight, -1);
                var r = method.Tally(p, tallyOptions);
                return m >= 0 && r.IsSuccess && r.Value.Winners[0] != p.Candidates[m] ? $"{p.Candidates[m]} is the first choice of a majority but {r.Value.Winners[0]} won." : null;
            });
        }

        if (options.Pareto)
        {
            yield return ("pareto", p =>
            {
                var r = method.Tally(p, tallyOptions);
                if (r.IsFailed || p.Ballots.IsEmpty)
                {
                    return null;
                }

                var winner = p.Candidates.IndexOf(r.Value.Winners[0]);
                var pairwise = ReferenceCounts.Pairwise(p);
                var dominator = Enumerable.Range(0, p.Candidates.Length).FirstOrDefault(c => c != winner && pairwise[c, winner] == p.TotalWeight, -1);
                return dominator >= 0 ? $"Every ballot ranks {p.Candidates[dominator]} above the winner {r.Value.Winners[0]}." : null;
            });
        }
    }

    private static string? CondorcetWinner(BallotProfile p)
    {
        var d = ReferenceCounts.Pairwise(p);
        for (var i = 0; i < p.Candidates.Length; i++)
        {
            if (Enumerable.Range(0, p.Candidates.Length).All(j => j == i || d[i, j] > d[j, i]))
            {
                return p.Candidates[i];
            }
        }

        return null;
    }

    private static string? Differ(string a, string b, string message) =>
        string.Equals(a, b, StringComparison.Ordinal) ? null : message + "\nfirst:  " + a + "\nsecond: " + b;

    private static string? Safe(Func<BallotProfile, string?> check, BallotProfile profile)
    {
        try
        {
            return check(profile);
        }
#pragma warning disable CA1031 // A conformance kit reports any exception of the method under test as a failure.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return "The method threw " + ex.GetType().Name + ": " + ex.Message;
        }
    }

    /// <summary>The result as text for comparison: errors by code; winners, ranking, rounds and tie-breaks (strategies, not explanations).</summary>
    private static string Canonical(FluentResults.Result<TallyResult> result)
    {
        if (result.IsFailed)
        {
            return "failed: " + string.Join(",", result.Codes());
        }

        var t = result.Value;
        var sb = new StringBuilder();
        sb.Append(t.Method).Append('|').Append(t.Seats).Append('|').Append(string.Join(",", t.Winners)).Append('|')
            .Append(string.Join(" > ", t.Ranking.Select(x => string.Join("=", x)))).Append('|').Append(t.ValidBallots);
        foreach (var round in t.Rounds)
        {
            sb.Append("\n  round ").Append(round.Number).Append(": ").Append(round.Action).Append(" | ")
                .Append(string.Join("; ", round.Candidates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Candidate} {c.Votes} {c.Transfer} {c.Status}"))))
                .Append(string.Create(CultureInfo.InvariantCulture, $" | quota {round.Quota} exhausted {round.Exhausted} residual {round.Residual}"));
        }

        foreach (var tie in t.TieBreaks)
        {
            sb.Append("\n  tie ").Append(tie.Round).Append(": ").Append(string.Join(",", tie.Tied)).Append(" -> ").Append(string.Join(",", tie.Order)).Append(' ').Append(tie.Strategy);
        }

        return sb.ToString();
    }
}
