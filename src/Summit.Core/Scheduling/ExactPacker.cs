using FluentResults;

namespace Summit.Core.Scheduling;

/// <summary>
/// Branch and bound over lane assignments: topics by falling weight (then request order), each tried in its previous
/// lane, then in every lane it may use in lane order, then left out. It starts from the heuristic's agenda (and the
/// previous agenda) as the first incumbent. A node is cut when a bound on the weight (the smaller of the fractional
/// knapsack, the per-lane count bound and the knapsack per group of topics allowed in the same lanes, all counting the
/// minutes lost at each lane's end), then a bound on the topic
/// minutes, then the moves already made cannot beat the best agenda found. Identical topics are interchangeable (a
/// later one never goes to an earlier lane than an earlier one, and stays out when it does), and so are identical empty
/// lanes. Finishing the search proves optimality; the agenda returned is the first optimal one in the search order.
/// The minutes bound counts a topic's most minutes in each lane (<see cref="PackingModel.LaneMax"/>) and a cut of the
/// topic-to-lane flow; a search that does not finish within a fiftieth of the limit runs a lane-by-lane search
/// (<see cref="LaneFillSearch"/>) that proves the weight and minutes the knapsack bounds cannot, then (unless that proved
/// everything) a worst-fit probe and a neighbourhood search (lane pairs searched again from the incumbent) for a better
/// incumbent and the lane-by-lane search again with twice the budget, and starts again. Until the minutes are proven, the
/// same branch and bound in another order (fail first: <see cref="Search"/>'s ProveFailFirst) tries to prove the
/// incumbent after the minutes climb and again after the second lane-by-lane search. These stages take shares of 200,000
/// nodes first, then of five times more while the limit allows. Grouped topics that can no longer share a session leave
/// the weight bound.
/// </summary>
internal sealed class ExactPacker : IAgendaPacker
{
    public const string PackerName = "exact";

    public string Name => PackerName;

    /// <summary>
    /// Gets the most nodes of one component's minutes search for the first incumbent (the heuristic's agenda); 5,000 by
    /// default. Tests set it to 1 so that every first incumbent has provisional minutes.
    /// </summary>
    internal long FirstIncumbentLimit { get; init; } = DefaultFirstIncumbentLimit;

    /// <summary>The default of <see cref="FirstIncumbentLimit"/>.</summary>
    internal const long DefaultFirstIncumbentLimit = 5_000;

    /// <summary>
    /// Gets the nodes whose shares the stages take in their first round (<see cref="DefaultFirstRoundShare"/> by default).
    /// Tests make it small so that the stages' shares, and the feasibility checks held to them, bind on small requests.
    /// </summary>
    internal long FirstRoundShare { get; init; } = DefaultFirstRoundShare;

    /// <summary>
    /// The default of <see cref="FirstRoundShare"/>: the study sets' limit, so a request the first round proves costs
    /// the same at any larger limit.
    /// </summary>
    internal const long DefaultFirstRoundShare = 200_000;

    public Result<Agenda> Pack(PackingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var built = PackingModel.Build(request);
        if (built.IsFailed)
        {
            return Result.Fail<Agenda>(built.Errors);
        }

        var model = built.Value;
        var search = new Search(model, request.SearchNodeLimit, FirstIncumbentLimit, FirstRoundShare);
        search.Run();
        if (search.BestScore.IsWorst)
        {
            // Out of nodes before any agenda (the heuristic's too was refused by a timing limit): the anchors alone.
            search.FallBackToAnchors();
        }

        if (!search.Aborted && !search.IsProvenByLaneFill && model.Timing.IsFeasibilityExact && !model.Timing.IsMinutesExact)
        {
            // The search finished, and only a minutes search that stopped at its own limit keeps it from proving the minutes.
            model.Timing.SettleMinutes(request.SearchNodeLimit - search.Nodes - model.Timing.Work);
        }

        var proven = ((!search.Aborted && model.Timing.IsExact) || search.IsProvenByLaneFill) && !search.MinutesMovedUnproven;
        // A finished search with every feasibility check decided proves the weight, even when a minutes search stopped early.
        var weightProven = !search.Aborted && model.Timing.IsFeasibilityExact;
        var bound = weightProven ? search.BestScore.Weight
            : search.WeightCeiling != long.MaxValue ? search.WeightCeiling
            : Math.Max(Math.Min(PackingEvaluation.RootWeightBound(model), search.WeightUpperBound), search.BestScore.Weight);
        return AgendaBuilder.Build(model, search.Best, search.BestScore, bound, proven, search.Nodes + model.Timing.Work, Name);
    }

    internal sealed class Search
    {
        private readonly PackingModel _model;
        private readonly long _limit;

        /// <summary>The nodes whose shares the stages take this round (<see cref="RunStages"/>).</summary>
        private long _share;
        private readonly int[] _order;

        /// <summary>
        /// The order the search branches in and, per topic, the nearest earlier interchangeable topic in it: <see cref="_order"/>
        /// and <see cref="_identicalBefore"/>, except during <see cref="ProveFailFirst"/>.
        /// </summary>
        private (int[] Order, int[] Twin) _branch;

        /// <summary>The order of <see cref="ProveFailFirst"/> and its interchangeable topics, made when first needed.</summary>
        private (int[] Order, int[] Twin)? _failFirst;
        private readonly PackingEvaluation.BoundScratch _scratch;
        private readonly int[] _byWeight;
        private readonly int[] _laneOf;
        private readonly int[] _usedMin;
        private readonly int[] _usedMax;
        private readonly int[] _free;
        private readonly bool[] _undecided;
        private readonly int[] _identicalBefore;
        private readonly int[][] _equivalentEarlier;
        private readonly bool _track;
        private readonly long _anchorUnits;

        /// <summary>
        /// Gets the most topic minutes any agenda can give: at most every lane's <see cref="PackingModel.MinutesCap"/>, fewer
        /// when the topics are too few to fill them (<see cref="PackingEvaluation.MinutesByCountBound"/>), when conflicting
        /// topics confined to a session want more than its span (<see cref="SessionCliques"/>), or when conflicting topics
        /// anywhere want more than the sessions' spans and the lanes' room let them have (<see cref="CliqueFlowBound"/>), on
        /// the grid.
        /// </summary>
        public int MostTopicMinutes => _mostTopicMinutes ??= OnGrid(Math.Min(Math.Min(PackingEvaluation.MinutesByCountBound(_model), RootCliqueMinutes()), CliqueFlowBound.Minutes(_model)));

        /// <summary>
        /// Gets the most topic minutes an agenda of exactly <paramref name="weight"/> (hundredths, anchors included) can
        /// give: <see cref="MostTopicMinutes"/>, and the count bound (<see cref="PackingEvaluation.MinutesByCountBound"/>)
        /// for no more topics than such an agenda can place: every topic but the fewest whose weights, heaviest first,
        /// make up the weight it leaves out. Eight-lane instance 99: eight lanes of 45–55 minutes, topics of at most 40,
        /// so every lane needs two to be full; at the proven weight one of the 16 topics stays out, so one lane cannot be
        /// full, and 365 minutes (not 370) is the most.
        /// </summary>
        private int MostTopicMinutesAt(long weight)
        {
            if (weight != _mostAt.Weight)
            {
                var left = AllUnits - weight;
                var placed = _order.Length;
                foreach (var t in _byWeight)
                {
                    if (left <= 0)
                    {
                        break;
                    }

                    left -= _model.Units(t);
                    placed--;
                }

                var minutes = placed == _order.Length ? MostTopicMinutes : Math.Min(MostTopicMinutes, OnGrid(PackingEvaluation.MinutesByCountBound(_model, placed)));
                _mostAt = (weight, minutes);
            }

            return _mostAt.Minutes;
        }

        private (long Weight, int Minutes) _mostAt = (-1, 0);

        /// <summary>A bound on topic minutes brought down to the grid: every length is a multiple of it, so their sum is too.</summary>
        private int OnGrid(int minutes) => minutes == int.MaxValue ? minutes : minutes / _model.Grid * _model.Grid;

