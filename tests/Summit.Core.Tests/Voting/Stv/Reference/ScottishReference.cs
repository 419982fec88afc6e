namespace Summit.Core.Tests.Voting.Stv.Reference;

/// <summary>
/// A deliberately simple, independent count under the Scottish Local Government Elections Order 2007 (SSI 2007/42),
/// schedule 1, rules 45–52, written from the Order and docs/voting.md only (no code shared with <c>src/</c>), as the
/// oracle of the differential tests.
/// </summary>
/// <remarks>
/// <para>Every value is an exact integer number of 1/100,000 of a vote. Every ballot paper is handled on its own (no
/// grouping of identical papers): it carries its value and the index of the preference it is credited to.</para>
/// <list type="bullet">
/// <item>Withdrawn candidates are deleted from every paper first; a paper left with no preference is not a valid paper.</item>
/// <item>Rule 45: each valid paper is credited at value 1 to its first preference (stage 1).</item>
/// <item>Rule 46: quota = floor(valid / (seats + 1)) + 1.</item>
/// <item>Rule 47: at the end of every stage, a continuing candidate with at least the quota is elected (several at once: most
/// votes first, then candidate order, a presentation convention only).</item>
/// <item>Rule 48: a candidate whose votes <em>exceed</em> the quota has a surplus; all the papers they hold move to the next
/// continuing preference at transfer value <c>surplus × value / votes</c>, truncated to 5 decimals; a paper without one is
/// non-transferable (exhausted) at that value. The candidate is left with the quota; what truncation loses is the residual.
/// A candidate elected with exactly the quota has no surplus and no transfer is made for them.</item>
/// <item>Rule 49: the largest surplus first; equal surpluses are decided by the look-back rule below, else by lot.</item>
/// <item>Rules 50–51: with no surplus to transfer, the continuing candidate with the fewest votes is excluded and all their
/// papers move at the value they carry; equal fewest by the look-back rule, else by lot.</item>
/// <item>Rule 52: when the continuing candidates are no more than the vacancies, they are all elected and nothing more is
/// transferred (also when they are the last ones after filling the seats: the count simply stops).</item>
/// <item>Look-back (docs/voting.md rule 7): earlier stages, most recent first, comparing all the candidates tied now; the
/// first stage at which exactly one of them had the most (surplus) or fewest (exclusion) votes decides. Otherwise the
/// tie would be decided by lot: the reference then stops and reports <see cref="Outcome.Lot"/> (differential tests skip
/// such elections).</item>
/// </list>
/// </remarks>
internal static class ScottishReference
{
    public const long Unit = 100_000;

    /// <summary>One stage of the count: the votes at its end (indexed by candidate), the exhausted value and the residual.</summary>
    public sealed record Stage(string What, long[] Votes, long Exhausted, long Residual);

    /// <summary>The result: the quota, valid papers, the elected in order of election, the stages, and whether a lot was needed.</summary>
    public sealed record Outcome(long Quota, long Valid, List<int> Elected, List<Stage> Stages, bool Lot);

    private sealed class Paper
    {
        public required int[] Prefs { get; init; }

        public int At { get; set; }

        public long Value { get; set; }
    }

