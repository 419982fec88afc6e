namespace Summit.Core.Scheduling;

/// <summary>
/// Disjoint cliques of the conflict graph (listed conflicts and shared presenters: never at the same time) whose topics
/// may only use the lanes of one session, built greedily by falling most minutes; only those whose most minutes exceed
/// the session's span are kept. The topics of such a clique run one after the other inside the session, so together
/// they take at most its span, wherever they are placed: five conflicting topics wanting 140 minutes in a 110-minute
/// session with three rooms give at most 110, which no lane's capacity shows (study instance 52).
/// </summary>
internal sealed class SessionCliques
{
    private readonly PackingModel _model;
    private readonly int[] _bestMax;
    private readonly int[] _spans = [];

    /// <summary>Per topic: the index of its clique, or -1.</summary>
    private readonly int[] _cliqueOf;

    /// <summary>Per clique: scratch for the minutes its topics can bring at a node.</summary>
    private readonly int[] _minutes = [];

    /// <summary>Builds the cliques; <paramref name="bestMax"/> holds, per searched topic, its most minutes in any lane it may use.</summary>
    public SessionCliques(PackingModel model, int[] bestMax)
    {
        _model = model;
        _bestMax = bestMax;
        var n = model.Topics.Length;
        _cliqueOf = new int[n];
        Array.Fill(_cliqueOf, -1);

        // Candidates: topics with a conflict whose lanes (or pinned lane) all lie in one session.
        var blockOf = new int[n];
        var candidates = new List<int>();
        for (var t = 0; t < n; t++)
        {
            var lanes = model.LanesOf(t);
            blockOf[t] = lanes.Length == 0 || model.ConflictsWith[t].Length == 0 ? -1 : model.Lanes[lanes[0]].BlockIndex;
            foreach (var l in lanes)
            {
                if (model.Lanes[l].BlockIndex != blockOf[t])
                {
                    blockOf[t] = -1;
                    break;
                }
            }

            if (blockOf[t] >= 0)
            {
                candidates.Add(t);
            }
        }

        if (candidates.Count < 2)
        {
            return;
        }

        candidates.Sort((a, b) => Most(b) != Most(a) ? Most(b).CompareTo(Most(a)) : a.CompareTo(b));
        int Span(int block) => model.BlockSpan(block).End - model.BlockSpan(block).Start;
        var cliques = ConflictCliques.Greedy(model, candidates, (first, u) => blockOf[u] == blockOf[first], clique => clique.Sum(Most) > Span(blockOf[clique[0]]));
        for (var c = 0; c < cliques.Count; c++)
        {
            foreach (var t in cliques[c])
            {
                _cliqueOf[t] = c;
            }
        }

        _spans = [.. cliques.Select(clique => Span(blockOf[clique[0]]))];
        _minutes = new int[_spans.Length];
    }

    /// <summary>Gets whether there is no such clique (then <see cref="Minutes"/> bounds nothing the lanes do not).</summary>
    public bool IsEmpty => _spans.Length == 0;

    /// <summary>
    /// The most topic minutes of an agenda completing <paramref name="laneOf"/>: every assigned topic its most minutes in
    /// its lane, every <paramref name="live"/> one its most minutes in its best lane, each clique at most its session's span.
    /// </summary>
    public int Minutes(int[] laneOf, bool[] live)
    {
        Array.Clear(_minutes);
        var total = 0;
        for (var t = 0; t < laneOf.Length; t++)
        {
            var minutes = laneOf[t] >= 0 ? _model.LaneMax(t, laneOf[t]) : live[t] ? _bestMax[t] : 0;
            if (_cliqueOf[t] >= 0)
            {
                _minutes[_cliqueOf[t]] += minutes;
            }
            else
            {
                total += minutes;
            }
        }

        for (var c = 0; c < _spans.Length; c++)
        {
            total += Math.Min(_spans[c], _minutes[c]);
        }

        return total;
    }

    private int Most(int t) => _model.IsAnchor[t] ? _model.LaneMax(t, _model.AnchorLane[t]) : _bestMax[t];
}