        /// <summary>The most topic minutes of any agenda by the session cliques (<see cref="SessionCliques.Minutes"/>) with no topic assigned yet.</summary>
        private int RootCliqueMinutes()
        {
            var cliques = Cliques;
            if (cliques.IsEmpty)
            {
                return int.MaxValue;
            }

            var live = new bool[_model.Topics.Length];
            foreach (var t in _order)
            {
                live[t] = true;
            }

            return cliques.Minutes(PackingEvaluation.AnchorsOnly(_model, out _), live);
        }

        private SessionCliques Cliques => _cliques ??= new SessionCliques(_model, _bestMax);

        private int? _mostTopicMinutes;

        /// <summary>Gets the weight (hundredths) of every topic, anchors included: a proven weight this high places them all.</summary>
        private long AllUnits => _anchorUnits + _order.Sum(_model.Units);

        /// <summary>Per topic: the most minutes it can take in any lane it may use (<see cref="PackingModel.BestLaneMax"/>).</summary>
        private readonly int[] _bestMax;

        /// <summary>Conflicting topics confined to one session, whose minutes together are at most its span (the minutes bound; built when first asked).</summary>
        private SessionCliques? _cliques;
        private long _weight;
        private int _moves;

        /// <summary>A lower bound on the minutes moved (the fourth objective) of every leaf below this node: the anchors' own, plus per placed topic how far its previous start is from any start its lane allows (<see cref="_movedAtLeastIn"/>).</summary>
        private int _minutesMovedAtLeast;

        /// <summary>Per topic and lane (<c>t * lanes + lane</c>), with a previous agenda: how far the topic's previous start is from the lane's earliest and latest starts for it (0 inside them).</summary>
        private readonly int[] _movedAtLeastIn = [];
        private int _remainingMax;
        private bool _fromSearch;

        public Search(PackingModel model, long limit, long firstIncumbentLimit = DefaultFirstIncumbentLimit, long firstRoundShare = DefaultFirstRoundShare)
        {
            _model = model;
            _firstRoundShare = Math.Max(1, firstRoundShare);
            _firstIncumbentLimit = firstIncumbentLimit;
            _limit = Math.Max(1, limit);
            _share = _limit;
            var n = model.Topics.Length;
            _laneOf = PackingEvaluation.AnchorsOnly(model, out _usedMin);
            _usedMax = new int[model.Lanes.Count];
            foreach (var anchor in model.Anchors)
            {
                _usedMax[anchor.Lane] += model.LaneMax(anchor.Topic, anchor.Lane);
            }

            _free = [.. model.Lanes.Select(l => l.Capacity - _usedMin[l.Index])];
            _undecided = new bool[n];
            // Without groupings every undecided topic is live: the two are one array and MarkLive has nothing to do.
            _live = model.GroupWith.Any(g => g.Length > 0) ? new bool[n] : _undecided;
            _track = model.Request.Previous is not null;
            _order = [.. model.PlaceableTopics.OrderByDescending(model.Units).ThenBy(t => t)];
            foreach (var t in _order)
            {
                _undecided[t] = true;
            }

            _scratch = new PackingEvaluation.BoundScratch(model);
            _byWeight = _order;
            _bestMax = new int[n];
            foreach (var t in _order)
            {
                _bestMax[t] = model.BestLaneMax(t);
            }

            _remainingMax = _order.Sum(t => _bestMax[t]);
            _equivalentEarlier = BuildSymmetry(model);
            var cutLanes = model.Lanes.Count <= 10 ? model.Lanes.Count : 0;
            _cutRoom = new int[cutLanes];
            _roomCap = new int[model.Lanes.Count];
            _gain = new int[model.Lanes.Count];
            _roomSum = new int[cutLanes == 0 ? 0 : 1 << cutLanes];
            _masks = new int[n];
            _supply = new int[n];
            _identicalBefore = BuildIdentical(model, _order);
            _branch = (_order, _identicalBefore);
            _anchorUnits = model.Anchors.Sum(a => model.Units(a.Topic));
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

            if (_track)
            {
                _movedAtLeastIn = MovedAtLeastIn(model);
                _minutesMovedAtLeast = (int)Math.Min(int.MaxValue / 2, model.Anchors.Sum(a => PackingEvaluation.StartMoved(model, a.Topic, model.AnchorStartMinute[a.Topic])));
            }

            BestScore = PackingScore.Worst;
        }

        /// <summary>Per topic placed in the previous agenda and lane: the fewest minutes its start moves in that lane, whatever joins it.</summary>
        private static int[] MovedAtLeastIn(PackingModel model)
        {
            var lanes = model.Lanes.Count;
            var result = new int[model.Topics.Length * lanes];
            for (var t = 0; t < model.Topics.Length; t++)
            {
                if (model.PreviousLane[t] == -1)
                {
                    continue;
                }

                var before = model.PreviousStartMinute[t];
                foreach (var lane in model.Lanes)
                {
                    var (earliest, latest) = (lane.StartMinute, lane.EndMinute - model.Min(t));
                    result[(t * lanes) + lane.Index] = before < earliest ? earliest - before : before > latest ? before - latest : 0;
                }
            }

            return result;
        }

        /// <summary>
        /// Whether a leaf below this node with as many moves as the incumbent can still win (or, before the search has a
        /// leaf of its own, tie) on the minutes moved. Until the first three objectives are proven, only ties before the
        /// search's own first leaf are explored, as for three objectives (<see cref="MinimizeMinutesMoved"/>).
        /// </summary>
        private bool MinutesMovedMayWin(PackingScore best) =>
            (_minutesMovesSearch && _minutesMovedAtLeast < best.MinutesMoved) || (!_fromSearch && _minutesMovedAtLeast <= best.MinutesMoved);

        /// <summary>Whether the search is the fourth objective's own (<see cref="MinimizeMinutesMoved"/>).</summary>
        private bool _minutesMovesSearch;

        /// <summary>Gets whether the search for the fewest minutes moved stopped at the limit: the first three objectives are proven, the fourth is not.</summary>
        public bool MinutesMovedUnproven { get; private set; }

        public int[] Best { get; private set; }

        public PackingScore BestScore { get; private set; }

        public long Nodes { get; private set; }

        public bool Aborted { get; private set; }

        public void Run()
        {
            RunFirstThreeObjectives();
            MinimizeMinutesMoved();
        }

        /// <summary>
        /// With a previous agenda and the first three objectives proven by the search: the search again, from the start,
        /// now exploring every node that can still tie on them and whose minutes moved may be fewer than the incumbent's
        /// (<see cref="_minutesMovedAtLeast"/>), so that it returns its first leaf that is optimal on all four. Run apart,
        /// so that the ties of a worse number of moves are never explored; when it stops at the limit, the incumbent (as
        /// good on the first three) stays and the fourth is reported unproven.
        /// </summary>
        private void MinimizeMinutesMoved()
        {
            // No moves leave one agenda: every topic where it was.
            if (!_track || Aborted || IsProvenByLaneFill || BestScore.IsWorst || BestScore.Moves == 0 || BestScore.MinutesMoved <= _minutesMovedAtLeast
                || Nodes + _model.Timing.Work >= _limit)
            {
                return;
            }

            // The proven weight and minutes are ceilings now, so every node that cannot reach them is cut at once.
            (WeightCeiling, MinutesCeiling) = (BestScore.Weight, BestScore.Minutes);
            (_minutesMovesSearch, _fromSearch, _stageLimit) = (true, false, _limit);
            BeginUnsharedStage();
            var (best, bestScore) = (Best, BestScore);
            Dfs(0);
            _minutesMovesSearch = false;
            if (Aborted)
            {
                (Aborted, MinutesMovedUnproven) = (false, true);
                if (!BestScore.IsBetterThan(bestScore))
                {
                    (Best, BestScore) = (best, bestScore);
                }
            }
        }

