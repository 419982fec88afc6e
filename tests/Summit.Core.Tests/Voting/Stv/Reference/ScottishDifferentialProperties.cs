using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Summit.Core.Voting;
using Summit.Core.Voting.Stv;

namespace Summit.Core.Tests.Voting.Stv.Reference;

/// <summary>
/// Differential check: the library's <c>stv-scottish</c> against <see cref="ScottishReference"/> on random small elections.
/// </summary>
/// <remarks>
/// An election is 3–7 candidates, 1–3 seats (never more than the continuing candidates), 5–60 ballot papers with no equal
/// ranks (about half of them truncated, a few blank) and, one time in four, a withdrawn candidate. First preferences lean
/// towards more popular candidates, so surpluses are common. Elections where either count needs a lot are skipped (and
/// classified as such): there the two may legitimately pick different candidates. Otherwise the valid papers, the quota,
/// the elected (in order of election) and every stage (each candidate's votes, the exhausted value, the residual, to the
/// last 0.00001) must be equal. The library's closing rounds that transfer nothing ("Remaining candidates elected
/// (rule 52)", "Count complete") are presentation and are not stages, and neither is the library's vacuous "transfer" of a
/// zero surplus (see <see cref="IsZeroSurplus"/>).
/// </remarks>
public sealed class ScottishDifferentialProperties
{
    /// <summary>A random election: candidates, seats, the withdrawn candidate (or -1) and the papers (candidate indices, best first).</summary>
    public sealed record Election(int Candidates, int Seats, int Withdrawn, int[][] Papers)
    {
        public override string ToString()
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"candidates: {Candidates}, seats: {Seats}, withdrawn: {(Withdrawn < 0 ? "none" : Name(Withdrawn))}\n");
            foreach (var group in Papers.GroupBy(p => string.Join(" > ", p.Select(Name))))
            {
                text.Append(CultureInfo.InvariantCulture, $"{group.Count()}: {group.Key}\n");
            }

