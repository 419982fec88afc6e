namespace Summit.Core.Scheduling;

/// <summary>
/// The lane-pattern bound on the weight: each free stretch of each lane (<see cref="PackingModel.FreeStretches"/>) is
/// its own 0/1 knapsack over the topics allowed in that lane at their shortest lengths, and a topic that several
/// stretches choose is paid for by a price per topic (the Lagrangian relaxation of "each topic in at most one place").
/// For any prices λ ≥ 0, the prices plus every stretch's best weight less the prices of its topics is at least the
/// weight of any agenda; the prices are improved by subgradient steps (a topic chosen twice gets dearer, one chosen
/// nowhere cheaper). The topics of a conflict clique (<see cref="WeightCliques"/>) are paid for only as far as their
/// shortest lengths fit their session's span, taken as a knapsack of their prices: a topic chosen by a stretch but
/// not by its clique's knapsack gets dearer, as one chosen twice does. Where the knapsack over all minutes counts
/// lengths that fit the minutes in total but not any lane's own (rooms of 85 minutes and topics of 20, 25 and 30), each
/// stretch here takes only what fits it.
/// </summary>
/// <remarks>
/// Integer arithmetic throughout (prices in 1/1024 of a hundredth, rounded up to whole hundredths when a bound is
/// evaluated), so the same model gives the same bound on every machine. Conflicts, groupings, windows and orders are
/// left out, so the bound holds for every agenda the model allows.
/// </remarks>
internal sealed class LagrangianBound
{
    /// <summary>Price units per hundredth of weight.</summary>
    private const int Scale = 1024;

    /// <summary>Halvings of the step after which it stops (<see cref="SubgradientSteps"/>).</summary>
    private const int MostHalvings = 8;

    /// <summary>Iterations without a better bound before the step is halved.</summary>
    private const int Patience = 10;

    private readonly PackingModel _model;
    private readonly int[] _topics;
    private readonly (int[] Items, int Cells)[] _stretches;
    private readonly long _anchorUnits;
    private readonly long[] _table;
    private readonly WeightCliques _cliques;

    /// <summary>Prepares the bound over the topics that may be placed and the lanes' free stretches.</summary>
    public LagrangianBound(PackingModel model)
    {
        _model = model;
        _topics = model.PlaceableTopics;
        _anchorUnits = model.Anchors.Sum(a => model.Units(a.Topic));
        var stretches = new List<(int[] Items, int Cells)>();
        foreach (var lane in model.Lanes)
        {
            foreach (var minutes in model.FreeStretches(lane.Index))
            {
                int[] items = [.. _topics.Where(t => model.MayUse(t, lane.Index) && model.Min(t) <= minutes)];
                if (items.Length > 0)
                {
                    stretches.Add((items, minutes / model.SizeStep));
                }
            }
        }

        _stretches = [.. stretches];
        _cliques = model.WeightCliques;
        var widest = _stretches.Select(s => (s.Items.Length + 1) * (s.Cells + 1))
            .Concat(Enumerable.Range(0, _cliques.Count).Select(c => (_cliques.Members[c].Length + 1) * (_cliques.Cells[c] + 1)))
            .DefaultIfEmpty().Max();
        _table = new long[widest];
    }

    /// <summary>Gets the knapsacks the last <see cref="Compute"/> solved (one per stretch per step), for the caller's work count.</summary>
    public long Knapsacks { get; private set; }

    /// <summary>
    /// The smallest bound (hundredths: the anchors' weight plus a multiple of <see cref="PackingModel.WeightStep"/>) found within
    /// <paramref name="maxKnapsacks"/> stretch knapsacks (at least one step); it stops as soon as the bound is at most
    /// <paramref name="target"/> (an incumbent's weight: then proven the most), or when the steps no longer move the prices.
    /// </summary>
    public long Compute(long target, long maxKnapsacks)
    {
        Knapsacks = 0;
        var n = _model.Topics.Length;
        var prices = new long[n];
        var price = new long[n];
        var gain = new long[n];
        var chosen = new int[n];
        var (low, high) = (new long[n], new long[n]);
        foreach (var t in _topics)
        {
            // A price above the weight never helps: the topic is then chosen nowhere.
            high[t] = _model.Units(t) * Scale;
        }

        var taken = new int[n];
        Array.Fill(taken, 1);
        var steps = new SubgradientSteps(Patience, MostHalvings);
        var weightStep = _model.WeightStep;
        for (var step = 0; (step == 0 || Knapsacks + _stretches.Length <= maxKnapsacks) && !steps.Stopped; step++)
        {
            Array.Clear(chosen);
            var total = _anchorUnits;
            foreach (var t in _topics)
            {
                price[t] = (prices[t] + Scale - 1) / Scale;
                gain[t] = _model.Units(t) - price[t];
                total += _cliques.CliqueOf[t] < 0 ? price[t] : 0;
            }

            for (var c = 0; c < _cliques.Count; c++)
            {
                // A clique pays back at most the prices of those of its topics that fit its span, one after another.
                foreach (var t in _cliques.Members[c])
                {
                    taken[t] = 0;
                }

                total += Knapsack(_cliques.Members[c], _cliques.Cells[c], price, taken);
            }

            foreach (var (items, cells) in _stretches)
            {
                total += Knapsack(items, cells, gain, chosen);
            }

            Knapsacks += _stretches.Length;
            // The searched topics' weights are multiples of the step (the anchors' need not be).
            steps.Record(_anchorUnits + ((total - _anchorUnits) / weightStep * weightStep));
            if (steps.Best <= target || !steps.Move(_topics, chosen, taken, prices, (total - target) * Scale, low, high))
            {
                break;
            }
        }

        return steps.Best;
    }

    /// <summary>The 0/1 knapsack of the positive <paramref name="value"/>s of <paramref name="items"/> at their shortest lengths over <paramref name="cells"/>; adds each chosen topic to <paramref name="chosen"/>.</summary>
    private long Knapsack(int[] items, int cells, long[] value, int[] chosen)
    {
        var width = cells + 1;
        var table = _table;
        Array.Clear(table, 0, width);
        for (var j = 0; j < items.Length; j++)
        {
            var t = items[j];
            var size = _model.Min(t) / _model.SizeStep;
            var (from, to) = (j * width, (j + 1) * width);
            for (var c = 0; c < width; c++)
            {
                var keep = table[from + c];
                table[to + c] = value[t] > 0 && c >= size && table[from + c - size] + value[t] > keep ? table[from + c - size] + value[t] : keep;
            }
        }

        var cell = cells;
        for (var j = items.Length - 1; j >= 0; j--)
        {
            if (table[((j + 1) * width) + cell] != table[(j * width) + cell])
            {
                chosen[items[j]]++;
                cell -= _model.Min(items[j]) / _model.SizeStep;
            }
        }

        return table[(items.Length * width) + cells];
    }
}
