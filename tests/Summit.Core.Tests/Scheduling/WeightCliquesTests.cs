using System.Collections.Immutable;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;

namespace Summit.Core.Tests.Scheduling;

/// <summary>
/// The weight bound of conflicting topics confined to one session (<see cref="WeightCliques"/>): they run one after
/// another, so the shortest lengths of those placed fit the session's span, less what the anchors among them take.
/// </summary>
public sealed class WeightCliquesTests
{
    private static readonly LocalDate Day = new(2024, 5, 18);

    private static AgendaBlock Session(int minutes, int rooms) =>
        new("s", "Session", BlockKind.Session, Day, new LocalTime(9, 0), new LocalTime(9, 0).PlusMinutes(minutes))
        {
            Rooms = [.. Enumerable.Range(0, rooms).Select(r => "Room " + r.ToString(CultureInfo.InvariantCulture))],
        };

    private static PackingRequest Request(AgendaBlock[] blocks, params SlotRequest[] topics) =>
        new(new AgendaTemplate("s", "Summit", DateTimeZoneProviders.Tzdb["America/New_York"], "Room 0") { Blocks = [.. blocks] }, [.. topics]);

    private static SlotRequest Topic(string id, int minutes, double weight, params string[] presenters) =>
        SlotRequest.Fixed(id, id, minutes, weight) with { Presenters = [.. presenters] };

    /// <summary>Eight-lane instance 122 in small: eight rooms of 95 minutes, and Ines presents four topics of 30, 30, 20 and 20.</summary>
    private static PackingRequest FourOfInesInNinetyFiveMinutes() => Request(
        [Session(95, 8)],
        Topic("a", 30, 8, "Ines"), Topic("b", 30, 8, "Ines"), Topic("c", 20, 7, "Ines"), Topic("d", 20, 2, "Ines"),
        Topic("e", 25, 5), Topic("f", 15, 6));

    [Fact]
    public void Build_FourConflictingTopicsThatCannotAllFitTheSession_FormOneCliqueOfThemAll()
    {
        var model = PackingModel.Build(FourOfInesInNinetyFiveMinutes()).Value;

        var cliques = WeightCliques.Build(model);

        Assert.Equal(1, cliques.Count);
        Assert.Equal([0, 1, 2, 3], cliques.Members[0]);
        Assert.Equal(30 + 30 + 20, cliques.Cells[0] * model.SizeStep); // what their lengths fill of 95 minutes
        Assert.Equal([0, 0, 0, 0, -1, -1], cliques.CliqueOf);
    }

    [Fact]
    public void Bounds_FourConflictingTopicsThatCannotAllFitTheSession_LeaveTheLightestOut()
    {
        // 100 minutes of Ines in a 95-minute session: the 20-minute d (weight 2) stays out, though eight rooms have room.
        var model = PackingModel.Build(FourOfInesInNinetyFiveMinutes()).Value;

        Assert.Equal(PackingScore.ToUnits(34), PackingEvaluation.RootWeightBound(model));
        Assert.Equal(PackingScore.ToUnits(34), new LagrangianBound(model).Compute(-1, 10_000));
    }

    [Fact]
    public void ExactPack_FourConflictingTopicsThatCannotAllFitTheSession_IsProvenWithinAHundredNodes()
    {
        // Measured: 9 nodes. Without the cliques the bound says 36 and no search over the rooms proves 34.
        var agenda = Packers.Exact.Pack(FourOfInesInNinetyFiveMinutes() with { SearchNodeLimit = 100 }).Value;

        Assert.True(agenda.IsProvenOptimal);
        Assert.Equal(34d, agenda.Objective.PlacedWeight);
        Assert.Equal("d", Assert.Single(agenda.Unplaced).TopicId);
    }

