using Summit.Core.Tests.Voting.Stv.Reference;
using Summit.Core.Voting;
using Summit.Core.Voting.Formats;
using Summit.Core.Voting.Stv;

namespace Summit.Core.Tests.Voting.Stv;

/// <summary>
/// Small Scottish STV elections counted by hand from the rules (SSI 2007/42 rules 45–52, as docs/voting.md states them);
/// the library must reproduce every figure. Values are in votes to 5 decimals; "TV" is a transfer value, truncated.
/// Each round is listed as (votes of every candidate in file order, exhausted, residual). A closing round that transfers
/// nothing ("Remaining candidates elected (rule 52)" or "Count complete") repeats the figures of the stage before it.
/// </summary>
public sealed class HandCountedCases
{
    private static TallyResult Count(string text, int seats)
    {
        var profile = PreferenceListFormat.Read(text, "hand.txt");
        Assert.True(profile.IsSuccess, profile.ToString());
        var result = new ScottishStvMethod().Tally(profile.Value, new TallyOptions(seats));
        Assert.True(result.IsSuccess, result.ToString());
        return result.Value;
    }

    private static void AssertRounds(TallyResult result, decimal quota, params (decimal[] Votes, decimal Exhausted, decimal Residual)[] expected)
    {
        Assert.Equal(expected.Length, result.Rounds.Length);
        for (var r = 0; r < expected.Length; r++)
        {
            var round = result.Rounds[r];
            Assert.Equal(quota, round.Quota);
            Assert.Equal(expected[r].Votes, round.Candidates.Select(c => c.Votes).ToArray());
            Assert.Equal(expected[r].Exhausted, round.Exhausted);
            Assert.Equal(expected[r].Residual, round.Residual);
        }
    }

    /// <summary>
    /// Surplus transfers with truncation, including a paper whose value was already below 1, exhausted papers, an
    /// exclusion and the last seat by rule 52.
    /// </summary>
    /// <remarks>
    /// 3 seats; 17 valid papers; quota = floor(17 / 4) + 1 = 5.
    /// Stage 1: A 9, B 2, C 3, D 3. A elected (9 ≥ 5), surplus 4.
    /// Stage 2 (A's surplus): TV = 1 × 4 / 9 = 0.444444… → 0.44444. The 7 A>B>D papers give B 7 × 0.44444 = 3.11108, the 2
    ///   A>C papers give C 0.88888. A keeps 5; residual 4 − 3.99996 = 0.00004. B 5.11108 ≥ 5: elected, surplus 0.11108.
    /// Stage 3 (B's surplus, all B's papers): the 2 B papers (value 1) get 1 × 0.11108 / 5.11108 = 0.021733… → 0.02173 and have
    ///   no further preference: exhausted 0.04346. The 7 A>B>D papers (value 0.44444) get 0.44444 × 0.11108 / 5.11108 =
    ///   0.0096591… → 0.00965: D + 0.06755 = 3.06755. Residual 0.00004 + (0.11108 − 0.06755 − 0.04346) = 0.00011.
    /// Stage 4: one seat, C and D continuing: D (3.06755) excluded. Its 3 D papers (value 1) and 7 papers at 0.00965 have no
    ///   further continuing preference: exhausted 0.04346 + 3 + 0.06755 = 3.11101. C is the last continuing candidate: elected
    ///   (rule 52) with 3.88888, below the quota. Check: 5 + 5 + 3.88888 + 3.11101 + 0.00011 = 17.
    /// </remarks>
    [Fact]
    public void SurplusWithTruncation_ThenExclusionAndRule52()
    {
        var result = Count("candidates: A, B, C, D\n7: A > B > D\n2: A > C\n2: B\n3: C\n3: D\n", seats: 3);
        Assert.Equal(["A", "B", "C"], result.Winners);
        AssertRounds(result, 5m,
            ([9m, 2m, 3m, 3m], 0m, 0m),
            ([5m, 5.11108m, 3.88888m, 3m], 0m, 0.00004m),
            ([5m, 5m, 3.88888m, 3.06755m], 0.04346m, 0.00011m),
            ([5m, 5m, 3.88888m, 0m], 3.11101m, 0.00011m),
            ([5m, 5m, 3.88888m, 0m], 3.11101m, 0.00011m));
        Assert.Empty(result.TieBreaks);
    }

