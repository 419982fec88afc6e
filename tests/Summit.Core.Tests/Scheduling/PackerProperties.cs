using FsCheck;
using FsCheck.Fluent;
using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;

namespace Summit.Core.Tests.Scheduling;

public sealed class PackerProperties
{
    /// <summary>Small requests for the brute-force oracle (up to 6 topics, 2 sessions of up to 60 minutes, 2 rooms), plain and with a cancelled topic.</summary>
    public static class SmallRequests
    {
        public static Arbitrary<PackingRequest> Requests { get; } = Arb.From(SchedulingGenerators.PackingRequests(6, 2, 2, 60), SchedulingArbitraries.ShrinkRequest);

        public static Arbitrary<Cancellation> Cancellations { get; } = Arb.From(
            from request in SchedulingGenerators.PackingRequests(6, 2, 2, 60)
            where request.Requests.Length > 1
            from cancelled in Gen.Choose(0, request.Requests.Length - 1)
            select new Cancellation(request, cancelled));

        /// <summary>A request and one to three changes an organizer makes before re-packing it (<see cref="Change"/>).</summary>
        public static Arbitrary<Changes> Changed { get; } = Arb.From(
            from request in SchedulingGenerators.PackingRequests(6, 2, 2, 60)
            where request.Requests.Length > 0
            from count in Gen.Choose(1, 3)
            from changes in Gen.ArrayOf(
                from kind in Gen.Elements(Enum.GetValues<ChangeKind>())
                from topic in Gen.Choose(0, 5)
                from value in Gen.Choose(1, 10)
                select new Change(kind, topic, value),
                count)
            select new Changes(request, [.. changes]),
            Shrink);

        /// <summary>Fewer changes, then a smaller request (<see cref="SchedulingArbitraries.ShrinkRequest"/>) with the same changes.</summary>
        private static IEnumerable<Changes> Shrink(Changes input) =>
            Enumerable.Range(0, input.Edits.Length).Where(_ => input.Edits.Length > 1).Select(i => input with { Edits = input.Edits.RemoveAt(i) })
                .Concat(SchedulingArbitraries.ShrinkRequest(input.Request).Where(r => r.Requests.Length > 0).Select(r => input with { Request = r }));
    }

    /// <summary>What an organizer changes between two packings.</summary>
    public enum ChangeKind
    {
        /// <summary>A topic is withdrawn.</summary>
        Withdraw,

        /// <summary>A new topic arrives (weight <see cref="Change.Value"/>, discussion 10–15 or 15–30).</summary>
        Add,

        /// <summary>A topic's weight changes to <see cref="Change.Value"/> (the vote moved).</summary>
        Reweigh,

        /// <summary>A topic's shortest and longest discussion grow by 5 minutes.</summary>
        Lengthen,

        /// <summary>A topic's longest discussion shrinks to its shortest.</summary>
        Fix,
    }

    /// <summary>One change to topic <see cref="Topic"/> (modulo the topics there are).</summary>
    public sealed record Change(ChangeKind Kind, int Topic, int Value);

    /// <summary>A request and the changes made to it after the first packing.</summary>
    public sealed record Changes(PackingRequest Request, System.Collections.Immutable.ImmutableArray<Change> Edits)
    {
        /// <inheritdoc/>
        public override string ToString() => $"Changes {{ Request = {Request}, Edits = [{string.Join(", ", Edits)}] }}";

        /// <summary>The request after the changes, without a previous agenda.</summary>
        public PackingRequest Apply()
        {
            var requests = Request.Requests.ToList();
            var added = 0;
            foreach (var (kind, topic, value) in Edits)
            {
                if (kind == ChangeKind.Add)
                {
                    requests.Add(new SlotRequest("new" + added, "New topic " + added++) { Weight = value, DiscussionMinimumMinutes = value % 2 == 0 ? 10 : 15, DiscussionMaximumMinutes = value % 2 == 0 ? 15 : 30 });
                    continue;
                }

                if (requests.Count == 0)
                {
                    continue;
                }

                var k = topic % requests.Count;
                var r = requests[k];
                if (kind == ChangeKind.Withdraw)
                {
                    requests = [.. PackingInstances.Without(Request with { Requests = [.. requests] }, r.Id).Requests];
                }
                else
                {
                    requests[k] = kind switch
                    {
                        ChangeKind.Reweigh => r with { Weight = value },
                        ChangeKind.Lengthen => r with { DiscussionMinimumMinutes = r.DiscussionMinimumMinutes + 5, DiscussionMaximumMinutes = r.DiscussionMaximumMinutes + 5 },
                        _ => r with { DiscussionMaximumMinutes = r.DiscussionMinimumMinutes },
                    };
                }
            }

            return Request with { Requests = [.. requests] };
        }
    }

