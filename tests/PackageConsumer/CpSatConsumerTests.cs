using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.Scheduling.OrTools;
using Summit.Core.Testing.Scheduling;
using Xunit;

namespace PackageConsumer;

/// <summary>The optional CP-SAT packer from its package: the native solver loads and the agenda keeps every rule.</summary>
public sealed class CpSatConsumerTests
{
    [Fact]
    public void CpSatPacker_TwoTopicsInAnHour_ProvenAndValid()
    {
        var day = new LocalDate(2024, 5, 18);
        var template = new AgendaTemplate("s", "Summit", DateTimeZoneProviders.Tzdb["America/New_York"], "Main")
        {
            Blocks = [new AgendaBlock("a", "Session", BlockKind.Session, day, new LocalTime(9, 0), new LocalTime(10, 0))],
        };
        var request = new PackingRequest(template, [SlotRequest.Fixed("x", "X", 30, 2), SlotRequest.Fixed("y", "Y", 30, 1), SlotRequest.Fixed("z", "Z", 30, 3)]);

        var agenda = new CpSatPacker().Pack(request).Value;

        Assert.True(agenda.IsProvenOptimal);
        Assert.Equal(5, agenda.Objective.PlacedWeight);
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
    }
}
