using System.Diagnostics;
using System.Globalization;
using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;
using Summit.Core.Tests.Scheduling;
using Xunit.Abstractions;

namespace Summit.Core.Scheduling.Reference.Tests.Scheduling;

/// <summary>
/// Issue 14: both packers against the CP-SAT optimum of the natural model on seeded instances. Every agenda keeps the
/// hard rules; a proven exact agenda equals the natural optimum; an unproven one is no better and its bound holds; the
/// heuristic never claims a proof and its bound holds.
/// </summary>
public sealed class NaturalModelDifferentialTests(ITestOutputHelper output)
{
    /// <summary>How many of <see cref="PackingInstances.Small"/> (2–6 topics) are checked.</summary>
    private const int SmallCount = 200;

    /// <summary>How many of <see cref="PackingInstances.Study"/> (5–30 topics, up to 7 lanes) are checked.</summary>
    private const int StudyCount = 100;

    /// <summary>How many of <see cref="PackingInstances.Small"/> are checked with room rules (<see cref="PackingInstances.WithRoomRules"/>).</summary>
    private const int RoomRulesSmallCount = 100;

    /// <summary>How many of <see cref="PackingInstances.Study"/> are checked with room rules.</summary>
    private const int RoomRulesStudyCount = 30;

    /// <summary>How many of <see cref="PackingInstances.Small"/> are checked with orders (<see cref="PackingInstances.WithOrders"/>).</summary>
    private const int OrdersSmallCount = 100;

    /// <summary>How many of <see cref="PackingInstances.Study"/> are checked with orders.</summary>
    private const int OrdersStudyCount = 30;

    /// <summary>The least share of instances CP-SAT must solve to optimality, so the test cannot pass by comparing nothing.</summary>
    private const double ConclusiveFloor = 0.9;

    /// <summary>
    /// The exact packer's node limit here, as in <c>ExactPackerIssue14Tests</c>. Sound for every assertion (a proof is a
    /// proof at any limit, and an unproven agenda is still checked against its bound); it keeps the run short: in
    /// Study(0..99) only Study(38) needs more (every other instance is proven within 120,000 nodes), and it stays
    /// unproven at the default 5,000,000 nodes too, after about 20 s.
    /// </summary>
    private const long SearchNodeLimit = 200_000;

    /// <summary>How many failures the message lists in full.</summary>
    private const int ListedFailures = 40;

    [Fact]
    public void Packers_OnSeededInstances_AgreeWithTheCpSatOptimumOfTheNaturalModel() =>
        Compare(Instances(SmallCount, StudyCount, null, (request, _) => request));

    /// <summary>The same comparison with seeded room rules (availability windows, seats) and expected interest.</summary>
    [Fact]
    public void Packers_WithRoomRules_AgreeWithTheCpSatOptimumOfTheNaturalModel() =>
        Compare(Instances(RoomRulesSmallCount, RoomRulesStudyCount, "WithRoomRules", PackingInstances.WithRoomRules));

    /// <summary>The same comparison with seeded orders between topics (<see cref="PackingInstances.WithOrders"/>).</summary>
    [Fact]
    public void Packers_WithOrders_AgreeWithTheCpSatOptimumOfTheNaturalModel() =>
        Compare(Instances(OrdersSmallCount, OrdersStudyCount, "WithOrders", PackingInstances.WithOrders));

    /// <summary>
    /// The study instances beyond <see cref="StudyCount"/> that the exact packer did not prove within 200,000 nodes before
    /// the lane-by-lane search (docs/performance.md; 236 is left out: CP-SAT does not prove it within a minute). Since
    /// the seventh #14 session all are proven, each by the lane-by-lane proofs, the pinned lanes first (133) or the
    /// lane-pattern bound: a proof here must equal CP-SAT's optimum. Measured before: the agenda was already optimal on
    /// 133, 134, 135, 153 and 225, one or two votes short on 111, 116 and 259, five minutes short on 137.
    /// </summary>
    private static readonly int[] UnprovenStudy = [111, 116, 133, 134, 135, 137, 153, 225, 259];

    /// <summary>The hardest instances: a proven agenda equals the optimum; an unproven one is never better, and its weight bound holds.</summary>
    [Fact]
    public void ExactPacker_OnTheUnprovenStudyInstances_StaysWithinTheCpSatOptimumAndItsBound() =>
        Compare([.. UnprovenStudy.Select(i => ($"Study({i})", PackingInstances.Study(i) with { SearchNodeLimit = SearchNodeLimit }))]);