    [Fact]
    public void Bounds_AnAnchorPinnedInsideTheSession_LeaveItsConflictsOnlyTheStretchesAroundIt()
    {
        // Eight-lane instance 182 in small: 09:00–10:10, Ines's anchor runs 09:15–09:40, so her other topics have 15
        // minutes before it and 30 after; two of 20 minutes cannot both run, though 45 minutes are free in all.
        var request = Request(
            [Session(70, 3)],
            Topic("anchor", 25, 8, "Ines") with { PinnedStart = new LocalDateTime(2024, 5, 18, 9, 15), PinnedRoom = "Room 0" },
            Topic("x", 20, 6, "Ines"), Topic("y", 20, 3, "Ines"), Topic("z", 30, 4));
        var model = PackingModel.Build(request).Value;

        var cliques = WeightCliques.Build(model);

        Assert.Equal([1, 2], Assert.Single(cliques.Members));
        Assert.Equal(20, cliques.Cells[0] * model.SizeStep); // one 20 of the 30 minutes after it; none of the 15 before
        Assert.Equal(PackingScore.ToUnits(18), PackingEvaluation.RootWeightBound(model));
        var agenda = Packers.Exact.Pack(request with { SearchNodeLimit = 100 }).Value;
        Assert.True(agenda.IsProvenOptimal);
        Assert.Equal("y", Assert.Single(agenda.Unplaced).TopicId);
    }

    [Fact]
    public void Build_ConflictingTopicsThatTwoSessionsCannotHold_FormOneCliqueAcrossThem()
    {
        // Ines presents three 20-minute topics, free to go anywhere: two rooms from 9:00 to 9:30 and one from 11:00 to
        // 11:30 hold three 20-minute topics, but each session holds one of hers, so the lightest stays out.
        var second = new AgendaBlock("t", "Later", BlockKind.Session, Day, new LocalTime(11, 0), new LocalTime(11, 30)) { Rooms = ["Room 0"] };
        var request = Request([Session(30, 2), second], Topic("a", 20, 8, "Ines"), Topic("b", 20, 7, "Ines"), Topic("c", 20, 2, "Ines"));
        var model = PackingModel.Build(request).Value;

        var cliques = WeightCliques.Build(model);
        var agenda = Packers.Exact.Pack(request).Value;

        Assert.Equal(1, cliques.Count);
        Assert.Equal([0, 1, 2], cliques.Members[0]);
        Assert.Equal(20 + 20, cliques.Cells[0] * model.SizeStep);
        Assert.Equal(PackingScore.ToUnits(15), PackingEvaluation.RootWeightBound(model));
        Assert.Equal(PackingScore.ToUnits(15), new LagrangianBound(model).Compute(-1, 10_000));
        Assert.True(agenda.IsProvenOptimal);
        Assert.Equal("c", Assert.Single(agenda.Unplaced).TopicId);
    }

    [Fact]
    public void ExactPack_EightLaneCliqueAcrossTwoSessions_ProvesTheWeight()
    {
        // Eight-lane instance 118: weight 101 of a bound of 102 (unproven at 200,000 nodes) before the cliques across
        // sessions; CP-SAT proves 101.
        var request = PackingInstances.StudyEightLanes(118) with { SearchNodeLimit = 200_000 };

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.Equal((101.0, 101.0, 440), (agenda.Objective.PlacedWeight, agenda.Objective.WeightUpperBound, agenda.Objective.TopicMinutes));
        Assert.True(agenda.IsProvenOptimal);
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
    }

    [Fact]
    public void Build_ConflictingTopicsThatTwoSessionsCanHold_FormNoClique()
    {
        var second = new AgendaBlock("t", "Later", BlockKind.Session, Day, new LocalTime(11, 0), new LocalTime(12, 35)) { Rooms = ["Room 0"] };
        var model = PackingModel.Build(Request(
            [Session(95, 8), second],
            Topic("a", 30, 8, "Ines"), Topic("b", 30, 8, "Ines"), Topic("c", 20, 7, "Ines"), Topic("d", 20, 2, "Ines"))).Value;

        Assert.Equal(0, WeightCliques.Build(model).Count);
    }

    /// <summary>One session of up to four rooms, up to six topics sharing three presenters (dense conflicts), some pinned to a start.</summary>
    public static class OneCrowdedSession
    {
        public static Arbitrary<PackingRequest> Requests { get; } = Arb.From(CrowdedSession(2, 6, 4), SchedulingArbitraries.ShrinkRequest);
    }

