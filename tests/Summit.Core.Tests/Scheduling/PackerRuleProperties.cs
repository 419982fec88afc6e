using FsCheck;
using FsCheck.Xunit;
using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;
using Summit.Core.TestSupport;

namespace Summit.Core.Tests.Scheduling;

/// <summary>
/// Issue 14: the exact packer against exhaustive enumeration on seeded instances, every agenda against the independent
/// checker of the hard rules (<see cref="AgendaInvariants"/>), and one property per rule of docs/scheduling.md.
/// </summary>
public sealed class PackerRuleProperties
{
    /// <summary>The number of seeded small instances compared with exhaustive enumeration.</summary>
    private const int DifferentialInstances = 300;

    /// <summary>Every assignment of the searchable topics to lanes (or to none), best by the objective, first in enumeration order on ties.</summary>
    private static PackingScore Enumerate(PackingModel model) => PackerProperties.BruteForce(model);

    /// <summary>Per topic of <paramref name="model"/>: the lane <paramref name="agenda"/> placed it in, or -1.</summary>
    internal static int[] LanesOf(PackingModel model, Agenda agenda)
    {
        var laneOf = new int[model.Topics.Length];
        for (var t = 0; t < laneOf.Length; t++)
        {
            var item = agenda.FindTopic(model.Topics[t].Id);
            laneOf[t] = item is null ? -1
                : model.Lanes.First(l => l.Block.Id == item.BlockId && l.Room == item.Room && l.Start <= item.LocalStart && item.LocalEnd <= l.End).Index;
        }

        return laneOf;
    }

    [Fact]
    public void ExactPack_SeededSmallInstances_ObjectiveEqualsExhaustiveEnumerationAndEveryAgendaKeepsTheHardRules()
    {
        var compared = 0;
        for (var i = 0; i < DifferentialInstances; i++)
        {
            var request = PackingInstances.Small(i);
            var built = PackingModel.Build(request);
            var exact = Packers.Exact.Pack(request);
            var heuristic = Packers.Heuristic.Pack(request);
            Assert.Equal(built.IsFailed, exact.IsFailed);
            Assert.Equal(built.IsFailed, heuristic.IsFailed);
            if (built.IsFailed)
            {
                continue;
            }

            var best = Enumerate(built.Value);
            var o = exact.Value.Objective;
            Assert.True(exact.Value.IsProvenOptimal, $"instance {i}");
            Assert.Equal((PackingScore.ToWeight(best.Weight), best.Minutes, best.Moves), (o.PlacedWeight, o.TopicMinutes, o.MovedTopics));
            Assert.Empty(AgendaInvariants.Violations(request, exact.Value));
            Assert.Empty(AgendaInvariants.Violations(request, heuristic.Value));
            compared++;
        }

        Assert.True(compared >= DifferentialInstances / 2, $"only {compared} instances were valid requests");
    }

    [Property(MaxTest = 100)]
    public bool HeuristicPack_NeverClaimsAProofAndItsBoundIsTrue(NonNegativeInt seed)
    {
        var request = PackingInstances.Small(1000 + seed.Get);
        var heuristic = Packers.Heuristic.Pack(request);
        var exact = Packers.Exact.Pack(request);
        if (heuristic.IsFailed)
        {
            return exact.IsFailed;
        }

        var h = heuristic.Value.Objective;
        var e = exact.Value.Objective;
        return !heuristic.Value.IsProvenOptimal && exact.Value.IsProvenOptimal
            && h.WeightUpperBound >= e.PlacedWeight && h.PlacedWeight <= e.PlacedWeight && h.Gap is >= 0 and <= 1
            && (h.WeightUpperBound == 0 || Math.Abs(h.Gap - ((h.WeightUpperBound - h.PlacedWeight) / h.WeightUpperBound)) < 1e-12);
    }