    /// <summary>The first <paramref name="small"/> small and <paramref name="study"/> study instances, each passed through <paramref name="decorate"/> (with its index) and named after it.</summary>
    private static List<(string Name, PackingRequest Request)> Instances(int small, int study, string? label, Func<PackingRequest, int, PackingRequest> decorate)
    {
        string Name(string inner) => label is null ? inner : $"{label}({inner})";
        return [.. Enumerable.Range(0, small).Select(i => (Name($"Small({i})"), decorate(PackingInstances.Small(i), i)))
            .Concat(Enumerable.Range(0, study).Select(i => (Name($"Study({i})"), decorate(PackingInstances.Study(i), i))))
            .Select(x => (x.Item1, x.Item2 with { SearchNodeLimit = SearchNodeLimit }))];
    }

    private void Compare(List<(string Name, PackingRequest Request)> instances)
    {
        var failures = new List<string>();
        var tally = new Tally();
        var clock = Stopwatch.StartNew();

        foreach (var (name, request) in instances)
        {
            Check(name, request, failures, tally);
        }

        if (tally.Compared < ConclusiveFloor * instances.Count)
        {
            failures.Add($"Only {tally.Compared} of {instances.Count} instances were solved to optimality by CP-SAT (at least {ConclusiveFloor:P0} needed for a meaningful comparison).");
        }

        // The whole picture in the test output (dotnet test --logger "console;verbosity=detailed"), every failure included;
        // the comparisons first, the hard-rule breaks after them.
        var ordered = failures.OrderBy(f => f.Contains(" agenda breaks ", StringComparison.Ordinal)).ToList();
        var summary = tally.Summary(instances.Count, clock.Elapsed);
        output.WriteLine(summary);
        foreach (var line in tally.Details)
        {
            output.WriteLine(line);
        }

        output.WriteLine($"{ordered.Count} failure(s):");
        foreach (var line in ordered)
        {
            output.WriteLine(line);
        }

        if (ordered.Count > 0)
        {
            Assert.Fail($"{ordered.Count} failure(s). {summary}{Environment.NewLine}"
                + string.Join(Environment.NewLine, ordered.Take(ListedFailures))
                + (ordered.Count > ListedFailures ? $"{Environment.NewLine}… and {ordered.Count - ListedFailures} more (all in the test output)." : string.Empty));
        }
    }

    private static bool IsGridRule(string violation) =>
        violation.Contains("-minute grid", StringComparison.Ordinal) || violation.Contains("minutes after session", StringComparison.Ordinal);

    /// <summary>
    /// What the natural solution does that the packers' lane model forbids (docs/scheduling.md, "Known limits of the lane
    /// model"), as a hint to why the optima differ: a lane is one room of one session minus its reserved minutes, split
    /// around pinned-time topics; availability must cover the whole lane; conflicting topics (listed or one presenter)
    /// never sit in lanes that overlap in time; a pinned-time topic is stretched to its maximum and sits in its pinned
    /// room or the session's first room.
    /// </summary>
    private static string LaneModelDifferences(PackingRequest request, ReferenceResult reference)
    {
        var byId = request.Requests.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var blocks = request.Template.Blocks.ToDictionary(b => b.Id, StringComparer.Ordinal);
        (LocalDateTime Start, LocalDateTime End) LaneOf(ReferencePlacement p)
        {
            var block = blocks[p.BlockId];
            var (start, end) = (block.LocalStart, block.LocalEnd.PlusMinutes(-block.ReservedMinutes));
            foreach (var pin in reference.Placements.Where(q => q.BlockId == p.BlockId && q.Room == p.Room && q.TopicId != p.TopicId && byId[q.TopicId].PinnedStart is not null))
            {
                if (pin.End <= p.Start && pin.End > start)
                {
                    start = pin.End;
                }
                else if (pin.Start >= p.End && pin.Start < end)
                {
                    end = pin.Start;
                }
            }

            return byId[p.TopicId].PinnedStart is not null ? (p.Start, p.End) : (start, end);
        }

        static string Time(LocalDateTime t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);
        var notes = new List<string>();
        foreach (var p in reference.Placements)
        {
            var r = byId[p.TopicId];
            var lane = LaneOf(p);
            if (!r.Availability.IsEmpty && !r.Availability.Any(w => w.Contains(lane.Start, lane.End)))
            {
                notes.Add($"'{p.TopicId}' inside its availability {string.Join(", ", r.Availability.Select(w => $"{Time(w.Start)}–{Time(w.End)}"))} but not over its whole lane {Time(lane.Start)}–{Time(lane.End)} ({p.Room})");
            }

            if (r.PinnedStart is not null && p.Minutes < r.MaximumMinutes)
            {
                notes.Add($"pinned '{p.TopicId}' at {p.Minutes} of its {r.MaximumMinutes} minutes");
            }

            var rooms = request.Template.RoomsOf(blocks[p.BlockId]);
            if (r.PinnedStart is not null && r.PinnedRoom is null && p.Room != rooms[0])
            {
                notes.Add($"pinned '{p.TopicId}' in {p.Room}, not the session's first room");
            }
        }

        foreach (var p in reference.Placements)
        {
            foreach (var q in reference.Placements.Where(q => string.CompareOrdinal(p.TopicId, q.TopicId) < 0 && q.BlockId == p.BlockId && q.Room != p.Room))
            {
                var (a, b) = (byId[p.TopicId], byId[q.TopicId]);
                var person = a.Presenters.FirstOrDefault(x => b.Presenters.Contains(x, StringComparer.Ordinal));
                var listed = a.Conflicts.Contains(b.Id, StringComparer.Ordinal) || b.Conflicts.Contains(a.Id, StringComparer.Ordinal);
                var (la, lb) = (LaneOf(p), LaneOf(q));
                if ((person is not null || listed) && la.Start < lb.End && lb.Start < la.End)
                {
                    notes.Add($"'{p.TopicId}' and '{q.TopicId}' ({(person is not null ? "both " + person : "a listed conflict")}) in parallel rooms at different times ({Time(p.Start)} {p.Room}, {Time(q.Start)} {q.Room})");
                }
            }
        }

        return notes.Count == 0 ? "nothing the lane model forbids outright (a better packing of the same lanes)" : string.Join("; ", notes);
    }

