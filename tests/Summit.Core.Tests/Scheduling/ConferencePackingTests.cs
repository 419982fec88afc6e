using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;
using Xunit.Abstractions;

namespace Summit.Core.Tests.Scheduling;

/// <summary>
/// Issue 14 at conference size (<see cref="PackingInstances.Conference(int)"/>): both packers return an agenda that keeps
/// every hard rule, with an honest bound and gap. Deterministic (node limits, never time); the times are measured by
/// <c>ConferencePackingBenchmarks</c> and recorded in docs/performance.md.
/// </summary>
public sealed class ConferencePackingTests(ITestOutputHelper output)
{
    /// <summary>The conference instances checked here, 0 to this count - 1.</summary>
    private const int InstanceCount = 20;

    /// <summary>
    /// The exact packer's node limit in these tests: enough to improve on the heuristic often, small enough to keep the
    /// file fast in Debug. A limited search still returns its best agenda with the bound.
    /// </summary>
    private const long TestNodeLimit = 5_000;

    public static TheoryData<int> Instances() => [.. Enumerable.Range(0, InstanceCount)];

    [Theory]
    [MemberData(nameof(Instances))]
    public void Pack_ConferenceInstance_BothPackersKeepEveryHardRuleAndReportAnHonestGap(int index)
    {
        var request = PackingInstances.Conference(index);

        var heuristic = Packers.Heuristic.Pack(request);
        var exactRequest = request with { SearchNodeLimit = TestNodeLimit };
        var exact = Packers.Exact.Pack(exactRequest);

        Assert.True(heuristic.IsSuccess, string.Join("; ", heuristic.Errors.Select(e => e.Message)));
        Assert.True(exact.IsSuccess, string.Join("; ", exact.Errors.Select(e => e.Message)));
        var h = heuristic.Value;
        var e = exact.Value;
        output.WriteLine($"instance {index}: {request.Requests.Length} talks; heuristic {h.Objective}; exact {e.Objective}, proven {e.IsProvenOptimal}");

        Assert.Empty(AgendaInvariants.Violations(request, h));
        Assert.Empty(AgendaInvariants.Violations(exactRequest, e));
        AssertHonestObjective(h);
        AssertHonestObjective(e);
        Assert.False(h.IsProvenOptimal);
        Assert.True(e.Objective.PlacedWeight >= h.Objective.PlacedWeight, $"exact placed {e.Objective.PlacedWeight} < heuristic {h.Objective.PlacedWeight}");

        // Both bounds hold for every feasible agenda, so for the other packer's too.
        Assert.True(h.Objective.WeightUpperBound >= e.Objective.PlacedWeight);
        Assert.True(e.Objective.WeightUpperBound >= h.Objective.PlacedWeight);
    }

    [Theory]
    [InlineData(3, 2, 44, 314)] // before the lane-by-lane search: 42 talks, 302 of 314 (3.82%); 312 at 5,000,000 nodes
    [InlineData(4, 2, 53, 369)] // before: 51 talks, 360 of 369 (2.44%); 361 at 5,000,000 nodes
    public void ExactPack_HundredTalks_TheLaneByLaneSearchProvesTheWeightWithin200000Nodes(int rooms, int days, int talks, double weight)
    {
        var request = PackingInstances.Conference(100, rooms, days) with { SearchNodeLimit = 200_000 };

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.Equal((talks, weight, weight), (agenda.Objective.PlacedTopics, agenda.Objective.PlacedWeight, agenda.Objective.WeightUpperBound));
        Assert.Equal(0, agenda.Objective.Gap);
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
    }

    [Fact]
    public void Pack_LargestConference_BothPackersKeepEveryHardRule()
    {
        var request = PackingInstances.ConferenceLargest();
        var exactRequest = request with { SearchNodeLimit = TestNodeLimit };

        var h = Packers.Heuristic.Pack(request).Value;
        var e = Packers.Exact.Pack(exactRequest).Value;

        output.WriteLine($"heuristic {h.Objective}; exact {e.Objective}, proven {e.IsProvenOptimal}");
        Assert.Equal(100, request.Requests.Length);
        Assert.Empty(AgendaInvariants.Violations(request, h));
        Assert.Empty(AgendaInvariants.Violations(exactRequest, e));
        AssertHonestObjective(h);
        AssertHonestObjective(e);
        Assert.False(h.IsProvenOptimal);
        Assert.True(e.Objective.PlacedWeight >= h.Objective.PlacedWeight);
    }