    /// <summary>Larger requests: up to 10 topics, 3 sessions, 3 rooms.</summary>
    public static class Requests10x3x3
    {
        public static Arbitrary<PackingRequest> Requests { get; } = Arb.From(SchedulingGenerators.PackingRequests(10, 3, 3), SchedulingArbitraries.ShrinkRequest);
    }

    /// <summary>Larger requests: up to 10 topics, 3 sessions, 2 rooms.</summary>
    public static class Requests10x3x2
    {
        public static Arbitrary<PackingRequest> Requests { get; } = Arb.From(SchedulingGenerators.PackingRequests(10, 3, 2), SchedulingArbitraries.ShrinkRequest);
    }

    /// <summary>A request and the index of the topic cancelled after the first packing.</summary>
    public sealed record Cancellation(PackingRequest Request, int Cancelled);

    /// <summary>Enumerates every assignment of the searchable topics to lanes (or to nothing) and returns the best score.</summary>
    internal static PackingScore BruteForce(PackingModel model)
    {
        var best = PackingScore.Worst;
        ForEachFeasible(model, laneOf =>
        {
            var score = PackingEvaluation.Evaluate(model, laneOf);
            if (score.IsBetterThan(best))
            {
                best = score;
            }
        });
        return best;
    }

    /// <summary><paramref name="instance"/> at 200,000 nodes is proven optimal with this weight and these minutes, within <paramref name="maxNodes"/> nodes, and keeps every hard rule.</summary>
    internal static void AssertProvenWithin(PackingRequest instance, double weight, int minutes, int maxNodes)
    {
        var request = instance with { SearchNodeLimit = 200_000 };

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.True(agenda.IsProvenOptimal);
        Assert.Equal((weight, minutes, weight), (agenda.Objective.PlacedWeight, agenda.Objective.TopicMinutes, agenda.Objective.WeightUpperBound));
        Assert.InRange(agenda.Objective.SearchNodes, 1, maxNodes);
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
    }

    /// <summary>The most topic minutes of any feasible assignment of <paramref name="model"/> (exhaustive enumeration), whatever its weight.</summary>
    internal static int MostMinutes(PackingModel model)
    {
        var most = 0;
        ForEachFeasible(model, laneOf => most = Math.Max(most, model.Timing.Minutes(laneOf)));
        return most;
    }

    /// <summary>Calls <paramref name="visit"/> with every feasible assignment of the searchable topics to lanes (or to nothing); the array is reused.</summary>
    internal static void ForEachFeasible(PackingModel model, Action<int[]> visit)
    {
        var topics = Enumerable.Range(0, model.Topics.Length).Where(t => !model.IsAnchor[t]).ToArray();
        var laneOf = PackingEvaluation.AnchorsOnly(model, out _);

        void Visit(int k)
        {
            if (k == topics.Length)
            {
                if (PackingEvaluation.IsFeasible(model, laneOf))
                {
                    visit(laneOf);
                }

                return;
            }

            for (var lane = -1; lane < model.Lanes.Count; lane++)
            {
                laneOf[topics[k]] = lane;
                Visit(k + 1);
            }

            laneOf[topics[k]] = -1;
        }

        Visit(0);
    }

    private static bool SameObjective(PackingObjective objective, PackingScore score) =>
        objective.PlacedWeight == PackingScore.ToWeight(score.Weight)
        && objective.TopicMinutes == score.Minutes && objective.MovedTopics == score.Moves && objective.MinutesMoved == score.MinutesMoved;

    [SummitProperty(Arbitrary = [typeof(SmallRequests)], Runs = 150)]
    public bool ExactPack_SmallRandomInstance_ObjectiveEqualsBruteForceOptimum(PackingRequest request)
    {
        var built = PackingModel.Build(request);
        var packed = Packers.Exact.Pack(request);
        if (built.IsFailed)
        {
            return packed.IsFailed;
        }

        var best = BruteForce(built.Value);
        return packed.IsSuccess && packed.Value.IsProvenOptimal && SameObjective(packed.Value.Objective, best);
    }

