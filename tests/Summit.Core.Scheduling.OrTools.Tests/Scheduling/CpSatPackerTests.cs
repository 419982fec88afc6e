using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Summit.Core.DependencyInjection;
using Summit.Core.Scheduling;
using Summit.Core.Scheduling.OrTools;
using Summit.Core.Testing.Scheduling;
using Summit.Core.Tests.Scheduling;
using Xunit.Abstractions;

namespace Summit.Core.Scheduling.OrTools.Tests.Scheduling;

/// <summary>The CP-SAT packer: the packer conformance kit, agreement with the exact packer's proofs, conference size, determinism, errors, re-packing.</summary>
public sealed class CpSatPackerTests(ITestOutputHelper output)
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly LocalDate Day = new(2024, 5, 18);

    /// <summary>Small limits keep the suite short; the summit-size instances here are proven far below them.</summary>
    private static readonly CpSatPacker Packer = new(new CpSatPackerOptions { DeterministicTimeLimit = 5 });

    private static PackingRequest Request(AgendaBlock[] blocks, params SlotRequest[] topics) =>
        new(new AgendaTemplate("s", "Summit", NewYork, "Main") { Blocks = [.. blocks] }, [.. topics]);

    private static AgendaBlock Session(string id, int hour, int minutes, params string[] rooms) =>
        new(id, id, BlockKind.Session, Day, new LocalTime(hour, 0), new LocalTime(hour, 0).PlusMinutes(minutes)) { Rooms = [.. rooms] };

    [Fact]
    public void Pack_ConformanceKit_KeepsEveryRule()
    {
        PackerConformance.Check(Packer, new ConformanceOptions { Cases = 20 });
    }

    [Fact]
    public void Name_IsCpSat()
    {
        Assert.Equal("cp-sat", Packer.Name);
    }

    [Fact]
    public void Pack_InstancesTheExactPackerProves_SameWeightAndMinutesAndProven()
    {
        var compared = 0;
        for (var i = 0; i < 30; i++)
        {
            // The exact packer's node limit bounds the run; instances it does not prove are skipped.
            foreach (var request in i < 10 ? new[] { PackingInstances.Small(i), PackingInstances.Study(i) } : [PackingInstances.Small(i)])
            {
                var exact = Packers.Exact.Pack(request with { SearchNodeLimit = 200_000 }).Value;
                if (!exact.IsProvenOptimal)
                {
                    continue;
                }

                var cpSat = Packer.Pack(request).Value;
                Assert.Empty(AgendaInvariants.Violations(request, cpSat));
                Assert.True(cpSat.IsProvenOptimal, $"instance {i}: CP-SAT did not prove it");
                Assert.Equal(exact.Objective.PlacedWeight, cpSat.Objective.PlacedWeight);
                Assert.Equal(exact.Objective.TopicMinutes, cpSat.Objective.TopicMinutes);
                Assert.Equal(0, cpSat.Objective.Gap);
                compared++;
            }
        }

        Assert.True(compared >= 20, $"only {compared} instances were proven by the exact packer");
    }

    [Fact]
    public void Pack_ConferenceSize_KeepsEveryRuleAndReportsItsGap()
    {
        var request = PackingInstances.Conference(100, 4, 2);
        var heuristic = Packers.Heuristic.Pack(request).Value;
        var watch = Stopwatch.StartNew();
        var agenda = new CpSatPacker(new CpSatPackerOptions { DeterministicTimeLimit = 2 }).Pack(request).Value;
        watch.Stop();

        Assert.Empty(AgendaInvariants.Violations(request, agenda));
        Assert.Equal("cp-sat", agenda.PackerName);
        Assert.True(agenda.Objective.PlacedWeight >= heuristic.Objective.PlacedWeight);
        Assert.True(agenda.Objective.WeightUpperBound >= agenda.Objective.PlacedWeight);
        Assert.Equal(request.Requests.Length, agenda.Objective.PlacedTopics + agenda.Unplaced.Length);
        Assert.All(agenda.Unplaced, u => Assert.StartsWith("scheduling.", u.Code, StringComparison.Ordinal));
        Assert.True(agenda.IsProvenOptimal || agenda.Objective.Gap > 0 || agenda.Objective.WeightUpperBound == agenda.Objective.PlacedWeight);
        output.WriteLine(
            $"100 talks x 4 rooms x 2 days: {watch.Elapsed.TotalSeconds:F2} s, weight {agenda.Objective.PlacedWeight} (heuristic {heuristic.Objective.PlacedWeight}), " +
            $"bound {agenda.Objective.WeightUpperBound}, gap {agenda.Objective.Gap:P2}, minutes {agenda.Objective.TopicMinutes}, proven {agenda.IsProvenOptimal}, placed {agenda.Objective.PlacedTopics}");
    }

    [Fact]
    public void Pack_TwiceTheSameRequest_SameAgenda()
    {
        var request = PackingInstances.Study(3);
        Assert.Equal(Packer.Pack(request).Value, Packer.Pack(request).Value);
    }

    [Fact]
    public void Pack_DuplicateTopicIds_FailsWithTheExactPackersCode()
    {
        var request = Request([Session("a", 9, 60)], SlotRequest.Fixed("x", "X", 20), SlotRequest.Fixed("x", "Again", 20));

        var exact = Packers.Exact.Pack(request);
        var cpSat = Packer.Pack(request);

        Assert.True(cpSat.IsFailed);
        Assert.Equal(exact.SummitErrors().Select(e => e.Code), cpSat.SummitErrors().Select(e => e.Code));
        Assert.Contains(cpSat.SummitErrors(), e => e.Code == ErrorCodes.Scheduling.DuplicateTopic);
    }

    [Fact]
    public void Pack_PinnedStartOutsideEverySession_FailsWithTheExactPackersCode()
    {
        var request = Request([Session("a", 9, 60)], SlotRequest.Fixed("x", "X", 20) with { PinnedStart = Day.At(new LocalTime(13, 0)) });

        Assert.Equal(Packers.Exact.Pack(request).SummitErrors().Select(e => e.Code), Packer.Pack(request).SummitErrors().Select(e => e.Code));
    }

    [Fact]
    public void Pack_TopicAddedToAPublishedAgenda_MovesAsFewAsTheExactPacker()
    {
        var first = PackingInstances.Small(5);
        var published = Packer.Pack(first).Value;
        var added = new SlotRequest("late", "Brought on the day") { Weight = 9, Presenters = [first.Requests[0].Presenters.FirstOrDefault() ?? "Ines"] };
        var again = first with { Requests = [.. first.Requests, added], Previous = published };

        var exact = Packers.Exact.Pack(again with { SearchNodeLimit = 200_000 }).Value;
        var cpSat = Packer.Pack(again).Value;

        Assert.Empty(AgendaInvariants.Violations(again, cpSat));
        Assert.True(exact.IsProvenOptimal && cpSat.IsProvenOptimal);
        Assert.Equal(exact.Objective.PlacedWeight, cpSat.Objective.PlacedWeight);
        Assert.Equal(exact.Objective.TopicMinutes, cpSat.Objective.TopicMinutes);
        Assert.Equal(exact.Objective.MovedTopics, cpSat.Objective.MovedTopics);
    }

    [Fact]
    public void Pack_UnchangedRequestWithItsOwnAgenda_ReturnsIt()
    {
        var request = PackingInstances.Study(7);
        var agenda = Packer.Pack(request).Value;

        var again = Packer.Pack(request with { Previous = agenda }).Value;

        Assert.Equal(agenda.Items, again.Items);
        Assert.Equal(0, again.Objective.MovedTopics);
        Assert.Equal(0, again.Objective.MinutesMoved);
    }

    [Fact]
    public void Constructor_NoWorkers_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CpSatPacker(new CpSatPackerOptions { Workers = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CpSatPacker(new CpSatPackerOptions { DeterministicTimeLimit = 0 }));
    }

    [Fact]
    public void AddCpSatPacker_DefaultPackerCpSat_ResolvesTheCpSatPacker()
    {
        using var provider = new ServiceCollection()
            .AddSummitCore(o => o.DefaultPacker = "cp-sat")
            .AddCpSatPacker()
            .BuildServiceProvider(validateScopes: true);

        Assert.IsType<CpSatPacker>(provider.GetRequiredService<IAgendaPacker>());
        Assert.IsType<CpSatPacker>(provider.GetRequiredKeyedService<IAgendaPacker>("cp-sat"));
        Assert.Equal("cp-sat", provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SummitCoreOptions>>().Value.DefaultPacker);
    }
}