    /// <summary>Rule: weights add up exactly (hundredths), never with floating-point drift; both packers report the same sum for the same topics.</summary>
    [Property(MaxTest = 100)]
    public bool Pack_PlacedWeightIsTheExactDecimalSumOfThePlacedTopics(NonNegativeInt seed)
    {
        var request = PackingInstances.Study(seed.Get % 150);
        request = request with
        {
            Requests = [.. request.Requests.Select((r, i) => r with { Weight = (double)((decimal)r.Weight + (0.01m * (i % 7)) + 0.3m) })],
            SearchNodeLimit = 20_000,
        };
        foreach (var packer in Packers.All)
        {
            var packed = packer.Pack(request);
            if (packed.IsFailed)
            {
                continue;
            }

            var agenda = packed.Value;
            var sum = request.Requests.Where(r => agenda.FindTopic(r.Id) is not null).Sum(r => (decimal)r.Weight);
            if (agenda.Objective.PlacedWeight != (double)sum)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Rule: ties go to earlier topics. On a proven agenda, no topic left out could take the lane of a later topic of the
    /// same weight (the later one leaving) with as many topic minutes and no more moves.
    /// </summary>
    [Property(MaxTest = 150)]
    public bool ExactPack_TiesGoToEarlierTopics(NonNegativeInt seed)
    {
        var request = PackingInstances.Small(5000 + seed.Get);
        var built = PackingModel.Build(request);
        var packed = Packers.Exact.Pack(request);
        if (built.IsFailed || !packed.Value.IsProvenOptimal)
        {
            return built.IsFailed == packed.IsFailed;
        }

        var model = built.Value;
        return EarlierTopicThatCouldTakeAPlace(model, LanesOf(model, packed.Value)) is null;
    }

    /// <summary>
    /// The local form of rule 4: a topic left out that could take the lane of a later topic of the same weight (the later
    /// one leaving) with every rule kept, as many topic minutes, no more moves and no more minutes moved, as "earlier for
    /// later", or null.
    /// </summary>
    internal static string? EarlierTopicThatCouldTakeAPlace(PackingModel model, int[] laneOf)
    {
        var score = PackingEvaluation.Evaluate(model, laneOf);
        for (var u = 0; u < laneOf.Length; u++)
        {
            for (var p = u + 1; p < laneOf.Length; p++)
            {
                if (laneOf[u] >= 0 || laneOf[p] < 0 || model.IsAnchor[u] || model.IsAnchor[p] || model.Units(u) != model.Units(p) || !model.MayUse(u, laneOf[p]))
                {
                    continue;
                }

                var swapped = (int[])laneOf.Clone();
                (swapped[u], swapped[p]) = (laneOf[p], -1);
                if (PackingEvaluation.IsFeasible(model, swapped))
                {
                    var other = PackingEvaluation.Evaluate(model, swapped);
                    // As good on every objective (as many topic minutes, no more moves, no more minutes moved), or better.
                    if (!score.IsBetterThan(other))
                    {
                        return $"{model.Topics[u].Id} for {model.Topics[p].Id}";
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Rules under a node limit so small that the lane-by-lane proofs decide (docs/scheduling.md): a proven agenda equals
    /// exhaustive enumeration (weight and minutes) with its weight as the bound and keeps the local tie rule; an unproven
    /// one is no better than the optimum and its bound holds; every agenda keeps the hard rules.
    /// </summary>
    [SummitProperty(Runs = 200)]
    public bool ExactPack_LimitSoSmallTheLaneByLaneProofsDecide_ProvenAgendasAreOptimalAndKeepTheRules(NonNegativeInt seed) =>
        CheckUnderSmallLimit(60_000 + seed.Get, out _, out _) is null;

    [Fact]
    public void ExactPack_LimitSoSmallTheLaneByLaneProofsDecide_SeededInstancesAreOptimalAndTheProofsAreExercised()
    {
        var (byLaneFill, firstLeaf) = (0, 0);
        for (var i = 0; i < 300; i++)
        {
            Assert.Null(CheckUnderSmallLimit(i, out var provenByLaneFill, out var ruleFourByLaneFill));
            byLaneFill += provenByLaneFill ? 1 : 0;
            firstLeaf += ruleFourByLaneFill ? 1 : 0;
        }

        // Not a test that cannot fail: the paths under test must be taken (measured: 178 of the 300 are proven by the
        // lane-by-lane search after the topic-by-topic search stops at its limit; in 142 of them the lane-by-lane search
        // also finds the search's own first optimal leaf, the same agenda as with an ample limit, and in the other 36
        // rule 4 holds in its local form).
        Assert.True(byLaneFill >= 100, $"only {byLaneFill} of 300 instances were proven by the lane-by-lane search");
        Assert.True(firstLeaf >= 80, $"only {firstLeaf} of 300 instances had their first optimal leaf found by the lane-by-lane search");
    }

    /// <summary>
    /// Packs Small(<paramref name="index"/>) with a node limit of 50, 100 or 200 and returns what breaks a rule, or null. A
    /// proven agenda must be optimal and keep rule 4 in its local form; where the lane-by-lane search found the search's
    /// own first optimal leaf (<paramref name="ruleFourByLaneFill"/>), it must be the agenda of an ample limit.
    /// </summary>
    private static string? CheckUnderSmallLimit(int index, out bool provenByLaneFill, out bool ruleFourByLaneFill)
    {
        (provenByLaneFill, ruleFourByLaneFill) = (false, false);
        var request = PackingInstances.Small(index) with { SearchNodeLimit = (index % 3) switch { 0 => 50, 1 => 100, _ => 200 } };
        var built = PackingModel.Build(request);
        var packed = Packers.Exact.Pack(request);
        if (built.IsFailed || packed.IsFailed)
        {
            return built.IsFailed == packed.IsFailed ? null : $"{index}: build and pack disagree";
        }

        var model = built.Value;
        var search = new ExactPacker.Search(PackingModel.Build(request).Value, request.SearchNodeLimit);
        search.Run();
        provenByLaneFill = search.IsProvenByLaneFill;
        ruleFourByLaneFill = provenByLaneFill && !search.TiesBrokenLocally;
        var agenda = packed.Value;
        var o = agenda.Objective;
        var best = Enumerate(model);
        if (!AgendaInvariants.Violations(request, agenda).IsEmpty)
        {
            return $"{index}: breaks a hard rule";
        }

        if (agenda.IsProvenOptimal)
        {
            if (ruleFourByLaneFill)
            {
                var ample = Packers.Exact.Pack(request with { SearchNodeLimit = 1_000_000 }).Value;
                if (!LanesOf(model, agenda).AsSpan().SequenceEqual(LanesOf(model, ample)))
                {
                    return $"{index}: the lane-by-lane search's first optimal leaf differs from the search's with an ample limit";
                }
            }

            return (PackingScore.ToWeight(best.Weight), best.Minutes, PackingScore.ToWeight(best.Weight)) != (o.PlacedWeight, o.TopicMinutes, o.WeightUpperBound)
                ? $"{index}: proven {o} but the optimum is {best}"
                : EarlierTopicThatCouldTakeAPlace(model, LanesOf(model, agenda)) is { } swap ? $"{index}: {swap}" : null;
        }

        return o.PlacedWeight <= PackingScore.ToWeight(best.Weight) && o.WeightUpperBound >= PackingScore.ToWeight(best.Weight) ? null : $"{index}: unproven {o}, optimum {best}";
    }

    /// <summary>
    /// Rules: room availability and seats. Seeded small instances with random room rules (a room free in one or two
    /// stretches of a session, a room with few seats) and random expected interest: the exact packer equals exhaustive
    /// enumeration, and both packers keep every hard rule, checked on real time.
    /// </summary>
    [Property(MaxTest = 120)]
    public bool Pack_RandomRoomRules_ExactEqualsEnumerationAndBothKeepTheHardRules(NonNegativeInt seed)
    {
        var request = PackingInstances.WithRoomRules(PackingInstances.Small(20_000 + seed.Get), seed.Get);
        var built = PackingModel.Build(request);
        var exact = Packers.Exact.Pack(request);
        var heuristic = Packers.Heuristic.Pack(request);
        if (built.IsFailed)
        {
            return exact.IsFailed && heuristic.IsFailed;
        }

        var best = Enumerate(built.Value);
        var o = exact.Value.Objective;
        return exact.Value.IsProvenOptimal
            && (PackingScore.ToWeight(best.Weight), best.Minutes) == (o.PlacedWeight, o.TopicMinutes)
            && AgendaInvariants.Violations(request, exact.Value).IsEmpty
            && AgendaInvariants.Violations(request, heuristic.Value).IsEmpty;
    }

    /// <summary>Rule: re-packing an unchanged request with its own agenda as the previous one returns the same agenda, with no moves.</summary>
    [Property(MaxTest = 60)]
    public bool ExactRepack_UnchangedRequest_SameAgenda(NonNegativeInt seed)
    {
        var request = PackingInstances.Small(9000 + seed.Get);
        var first = Packers.Exact.Pack(request);
        if (first.IsFailed)
        {
            return true;
        }

        var again = Packers.Exact.Pack(request with { Previous = first.Value }).Value;
        return again.Objective.MovedTopics == 0 && again.Items.SequenceEqual(first.Value.Items);
    }
}
