using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using FluentResults;
using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;

namespace Summit.Core.Testing.Tests.Scheduling;

public sealed class PackerConformanceTests
{
    /// <summary>A broken packer: puts every topic at the start of the first session, in the same room.</summary>
    private sealed class StackingPacker : IAgendaPacker
    {
        public string Name => "stacking";

        public Result<Agenda> Pack(PackingRequest request)
        {
            var session = request.Template.Blocks.First(b => b.Kind == BlockKind.Session);
            var zone = request.Template.Zone;
            var items = request.Requests.Select(r => new AgendaItem(AgendaItemKind.Topic, r.Title, session.Id, request.Template.RoomsOf(session)[0],
                session.LocalStart, session.LocalStart.PlusMinutes(r.MinimumMinutes),
                session.LocalStart.InZoneStrictly(zone).ToInstant(), session.LocalStart.PlusMinutes(r.MinimumMinutes).InZoneStrictly(zone).ToInstant())
            {
                TopicId = r.Id, Presenters = r.Presenters, LightningTalkMinutes = r.LightningTalkMinutes,
                DiscussionMinutes = r.DiscussionMinimumMinutes, WrapUpMinutes = r.WrapUpMinutes,
            }).ToImmutableArray();
            return new Agenda(request.Template, items, [], new PackingObjective(0, 0, 0, 0), false, Name);
        }
    }

    private sealed class ThrowingPacker : IAgendaPacker
    {
        public string Name => "throwing";

        public Result<Agenda> Pack(PackingRequest request) => throw new InvalidOperationException("boom");
    }

    private static PackingRequest TwoTopics() =>
        new(AgendaTemplates.PyConUs2024(), [SlotRequest.Fixed("a", "A", 30), SlotRequest.Fixed("b", "B", 30)]);

    [Fact]
    public void CheckRandom_BuiltInPackers_Conform()
    {
        PackerConformance.CheckRandom(Packers.Exact, 30);
        PackerConformance.CheckRandom(Packers.Heuristic, 30);
    }

    [Fact]
    public void Check_PackerThatDoubleBooksARoom_ThrowsWithTheViolation()
    {
        var e = Assert.Throws<PackerConformanceException>(() => PackerConformance.Check(new StackingPacker(), TwoTopics()));

        Assert.Contains(e.Violations, v => v.Contains("holds 'A' and 'B' at once", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PackerThatThrows_WrapsTheException()
    {
        var e = Assert.Throws<PackerConformanceException>(() => PackerConformance.Check(new ThrowingPacker(), TwoTopics()));

        Assert.IsType<InvalidOperationException>(e.InnerException);
    }

    [Fact]
    public void Violations_TopicOutsideItsAvailability_IsReported()
    {
        var request = TwoTopics();
        var agenda = Packers.Exact.Pack(request).Value;
        var narrowed = request with
        {
            Requests = [request.Requests[0] with { Availability = [new LocalWindow(new LocalDateTime(2024, 5, 18, 8, 0), new LocalDateTime(2024, 5, 18, 9, 0))] }, request.Requests[1]],
        };

        Assert.Contains(AgendaInvariants.Violations(narrowed, agenda), v => v.Contains("outside its presenters' availability", StringComparison.Ordinal));
    }

    [Fact]
    public void PackingRequests_Generated_AreValidInputForTheModel()
    {
        var property = Prop.ForAll(SchedulingGenerators.ArbitraryPackingRequests(8, 3, 3), request =>
        {
            var result = Packers.Exact.Pack(request);
            return result.IsSuccess || result.Codes().All(c => c is ErrorCodes.Scheduling.PinnedMinutesExceedSession or ErrorCodes.Scheduling.PresenterDoublePinned);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), property);
    }

    [Fact]
    public void Shrink_Request_DropsOneTopicAndItsReferences()
    {
        var request = new PackingRequest(AgendaTemplates.PyConUs2024(),
            [SlotRequest.Fixed("a", "A", 30) with { Conflicts = ["b"] }, SlotRequest.Fixed("b", "B", 30) with { SameSessionAs = ["a"] }]);

        var shrunk = SchedulingGenerators.Shrink(request).ToList();

        Assert.Equal(2, shrunk.Count);
        Assert.Empty(shrunk[1].Requests.Single().Conflicts);
        Assert.Empty(shrunk[0].Requests.Single().SameSessionAs);
    }
}