    /// <summary>An exclusion whose transfer elects: the leader on first preferences loses.</summary>
    /// <remarks>
    /// 1 seat; 9 papers; quota = floor(9 / 2) + 1 = 5.
    /// Stage 1: A 4, B 3, C 2; no one elected, no surplus.
    /// Stage 2: C (fewest) excluded; the 2 C>B papers go to B at value 1: B 5 ≥ 5, elected. The seat is filled; the count
    ///   closes with A not elected.
    /// </remarks>
    [Fact]
    public void ExclusionWithTransfer_ElectsTheSecond()
    {
        var result = Count("candidates: A, B, C\n4: A\n3: B > A\n2: C > B\n", seats: 1);
        Assert.Equal(["B"], result.Winners);
        AssertRounds(result, 5m,
            ([4m, 3m, 2m], 0m, 0m),
            ([4m, 5m, 0m], 0m, 0m),
            ([4m, 5m, 0m], 0m, 0m));
        Assert.Equal(["C"], result.Rounds[1].Excluded);
    }

    /// <summary>The look-back rule (51(2)) decides an exclusion; exhausted papers; the last seat below the quota.</summary>
    /// <remarks>
    /// 1 seat; 15 papers; quota = floor(15 / 2) + 1 = 8.
    /// Stage 1: A 6, B 4, C 3, D 2. D excluded: the D>C paper goes to C, the D paper is exhausted.
    /// Stage 2: A 6, B 4, C 4, D 0; exhausted 1. B and C tie for the fewest. At stage 1, C alone had the fewest (3 against 4),
    ///   so C is excluded (by lot B might have been, and B's 4 B>C papers would then have elected C with 8).
    /// Stage 3: the 3 C>B papers go to B (7); the D>C paper has no further preference: exhausted 2. A 6, B 7.
    /// Stage 4: A (6) excluded; its 6 papers are exhausted (8). B, the last continuing candidate, is elected (rule 52) with 7.
    /// </remarks>
    [Fact]
    public void ExclusionTie_DecidedByTheMostRecentStageWhereTheyDiffered()
    {
        var result = Count("candidates: A, B, C, D\n6: A\n4: B > C\n3: C > B\n1: D > C\n1: D\n", seats: 1);
        Assert.Equal(["B"], result.Winners);
        AssertRounds(result, 8m,
            ([6m, 4m, 3m, 2m], 0m, 0m),
            ([6m, 4m, 4m, 0m], 1m, 0m),
            ([6m, 7m, 0m, 0m], 2m, 0m),
            ([0m, 7m, 0m, 0m], 8m, 0m),
            ([0m, 7m, 0m, 0m], 8m, 0m));
        var tie = Assert.Single(result.TieBreaks);
        Assert.Equal("previous-stages", tie.Strategy);
        Assert.Equal(["B", "C"], tie.Tied);
        Assert.Equal("C", tie.Order[^1]);
        Assert.Contains("stage 1", tie.Explanation, StringComparison.Ordinal);
    }

    /// <summary>A withdrawn candidate is deleted from every paper; a paper naming only them is blank (not valid).</summary>
    /// <remarks>
    /// 2 seats; W withdrawn. The 2 papers "W" become blank, so 12 valid papers; quota = floor(12 / 3) + 1 = 5.
    /// Stage 1: the 5 W>A>B papers count for A: A 6, B 3, C 3, W 0. A elected, surplus 1.
    /// Stage 2: TV = 1 / 6 = 0.16666…→ 0.16666: B + 5 × 0.16666 = 3.83330; the "A" paper is exhausted at 0.16666;
    ///   residual 1 − 0.83330 − 0.16666 = 0.00004.
    /// Stage 3: C (3) excluded (fewest; B 3.83330); its 3 papers are exhausted (3.16666). B is the last continuing candidate:
    ///   elected (rule 52). Counting the profile with W deleted from the file gives the same figures.
    /// </remarks>
    [Fact]
    public void WithdrawnCandidate_DeletedFromEveryPaper()
    {
        var result = Count("candidates: A, B, C, W\nwithdrawn: W\n5: W > A > B\n3: B > C\n3: C\n2: W\n1: A\n", seats: 2);
        Assert.Equal(["A", "B"], result.Winners);
        Assert.Equal(12, result.ValidBallots);
        AssertRounds(result, 5m,
            ([6m, 3m, 3m, 0m], 0m, 0m),
            ([5m, 3.83330m, 3m, 0m], 0.16666m, 0.00004m),
            ([5m, 3.83330m, 0m, 0m], 3.16666m, 0.00004m),
            ([5m, 3.83330m, 0m, 0m], 3.16666m, 0.00004m));

        var deleted = Count("candidates: A, B, C\n5: A > B\n3: B > C\n3: C\n1: A\n", seats: 2);
        Assert.Equal(result.Winners, deleted.Winners);
        Assert.Equal(
            result.Rounds.Select(r => (r.Exhausted, r.Residual, string.Join(",", r.Candidates.Take(3).Select(c => c.Votes)))),
            deleted.Rounds.Select(r => (r.Exhausted, r.Residual, string.Join(",", r.Candidates.Select(c => c.Votes)))));
    }