        private void RunFirstThreeObjectives()
        {
            SeedWithPrevious();
            ConsiderFirst(HeuristicPacker.Solve(_model, out _, FirstIncumbentTentativeLimit));

            // Most requests finish within a fiftieth of the first round's share; the others get a probe for a better incumbent
            // and then the search again from the start (it returns its own first optimal leaf, as before). The stages'
            // shares are of _firstRoundShare nodes first, then of five times more while the limit allows, then the
            // search takes what is left.
            var first = Math.Min(_limit, _firstRoundShare);
            for (_share = first; ; _share = Math.Min(_limit, _share * 5))
            {
                if (RunStages(_share == first))
                {
                    return;
                }

                if (_share == _limit)
                {
                    break;
                }
            }

            _stageLimit = _limit;
            BeginUnsharedStage();
            Dfs(0);
            ProveAtTheCeilingsUnlessProven();
        }

        /// <summary>
        /// Holds the feasibility checks and threshold minutes searches of a stage that may take the search and the timing to
        /// <paramref name="end"/> to what is left of it, but at least a tenth of the round's share
        /// (<see cref="LaneTiming.BeginStage"/>): a search undecided there is a no for this stage only, which then proves
        /// nothing (<see cref="LaneTiming.IsStageDecided"/>),
        /// and a later stage or round asks again (searching only when it may take more nodes than the check stopped at). A
        /// single check used to run to its own limit of 100,000 nodes in a stage
        /// of 4,000 (eight-lane instance 123: the fail-first proof, a fortieth of the round, took 100,000).
        /// </summary>
        private void BeginStage(long end) =>
            _model.Timing.BeginStage(_model.Timing.Work + Math.Max(end - Nodes - _model.Timing.Work, _share / 10));

        /// <summary>A stage with the whole limit: its timing searches run to their own limits.</summary>
        private void BeginUnsharedStage() => _model.Timing.BeginStage(long.MaxValue);

        /// <summary>The nodes whose shares the stages take in their first round (<see cref="FirstRoundShare"/>).</summary>
        private readonly long _firstRoundShare;