    private static (long Weight, long Minutes) ObjectiveOf(Agenda agenda) => (CpSatReference.Hundredths(agenda.Objective.PlacedWeight), agenda.Objective.TopicMinutes);

    private static string Text((long Weight, long Minutes) value) =>
        string.Create(CultureInfo.InvariantCulture, $"(weight {value.Weight / 100m}, {value.Minutes} min)");

    private static int Compare((long Weight, long Minutes) a, (long Weight, long Minutes) b) =>
        a.Weight != b.Weight ? a.Weight.CompareTo(b.Weight) : a.Minutes.CompareTo(b.Minutes);

    private static void Check(string name, PackingRequest request, List<string> failures, Tally tally)
    {
        var exactResult = Packers.Exact.Pack(request);
        var heuristicResult = Packers.Heuristic.Pack(request);
        if (exactResult.IsFailed || heuristicResult.IsFailed)
        {
            failures.Add($"{name}: a packer failed: exact {string.Join("; ", exactResult.Errors.Select(e => e.Message))} heuristic {string.Join("; ", heuristicResult.Errors.Select(e => e.Message))}");
            tally.Inconclusive++;
            return;
        }

        var exact = exactResult.Value;
        var heuristic = heuristicResult.Value;
        foreach (var (packer, agenda) in new[] { ("exact", exact), ("heuristic", heuristic) })
        {
            var violations = AgendaInvariants.Violations(request, agenda);
            if (!violations.IsEmpty)
            {
                tally.InvalidAgendas++;
                if (violations.All(IsGridRule))
                {
                    tally.GridOnlyAgendas++;
                }

                failures.Add($"{name}: the {packer} agenda breaks {violations.Length} hard rule(s): {string.Join(" | ", violations.Take(3))}{(violations.Length > 3 ? " | …" : string.Empty)}");
            }
        }

        if (heuristic.IsProvenOptimal)
        {
            failures.Add($"{name}: the heuristic agenda claims a proof of optimality.");
        }

        var reference = CpSatReference.Solve(request, exact);
        tally.Seconds.Add(reference.Seconds);
        tally.Work.Add(reference.DeterministicTime);
        if (reference.HasSolution)
        {
            // The reference checks itself: its own solution must keep every hard rule.
            var selfCheck = AgendaInvariants.Violations(request, reference.ToAgenda(request));
            if (!selfCheck.IsEmpty)
            {
                failures.Add($"{name}: the CP-SAT reference's own solution breaks {selfCheck.Length} hard rule(s) (the reference is wrong): {string.Join(" | ", selfCheck.Take(3))}");
            }
        }

        if (reference.Status != ReferenceStatus.Optimal)
        {
            tally.Inconclusive++;
            tally.Details.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: inconclusive, CP-SAT {reference.Status} after {reference.DeterministicTime:F2} deterministic time ({reference.Seconds:F1} s)."));
            return;
        }

        tally.Compared++;
        var natural = (reference.WeightHundredths, reference.TopicMinutes);
        var exactValue = ObjectiveOf(exact);
        var heuristicValue = ObjectiveOf(heuristic);
        var both = $"exact {Text(exactValue)}{(exact.IsProvenOptimal ? " proven" : string.Empty)} bound {exact.Objective.WeightUpperBound.ToString(CultureInfo.InvariantCulture)}, "
            + $"heuristic {Text(heuristicValue)} bound {heuristic.Objective.WeightUpperBound.ToString(CultureInfo.InvariantCulture)}, CP-SAT natural optimum {Text(natural)}";
        var comparison = Compare(exactValue, natural);
        if (natural.WeightHundredths > 0)
        {
            tally.WeightGaps.Add(100.0 * (natural.WeightHundredths - exactValue.Weight) / natural.WeightHundredths);
        }

        if (comparison == 0)
        {
            tally.ExactEqual++;
        }
        else if (comparison > 0)
        {
            tally.ExactBetter++;
            failures.Add($"{name}: the exact agenda beats the natural optimum (one of them breaks a rule): {both}.");
        }
        else if (exact.IsProvenOptimal)
        {
            tally.ExactClaimsFalseProof++;
            failures.Add($"{name}: the exact agenda claims a proof but is below the natural optimum: {both}. The natural optimum uses: {LaneModelDifferences(request, reference)}.");
        }
        else
        {
            tally.ExactWorseHonest++;
        }

        if (!exact.IsProvenOptimal && reference.WeightHundredths > CpSatReference.Hundredths(exact.Objective.WeightUpperBound))
        {
            tally.BrokenBounds++;
            failures.Add($"{name}: the exact packer's weight bound is below the natural optimum: {both}.");
        }

        if (reference.WeightHundredths > CpSatReference.Hundredths(heuristic.Objective.WeightUpperBound))
        {
            tally.BrokenBounds++;
            failures.Add($"{name}: the heuristic's weight bound (its reported gap) is below the natural optimum: {both}.");
        }

        if (Compare(heuristicValue, natural) > 0)
        {
            failures.Add($"{name}: the heuristic agenda beats the natural optimum (one of them breaks a rule): {both}.");
        }

        if (comparison != 0)
        {
            tally.Details.Add($"{name}: {both}{(comparison < 0 && exact.IsProvenOptimal ? " (claims a proof)" : string.Empty)}.");
        }
    }

