using System.Diagnostics;
using System.Globalization;
using Summit.Core.Scheduling;
using Summit.Core.Tests.Scheduling;

namespace Summit.Core.Benchmarks.Scheduling;

/// <summary>
/// <c>--packing-study [first] [count] [nodeLimit]</c>: packs the committed study set (with environment
/// <c>STUDY_SET=eight-lanes</c>, the eight-lane set; <c>STUDY_SET=conference</c>, the conference set; so do the other
/// modes) instance by instance with the exact
/// packer and prints, per instance, the stopwatch time, search nodes and proof, then the proven share, median and maximum.
/// A look at the distribution; the figures that count are BenchmarkDotNet's (<see cref="ExactStudyBenchmarks"/>).
/// <c>--conference-study [--hundred]</c> packs Conference(0..19) and the largest (or the six 100-talk instances) with both packers;
/// <c>--repack-study [first] [count] [nodeLimit]</c> re-packs each instance after three changes, with its first agenda as the previous one (<see cref="RepackStudy"/>);
/// <c>--packing-detail i [nodeLimit]</c> prints one instance's agenda lane by lane with the search's figures (200,000 nodes unless given);
/// <c>--repeat i n</c> packs instance i n times in one process and prints the fastest, median and slowest time (steady state, after tiering);
/// <c>--lagrangian steps i...</c> and <c>--minutes-bound knapsacks i...</c> print the lane-pattern bounds on the weight and the minutes beside the packer's result (the minutes of <c>Conference(i)</c> with environment <c>STUDY_SET=conference</c>);
/// <c>--relax i</c> packs instance i as is and with one kind of rule removed at a time (conflicts, groupings, presenters, windows, orders, start pins, rooms), to see which rules decide its optimum and its difficulty;
/// <c>--lane-fill nodeLimit i...</c> runs the lane-by-lane search alone (<see cref="LaneFillSearch"/>; environment
/// <c>FILL_ORDER</c> = index into its lane orders, <c>FILL_TOPICS=long</c> for its second topic order, <c>FILL_MODE=minutes</c> to search for minutes from the packer's agenda).
/// </summary>
public static class PackingStudy
{
    /// <summary>Runs the study when the first argument asks for it.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>Whether it ran.</returns>
    public static bool TryRun(string[] args)
    {
        if (args.FirstOrDefault() == "--packing-detail")
        {
            var nodeLimit = args.Length > 2 ? long.Parse(args[2], CultureInfo.InvariantCulture) : 200_000;
            var model = PackingModel.Build(StudyInstance(int.Parse(args[1], CultureInfo.InvariantCulture)) with { SearchNodeLimit = nodeLimit }).Value;
            var search = new ExactPacker.Search(model, model.Request.SearchNodeLimit);
            var watch = Stopwatch.StartNew();
            search.Run();
            var t = model.Timing;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{watch.Elapsed.TotalMilliseconds:F1} ms, {search.Nodes} nodes, aborted {search.Aborted}, exact timing {t.IsExact}, root bound {PackingEvaluation.RootWeightBound(model)}, ceilings {search.WeightCeiling}/{search.MinutesCeiling} fill {search.FillWork} ties {(search.TiesBrokenLocally ? "local" : "search")}; searches {t.Searches} (minutes {t.MinutesSearches}); feasibility nodes {t.FeasibilityNodes}, minutes nodes {t.MinutesNodes}; insertions {t.Insertions}; lanes {model.Lanes.Count}; minutes {search.BestScore.Minutes}, lane caps {Enumerable.Range(0, model.Lanes.Count).Sum(model.MinutesCap)}, by count {PackingEvaluation.MinutesByCountBound(model)}, most {search.MostTopicMinutes}"));
            foreach (var lane in model.Lanes)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lane {lane.Index} {lane.Block.Id}/{lane.Room} {lane.StartMinute}-{lane.EndMinute} cap {lane.Capacity}"));
                for (var u = 0; u < search.Best.Length; u++)
                {
                    if (search.Best[u] == lane.Index)
                    {
                        var r = model.Topics[u];
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"   {r.Id} {model.Min(u)}-{model.Max(u)} w{r.Weight} lanes[{string.Join(",", model.AllowedLanes[u])}] windows[{string.Join(",", model.WindowStart[u].Zip(model.WindowEnd[u]).Select(x => $"{x.First}-{x.Second}"))}] conflicts[{string.Join(",", model.ConflictsWith[u].Where(x => search.Best[x] >= 0).Select(x => model.Topics[x].Id + "@" + search.Best[x]))}] anchor {model.AnchorLane[u]} group[{string.Join(",", model.GroupWith[u].Select(x => model.Topics[x].Id))}] after[{string.Join(",", model.Predecessors[u].Select(x => model.Topics[x].Id))}] prev {model.PreviousLane[u]} pin {r.PinnedStart}"));
                    }
                }
            }

            for (var u = 0; u < search.Best.Length; u++)
            {
                if (search.Best[u] < 0)
                {
                    var r = model.Topics[u];
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"out {r.Id} {model.Min(u)}-{model.Max(u)} w{r.Weight} lanes[{string.Join(",", model.AllowedLanes[u])}] windows[{string.Join(",", model.WindowStart[u].Zip(model.WindowEnd[u]).Select(x => $"{x.First}-{x.Second}"))}] conflicts[{string.Join(",", model.ConflictsWith[u].Select(x => model.Topics[x].Id + "@" + search.Best[x]))}]"));
                }
            }

            return true;
        }

        if (args.FirstOrDefault() == "--relax")
        {
            var i0 = int.Parse(args[1], CultureInfo.InvariantCulture);
            var baseReq = StudyInstance(i0) with { SearchNodeLimit = 200_000 };
            var variants = new (string, Func<SlotRequest, SlotRequest>)[]
            {
                ("as is", r => r),
                ("no conflicts", r => r with { Conflicts = [] }),
                ("no groups", r => r with { SameSessionAs = [] }),
                ("no presenters", r => r with { Presenters = [] }),
                ("no windows", r => r with { Availability = [] }),
                ("no after", r => r with { After = [] }),
                ("no start pins", r => r with { PinnedStart = null }),
                ("no rooms", r => r with { AllowedRooms = [] }),
            };
            foreach (var (name, f) in variants)
            {
                var req = baseReq with { Requests = [.. baseReq.Requests.Select(f)] };
                var res = Packers.Exact.Pack(req);
                var o = res.Value.Objective;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-14} weight {o.PlacedWeight} minutes {o.TopicMinutes} bound {o.WeightUpperBound} proven {res.Value.IsProvenOptimal} nodes {o.SearchNodes}"));
            }

            return true;
        }

        if (args.FirstOrDefault() == "--repeat")
        {
            var req = StudyInstance(int.Parse(args[1], CultureInfo.InvariantCulture)) with { SearchNodeLimit = 200_000 };
            var ts = new List<double>();
            for (var k = 0; k < int.Parse(args[2], CultureInfo.InvariantCulture); k++)
            {
                var w = Stopwatch.StartNew();
                Packers.Exact.Pack(req);
                ts.Add(w.Elapsed.TotalMilliseconds);
            }

            ts.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"min {ts[0]:F1} median {ts[ts.Count / 2]:F1} max {ts[^1]:F1}"));
            return true;
        }

        if (args.FirstOrDefault() == "--lagrangian")
        {
            foreach (var i0 in args.Skip(2).Select(a => int.Parse(a, CultureInfo.InvariantCulture)))
            {
                var model = PackingModel.Build(StudyInstance(i0)).Value;
                var packed = Packers.Exact.Pack(StudyInstance(i0) with { SearchNodeLimit = 200_000 }).Value;
                var target = (long)Math.Round(packed.Objective.PlacedWeight * 100);
                var watch = Stopwatch.StartNew();
                var bound = new LagrangianBound(model);
                var value = bound.Compute(target, int.Parse(args[1], CultureInfo.InvariantCulture));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i0}: optimum {target} knapsack {PackingEvaluation.RootWeightBound(model)} lagrangian {value} knapsacks {bound.Knapsacks} {watch.Elapsed.TotalMilliseconds:F2} ms proven {packed.IsProvenOptimal}"));
            }

            return true;
        }

        if (args.FirstOrDefault() == "--minutes-bound")
        {
            foreach (var i0 in args.Skip(2).Select(a => int.Parse(a, CultureInfo.InvariantCulture)))
            {
                var request = StudyInstance(i0);
                var model = PackingModel.Build(request).Value;
                var packed = Packers.Exact.Pack(request with { SearchNodeLimit = 200_000 }).Value;
                var watch = Stopwatch.StartNew();
                var bound = new LagrangianMinutesBound(model);
                var value = bound.Compute(packed.Objective.TopicMinutes, int.Parse(args[1], CultureInfo.InvariantCulture));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i0}: minutes {packed.Objective.TopicMinutes} caps {Enumerable.Range(0, model.Lanes.Count).Sum(model.MinutesCap)} lagrangian {value} knapsacks {bound.Knapsacks} {watch.Elapsed.TotalMilliseconds:F2} ms proven {packed.IsProvenOptimal} placed all {packed.Unplaced.Length == 0}"));
            }

            return true;
        }

        if (args.FirstOrDefault() == "--lane-fill")
        {
            var fillLimit = long.Parse(args[1], CultureInfo.InvariantCulture);
            foreach (var i in args.Skip(2).Select(a => int.Parse(a, CultureInfo.InvariantCulture)))
            {
                var model = PackingModel.Build(StudyInstance(i)).Value;
                var heuristic = HeuristicPacker.Solve(model, out _);
                var incumbent = PackingEvaluation.Evaluate(model, heuristic).Weight;
                var order = Enumerable.Range(0, model.Topics.Length).Where(t => !model.IsAnchor[t] && model.AllowedLanes[t].Length > 0)
                    .OrderByDescending(model.Units).ThenBy(t => t).ToArray();
                var fill = new LaneFillSearch(model, order, LaneFillSearch.TopicOrders(model, order)[Environment.GetEnvironmentVariable("FILL_TOPICS") == "long" ? 1 : 0], (Environment.GetEnvironmentVariable("FILL_LANES") is { } given ? given.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray() : LaneFillSearch.LaneOrders(model, order)[int.Parse(Environment.GetEnvironmentVariable("FILL_ORDER") ?? "0", CultureInfo.InvariantCulture)]));
                var watch = Stopwatch.StartNew();
                if (Environment.GetEnvironmentVariable("FILL_MODE") == "minutes")
                {
                    var packed = Packers.Exact.Pack(StudyInstance(i) with { SearchNodeLimit = 200_000 }).Value.Objective;
                    incumbent = (long)Math.Round(packed.PlacedWeight * 100);
                    fill.RunForMinutes(incumbent, packed.TopicMinutes, fillLimit);
                }
                else
                {
                    fill.Run(incumbent, fillLimit);
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{i,4} incumbent {incumbent / 100.0} best {fill.BestWeight / 100.0}/{fill.BestMinutes} {(fill.Aborted ? "stopped" : model.Timing.IsFeasibilityExact ? "PROVEN" : "inexact")} nodes {fill.Nodes} timing {model.Timing.Work} {watch.Elapsed.TotalMilliseconds:F1} ms"));
            }

            return true;
        }

        if (args.FirstOrDefault() == "--conference-study")
        {
            var instances = Enumerable.Range(0, 20).Select(i => ($"Conference({i})", PackingInstances.Conference(i))).Append(("Conference100", PackingInstances.ConferenceLargest()));
            if (args.Skip(1).FirstOrDefault() == "--hundred")
            {
                instances = new[] { (3, 2), (3, 3), (4, 2), (4, 3), (6, 2), (6, 3) }.Select(x => ($"100 x {x.Item1} x {x.Item2}", PackingInstances.Conference(100, x.Item1, x.Item2)));
            }

            foreach (var (name, request) in instances)
            {
                foreach (var packer in new[] { Packers.Heuristic, Packers.Exact })
                {
                    var r = packer == Packers.Exact ? request with { SearchNodeLimit = 200_000 } : request;
                    packer.Pack(r);
                    var watch = Stopwatch.StartNew();
                    var result = packer.Pack(r);
                    watch.Stop();
                    var o = result.Value.Objective;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{name,-16} {request.Requests.Length,3} talks {packer.Name,-9} {watch.Elapsed.TotalMilliseconds,9:F1} ms  placed {o.PlacedTopics,3}  minutes {o.TopicMinutes}  weight {o.PlacedWeight} bound {o.WeightUpperBound} gap {o.Gap:P2} proven {result.Value.IsProvenOptimal}"));
                }
            }

            return true;
        }

        if (args.FirstOrDefault() == "--repack-study")
        {
            RepackStudy(args);
            return true;
        }

        if (args.FirstOrDefault() != "--packing-study")
        {
            return false;
        }

        int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
        var first = Arg(1, 0);
        var count = Arg(2, PackingInstances.StudySize);
        var limit = Arg(3, 200_000);
        var times = new List<double>();
        var proven = 0;
        var weightProven = 0;
        for (var i = 0; i < 30; i++)
        {
            // Warm-up of the code paths every instance shares, so that the first instances are not timed in tier-0 code.
            Packers.Exact.Pack(StudyInstance(i) with { SearchNodeLimit = 20_000 });
        }

        for (var i = first; i < first + count; i++)
        {
            var request = StudyInstance(i) with { SearchNodeLimit = limit };
            Packers.Exact.Pack(request); // warm-up of this instance's code paths
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var result = Packers.Exact.Pack(request);
            watch.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            var ms = watch.Elapsed.TotalMilliseconds;
            times.Add(ms);
            var ok = result.IsSuccess && result.Value.IsProvenOptimal;
            proven += ok ? 1 : 0;
            weightProven += result.IsSuccess && result.Value.Objective.Gap == 0 ? 1 : 0;
            var detail = result.IsSuccess
                ? string.Create(CultureInfo.InvariantCulture, $"{result.Value.Objective.SearchNodes,9} nodes  weight {result.Value.Objective.PlacedWeight} bound {result.Value.Objective.WeightUpperBound} minutes {result.Value.Objective.TopicMinutes} allocated {allocated / 1048576.0:F1} MB layout {Layout(result.Value)}")
                : "failed: " + result.Errors[0].Message;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i,4} {request.Requests.Length,3} topics {ms,9:F2} ms  {(ok ? "proven  " : "UNPROVEN")}  {detail}"));
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"proven {proven}/{count}; weight proven (gap 0) {weightProven}/{count}; median {times[times.Count / 2]:F2} ms; 90th {times[(int)(times.Count * 0.9)]:F2} ms; max {times[^1]:F2} ms"));
        return true;
    }

    /// <summary>Study instance <paramref name="index"/>, or with environment <c>STUDY_SET=eight-lanes</c> <see cref="PackingInstances.StudyEightLanes"/>, or with <c>STUDY_SET=conference</c> <see cref="PackingInstances.Conference(int)"/>.</summary>
    private static PackingRequest StudyInstance(int index) => Environment.GetEnvironmentVariable("STUDY_SET") switch
    {
        "eight-lanes" => PackingInstances.StudyEightLanes(index),
        "conference" => PackingInstances.Conference(index),
        _ => PackingInstances.Study(index),
    };

    /// <summary>
    /// <c>--repack-study [first] [count] [nodeLimit]</c>: packs each study instance, then re-packs it with that agenda as
    /// <see cref="PackingRequest.Previous"/> after three changes an organizer makes (the heaviest placed topic withdrawn;
    /// a new 15–30-minute topic of median weight; the lightest placed topic's weight doubled), and prints per re-pack the
    /// time, nodes, proof, moved topics and minutes moved, then the proven share, the median and maximum time, and the
    /// total minutes moved.
    /// </summary>
    private static void RepackStudy(string[] args)
    {
        int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
        var (first, count, limit) = (Arg(1, 0), Arg(2, PackingInstances.StudySize), Arg(3, 200_000));
        var times = new List<double>();
        var (proven, total, minutesMoved, moved) = (0, 0, 0L, 0L);
        for (var i = first; i < first + count; i++)
        {
            var request = StudyInstance(i) with { SearchNodeLimit = limit };
            var before = Packers.Exact.Pack(request);
            if (before.IsFailed || before.Value.Topics.Count() == 0)
            {
                continue;
            }

            var placed = before.Value.Topics.Select(t => t.TopicId!).ToHashSet(StringComparer.Ordinal);
            var heaviest = request.Requests.Where(r => placed.Contains(r.Id)).MaxBy(r => r.Weight)!;
            var lightest = request.Requests.Where(r => placed.Contains(r.Id)).MinBy(r => r.Weight)!;
            var median = request.Requests.Select(r => r.Weight).Order().ElementAt(request.Requests.Length / 2);
            var changes = new (string Name, PackingRequest Changed)[]
            {
                ("withdraw", PackingInstances.Without(request, heaviest.Id)),
                ("add", request with { Requests = [.. request.Requests, new SlotRequest("new", "New topic") { Weight = median }] }),
                ("reweigh", request with { Requests = [.. request.Requests.Select(r => r.Id == lightest.Id ? r with { Weight = r.Weight * 2 } : r)] }),
            };
            foreach (var (name, changed) in changes)
            {
                var repack = changed with { Previous = before.Value };
                Packers.Exact.Pack(repack); // warm-up
                var watch = Stopwatch.StartNew();
                var result = Packers.Exact.Pack(repack);
                watch.Stop();
                total++;
                times.Add(watch.Elapsed.TotalMilliseconds);
                if (result.IsFailed)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i,4} {name,-8} failed: {result.Errors[0].Message}"));
                    continue;
                }

                var o = result.Value.Objective;
                proven += result.Value.IsProvenOptimal ? 1 : 0;
                (minutesMoved, moved) = (minutesMoved + o.MinutesMoved, moved + o.MovedTopics);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{i,4} {name,-8} {watch.Elapsed.TotalMilliseconds,9:F2} ms  {(result.Value.IsProvenOptimal ? "proven  " : "UNPROVEN")} {o.SearchNodes,9} nodes  weight {o.PlacedWeight} minutes {o.TopicMinutes} moved {o.MovedTopics} minutes moved {o.MinutesMoved} layout {Layout(result.Value)}"));
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"proven {proven}/{total}; median {times[times.Count / 2]:F2} ms; 90th {times[(int)(times.Count * 0.9)]:F2} ms; max {times[^1]:F2} ms; moved topics {moved}; minutes moved {minutesMoved}"));
    }

    /// <summary>A short fingerprint of which topic is where (block, room, start, end), to compare agendas across code versions.</summary>
    private static string Layout(Agenda agenda)
    {
        var text = string.Join(";", agenda.Topics.OrderBy(i => i.TopicId, StringComparer.Ordinal).Select(i => $"{i.TopicId}@{i.BlockId}/{i.Room}/{i.Start}/{i.End}"));
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture)[..8];
    }
}