    /// <summary>
    /// One session of 40–90 minutes and 1 to <paramref name="maxRooms"/> rooms with <paramref name="minTopics"/> to
    /// <paramref name="maxTopics"/> topics of 15–40 minutes, most presented by one of three people (dense conflicts), about
    /// one in six pinned to a start in a room.
    /// </summary>
    internal static Gen<PackingRequest> CrowdedSession(int minTopics, int maxTopics, int maxRooms) =>
            from minutes in Gen.Choose(8, 18).Select(x => x * 5)
            from rooms in Gen.Choose(1, maxRooms)
            from count in Gen.Choose(minTopics, maxTopics)
            from drafts in Gen.ArrayOf(
                from length in Gen.Elements(15, 20, 25, 30)
                from stretch in Gen.Elements(0, 0, 5, 10)
                from weight in Gen.Choose(1, 9)
                from presenter in Gen.Elements("Ines", "Ines", "Omar", "Lena", "")
                from pin in Gen.Frequency((5, Gen.Constant(-1)), (1, Gen.Choose(0, 6)))
                from room in Gen.Choose(0, 3)
                select (length, stretch, weight, presenter, pin, room),
                count)
            select Request(
                [Session(minutes, rooms)],
                [.. drafts.Select((d, i) => new SlotRequest("t" + i.ToString(CultureInfo.InvariantCulture), "Topic")
                {
                    DiscussionMinimumMinutes = d.length,
                    DiscussionMaximumMinutes = d.length + d.stretch,
                    Weight = d.weight,
                    Presenters = d.presenter.Length == 0 ? [] : [d.presenter],
                    PinnedStart = d.pin < 0 ? null : new LocalDateTime(2024, 5, 18, 9, 0).PlusMinutes(Math.Min(d.pin * 15, minutes - d.length)),
                    PinnedRoom = d.pin < 0 ? null : "Room " + Math.Min(d.room, rooms - 1).ToString(CultureInfo.InvariantCulture),
                })]);

    /// <summary>The crowded session, then a later one of 30–60 minutes in one or two rooms that every topic may use too.</summary>
    public static class TwoCrowdedSessions
    {
        public static Arbitrary<PackingRequest> Requests { get; } = Arb.From(
            from first in CrowdedSession(2, 5, 3)
            from minutes in Gen.Choose(6, 12).Select(x => x * 5)
            from rooms in Gen.Choose(1, 2)
            select first with
            {
                Template = first.Template with
                {
                    Blocks = [.. first.Template.Blocks, new AgendaBlock("t", "Later", BlockKind.Session, Day, new LocalTime(11, 0), new LocalTime(11, 0).PlusMinutes(minutes))
                    {
                        Rooms = [.. Enumerable.Range(0, rooms).Select(r => "Room " + r.ToString(CultureInfo.InvariantCulture))],
                    }],
                },
            },
            SchedulingArbitraries.ShrinkRequest);
    }

    /// <summary>
    /// Both weight bounds that read the cliques (the knapsack bound at the root, the lane-pattern bound) are at least the
    /// weight of every feasible assignment, and the exact packer proves the brute-force optimum; every clique's topics
    /// conflict pairwise.
    /// </summary>
    [SummitProperty(Arbitrary = [typeof(OneCrowdedSession)], Runs = 300)]
    public bool Bounds_OneCrowdedSession_AreAtLeastEveryFeasibleAssignmentsWeight(PackingRequest request) => BoundsHold(request);

    /// <summary>The same with cliques across two sessions.</summary>
    [SummitProperty(Arbitrary = [typeof(TwoCrowdedSessions)], Runs = 300)]
    public bool Bounds_TwoCrowdedSessions_AreAtLeastEveryFeasibleAssignmentsWeight(PackingRequest request) => BoundsHold(request);

    private static bool BoundsHold(PackingRequest request)
    {
        var built = PackingModel.Build(request);
        if (built.IsFailed)
        {
            return Packers.Exact.Pack(request).IsFailed;
        }

        var model = built.Value;
        var best = PackerProperties.BruteForce(model);
        var cliques = WeightCliques.Build(model);
        var pairwise = cliques.Members.All(m => m.All(u => m.All(v => u == v || model.ConflictsWith[u].Contains(v))));
        var packed = Packers.Exact.Pack(request).Value;
        return pairwise
            && PackingEvaluation.RootWeightBound(model) >= best.Weight
            && new LagrangianBound(model).Compute(-1, 10_000) >= best.Weight
            && packed.IsProvenOptimal && PackingScore.ToUnits(packed.Objective.PlacedWeight) == best.Weight && packed.Objective.TopicMinutes == best.Minutes;
    }
}