    /// <summary>Rule 52: two seats filled at once by the last two continuing candidates, both below the quota.</summary>
    /// <remarks>
    /// 3 seats; 20 papers; quota = floor(20 / 4) + 1 = 6.
    /// Stage 1: A 10, B 1, C 4, D 3, E 2. A elected, surplus 4.
    /// Stage 2: TV = 4 / 10 = 0.4 exactly: the 10 A>B papers give B 4 (B 5). No residual.
    /// Stage 3: E (2) excluded; the 2 E>D papers go to D (5).
    /// Stage 4: C (4) excluded (fewest of B 5, C 4, D 5); the 4 C papers are exhausted. B and D are the two continuing
    ///   candidates for the two vacancies: both elected (rule 52) with 5 each, below the quota, in candidate order as their
    ///   votes are equal. No further transfer.
    /// </remarks>
    [Fact]
    public void LastVacancies_FilledByTheRemainingCandidates()
    {
        var result = Count("candidates: A, B, C, D, E\n10: A > B\n4: C\n3: D\n2: E > D\n1: B\n", seats: 3);
        Assert.Equal(["A", "B", "D"], result.Winners);
        AssertRounds(result, 6m,
            ([10m, 1m, 4m, 3m, 2m], 0m, 0m),
            ([6m, 5m, 4m, 3m, 2m], 0m, 0m),
            ([6m, 5m, 4m, 5m, 0m], 0m, 0m),
            ([6m, 5m, 0m, 5m, 0m], 4m, 0m),
            ([6m, 5m, 0m, 5m, 0m], 4m, 0m));
        Assert.Equal(["B", "D"], result.Rounds[^1].Elected);
        Assert.StartsWith("Remaining candidates elected", result.Rounds[^1].Action, StringComparison.Ordinal);
    }

    /// <summary>
    /// A candidate elected with exactly the quota has no surplus: under rule 48(1) nothing is transferred. The library keeps a
    /// vacuous "Surplus of A (0.00000) transferred" round (droop v0.11 does the same) in which nothing moves.
    /// </summary>
    /// <remarks>
    /// 2 seats; 9 papers; quota = floor(9 / 3) + 1 = 4.
    /// Stage 1: A 4, B 3, C 2. A elected with exactly the quota: surplus 0.
    /// (Library round 2: "Surplus of A (0.00000) transferred": every figure unchanged.)
    /// Stage 2: C (2) excluded; the 2 C papers are exhausted. B, the last continuing candidate, is elected (rule 52) with 3.
    /// </remarks>
    [Fact]
    public void ExactQuota_NoSurplusToTransfer()
    {
        var result = Count("candidates: A, B, C\n4: A > B\n3: B\n2: C\n", seats: 2);
        Assert.Equal(["A", "B"], result.Winners);
        AssertRounds(result, 4m,
            ([4m, 3m, 2m], 0m, 0m),
            ([4m, 3m, 2m], 0m, 0m),
            ([4m, 3m, 0m], 2m, 0m),
            ([4m, 3m, 0m], 2m, 0m));
        Assert.True(ScottishDifferentialProperties.IsZeroSurplus(result.Rounds[1]));
        Assert.Equal(3, result.Rounds.Count(r => !ScottishDifferentialProperties.IsZeroSurplus(r)));
    }
}