    /// <summary>The counts for the summary line.</summary>
    private sealed class Tally
    {
        public int Compared { get; set; }

        public int ExactEqual { get; set; }

        public int ExactWorseHonest { get; set; }

        public int ExactClaimsFalseProof { get; set; }

        public int ExactBetter { get; set; }

        public int Inconclusive { get; set; }

        public int InvalidAgendas { get; set; }

        public int GridOnlyAgendas { get; set; }

        public int BrokenBounds { get; set; }

        public List<double> WeightGaps { get; } = [];

        public List<double> Seconds { get; } = [];

        public List<double> Work { get; } = [];

        public List<string> Details { get; } = [];

        public string Summary(int instances, TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
            $"Natural model vs packers, {instances} instances in {elapsed.TotalSeconds:F1} s (CP-SAT {Seconds.Sum():F1} s, slowest {(Seconds.Count == 0 ? 0 : Seconds.Max()):F2} s, deterministic time {Work.Sum():F1}, most {(Work.Count == 0 ? 0 : Work.Max()):F2}): "
            + $"compared {Compared}, exact equal {ExactEqual}, exact worse but honest {ExactWorseHonest}, exact worse but claims a proof {ExactClaimsFalseProof}, "
            + $"exact better (a rule broken) {ExactBetter}, inconclusive {Inconclusive}; agendas breaking hard rules {InvalidAgendas} (only the grid: {GridOnlyAgendas}), broken weight bounds {BrokenBounds}; "
            + $"natural-vs-exact weight gap mean {(WeightGaps.Count == 0 ? 0 : WeightGaps.Average()):F2}% max {(WeightGaps.Count == 0 ? 0 : WeightGaps.Max()):F2}%.");
    }
}
