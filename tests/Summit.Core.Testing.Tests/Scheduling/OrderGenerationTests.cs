using FsCheck;
using FsCheck.Fluent;
using FluentResults;
using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;

namespace Summit.Core.Testing.Tests.Scheduling;

/// <summary>Orders between topics (<see cref="SlotRequest.After"/>) in the scheduling generators, the shrinker and the packer conformance kit.</summary>
public sealed class OrderGenerationTests
{
    /// <summary>A broken packer: packs with the exact packer as if no topic had to follow another.</summary>
    private sealed class OrderBlindPacker : IAgendaPacker
    {
        public string Name => "order-blind";

        public Result<Agenda> Pack(PackingRequest request) =>
            Packers.Exact.Pack(request with { Requests = [.. request.Requests.Select(r => r with { After = [] })] });
    }

    private static List<PackingRequest> Sample(int count) =>
        [.. Enumerable.Range(0, count).Select(seed => SchedulingGenerators.PackingRequestsWithOrders(8, 3, 2).Sample(20, new Rnd((ulong)seed), 1).First())];

    [Fact]
    public void PackingRequestsWithOrders_OftenOrderTopicsAfterEarlierOnesAndAlwaysBuild()
    {
        var requests = Sample(200);

        var ordered = requests.SelectMany(r => r.Requests.Select((t, j) => (t, j, r))).Where(x => !x.t.After.IsEmpty).ToList();
        Assert.True(ordered.Count >= 100, $"{ordered.Count} ordered topics");
        Assert.All(ordered, x => Assert.Contains(x.r.Requests.Take(x.j), e => e.Id == x.t.After[0]));
        Assert.All(requests, r => Assert.True(Packers.Exact.Pack(r).IsSuccess));
    }

    [Fact]
    public void ShrinkRequest_DropsOrdersAndTheOrdersOfARemovedTopic()
    {
        var request = Sample(50).First(r => r.Requests.Length >= 3 && r.Requests.Any(t => !t.After.IsEmpty));
        var follower = request.Requests.First(t => !t.After.IsEmpty);
        var followed = follower.After[0];

        var shrunk = SchedulingArbitraries.ShrinkRequest(request).ToList();

        Assert.Contains(shrunk, r => r.Requests.Length == request.Requests.Length && r.Requests.Single(t => t.Id == follower.Id).After.IsEmpty);
        var withoutFollowed = shrunk.First(r => r.Requests.All(t => t.Id != followed));
        Assert.All(withoutFollowed.Requests, t => Assert.DoesNotContain(followed, t.After));
    }

    [Fact]
    public void Check_PackerThatIgnoresOrders_IsCaughtOnAnOrderSeed()
    {
        var e = Assert.Throws<ConformanceException>(() => PackerConformance.Check(new OrderBlindPacker()));

        Assert.Contains(e.Problems, v => v.Contains("must start after", StringComparison.Ordinal));
        Assert.Equal(3UL, e.Seed!.Value % 4);
        Assert.Contains(", after [", e.Counterexample, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BuiltInPackersOnRequestsWithOrders_Conform()
    {
        foreach (var request in Sample(40))
        {
            PackerConformance.Check(Packers.Exact, request);
            PackerConformance.Check(Packers.Heuristic, request);
        }
    }
}