    /// <summary>The 100-talk sizes of <c>ConferencePackingBenchmarks</c> (rooms, days).</summary>
    public static TheoryData<int, int> BenchmarkSizes() => new() { { 3, 2 }, { 3, 3 }, { 4, 2 }, { 4, 3 }, { 6, 2 }, { 6, 3 } };

    [Theory]
    [MemberData(nameof(BenchmarkSizes))]
    public void HeuristicPack_HundredTalkBenchmarkInstance_KeepsEveryHardRuleAndReportsAGap(int rooms, int days)
    {
        var request = PackingInstances.Conference(100, rooms, days);

        var agenda = Packers.Heuristic.Pack(request).Value;

        output.WriteLine($"100 talks, {rooms} rooms, {days} days: {agenda.Objective}");
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
        AssertHonestObjective(agenda);
        Assert.False(agenda.IsProvenOptimal);
    }

    [Fact]
    public void Conference_Instances_AreSeededAndWithinTheDocumentedRanges()
    {
        Assert.Equal(PackingInstances.Conference(3), PackingInstances.Conference(3));
        Assert.Equal(PackingInstances.ConferenceLargest(), PackingInstances.Conference(100, 6, 3));
        Assert.NotEqual(PackingInstances.Conference(3), PackingInstances.Conference(4));

        foreach (var request in Enumerable.Range(0, InstanceCount).Select(PackingInstances.Conference).Append(PackingInstances.ConferenceLargest()))
        {
            var template = request.Template;
            var sessions = template.Blocks.Where(b => b.Kind == BlockKind.Session).ToList();
            var days = sessions.Select(b => b.Date).Distinct().ToList();
            Assert.InRange(request.Requests.Length, 20, 100);
            Assert.InRange(days.Count, 2, 3);
            Assert.All(days, d => Assert.Equal(5, d.Month));
            Assert.All(days, d => Assert.InRange(sessions.Count(b => b.Date == d), 2, 3));
            Assert.All(sessions, b => Assert.InRange(b.Minutes, 60, 120));
            Assert.All(sessions, b => Assert.Equal(0, b.Minutes % 5));
            Assert.All(sessions, b => Assert.InRange(b.Rooms.Length, 3, 6));
            Assert.Single(sessions.Select(b => b.Rooms.Length).Distinct());

            // Every block boundary maps to one instant: no DST change in the frame.
            Assert.All(template.Blocks, b => Assert.Equal(1, ZoneLocalMappingCount(template.Zone, b.LocalStart)));

            Assert.All(request.Requests, r => Assert.InRange(r.MinimumMinutes, 15, 45));
            Assert.All(request.Requests, r => Assert.InRange(r.MaximumMinutes, r.MinimumMinutes, 45));
            Assert.All(request.Requests, r => Assert.InRange(r.Weight, 1, 9));
            Assert.Contains(request.Requests, r => r.MaximumMinutes > r.MinimumMinutes);
            var talksPerPresenter = request.Requests.GroupBy(r => r.Presenters.Single()).Select(g => g.Count()).ToList();
            Assert.InRange(talksPerPresenter.Max(), 1, 2);
            Assert.InRange(talksPerPresenter.Count, request.Requests.Length / 2, request.Requests.Length);
        }

        // Over the set, every kind of constraint appears.
        var all = Enumerable.Range(0, InstanceCount).SelectMany(i => PackingInstances.Conference(i).Requests).ToList();
        Assert.Contains(all, r => !r.Availability.IsEmpty);
        Assert.Contains(all, r => !r.Conflicts.IsEmpty);
        Assert.Contains(all, r => !r.AllowedRooms.IsEmpty);
        Assert.Contains(all, r => r.PinnedBlockId is not null);
    }

    private static int ZoneLocalMappingCount(DateTimeZone zone, LocalDateTime local) => zone.MapLocal(local).Count;

    private static void AssertHonestObjective(Agenda agenda)
    {
        var o = agenda.Objective;
        Assert.True(o.WeightUpperBound >= o.PlacedWeight, $"bound {o.WeightUpperBound} < placed {o.PlacedWeight}");
        Assert.InRange(o.Gap, 0, 1);
        Assert.Equal(agenda.Topics.Count(), o.PlacedTopics);
        if (agenda.IsProvenOptimal)
        {
            Assert.Equal(0.0, o.Gap);
        }
    }
}