            return text.ToString();
        }

        public static string Name(int c) => ((char)('A' + c)).ToString();
    }

    private static Gen<int[]> Paper(int n, int[] popularity) =>
        from keys in Gen.Choose(1, 1000).ArrayOf(n)
        from kind in Gen.Choose(0, 19)
        from cut in Gen.Choose(1, n)
        select Enumerable.Range(0, n)
            .OrderByDescending(c => keys[c] * popularity[c]).ThenBy(c => c)
            .Take(kind < 9 ? n : kind < 19 ? cut : 0)
            .ToArray();

    private static Gen<Election> Elections() =>
        from n in Gen.Choose(3, 7)
        from seats in Gen.Choose(1, 3)
        from withdrawn in Gen.Frequency((3, Gen.Constant(-1)), (1, Gen.Choose(0, n - 1)))
        from popularity in Gen.Choose(1, 12).ArrayOf(n)
        from count in Gen.Choose(5, 60)
        from papers in Paper(n, popularity).ArrayOf(count)
        select new Election(n, Math.Min(seats, n - (withdrawn < 0 ? 0 : 1)), withdrawn, papers);

    /// <summary>Arbitraries of this class (no shrinking: a counterexample is printed whole, and is small).</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Election> Election { get; } = Arb.From(Elections());
    }

    /// <summary>The profile the library counts: one ballot group per paper, the withdrawn candidate marked withdrawn.</summary>
    internal static BallotProfile Profile(Election e)
    {
        var names = Enumerable.Range(0, e.Candidates).Select(Election.Name).ToList();
        var ballots = e.Papers.Select(p => new WeightedBallot(new RankedBallot([.. p.Select(c => ImmutableArray.Create(c))]), 1)).ToList();
        return BallotProfile.Create(names, ballots, e.Withdrawn < 0 ? [] : [e.Withdrawn]).Value;
    }

    /// <summary>Where the library and the reference differ (null when they agree), or "lot" when either drew a lot.</summary>
    internal static string? Compare(Election e)
    {
        var counted = new ScottishStvMethod().Tally(Profile(e), new TallyOptions(e.Seats));
        var withdrawn = e.Withdrawn < 0 ? new HashSet<int>() : new HashSet<int> { e.Withdrawn };
        var reference = ScottishReference.Count(e.Candidates, e.Papers, withdrawn, e.Seats);
        if (reference.Valid == 0)
        {
            return counted.IsFailed ? null : "library counted an election without valid papers";
        }

        if (counted.IsFailed)
        {
            return "library failed: " + string.Join("; ", counted.Errors.Select(x => x.Message));
        }

        var result = counted.Value;
        if (reference.Lot || result.TieBreaks.Any(t => t.Strategy != "previous-stages"))
        {
            return "lot";
        }

        static decimal D(long units) => units / (decimal)ScottishReference.Unit;
        if (result.ValidBallots != reference.Valid)
        {
            return $"valid papers: library {result.ValidBallots}, reference {reference.Valid}";
        }

        var winners = string.Join(", ", result.Winners);
        var expected = string.Join(", ", reference.Elected.Select(Election.Name));
        var stages = result.Rounds
            .Where(r => !r.Action.StartsWith("Remaining candidates elected", StringComparison.Ordinal) && !r.Action.StartsWith("Count complete", StringComparison.Ordinal))
            .Where(r => !IsZeroSurplus(r))
            .ToList();
        var problems = new List<string>();
        if (winners != expected)
        {
            problems.Add($"elected: library [{winners}], reference [{expected}]");
        }

        if (stages.Count != reference.Stages.Count)
        {
            problems.Add($"stages: library {stages.Count} ({string.Join(" | ", stages.Select(s => s.Action))}), reference {reference.Stages.Count} ({string.Join(" | ", reference.Stages.Select(s => s.What))})");
        }

        for (var s = 0; s < Math.Min(stages.Count, reference.Stages.Count); s++)
        {
            var mine = stages[s];
            var theirs = reference.Stages[s];
            if (mine.Quota != D(reference.Quota))
            {
                problems.Add($"stage {s + 1}: quota {mine.Quota} vs {D(reference.Quota)}");
            }

            for (var c = 0; c < e.Candidates; c++)
            {
                if (mine.Candidates[c].Votes != D(theirs.Votes[c]))
                {
                    problems.Add($"stage {s + 1} ({mine.Action} / {theirs.What}): {Election.Name(c)} library {mine.Candidates[c].Votes}, reference {D(theirs.Votes[c])}");
                }
            }

            if (mine.Exhausted != D(theirs.Exhausted) || mine.Residual != D(theirs.Residual))
            {
                problems.Add($"stage {s + 1}: exhausted/residual library {mine.Exhausted}/{mine.Residual}, reference {D(theirs.Exhausted)}/{D(theirs.Residual)}");
            }
        }

        return problems.Count == 0 ? null : string.Join("\n", problems);
    }

    /// <summary>
    /// Whether a library round is the "transfer" of a zero surplus (a candidate elected with exactly the quota). The Order
    /// transfers only a surplus that exceeds the quota (rule 48(1)), so there is no such stage; the library keeps it for
    /// parity with droop v0.11's reports. Nothing moves in it (every candidate's transfer, the exhausted value and the
    /// residual are unchanged), so it is dropped before the stages are compared.
    /// </summary>
    internal static bool IsZeroSurplus(TallyRound round) =>
        round.Action.StartsWith("Surplus of ", StringComparison.Ordinal)
        && round.Action.EndsWith("(0.00000) transferred", StringComparison.Ordinal)
        && round.Candidates.All(c => c.Transfer == 0m);

    [SummitProperty(Arbitrary = [typeof(Arbitraries)], Runs = 5000)]
    public Property ScottishTally_RandomSmallElections_AgreesWithTheReference(Election election)
    {
        var difference = Compare(election);
        var lot = difference == "lot";
        return (lot || difference is null).Label(difference ?? "")
            .Classify(lot, "skipped: a tie was decided by lot")
            .Classify(!lot, "compared");
    }
}