    [SummitProperty(Arbitrary = [typeof(SmallRequests)], Runs = 150)]
    public bool ExactRepack_AfterACancellation_MovesNoMoreTopicsThanTheBruteForceOptimum(Cancellation input)
    {
        var (request, cancelled) = input;
        var first = Packers.Exact.Pack(request);
        if (first.IsFailed)
        {
            return true;
        }

        var changed = SchedulingArbitraries.ShrinkRequest(request).ElementAt(cancelled) with { Previous = first.Value };
        var built = PackingModel.Build(changed);
        var repacked = Packers.Exact.Pack(changed);
        if (built.IsFailed)
        {
            return repacked.IsFailed;
        }

        return repacked.IsSuccess && SameObjective(repacked.Value.Objective, BruteForce(built.Value));
    }

    /// <summary>
    /// Minimal change, all of it: after withdrawals, new topics, new weights and new lengths, the proven re-pack equals the
    /// best of every assignment on all four objectives, the fourth being the minutes the placed topics' starts moved
    /// (reported from the built agenda, scored by the search on its own layout: the two must agree); and ties still go to
    /// earlier topics (rule 4's local form, now among agendas equal on all four).
    /// </summary>
    [SummitProperty(Arbitrary = [typeof(SmallRequests)], Runs = 200)]
    public bool ExactRepack_AfterChanges_EqualsTheBruteForceOptimumOnAllFourObjectives(Changes input)
    {
        var first = Packers.Exact.Pack(input.Request);
        if (first.IsFailed)
        {
            return true;
        }

        var changed = input.Apply() with { Previous = first.Value };
        var built = PackingModel.Build(changed);
        var repacked = Packers.Exact.Pack(changed);
        if (built.IsFailed)
        {
            return repacked.IsFailed;
        }

        return repacked.IsSuccess && repacked.Value.IsProvenOptimal && SameObjective(repacked.Value.Objective, BruteForce(built.Value))
            && PackerRuleProperties.EarlierTopicThatCouldTakeAPlace(built.Value, PackerRuleProperties.LanesOf(built.Value, repacked.Value)) is null;
    }

    /// <remarks>
    /// A rare failure (about one in 300–450 random cases: SUMMIT_FUZZ=1000 found seed
    /// (10591269422129394240,15043931533585859337) failing at case 448) is fixed: a re-pack whose minutes search stopped at
    /// its limit below the previous agenda's own timing now keeps that timing (regression test in LaneTimingTests). CI runs
    /// a fixed seed so that it is reproducible; a fuzz run draws random ones. See docs/scheduling.md.
    /// </remarks>
    [SummitProperty(Arbitrary = [typeof(Requests10x3x3)], Runs = 100, SeedUnlessFuzzing = "(1846507420628042719,11023241434531793959)")]
    public void Pack_RandomInstance_KeepsEveryHardRuleIsDeterministicAndRepacksUnchanged(PackingRequest request)
    {
        PackerConformance.Check(Packers.Exact, request);
        PackerConformance.Check(Packers.Heuristic, request);
    }

    [SummitProperty(Arbitrary = [typeof(Requests10x3x2)], Runs = 100)]
    public bool HeuristicPack_RandomInstance_NeverBeatsExactAndStaysUnderItsBound(PackingRequest request)
    {
        var exact = Packers.Exact.Pack(request);
        var heuristic = Packers.Heuristic.Pack(request);
        if (exact.IsFailed || heuristic.IsFailed)
        {
            return exact.IsFailed && heuristic.IsFailed;
        }

        var h = heuristic.Value.Objective;
        var e = exact.Value.Objective;
        var eps = 1e-9 * Math.Max(1, e.PlacedWeight);
        return h.PlacedWeight <= e.PlacedWeight + eps && h.PlacedWeight <= h.WeightUpperBound + eps
            && e.PlacedWeight <= h.WeightUpperBound + eps && h.Gap is >= 0 and <= 1;
    }

    [SummitProperty(Arbitrary = [typeof(Requests10x3x2)], Runs = 100)]
    public bool Pack_RandomInstance_EveryTopicPlacedOrExplained(PackingRequest request)
    {
        var packed = Packers.Exact.Pack(request);
        return packed.IsFailed
            || (packed.Value.Unplaced.All(u => u.Code.StartsWith("scheduling.", StringComparison.Ordinal) && u.Message.Length > 0)
                && packed.Value.Topics.Count() + packed.Value.Unplaced.Length == request.Requests.Length);
    }
}
