using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;

namespace Summit.Core.Tests.Scheduling;

/// <summary>The minutes bound of conflicting topics confined to one session (<see cref="SessionCliques"/>).</summary>
public sealed class SessionCliquesTests
{
    private static readonly LocalDate Day = new(2024, 5, 18);

    private static AgendaBlock Session(string id, int hour, params string[] rooms) =>
        new(id, id, BlockKind.Session, Day, new LocalTime(hour, 0), new LocalTime(hour + 1, 0)) { Rooms = [.. rooms] };

    private static (PackingModel Model, SessionCliques Cliques) Build(AgendaBlock[] blocks, params SlotRequest[] topics)
    {
        var template = new AgendaTemplate("s", "Summit", DateTimeZoneProviders.Tzdb["America/New_York"], "A") { Blocks = [.. blocks] };
        var model = PackingModel.Build(new PackingRequest(template, [.. topics])).Value;
        var bestMax = Enumerable.Range(0, model.Topics.Length).Select(t => model.AllowedLanes[t].Length == 0 ? 0 : model.BestLaneMax(t)).ToArray();
        return (model, new SessionCliques(model, bestMax));
    }

    private static SlotRequest Topic(string id, params string[] presenters) => new(id, id) { Presenters = [.. presenters] };

    [Fact]
    public void Minutes_ThreeTopicsOfOnePresenterInOneSession_TakeAtMostTheSessionsSpanTogether()
    {
        // One hour, three rooms; Ines presents three 15–30-minute topics (90 minutes at most, never at once), d is free.
        var (model, cliques) = Build([Session("s", 13, "A", "B", "C")], Topic("a", "Ines"), Topic("b", "Ines"), Topic("c", "Ines"), Topic("d"));
        var laneOf = Enumerable.Repeat(-1, model.Topics.Length).ToArray();
        var live = Enumerable.Repeat(true, model.Topics.Length).ToArray();

        Assert.False(cliques.IsEmpty);
        Assert.Equal(60 + 30, cliques.Minutes(laneOf, live));
        live[0] = false; // a is out: b and c want 60, the span
        Assert.Equal(60 + 30, cliques.Minutes(laneOf, live));
        live[1] = false;
        Assert.Equal(30 + 30, cliques.Minutes(laneOf, live));
    }

    [Fact]
    public void Minutes_ConflictingTopicsThatMayUseTwoSessions_FormNoClique()
    {
        var (_, cliques) = Build([Session("s", 13, "A", "B"), Session("t", 15, "A", "B")], Topic("a", "Ines"), Topic("b", "Ines"), Topic("c", "Ines"));

        Assert.True(cliques.IsEmpty);
    }

    [Fact]
    public void Minutes_ConflictingTopicsThatFitTheSpan_FormNoClique()
    {
        var (_, cliques) = Build([Session("s", 13, "A", "B")], Topic("a", "Ines"), Topic("b", "Ines"));

        Assert.True(cliques.IsEmpty);
    }

    [Fact]
    public void ExactPack_StudyInstanceWithAFiveTopicConflictCliqueInOneSession_IsProvenAtTheCliquesMinutes()
    {
        // Study(52): one 110-minute session with three rooms; five pairwise conflicting topics want 140 minutes. Measured:
        // 1,830 nodes (107,410 before the clique bound: the bound said 295 minutes, the optimum is 265).
        var request = PackingInstances.Study(52) with { SearchNodeLimit = 200_000 };

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.True(agenda.IsProvenOptimal);
        Assert.Equal(265, agenda.Objective.TopicMinutes);
        Assert.InRange(agenda.Objective.SearchNodes, 1, 5_000);
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
    }
}
