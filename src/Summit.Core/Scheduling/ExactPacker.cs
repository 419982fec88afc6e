using FluentResults;

namespace Summit.Core.Scheduling;

/// <summary>
/// Branch and bound over lane assignments: topics by falling weight, each tried in every lane it may use and then left
/// out; a node is cut when a fractional-knapsack bound on the weight (then a bound on the topic minutes, then the moves
/// already made) cannot beat the best agenda found. Finishing the search proves optimality.
/// </summary>
internal sealed class ExactPacker : IAgendaPacker
{
    public const string PackerName = "exact";

    public string Name => PackerName;

    public Result<Agenda> Pack(PackingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var built = PackingModel.Build(request);
        if (built.IsFailed)
        {
            return Result.Fail<Agenda>(built.Errors);
        }

        var model = built.Value;
        var search = new Search(model, request.SearchNodeLimit);
        search.Run();
        var rootBound = PackingEvaluation.RootWeightBound(model);
        var proven = !search.Aborted;
        var bound = proven ? search.BestScore.Weight : Math.Max(rootBound, search.BestScore.Weight);
        return AgendaBuilder.Build(model, search.Best, search.BestScore, bound, proven, search.Nodes, Name);
    }

    private sealed class Search
    {
        private readonly PackingModel _model;
        private readonly long _limit;
        private readonly int[] _order;
        private readonly int[] _densityOrder;
        private readonly int[] _laneOf;
        private readonly int[] _usedMin;
        private readonly int[] _usedMax;
        private readonly bool[] _decided;
        private readonly int[][] _equivalentEarlier;
        private readonly bool _track;
        private double _weight;
        private int _moves;
        private int _remainingMax;

        public Search(PackingModel model, long limit)
        {
            _model = model;
            _limit = Math.Max(1, limit);
            var n = model.Topics.Length;
            _laneOf = new int[n];
            Array.Fill(_laneOf, -1);
            _usedMin = new int[model.Lanes.Count];
            _usedMax = new int[model.Lanes.Count];
            _decided = new bool[n];
            _track = model.Request.Previous is not null;
            _order = [.. Enumerable.Range(0, n).Where(t => !model.IsAnchor[t] && model.AllowedLanes[t].Length > 0)
                .OrderByDescending(t => model.Weight(t)).ThenBy(t => model.Min(t)).ThenBy(t => t)];
            _densityOrder = [.. _order.OrderByDescending(t => PackingEvaluation.Density(model, t)).ThenBy(t => t)];
            _remainingMax = _order.Sum(model.Max);
            _equivalentEarlier = BuildSymmetry(model);
            Best = (int[])_laneOf.Clone();

            // Topics with no lane stay out; when tracking a previous agenda, leaving them out may itself be a move.
            _moves = 0;
            if (_track)
            {
                for (var t = 0; t < n; t++)
                {
                    if (!model.IsAnchor[t] && model.AllowedLanes[t].Length == 0 && model.PreviousLane[t] != -1)
                    {
                        _moves++;
                    }
                }
            }

            BestScore = PackingScore.Worst;
        }

        public int[] Best { get; private set; }

        public PackingScore BestScore { get; private set; }

        public long Nodes { get; private set; }

        public bool Aborted { get; private set; }

        public void Run()
        {
            SeedWithPrevious();
            Dfs(0);
        }

        private void SeedWithPrevious()
        {
            if (!_track)
            {
                return;
            }

            var previous = new int[_laneOf.Length];
            for (var t = 0; t < previous.Length; t++)
            {
                var lane = _model.PreviousLane[t];
                previous[t] = lane >= 0 && !_model.IsAnchor[t] ? lane : -1;
            }

            if (PackingEvaluation.IsFeasible(_model, previous))
            {
                Best = previous;
                BestScore = PackingEvaluation.Evaluate(_model, previous);
            }
        }

        private static int[][] BuildSymmetry(PackingModel model)
        {
            var lanes = model.Lanes.Count;
            var result = new int[lanes][];
            var noGroups = model.GroupWith.All(g => g.Length == 0) && model.Request.Previous is null;
            for (var m = 0; m < lanes; m++)
            {
                var earlier = new List<int>();
                if (model.Request.Previous is null)
                {
                    for (var l = 0; l < m; l++)
                    {
                        var (a, b) = (model.Lanes[l], model.Lanes[m]);
                        if (a.Capacity != b.Capacity || !SameColumn(model, l, m))
                        {
                            continue;
                        }

                        // Two rooms of one session over the same span are interchangeable (they overlap the same lanes);
                        // lanes that overlap nothing are interchangeable when no grouping ties topics to a session.
                        var parallelTwins = a.BlockIndex == b.BlockIndex && a.Start == b.Start && a.End == b.End;
                        var loners = noGroups && !HasParallel(model, l) && !HasParallel(model, m);
                        if (parallelTwins || loners)
                        {
                            earlier.Add(l);
                        }
                    }
                }

                result[m] = [.. earlier];
            }

            return result;
        }

