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

    /// <summary>
    /// Leaves the last placed topic out on a first pack and places it on a re-pack: an unproven first agenda (honest when
    /// <paramref name="claimsProof"/> is false) that a re-pack beats on weight.
    /// </summary>
    private sealed class BetterOnRepackPacker(bool claimsProof) : IAgendaPacker
    {
        public string Name => "better-on-repack";

        public Result<Agenda> Pack(PackingRequest request)
        {
            var exact = Packers.Exact.Pack(request with { Previous = null }).Value;
            var placements = exact.Topics.Select(i => new TopicPlacement(i.TopicId!, i.BlockId, i.Room, i.LocalStart, i.Minutes)).ToList();
            if (request.Previous is null)
            {
                placements.RemoveAt(placements.Count - 1);
            }

            return AgendaComposer.Compose(request, placements, Name, claimsProof);
        }
    }

    private static PackingRequest TwoTopics() =>
        new(AgendaTemplates.PyConUs2024(), [SlotRequest.Fixed("a", "A", 30), SlotRequest.Fixed("b", "B", 30)]);

    [Fact]
    public void Check_BuiltInPackersOnGeneratedRequests_Conform()
    {
        PackerConformance.Check(Packers.Exact, new ConformanceOptions { Cases = 30 });
        PackerConformance.Check(Packers.Heuristic, new ConformanceOptions { Cases = 30 });
    }

    [Fact]
    public void Check_PackerThatDoubleBooksARoom_ThrowsWithTheViolation()
    {
        var e = Assert.Throws<ConformanceException>(() => PackerConformance.Check(new StackingPacker(), TwoTopics()));

        Assert.Contains(e.Problems, v => v.Contains("holds 'A' and 'B' at once", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_UnprovenAgendaBeatenOnRepack_Conforms()
    {
        // The objective ranks weight and minutes above moves: a re-pack may improve an agenda that was not proven optimal.
        PackerConformance.Check(new BetterOnRepackPacker(claimsProof: false), TwoTopics());
    }

    [Fact]
    public void Check_ProvenAgendaChangedOnRepack_ThrowsWithTheViolation()
    {
        var e = Assert.Throws<ConformanceException>(() => PackerConformance.Check(new BetterOnRepackPacker(claimsProof: true), TwoTopics()));

        Assert.Contains(e.Problems, v => v.Contains("Re-packing an unchanged request", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PackerThatThrows_WrapsTheException()
    {
        var e = Assert.Throws<ConformanceException>(() => PackerConformance.Check(new ThrowingPacker(), TwoTopics()));

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
    public void Check_StackingPackerOnGeneratedRequests_ShrinksToAtMostTwoTopics()
    {
        var e = Assert.Throws<ConformanceException>(() => PackerConformance.Check(new StackingPacker()));

        Assert.Equal("packer", e.Kit);
        Assert.NotNull(e.Seed);
        Assert.Contains("topics: t", e.Counterexample, StringComparison.Ordinal);
        Assert.InRange(e.Counterexample!.Split("min,").Length - 1, 1, 2);
    }

    [SummitProperty(Arbitrary = [typeof(PackingRequests8x3x3)])]
    public bool PackingRequests_Generated_AreValidInputForTheModel(PackingRequest request)
    {
        var result = Packers.Exact.Pack(request);
        return result.IsSuccess || result.Codes().All(c => c is ErrorCodes.Scheduling.PinnedMinutesExceedSession or ErrorCodes.Scheduling.PresenterDoublePinned);
    }

    [Property(Arbitrary = [typeof(SchedulingArbitraries)])]
    public bool ShrinkRequest_AnyRequest_EveryShrinkIsSmallerAndValidInput(PackingRequest request) =>
        SchedulingArbitraries.ShrinkRequest(request).All(s =>
            s.Requests.Length <= request.Requests.Length
            && s.Requests.All(r => r.Conflicts.All(c => s.Requests.Any(o => o.Id == c)) && r.SameSessionAs.All(c => s.Requests.Any(o => o.Id == c)))
            && s.Requests.All(r => r.PinnedBlockId is null || s.Template.Blocks.Any(b => b.Id == r.PinnedBlockId))
            && (Packers.Heuristic.Pack(s).IsSuccess || Packers.Heuristic.Pack(s).Errors.Count > 0));

    [SummitProperty(Arbitrary = [typeof(SchedulingArbitraries)], Runs = 50)]
    public bool ShrinkTemplate_AnyTemplate_KeepsAtLeastOneSession(AgendaTemplate template) =>
        SchedulingArbitraries.ShrinkTemplate(template).All(t => t.Blocks.Count(b => b.Kind == BlockKind.Session) == template.Blocks.Count(b => b.Kind == BlockKind.Session) - 1
            && t.Blocks.Any(b => b.Kind == BlockKind.Session));

    [Fact]
    public void Shrink_Request_DropsOneTopicAndItsReferences()
    {
        var request = new PackingRequest(AgendaTemplates.PyConUs2024(),
            [SlotRequest.Fixed("a", "A", 30) with { Conflicts = ["b"] }, SlotRequest.Fixed("b", "B", 30) with { SameSessionAs = ["a"] }]);

        var shrunk = SchedulingArbitraries.ShrinkRequest(request).Take(2).ToList();

        Assert.Equal(2, shrunk.Count);
        Assert.Empty(shrunk[1].Requests.Single().Conflicts);
        Assert.Empty(shrunk[0].Requests.Single().SameSessionAs);
    }

    /// <summary>Larger rooms than <see cref="SchedulingArbitraries.PackingRequests"/>: up to 8 topics, 3 sessions, 3 rooms.</summary>
    public static class PackingRequests8x3x3
    {
        public static Arbitrary<PackingRequest> Requests { get; } = Arb.From(SchedulingGenerators.PackingRequests(8, 3, 3), SchedulingArbitraries.ShrinkRequest);
    }
}