    /// <param name="candidates">The number of candidates (withdrawn included).</param>
    /// <param name="papers">One entry per ballot paper: candidate indices, first preference first.</param>
    /// <param name="withdrawn">The withdrawn candidates.</param>
    /// <param name="seats">The number of seats.</param>
    public static Outcome Count(int candidates, IEnumerable<int[]> papers, ISet<int> withdrawn, int seats)
    {
        // Withdrawn candidates are deleted; empty papers are not valid.
        var valid = new List<Paper>();
        foreach (var p in papers)
        {
            var prefs = p.Where(c => !withdrawn.Contains(c)).ToArray();
            if (prefs.Length > 0)
            {
                valid.Add(new Paper { Prefs = prefs, At = 0, Value = Unit });
            }
        }

        var quota = ((valid.Count / (seats + 1)) + 1) * Unit;
        // State of each candidate: 'h' hopeful (continuing), 'e' elected, 'x' excluded, 'w' withdrawn.
        var state = new char[candidates];
        for (var c = 0; c < candidates; c++)
        {
            state[c] = withdrawn.Contains(c) ? 'w' : 'h';
        }

        var votes = new long[candidates];
        var surplusDone = new bool[candidates];
        var elected = new List<int>();
        var stages = new List<Stage>();
        long exhausted = 0;
        long residual = 0;

        // Rule 45.
        foreach (var paper in valid)
        {
            votes[paper.Prefs[0]] += paper.Value;
        }

        void EndStage(string what)
        {
            stages.Add(new Stage(what, (long[])votes.Clone(), exhausted, residual));
            // Rule 47.
            var reached = new List<int>();
            for (var c = 0; c < candidates; c++)
            {
                if (state[c] == 'h' && votes[c] >= quota)
                {
                    reached.Add(c);
                }
            }

            reached.Sort((a, b) => votes[a] != votes[b] ? votes[b].CompareTo(votes[a]) : a.CompareTo(b));
            foreach (var c in reached)
            {
                state[c] = 'e';
                elected.Add(c);
            }
        }

        // Moves a paper on from its current preference to the next continuing candidate, or exhausts it.
        void MoveOn(Paper paper)
        {
            var next = paper.At + 1;
            while (next < paper.Prefs.Length && state[paper.Prefs[next]] != 'h')
            {
                next++;
            }

            paper.At = next;
            if (next < paper.Prefs.Length)
            {
                votes[paper.Prefs[next]] += paper.Value;
            }
            else
            {
                exhausted += paper.Value;
            }
        }

        EndStage("first preferences");
        while (true)
        {
            if (elected.Count >= seats)
            {
                break;
            }

            var continuing = Enumerable.Range(0, candidates).Where(c => state[c] == 'h').ToList();
            if (continuing.Count <= seats - elected.Count)
            {
                // Rule 52.
                continuing.Sort((a, b) => votes[a] != votes[b] ? votes[b].CompareTo(votes[a]) : a.CompareTo(b));
                elected.AddRange(continuing);
                break;
            }

            var withSurplus = Enumerable.Range(0, candidates).Where(c => state[c] == 'e' && !surplusDone[c] && votes[c] > quota).ToList();
            if (withSurplus.Count > 0)
            {
                // Rules 48, 49.
                var largest = withSurplus.Max(c => votes[c]);
                var tied = withSurplus.Where(c => votes[c] == largest).ToList();
                var from = LookBack(tied, stages, highest: true);
                if (from < 0)
                {
                    return new Outcome(quota, valid.Count, elected, stages, Lot: true);
                }

                var total = votes[from];
                var surplus = total - quota;
                long moved = 0;
                foreach (var paper in valid)
                {
                    if (paper.At < paper.Prefs.Length && paper.Prefs[paper.At] == from)
                    {
                        paper.Value = paper.Value * surplus / total;
                        moved += paper.Value;
                        MoveOn(paper);
                    }
                }

                votes[from] = quota;
                residual += surplus - moved;
                surplusDone[from] = true;
                EndStage("surplus of " + from);
                continue;
            }

            // Rules 50, 51.
            var fewest = continuing.Min(c => votes[c]);
            var lowest = continuing.Where(c => votes[c] == fewest).ToList();
            var excluded = LookBack(lowest, stages, highest: false);
            if (excluded < 0)
            {
                return new Outcome(quota, valid.Count, elected, stages, Lot: true);
            }

            state[excluded] = 'x';
            foreach (var paper in valid)
            {
                if (paper.At < paper.Prefs.Length && paper.Prefs[paper.At] == excluded)
                {
                    MoveOn(paper);
                }
            }

            votes[excluded] = 0;
            EndStage("exclusion of " + excluded);
        }

        return new Outcome(quota, valid.Count, elected, stages, Lot: false);
    }

    /// <summary>The tied candidate to act on by the look-back rule, or -1 when only a lot could decide.</summary>
    private static int LookBack(List<int> tied, List<Stage> stages, bool highest)
    {
        if (tied.Count == 1)
        {
            return tied[0];
        }

        for (var s = stages.Count - 1; s >= 0; s--)
        {
            var v = stages[s].Votes;
            var extreme = highest ? tied.Max(c => v[c]) : tied.Min(c => v[c]);
            var atExtreme = tied.Where(c => v[c] == extreme).ToList();
            if (atExtreme.Count == 1)
            {
                return atExtreme[0];
            }
        }

        return -1;
    }
}
