using FsCheck;
using FsCheck.Fluent;
using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;

namespace Summit.Core.Tests.Scheduling;

public sealed class PackerProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(150);

    /// <summary>Enumerates every assignment of the searchable topics to lanes (or to nothing) and returns the best score.</summary>
    private static PackingScore BruteForce(PackingModel model)
    {
        var topics = Enumerable.Range(0, model.Topics.Length).Where(t => !model.IsAnchor[t]).ToArray();
        var laneOf = new int[model.Topics.Length];
        Array.Fill(laneOf, -1);
        var best = PackingScore.Worst;

        void Visit(int k)
        {
            if (k == topics.Length)
            {
                if (PackingEvaluation.IsFeasible(model, laneOf))
                {
                    var score = PackingEvaluation.Evaluate(model, laneOf);
                    if (score.IsBetterThan(best))
                    {
                        best = score;
                    }
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
        return best;
    }

    private static bool SameObjective(PackingObjective objective, PackingScore score) =>
        objective.PlacedWeight == PackingScore.ToWeight(score.Weight)
        && objective.TopicMinutes == score.Minutes && objective.MovedTopics == score.Moves;

    [Fact]
    public void ExactPack_SmallRandomInstance_ObjectiveEqualsBruteForceOptimum()
    {
        var property = Prop.ForAll(SchedulingGenerators.ArbitraryPackingRequests(6, 2, 2, 60), request =>
        {
            var built = PackingModel.Build(request);
            var packed = Packers.Exact.Pack(request);
            if (built.IsFailed)
            {
                return packed.IsFailed;
            }

            var best = BruteForce(built.Value);
            return packed.IsSuccess && packed.Value.IsProvenOptimal && SameObjective(packed.Value.Objective, best);
        });
        Check.One(Quick, property);
    }

    [Fact]
    public void ExactRepack_AfterACancellation_MovesNoMoreTopicsThanTheBruteForceOptimum()
    {
        var gen = from request in SchedulingGenerators.PackingRequests(6, 2, 2, 60)
                  where request.Requests.Length > 1
                  from cancelled in Gen.Choose(0, request.Requests.Length - 1)
                  select (request, cancelled);
        var property = Prop.ForAll(Arb.From(gen), input =>
        {
            var (request, cancelled) = input;
            var first = Packers.Exact.Pack(request);
            if (first.IsFailed)
            {
                return true;
            }

            var changed = SchedulingGenerators.Shrink(request).ElementAt(cancelled) with { Previous = first.Value };
            var built = PackingModel.Build(changed);
            var repacked = Packers.Exact.Pack(changed);
            if (built.IsFailed)
            {
                return repacked.IsFailed;
            }

            return repacked.IsSuccess && SameObjective(repacked.Value.Objective, BruteForce(built.Value));
        });
        Check.One(Quick, property);
    }

    [Fact]
    public void Pack_RandomInstance_KeepsEveryHardRuleIsDeterministicAndRepacksUnchanged()
    {
        var property = Prop.ForAll(SchedulingGenerators.ArbitraryPackingRequests(10, 3, 3), request =>
        {
            PackerConformance.Check(Packers.Exact, request);
            PackerConformance.Check(Packers.Heuristic, request);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), property);
    }

    [Fact]
    public void HeuristicPack_RandomInstance_NeverBeatsExactAndStaysUnderItsBound()
    {
        var property = Prop.ForAll(SchedulingGenerators.ArbitraryPackingRequests(10, 3, 2), request =>
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
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), property);
    }

    [Fact]
    public void Pack_RandomInstance_EveryTopicPlacedOrExplained()
    {
        var property = Prop.ForAll(SchedulingGenerators.ArbitraryPackingRequests(10, 3, 2), request =>
        {
            var packed = Packers.Exact.Pack(request);
            return packed.IsFailed
                || (packed.Value.Unplaced.All(u => u.Code.StartsWith("scheduling.", StringComparison.Ordinal) && u.Reason.Length > 0)
                    && packed.Value.Topics.Count() + packed.Value.Unplaced.Length == request.Requests.Length);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), property);
    }
}