        private static bool HasParallel(PackingModel model, int lane)
        {
            for (var other = 0; other < model.Lanes.Count; other++)
            {
                if (model.Parallel[lane, other])
                {
                    return true;
                }
            }

            return false;
        }

        private static bool SameColumn(PackingModel model, int a, int b) =>
            model.AllowedLanes.All(allowed => allowed.Contains(a) == allowed.Contains(b));

        private void Dfs(int depth)
        {
            if (Aborted)
            {
                return;
            }

            if (++Nodes > _limit)
            {
                Aborted = true;
                return;
            }

            if (depth == _order.Length)
            {
                var score = LeafScore();
                if (score.IsBetterThan(BestScore))
                {
                    BestScore = score;
                    Best = (int[])_laneOf.Clone();
                }

                return;
            }

            if (!CanImprove())
            {
                return;
            }

            var t = _order[depth];
            _decided[t] = true;
            _remainingMax -= _model.Max(t);
            var previous = _track ? _model.PreviousLane[t] : -1;
            if (previous >= 0 && Array.IndexOf(_model.AllowedLanes[t], previous) >= 0)
            {
                TryLane(depth, t, previous, previous);
            }

            foreach (var lane in _model.AllowedLanes[t])
            {
                if (lane == previous || IsSymmetricDuplicate(lane))
                {
                    continue;
                }

                TryLane(depth, t, lane, previous);
                if (Aborted)
                {
                    break;
                }
            }

            if (!Aborted)
            {
                var moved = _track && previous != -1 ? 1 : 0;
                _moves += moved;
                Dfs(depth + 1);
                _moves -= moved;
            }

            _remainingMax += _model.Max(t);
            _decided[t] = false;
        }

        private bool IsSymmetricDuplicate(int lane)
        {
            if (_usedMin[lane] != 0 || _usedMax[lane] != 0)
            {
                return false;
            }

            foreach (var earlier in _equivalentEarlier[lane])
            {
                if (_usedMin[earlier] == 0 && _usedMax[earlier] == 0)
                {
                    return true;
                }
            }

            return false;
        }

        private void TryLane(int depth, int t, int lane, int previous)
        {
            if (!PackingEvaluation.CanAssign(_model, _laneOf, _usedMin, t, lane))
            {
                return;
            }

            var moved = _track && lane != previous ? 1 : 0;
            _laneOf[t] = lane;
            _usedMin[lane] += _model.Min(t);
            _usedMax[lane] += _model.Max(t);
            _weight += _model.Weight(t);
            _moves += moved;
            Dfs(depth + 1);
            _moves -= moved;
            _weight -= _model.Weight(t);
            _usedMax[lane] -= _model.Max(t);
            _usedMin[lane] -= _model.Min(t);
            _laneOf[t] = -1;
        }

        private PackingScore LeafScore()
        {
            var weight = _weight;
            var minutes = 0;
            for (var l = 0; l < _usedMax.Length; l++)
            {
                minutes += Math.Min(_model.Lanes[l].Capacity, _usedMax[l]);
            }

            foreach (var anchor in _model.Anchors)
            {
                weight += _model.Weight(anchor.Topic);
                minutes += (int)(anchor.End - anchor.Start).ToDuration().TotalMinutes;
            }

            return new PackingScore(weight, minutes, _moves);
        }

        private bool CanImprove()
        {
            if (double.IsNegativeInfinity(BestScore.Weight))
            {
                return true;
            }

            var free = 0;
            var largestFree = 0;
            var minutes = 0;
            var roomForMore = 0;
            for (var l = 0; l < _usedMin.Length; l++)
            {
                var capacity = _model.Lanes[l].Capacity;
                free += capacity - _usedMin[l];
                largestFree = Math.Max(largestFree, capacity - _usedMin[l]);
                var given = Math.Min(capacity, _usedMax[l]);
                minutes += given;
                roomForMore += capacity - given;
            }

            var weightBound = _weight;
            foreach (var t in _densityOrder)
            {
                if (_decided[t])
                {
                    continue;
                }

                var size = _model.Min(t);
                if (size > largestFree)
                {
                    // It fits in no lane any more, so it adds nothing below this node.
                    continue;
                }

                if (size <= free)
                {
                    weightBound += _model.Weight(t);
                    free -= size;
                }
                else
                {
                    weightBound += _model.Weight(t) * free / size;
                    break;
                }
            }

            foreach (var anchor in _model.Anchors)
            {
                weightBound += _model.Weight(anchor.Topic);
                minutes += (int)(anchor.End - anchor.Start).ToDuration().TotalMinutes;
            }

            var best = BestScore;
            var eps = PackingScore.Tolerance(best.Weight);
            if (weightBound > best.Weight + eps)
            {
                return true;
            }

            if (weightBound < best.Weight - eps)
            {
                return false;
            }

            var minutesBound = minutes + Math.Min(roomForMore, _remainingMax);
            if (minutesBound != best.Minutes)
            {
                return minutesBound > best.Minutes;
            }

            return _moves < best.Moves;
        }
    }
}