        /// <summary>
        /// One round of the stages with shares of <see cref="_share"/>: the search, then (when it stops at its share)
        /// the lane-by-lane search, the lane-pattern bound, the climb, the fail-first proof, the probe, the neighbourhood
        /// search and the lane-by-lane search again; true when the search is over (proven or out of nodes). Study instance
        /// 111 at the default limit (5,000,000) took 626,539 nodes with shares of the whole limit, where a first round of
        /// 200,000 proves it in 29,099; eight-lane 48 and 49 were proven only by the larger rounds until the fifteenth #14
        /// session.
        /// </summary>
        private bool RunStages(bool first)
        {
            _stageLimit = first ? _share / 50 : Math.Min(_limit, Nodes + _model.Timing.Work + (_share / 50));
            if (_stageLimit > 0 && _order.Length > 0)
            {
                Aborted = false;
                _fromSearch = false;
                BeginStage(_stageLimit);
                Dfs(0);
                if ((!Aborted && _model.Timing.IsStageDecided) || Nodes + _model.Timing.Work >= _limit)
                {
                    ProveAtTheCeilingsUnlessProven();
                    return true;
                }

                Aborted = false;
                _fromSearch = false;
                FillLanes(2);
                if (WeightCeiling == long.MaxValue)
                {
                    PriceLanes();
                }

                if (!IsProvenByLaneFill)
                {
                    ClimbMinutes();
                }

                if (!IsProvenByLaneFill)
                {
                    ProveFailFirst(40);
                }

                if (!IsProvenByLaneFill)
                {
                    Probe();
                    Improve();
                    // From a better incumbent and with twice the budget, what is not proven yet may be.
                    FillLanes(1);
                }

                if (!IsProvenByLaneFill)
                {
                    // With four times the budget, after the probe and the neighbourhood search.
                    ProveFailFirst(10);
                }

                if (IsProvenByLaneFill)
                {
                    // The objectives are proven: the search's own first optimal leaf is found topic by topic by the
                    // lane-by-lane search, within a tenth of the first round's share; otherwise the incumbent stays, with the ties
                    // broken locally.
                    if (!FirstOptimalLeafByLaneFill())
                    {
                        TiesBrokenLocally = true;
                        BreakTiesLocally();
                    }

                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// After the search: <see cref="ProveAtTheCeilings"/> unless the search itself proved the incumbent (finished, with
        /// every timing decided). A search that finishes while a minutes search stopped at its limit proves the weight but
        /// not the minutes (eight-lane instances 191, 213 and 273 at the default limit: the first stage finishes within its
        /// fiftieth, one component's minutes undecided, while the incumbent already gives the most minutes any agenda can).
        /// </summary>
        private void ProveAtTheCeilingsUnlessProven()
        {
            if (Aborted || !_model.Timing.IsExact)
            {
                ProveAtTheCeilings();
            }
        }

        /// <summary>
        /// After the search stopped at the limit: an incumbent as heavy as any agenda can be (the proven weight, or the
        /// weight bounds) that gives as many topic minutes as any agenda can (<see cref="MostTopicMinutes"/>), moving
        /// nothing, is optimal however far the search got, as <see cref="IsProvenByLaneFill"/> says once both ceilings are
        /// set. Rule 4 then holds as the search's own first optimal leaf when the search found the incumbent, and in its
        /// local form (<see cref="BreakTiesLocally"/>) otherwise. Eight-lane instance 73: every lane full at the proven
        /// weight, found after the lane-by-lane searches, while the search was still exploring the ties.
        /// </summary>
        private void ProveAtTheCeilings()
        {
            var weight = WeightCeiling != long.MaxValue ? WeightCeiling : Math.Min(WeightUpperBound, PackingEvaluation.RootWeightBound(_model));
            if (BestScore.IsWorst || BestScore.Weight < weight || BestScore.Minutes < MostTopicMinutesAt(BestScore.Weight) || (_track && BestScore.Moves > 0))
            {
                return;
            }

            (WeightCeiling, MinutesCeiling) = (BestScore.Weight, BestScore.Minutes);
            if (!_fromSearch)
            {
                TiesBrokenLocally = true;
                BreakTiesLocally();
            }
        }

        /// <summary>Gets whether the incumbent proven by <see cref="FillLanes"/> keeps rule 4 only in its local form (<see cref="BreakTiesLocally"/>).</summary>
        public bool TiesBrokenLocally { get; private set; }

        /// <summary>
        /// Gets whether <see cref="FillLanes"/> proved the incumbent optimal: the most weight and, at that weight, the
        /// most topic minutes any agenda can reach, and no moves (or no previous agenda) for the third objective.
        /// </summary>
        public bool IsProvenByLaneFill => !BestScore.IsWorst && MinutesCeiling != int.MaxValue
            && BestScore.Weight == WeightCeiling && BestScore.Minutes == MinutesCeiling && (!_track || BestScore.Moves == 0);

        /// <summary>
        /// The agenda the search would return (its first optimal leaf: rule 4), for an incumbent proven optimal by
        /// <see cref="FillLanes"/>, decided topic by topic in the search's order: each topic takes the first of its lanes
        /// (then "left out") with which the lane-by-lane search, given every topic decided before it, still finds an
        /// agenda reaching the proven weight and minutes; the last agenda found shows a choice that works, so only the
        /// choices before it are asked. Within a tenth of the first round's share (of the round's before the thirteenth #14
        /// session: eight-lane 48 and 49, then proven in the third round, spent 500,000 nodes each there and did not find it;
        /// no instance of either study set found it with more than 15,434); false when an answer is not proven in time (the
        /// incumbent is then the latest agenda found, as good, whose first topics are the search's). With a previous
        /// agenda the proven incumbent moves nothing, so it is the only optimal agenda.
        /// </summary>
        private bool FirstOptimalLeafByLaneFill()
        {
            if (_track)
            {
                return true;
            }

            var end = Math.Min(_limit, Nodes + _model.Timing.Work + (Math.Min(_share, _firstRoundShare) / 10));
            try
            {
                return FirstOptimalLeafWithin(end);
            }
            finally
            {
                _model.Timing.WorkLimit = long.MaxValue;
            }
        }

        private bool FirstOptimalLeafWithin(long end)
        {
            var witness = Best;
            var decided = new List<(int Topic, int Lane)>();
            foreach (var t in _order)
            {
                foreach (var lane in _model.AllowedLanes[t].Append(-1))
                {
                    if (lane != witness[t])
                    {
                        decided.Add((t, lane));
                        var found = Completion(decided, end);
                        decided.RemoveAt(decided.Count - 1);
                        if (found is null)
                        {
                            // Not decided in time: the latest agenda found, which begins as the search's would.
                            Best = witness;
                            return false;
                        }

                        if (found.Length == 0)
                        {
                            continue;
                        }

                        witness = found;
                    }

                    decided.Add((t, lane));
                    break;
                }
            }

            Best = witness;
            return true;
        }

        /// <summary>
        /// An agenda reaching the proven weight and minutes that begins with the <paramref name="decided"/> topics' lanes;
        /// empty when none exists; null when no lane-by-lane search decided it before <paramref name="end"/> (nodes and
        /// timing work). The lane and topic orders take turns with budgets doubling from a two-thousandth of the round's share.
        /// </summary>
        private int[]? Completion(List<(int Topic, int Lane)> decided, long end)
        {
            var orders = FillOrders;
            var (weight, minutes) = (BestScore.Weight, BestScore.Minutes);
            for (var budget = Math.Max(1, _share / 2_000); ; budget *= 2)
            {
                foreach (var (topics, lanes) in orders)
                {
                    var left = end - Nodes - _model.Timing.Work;
                    if (left <= 0)
                    {
                        return null;
                    }

                    // The timing's searches too stop at the end of the share (eight-lane instance 182 spent 114,000 nodes
                    // here, most in one feasibility search, with a share of 20,000).
                    _model.Timing.WorkLimit = end - Nodes;
                    BeginStage(end);
                    var fill = new LaneFillSearch(_model, _order, topics, lanes);
                    if (!decided.TrueForAll(d => fill.Place(d.Topic, d.Lane)))
                    {
                        // No agenda has this beginning, when the timing that said so is exact.
                        return _model.Timing.IsFeasibilityExact ? [] : null;
                    }

                    fill.RunForMinutes(weight, minutes - 1, Math.Min(budget, left));
                    Nodes += fill.Nodes;
                    if (fill.BestWeight == weight && fill.BestMinutes >= minutes)
                    {
                        return fill.Best;
                    }

                    if (!fill.Aborted)
                    {
                        return _model.Timing.IsExact ? [] : null;
                    }
                }
            }
        }

        /// <summary>
        /// The tie rule's local form, for an agenda proven by <see cref="FillLanes"/> when the search did not reach its own
        /// first optimal leaf: while a topic is left out and a later topic of the same weight (request order) sits in a
        /// lane the earlier one may use, and swapping them keeps every rule with as many topic minutes and no more moves,
        /// they swap. Each swap puts an earlier topic in place of a later one, so it ends.
        /// </summary>
        private void BreakTiesLocally()
        {
            BeginUnsharedStage();
            var n = Best.Length;
            for (var swapped = true; swapped;)
            {
                swapped = false;
                for (var u = 0; u < n && !swapped; u++)
                {
                    if (Best[u] >= 0 || _model.IsAnchor[u] || _model.AllowedLanes[u].Length == 0)
                    {
                        continue;
                    }

                    for (var p = u + 1; p < n && !swapped; p++)
                    {
                        var lane = Best[p];
                        if (lane < 0 || _model.IsAnchor[p] || _model.Units(u) != _model.Units(p) || !_model.MayUse(u, lane))
                        {
                            continue;
                        }

                        var candidate = (int[])Best.Clone();
                        (candidate[u], candidate[p]) = (lane, -1);
                        if (!PackingEvaluation.IsFeasible(_model, candidate))
                        {
                            continue;
                        }

                        var score = PackingEvaluation.Evaluate(_model, candidate);
                        if (score.Weight == BestScore.Weight && score.Minutes >= BestScore.Minutes && score.Moves <= BestScore.Moves)
                        {
                            (Best, BestScore, swapped) = (candidate, score, true);
                        }
                    }
                }
            }
        }

        /// <summary>
        /// More topic minutes for the incumbent's topics by moving and swapping them between lanes
        /// (<see cref="LaneMoveSearch"/>), within a tenth of the round's share (<see cref="_share"/>; a twentieth until the
        /// fourteenth #14 session: eight-lane instance 204, whose heuristic agenda now starts the climb at 655 minutes
        /// instead of 675, reaches the 800 the session cliques prove only with a tenth); a better agenda counts like the
        /// heuristic's. At the proven weight, one that gives <see cref="MostTopicMinutes"/> is proven.
        /// </summary>
        private void ClimbMinutes()
        {
            var budget = Math.Min(_share / 10, _limit - Nodes - _model.Timing.Work);
            if (BestScore.IsWorst || BestScore.Minutes >= MostTopicMinutesAt(BestScore.Weight) || budget <= 0)
            {
                return;
            }

            BeginStage(Nodes + _model.Timing.Work + budget);
            var work = _model.Timing.Work;
            var climbed = LaneMoveSearch.Climb(_model, Best, budget, MostTopicMinutesAt(BestScore.Weight), out var nodes);
            Nodes += nodes - (_model.Timing.Work - work);
            if (climbed is { } better && better.Minutes > BestScore.Minutes)
            {
                Consider(better.LaneOf);
            }

            MinutesAtTheirCeiling();
        }

        /// <summary>
        /// Proves the incumbent optimal by the same branch and bound in another order: the topics with the fewest lanes
        /// first, then the longest (fail first, as in constraint programming), within a <paramref name="share"/>th of
        /// the round's share (<see cref="_share"/>). Ties are not explored (this search only asks whether any agenda
        /// beats the incumbent; a better one it finds becomes the incumbent), so finishing with every timing decided
        /// proves the incumbent's weight and minutes the most (<see cref="WeightCeiling"/>,
        /// <see cref="MinutesCeiling"/>), and the search's own first optimal leaf is then looked for as after any proof
        /// (<see cref="FirstOptimalLeafByLaneFill"/>). Run when the minutes are not proven (and the weight is, by the
        /// incumbent, or not yet). The weight order decides last the topics whose lengths and lanes settle the minutes:
        /// eight-lane instance 247 has every topic at its longest only if a 45-minute talk, which fits nothing but the
        /// five-room session, shares it with a 30-minute one it conflicts with (75 minutes in 70) or sends that one and
        /// its grouped partner where they cannot both fit; by weight the three come 9th, 10th and 16th of 17 and the
        /// search did not finish in 200,000 nodes; fail first proves 510 minutes in 10,645 (after 5,001 in its first,
        /// shorter try).
        /// </summary>
        private void ProveFailFirst(int share)
        {
            if (BestScore.IsWorst || (WeightCeiling != long.MaxValue && BestScore.Weight != WeightCeiling) || MinutesCeiling != int.MaxValue)
            {
                return;
            }

            MinutesAtTheirCeiling();
            if (MinutesCeiling != int.MaxValue)
            {
                return;
            }

            if (_failFirst is null)
            {
                int[] order = [.. _order.OrderBy(t => _model.AllowedLanes[t].Length).ThenByDescending(t => _bestMax[t]).ThenByDescending(_model.Min)];
                _failFirst = (order, BuildIdentical(_model, order));
            }

            _branch = _failFirst.Value;
            _stageLimit = Math.Min(_limit, Nodes + _model.Timing.Work + (_share / share));
            _fromSearch = true;
            BeginStage(_stageLimit);
            Dfs(0);
            if (!Aborted && _model.Timing.IsExact)
            {
                (WeightCeiling, MinutesCeiling) = (BestScore.Weight, BestScore.Minutes);
            }

            _branch = (_order, _identicalBefore);
            Aborted = false;
            _fromSearch = false;
        }

        /// <summary>
        /// Proves the minutes when the incumbent has the proven weight and gives <see cref="MostTopicMinutes"/>: no agenda
        /// gives more (every lane already holds all it can, or the topics are too few, or the cliques too tight, to fill more).
        /// </summary>
        private void MinutesAtTheirCeiling()
        {
            if (WeightCeiling != long.MaxValue && !BestScore.IsWorst && BestScore.Weight == WeightCeiling && MinutesCeiling == int.MaxValue
                && BestScore.Minutes >= MostTopicMinutesAt(BestScore.Weight))
            {
                MinutesCeiling = BestScore.Minutes;
            }
        }

        /// <summary>
        /// A short search for a better incumbent, run when the search did not finish within a fiftieth of the round's share:
        /// the same branch and bound, but each topic tries first the lanes with the most minutes left above the longest
        /// lengths already there (worst fit), within another fiftieth of the round's share. Its agenda counts like the
        /// heuristic's (the search that follows still returns its own first optimal leaf), and its nodes count against the
        /// limit. The search's lane order fills the first lanes with the heaviest topics, past their minutes, and may take
        /// most of the budget to find an agenda that wastes no lane's minutes; worst fit spreads the longest lengths first.
        /// </summary>
        private void Probe()
        {
            _probing = true;
            _stageLimit = Math.Min(_limit, Nodes + _model.Timing.Work + (_share / 50));
            BeginStage(_stageLimit);
            Dfs(0);
            _probing = false;
            Aborted = false;
            _fromSearch = false;
        }

        /// <summary>
        /// Large neighbourhood search from the incumbent, after the probe: for every pair of lanes in turn
        /// (<see cref="ImproveLaneOrder"/>), the topics in
        /// those two lanes and every topic left out are searched again (the same branch and bound) while every other topic
        /// keeps its lane; a better agenda becomes the incumbent and the pass repeats until a pass finds nothing or the
        /// budget (a tenth of the round's share since the eighth #14 session, a twenty-fifth before) is spent. Like the probe's, its agendas count like the heuristic's.
        /// </summary>
        private void Improve()
        {
            var end = Math.Min(_limit, Nodes + _model.Timing.Work + (_share / 10));
            _forced = new int[_laneOf.Length];
            _fromSearch = true;
            while (ImprovePass(end))
            {
            }

            _forced = null;
            _fromSearch = false;
        }

        /// <summary>
        /// The order of the lanes whose pairs <see cref="ImprovePass"/> takes: index order, unless the minutes ceiling at the
        /// incumbent's weight leaves no lane any idle minute (every lane must hold its <see cref="PackingModel.MinutesCap"/>);
        /// then the lanes with the most minutes left under their caps in the incumbent first (its known timings, no search;
        /// the longest lengths where it has none), since an agenda at the ceiling changes every lane that is not full. Eight-lane instance 49: one session of
        /// eight 75-minute rooms, 600 minutes at the proven weight with every room full; the incumbent's one short room
        /// came late in index order, and the search was unproven at 200,000 nodes. Where rooms may idle, index order
        /// stays: eight-lane 204 (80 idle minutes at its ceiling) finds its 800 minutes in its first pair that way, and in
        /// its fifth by minutes left.
        /// </summary>
        private int[] ImproveLaneOrder()
        {
            var lanes = _model.Lanes.Count;
            if (Enumerable.Range(0, lanes).Sum(_model.MinutesCap) > MostTopicMinutesAt(BestScore.Weight))
            {
                return [.. Enumerable.Range(0, lanes)];
            }

            var (_, length) = _model.Timing.LayKnown(Best);
            var left = new int[lanes];
            for (var l = 0; l < lanes; l++)
            {
                left[l] = _model.MinutesCap(l);
            }

            for (var t = 0; t < length.Length; t++)
            {
                if (Best[t] >= 0)
                {
                    left[Best[t]] -= length[t] > 0 ? length[t] : _bestMax[t];
                }
            }

            return [.. Enumerable.Range(0, lanes).OrderByDescending(l => left[l])];
        }

        /// <summary>One pass of <see cref="Improve"/>: whether a neighbourhood found a better agenda before the budget ran out.</summary>
        private bool ImprovePass(long end)
        {
            var lanes = _model.Lanes.Count;
            var byLane = ImproveLaneOrder();
            for (var i = 0; i < lanes; i++)
            {
                for (var j = i + 1; j < lanes; j++)
                {
                    var (a, b) = (byLane[i], byLane[j]);
                    var spent = Nodes + _model.Timing.Work;
                    if (spent >= end)
                    {
                        return false;
                    }

                    for (var t = 0; t < _forced!.Length; t++)
                    {
                        var lane = Best[t];
                        _forced[t] = lane < 0 || lane == a || lane == b ? Free : lane;
                    }

                    var before = BestScore;
                    _stageLimit = Math.Min(end, spent + NeighbourhoodNodes);
                    BeginStage(_stageLimit);
                    Dfs(0);
                    Aborted = false;
                    if (BestScore.IsBetterThan(before))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The lane-pattern bound (<see cref="LagrangianBound"/>) on the weight, run once when the lane-by-lane search's
        /// first try did not prove the weight and the knapsack bound is above the incumbent, within a fiftieth of the round's share
        /// (one node per stretch knapsack): when it is no more than the incumbent's weight, that weight is proven the most;
        /// either way it bounds every node of the searches that follow (<see cref="WeightUpperBound"/>), and an incumbent
        /// that reaches it later is proven (<see cref="FillLanes"/>). Study instance 236, whose knapsack bound of 122 no
        /// search brought down to its 120 within 200,000 nodes, is proven in 140 knapsacks.
        /// </summary>
        private void PriceLanes()
        {
            if (!BestScore.IsWorst && PackingEvaluation.RootWeightBound(_model) <= BestScore.Weight)
            {
                // The knapsack bound already holds the incumbent's weight.
                return;
            }

            var bound = new LagrangianBound(_model);
            var budget = Math.Min(_share / 50, _limit - Nodes - _model.Timing.Work);
            WeightUpperBound = bound.Compute(BestScore.IsWorst ? -1 : BestScore.Weight, budget);
            Nodes += bound.Knapsacks;
            if (!BestScore.IsWorst && BestScore.Weight >= WeightUpperBound)
            {
                WeightCeiling = BestScore.Weight;
            }
        }

        /// <summary>
        /// When the proven weight places every topic: the lane-pattern bound on the minutes
        /// (<see cref="LagrangianMinutesBound"/>), from the second <see cref="FillLanes"/> (which runs once), within a
        /// fiftieth of the round's share (one node per lane knapsack); when it is no more than the incumbent's minutes, they are
        /// proven the most.
        /// </summary>
        private void PriceLanesForMinutes()
        {
            var bound = new LagrangianMinutesBound(_model);
            var budget = Math.Min(_share / 50, _limit - Nodes - _model.Timing.Work);
            var minutes = bound.Compute(BestScore.Minutes, budget);
            Nodes += bound.Knapsacks;
            if (OnGrid(minutes) <= BestScore.Minutes)
            {
                MinutesCeiling = BestScore.Minutes;
            }
        }

        /// <summary>Gets an upper bound on the weight (hundredths) of any agenda from <see cref="PriceLanes"/>, or <see cref="long.MaxValue"/> before it ran.</summary>
        public long WeightUpperBound { get; private set; } = long.MaxValue;

        /// <summary>
        /// The proofs still missing: <see cref="LaneFillSearch"/> in each of its topic and lane orders in turn, starting with a
        /// two-hundredth of the round's share each and doubling every round, first for the weight (within a sixth of the round's share
        /// divided by <paramref name="shareDivisor"/>), then (once the weight is proven) for the topic minutes at that
        /// weight (a twentieth, divided likewise). A better agenda it finds counts like the heuristic's; when one order
        /// finishes with every timing decided, its best is the most any agenda can reach (<see cref="WeightCeiling"/>,
        /// <see cref="MinutesCeiling"/>), and the search that follows bounds every node by it: nodes whose relaxed bounds
        /// are above it go on to the next objective. Cheaper proofs first: an incumbent as heavy as the lane-pattern bound
        /// (<see cref="PriceLanes"/>) has the most weight, and one that gives every lane its whole minutes cap the most
        /// minutes; after the whole budgets, when the proven weight places every topic, the lane-pattern bound on the
        /// minutes (<see cref="PriceLanesForMinutes"/>) has a try.
        /// </summary>
        private void FillLanes(int shareDivisor)
        {
            var orders = FillOrders;
            var start = Nodes + _model.Timing.Work;
            if (WeightCeiling == long.MaxValue && !BestScore.IsWorst && BestScore.Weight >= WeightUpperBound)
            {
                WeightCeiling = BestScore.Weight;
            }

            var weightProven = WeightCeiling != long.MaxValue || Fill(orders, minutes: false, shareDivisor);
            FillWork = (Nodes + _model.Timing.Work - start, 0);
            if (!weightProven || BestScore.IsWorst || BestScore.Weight != WeightCeiling)
            {
                return;
            }

            MinutesAtTheirCeiling();

            if (MinutesCeiling == int.MaxValue && !Fill(orders, minutes: true, shareDivisor) && shareDivisor == 1 && WeightCeiling == AllUnits)
            {
                // The lane-by-lane proof did not finish with its whole budget, after the neighbourhood search.
                PriceLanesForMinutes();
            }

            FillWork = (FillWork.Weight, Nodes + _model.Timing.Work - start - FillWork.Weight);
        }

        /// <summary>Gets the nodes (timing work included) <see cref="FillLanes"/> spent on the weight and on the minutes (for the study tool).</summary>
        public (long Weight, long Minutes) FillWork { get; private set; }

        /// <summary>One proof of <see cref="FillLanes"/> (weight or <paramref name="minutes"/>): whether it finished.</summary>
        private bool Fill((int[] Topics, int[] Lanes)[] orders, bool minutes, int shareDivisor)
        {
            var end = Math.Min(_limit, Nodes + _model.Timing.Work + (_share / (minutes ? 20 : 6) / shareDivisor));
            for (var budget = Math.Max(1, _share / 200); ; budget *= 2)
            {
                foreach (var (topics, lanes) in orders)
                {
                    var left = end - Nodes - _model.Timing.Work;
                    if (left <= 0)
                    {
                        return false;
                    }

                    BeginStage(end);
                    var fill = new LaneFillSearch(_model, _order, topics, lanes);
                    var (weight, topicMinutes) = BestScore.IsWorst ? (-1L, -1) : (BestScore.Weight, BestScore.Minutes);
                    if (minutes)
                    {
                        fill.RunForMinutes(weight, topicMinutes, Math.Min(budget, left));
                    }
                    else
                    {
                        fill.Run(weight, Math.Min(budget, left));
                    }

                    Nodes += fill.Nodes;
                    if (fill.BestWeight > weight || (minutes && fill.BestWeight == weight && fill.BestMinutes > topicMinutes))
                    {
                        Consider(fill.Best);
                    }

                    if (!fill.Aborted && (minutes ? _model.Timing.IsExact : _model.Timing.IsFeasibilityExact))
                    {
                        if (minutes)
                        {
                            MinutesCeiling = Math.Max(fill.BestMinutes, BestScore.Minutes);
                        }
                        else
                        {
                            WeightCeiling = Math.Max(fill.BestWeight, BestScore.IsWorst ? 0 : BestScore.Weight);
                        }

                        return true;
                    }
                }
            }
        }

        /// <summary>Gets the lane-by-lane search's orders, every topic order with every lane order (<see cref="FillLanes"/>, <see cref="Completion"/>), made once.</summary>
        private (int[] Topics, int[] Lanes)[] FillOrders => _fillOrders ??= [.. LaneFillSearch.TopicOrders(_model, _order)
            .SelectMany(topics => LaneFillSearch.LaneOrders(_model, _order).Select(lanes => (topics, lanes)))];

        private (int[] Topics, int[] Lanes)[]? _fillOrders;

        /// <summary>Gets the most weight (hundredths) any agenda can place, once <see cref="FillLanes"/> has proven it; otherwise <see cref="long.MaxValue"/>.</summary>
        public long WeightCeiling { get; private set; } = long.MaxValue;

        /// <summary>Gets the most topic minutes any agenda of <see cref="WeightCeiling"/> can give, once <see cref="FillLanes"/> has proven it; otherwise <see cref="int.MaxValue"/>.</summary>
        public int MinutesCeiling { get; private set; } = int.MaxValue;

        /// <summary>The most nodes one neighbourhood of <see cref="Improve"/> may take.</summary>
        private const int NeighbourhoodNodes = 1_000;

        /// <summary>In <see cref="_forced"/>: the topic is searched.</summary>
        private const int Free = -2;

        /// <summary>While <see cref="Improve"/> runs: per topic, the lane it keeps (-1: out) or <see cref="Free"/>.</summary>
        private int[]? _forced;

        /// <summary>Whether the incumbent probe (<see cref="Probe"/>) is running.</summary>
        private bool _probing;

        /// <summary>The node limit (search and timing work together) of the current stage.</summary>
        private long _stageLimit;

        public void FallBackToAnchors()
        {
            Best = PackingEvaluation.AnchorsOnly(_model, out _);
            BestScore = PackingEvaluation.Evaluate(_model, Best);
            Aborted = true;
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
                previous[t] = _model.IsAnchor[t] ? _model.AnchorLane[t] : lane;
                previous[t] = Math.Max(-1, previous[t]);
            }

            Consider(previous);
        }

        /// <summary>
        /// The first incumbent (the heuristic's agenda): as <see cref="Consider"/>, but with its minutes from searches of at
        /// most <see cref="_firstIncumbentLimit"/> nodes (<see cref="LaneTiming.ProvisionalMinutes"/>) when no previous
        /// agenda is tracked. They are the minutes of a real timing, perhaps not the most: the search cuts with them as with
        /// any incumbent's (a cut never loses a better agenda) and times the same assignment exactly if it gets there, and an
        /// undecided search leaves no mark on <see cref="LaneTiming.IsMinutesExact"/>. Eight-lane instances 126 and 204
        /// spent 55,002 nodes timing the heuristic's agenda, and every proof by the search with it.
        /// </summary>
        private void ConsiderFirst(int[] laneOf) =>
            Consider(laneOf, _track ? null : x => _model.Timing.ProvisionalMinutes(x, _firstIncumbentLimit));

        /// <summary>
        /// The node limit of the heuristic's tentative feasibility checks when it makes the first incumbent: its nodes count
        /// against the search's limit, and eight-lane instance 182 spent 112,287 of its 200,000 in 56 checks that stopped
        /// undecided at the heuristic's own 2,000 (with 250: 128,825 nodes in all, proven as before; the study sets'
        /// proofs and the conference set's agendas are the same).
        /// </summary>
        private const long FirstIncumbentTentativeLimit = 250;

        /// <summary>The most nodes of one component's minutes search for the first incumbent (<see cref="ConsiderFirst"/>).</summary>
        private readonly long _firstIncumbentLimit;

        /// <summary>
        /// Takes a feasible assignment as the incumbent when it is better; the search still returns its own first optimal
        /// leaf. Its minutes come from <paramref name="minutes"/> when given and it finds a timing (otherwise the timing's
        /// most minutes).
        /// </summary>
        private void Consider(int[] laneOf, Func<int[], int>? minutes = null)
        {
            if (!PackingEvaluation.IsFeasible(_model, laneOf))
            {
                return;
            }

            var score = minutes is null ? PackingEvaluation.Evaluate(_model, laneOf) : PackingEvaluation.Evaluate(_model, laneOf, minutes);
            if (score.Minutes < 0)
            {
                score = PackingEvaluation.Evaluate(_model, laneOf);
            }

            if (score.IsBetterThan(BestScore))
            {
                Best = laneOf;
                BestScore = score;
            }
        }

        /// <summary>Per topic: the nearest earlier topic in the search order that is interchangeable with it, or -1.</summary>
        internal static int[] BuildIdentical(PackingModel model, int[] order)
        {
            var result = new int[model.Topics.Length];
            Array.Fill(result, -1);
            for (var k = 0; k < order.Length; k++)
            {
                for (var j = k - 1; j >= 0; j--)
                {
                    if (Interchangeable(model, order[j], order[k]))
                    {
                        result[order[k]] = order[j];
                        break;
                    }
                }
            }

            return result;
        }

        private static bool Interchangeable(PackingModel model, int a, int b)
        {
            var (ra, rb) = (model.Topics[a], model.Topics[b]);
            return model.Units(a) == model.Units(b) && ra.Weight.Equals(rb.Weight) && model.Min(a) == model.Min(b) && model.Max(a) == model.Max(b)
                && model.PreviousLane[a] == -1 && model.PreviousLane[b] == -1
                && model.AllowedLanes[a].AsSpan().SequenceEqual(model.AllowedLanes[b])
                && SameExcept(model.ConflictsWith[a], model.ConflictsWith[b], a, b)
                && SameExcept(model.GroupWith[a], model.GroupWith[b], a, b)
                && model.Predecessors[a].Length + model.Successors[a].Length + model.Predecessors[b].Length + model.Successors[b].Length == 0;
        }

        private static bool SameExcept(int[] x, int[] y, int a, int b) =>
            x.Where(v => v != a && v != b).SequenceEqual(y.Where(v => v != a && v != b));

        private static int[][] BuildSymmetry(PackingModel model)
        {
            var lanes = model.Lanes.Count;
            var result = new int[lanes][];
            var noGroups = model.GroupWith.All(g => g.Length == 0) && model.Predecessors.All(p => p.Length == 0) && model.Request.Previous is null && model.Request.ChangeoverMinutes == 0;
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
            model.AllowedLanes.All(allowed => allowed.Contains(a) == allowed.Contains(b))
            && Enumerable.Range(0, model.Topics.Length).All(t => model.IsTight(t, a) == model.IsTight(t, b));

        private void Dfs(int depth)
        {
            if (Aborted)
            {
                return;
            }

            if (++Nodes + _model.Timing.Work > _stageLimit)
            {
                Aborted = true;
                return;
            }

            if (depth == _branch.Order.Length)
            {
                // The timed minutes are costly: a leaf of the incumbent's weight asks the timing only whether it reaches
                // the minutes it needs to win (cut by the per-lane and root bounds first); a heavier leaf gets them exactly.
                var weight = _weight + _anchorUnits;
                if (weight < BestScore.Weight)
                {
                    return;
                }

                var needed = -1;
                if (weight == BestScore.Weight)
                {
                    var equalWins = _moves < BestScore.Moves || (_moves == BestScore.Moves && MinutesMovedMayWin(BestScore));
                    needed = BestScore.Minutes + (equalWins ? 0 : 1);
                    if (UpperMinutes() < needed || _model.Timing.MinutesBound(_laneOf) < needed)
                    {
                        return;
                    }
                }

                var minutes = needed >= 0 ? _model.Timing.MinutesIfAtLeast(_laneOf, needed) : LeafMinutes();
                if (minutes < 0)
                {
                    return;
                }

                // The minutes moved (the fourth objective) are laid out only with a previous agenda, and only for a leaf
                // that is not already behind on the first three.
                var score = new PackingScore(weight, minutes, _moves);
                if (_track)
                {
                    if (BestScore.IsBetterThan(score with { MinutesMoved = _minutesMovedAtLeast }))
                    {
                        return;
                    }

                    score = score with { MinutesMoved = PackingEvaluation.MinutesMoved(_model, _laneOf) };
                }

                if (score.IsBetterThan(BestScore) || (!_fromSearch && !BestScore.IsBetterThan(score)))
                {
                    BestScore = score;
                    Best = (int[])_laneOf.Clone();
                    _fromSearch = true;
                }

                return;
            }

            if (!CanImprove())
            {
                return;
            }

            var t = _branch.Order[depth];
            _undecided[t] = false;
            _remainingMax -= _bestMax[t];
            var previous = _track ? _model.PreviousLane[t] : -1;
            var forced = _forced is null ? Free : _forced[t];
            var twin = _forced is null ? _branch.Twin[t] : -1; // the neighbourhood search keeps identical topics where they are
            var firstLane = twin >= 0 ? _laneOf[twin] : 0;
            if (forced >= 0)
            {
                TryLane(depth, t, forced, previous);
            }
            else if (forced == Free && (twin < 0 || firstLane >= 0))
            {
                if (previous >= 0 && _model.MayUse(t, previous))
                {
                    TryLane(depth, t, previous, previous);
                }

                var lanes = _model.AllowedLanes[t];
                if (_probing)
                {
                    lanes = [.. lanes.OrderByDescending(l => _model.Lanes[l].Capacity - _usedMax[l]).ThenBy(l => l)];
                }

                foreach (var lane in lanes)
                {
                    if (Aborted)
                    {
                        break;
                    }

                    if (lane == previous || lane < firstLane || IsSymmetricDuplicate(lane))
                    {
                        continue;
                    }

                    TryLane(depth, t, lane, previous);
                }
            }

            if (!Aborted && forced < 0)
            {
                var moved = _track && previous != -1 ? 1 : 0;
                _moves += moved;
                Dfs(depth + 1);
                _moves -= moved;
            }

            _remainingMax += _bestMax[t];
            _undecided[t] = true;
        }

        private bool IsSymmetricDuplicate(int lane)
        {
            if (_forced is not null || _usedMin[lane] != 0 || _usedMax[lane] != 0)
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
            var movedMinutes = _track ? _movedAtLeastIn[(t * _usedMin.Length) + lane] : 0;
            _minutesMovedAtLeast += movedMinutes;
            _laneOf[t] = lane;
            _usedMin[lane] += _model.Min(t);
            _free[lane] -= _model.Min(t);
            _usedMax[lane] += _model.LaneMax(t, lane);
            _weight += _model.Units(t);
            _moves += moved;
            var timedBound = _timedBound;
            _timedBound = -1;
            Dfs(depth + 1);
            _timedBound = timedBound;
            _moves -= moved;
            _minutesMovedAtLeast -= movedMinutes;
            _weight -= _model.Units(t);
            _usedMax[lane] -= _model.LaneMax(t, lane);
            _free[lane] += _model.Min(t);
            _usedMin[lane] -= _model.Min(t);
            _laneOf[t] = -1;
        }

        /// <summary>
        /// A second bound on the topic minutes below this node, for lanes that need timing: the timing's bound on the topics
        /// already assigned (<see cref="LaneTiming.MinutesBound"/>: a timed component's root bound, or its minutes once timed,
        /// which sees the minutes its windows, pins and conflicts cost, where the first bound counts each lane's plain
        /// capacity), plus what the undecided topics can add: per lane the maximum lengths of those that still fit, at most
        /// the lane's minutes minus the shortest lengths already in it, and in total at most <paramref name="more"/>.
        /// Removing topics from a timing keeps it valid, so the assigned topics never get more than their own bound, whatever
        /// joins them. The timing's part is computed once per assignment (leaving a topic out keeps it) and only when the
        /// first bound does not already cut.
        /// </summary>
        private int TimedMinutesBound(int more)
        {
            // CanImprove, the only caller, has just computed each lane's gain at this node.
            var added = 0;
            for (var l = 0; l < _usedMin.Length; l++)
            {
                var room = Math.Min(_free[l], _gain[l]);
                added += room;
                if (_cutRoom.Length > 0)
                {
                    _cutRoom[l] = room;
                }
            }

            added = Math.Min(added, CutBound());

            if (_timedBound < 0)
            {
                _timedBound = _model.Timing.MinutesBound(_laneOf);
            }

            return _timedBound + Math.Min(added, more);
        }

        /// <summary>
        /// A cut bound on what the undecided topics can add to the lanes, given what each lane can take
        /// (<see cref="_cutRoom"/>): each topic goes to one lane that still holds its shortest length and adds at most its
        /// most minutes there, so for any set S of lanes the minutes added are at most the room of the lanes in S plus the
        /// most minutes of the topics that fit a lane outside S (a cut of the flow from topics to lanes). The smallest over
        /// every S (lanes up to 10) sees a topic that fits only a lane with too little room left: a 25–40 minute topic
        /// allowed in one lane with 30 minutes left adds at most 30, where the sum per lane counted its 10 more elsewhere.
        /// </summary>
        private int CutBound()
        {
            var lanes = _cutRoom.Length;
            if (lanes == 0)
            {
                return int.MaxValue;
            }

            if (!_masksKnown)
            {
                _maskCount = 0;
                foreach (var t in _byWeight)
                {
                    if (!_live[t])
                    {
                        continue;
                    }

                    var mask = 0;
                    var most = 0;
                    for (var l = 0; l < lanes; l++)
                    {
                        if (_model.Min(t) <= _free[l] && _model.MayUse(t, l))
                        {
                            mask |= 1 << l;
                            most = Math.Max(most, _model.LaneMax(t, l));
                        }
                    }

                    if (mask == 0)
                    {
                        continue;
                    }

                    var k = Array.IndexOf(_masks, mask, 0, _maskCount);
                    if (k < 0)
                    {
                        k = _maskCount++;
                        _masks[k] = mask;
                        _supply[k] = 0;
                    }

                    _supply[k] += most;
                }

                _masksKnown = true;
            }

            var bound = int.MaxValue;
            _roomSum[0] = 0;
            for (var set = 0; set < _roomSum.Length; set++)
            {
                if (set > 0)
                {
                    var low = System.Numerics.BitOperations.TrailingZeroCount(set);
                    _roomSum[set] = _roomSum[set & (set - 1)] + _cutRoom[low];
                }

                var cut = _roomSum[set];
                for (var k = 0; k < _maskCount && cut < bound; k++)
                {
                    if ((_masks[k] & ~set) != 0)
                    {
                        cut += _supply[k];
                    }
                }

                bound = Math.Min(bound, cut);
            }

            return bound;
        }

        /// <summary>Per lane: the minutes it can still take, for <see cref="CutBound"/> (empty when there are more than 10 lanes).</summary>
        private readonly int[] _cutRoom;

        /// <summary>Per lane: the room above what it already gives, kept for <see cref="CutBound"/> at this node.</summary>
        private readonly int[] _roomCap;

        /// <summary>Per lane, at the node <see cref="CanImprove"/> last bounded: the most minutes of the undecided topics that still fit it.</summary>
        private readonly int[] _gain;

        /// <summary>Per set of lanes: the sum of <see cref="_cutRoom"/> over it.</summary>
        private readonly int[] _roomSum;

        /// <summary>The distinct sets of lanes the undecided topics fit at this node, and the most minutes they bring.</summary>
        private readonly int[] _masks;

        private readonly int[] _supply;

        private int _maskCount;

        /// <summary>Whether <see cref="_masks"/> describe this node.</summary>
        private bool _masksKnown;

        /// <summary>The timing's bound on the topic minutes of the topics assigned so far (-1 until asked at this assignment): leaving a topic out keeps it.</summary>
        private int _timedBound = -1;

        private int LeafMinutes() => _model.Timing.Minutes(_laneOf);

        private int UpperMinutes()
        {
            var minutes = 0;
            for (var l = 0; l < _usedMax.Length; l++)
            {
                minutes += Math.Min(_model.Lanes[l].Capacity, _usedMax[l]);
            }

            return minutes;
        }

        /// <summary>
        /// Per topic, at the node <see cref="CanImprove"/> last bounded: undecided and still placeable as far as its
        /// groupings go (a topic grouped with an assigned topic needs a lane in that topic's session).
        /// </summary>
        private readonly bool[] _live;

        private void MarkLive()
        {
            if (ReferenceEquals(_live, _undecided))
            {
                return;
            }

            foreach (var t in _byWeight)
            {
                var live = _undecided[t];
                if (live)
                {
                    foreach (var u in _model.GroupWith[t])
                    {
                        if (_laneOf[u] >= 0 && !_model.HasLaneInBlock(t, _model.Lanes[_laneOf[u]].BlockIndex))
                        {
                            live = false;
                            break;
                        }
                    }
                }

                _live[t] = live;
            }
        }

        private bool CanImprove()
        {
            if (BestScore.IsWorst)
            {
                return true;
            }

            _masksKnown = false;
            MarkLive();
            var minutes = 0;
            var roomForMore = 0;
            var fittingMax = 0;
            for (var l = 0; l < _usedMin.Length; l++)
            {
                var capacity = _model.MinutesCap(l);
                var given = Math.Min(capacity, _usedMax[l]);
                minutes += given;

                // A lane gains at most the maximum lengths of the undecided topics that still fit in it.
                var gain = 0;
                foreach (var t in _byWeight)
                {
                    if (_live[t] && _model.Min(t) <= _free[l] && _model.MayUse(t, l))
                    {
                        gain += _model.LaneMax(t, l);
                    }
                }

                _gain[l] = gain;
                _roomCap[l] = Math.Min(capacity - given, gain);
                roomForMore += _roomCap[l];
            }

            foreach (var t in _byWeight)
            {
                if (_live[t])
                {
                    fittingMax += _bestMax[t];
                }
            }

            var best = BestScore;
            var decided = _weight + _anchorUnits;
            var weightBound = decided + PackingEvaluation.Bound(_model, _laneOf, _free, _live, _byWeight, _scratch, out var knapsackMinutes);
            var ceiling = Math.Min(WeightCeiling, WeightUpperBound);
            if (weightBound > ceiling)
            {
                // The knapsack's most minutes hold for completions of its own weight only, not for lighter ones.
                weightBound = ceiling;
                knapsackMinutes = int.MaxValue;
            }

            if (weightBound != best.Weight)
            {
                return weightBound > best.Weight;
            }

            var more = Math.Min(knapsackMinutes, Math.Min(fittingMax, _remainingMax));
            if (minutes + Math.Min(roomForMore, more) >= best.Minutes && _cutRoom.Length > 0)
            {
                _roomCap.CopyTo(_cutRoom, 0);
                roomForMore = Math.Min(roomForMore, CutBound());
            }

            var minutesBound = minutes + Math.Min(roomForMore, more);
            if (minutesBound >= best.Minutes && !Cliques.IsEmpty)
            {
                minutesBound = Math.Min(minutesBound, Cliques.Minutes(_laneOf, _live));
            }

            if (minutesBound >= best.Minutes)
            {
                // Timed lanes may not reach their capacity: ask the timing's bound too.
                minutesBound = Math.Min(minutesBound, TimedMinutesBound(more));
            }

            minutesBound = Math.Min(minutesBound, MostTopicMinutesAt(best.Weight));
            if (best.Weight == WeightCeiling)
            {
                minutesBound = Math.Min(minutesBound, MinutesCeiling);
            }

            minutesBound = OnGrid(minutesBound);

            if (minutesBound != best.Minutes)
            {
                return minutesBound > best.Minutes;
            }

            // Until the search has a leaf of its own, an equal bound is worth exploring: the first optimal leaf wins ties.
            // With as many moves (the moves made and those still needed), a leaf may still win on the minutes moved.
            var moves = _track ? _moves + MovesStillNeeded() : _moves;
            return moves < best.Moves || (moves == best.Moves && MinutesMovedMayWin(best));
        }

        /// <summary>
        /// With a previous agenda: the undecided topics that must move whatever happens, because their previous lane is
        /// gone, no longer theirs, or has fewer free minutes than their shortest length (a lower bound on the moves still to come).
        /// </summary>
        private int MovesStillNeeded()
        {
            var needed = 0;
            foreach (var t in _order)
            {
                var previous = _model.PreviousLane[t];
                if (_undecided[t] && previous != -1 && (previous < 0 || _model.Min(t) > _free[previous] || !_model.MayUse(t, previous)))
                {
                    needed++;
                }
            }

            return needed;
        }
    }
}
