using System.Collections.Immutable;
using NodaTime;
using Summit.Core.Export;
using Summit.Core.Scheduling;
using Summit.Core.Testing.Scheduling;

namespace Summit.Core.Tests.RealData.Scheduling;

// Source: shared/data/summits/packaging-summits.md, from the PyCon/pycon-archive event pages
// 2022/events/packaging-summit, 2023/events/packaging-summit and 2024/events/packaging-summit (facts, no licence needed).
public sealed class PackagingSummitAgendaTests
{
    private static LocalDateTime At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute);

    [Fact]
    public void ExactPack_2022Topics_ThreeBeforeTheBreakTwoAfterLikeTheRealAgenda()
    {
        var template = AgendaTemplates.PyConUs2022();
        var request = new PackingRequest(template,
        [
            SlotRequest.Fixed("extras", "Let's fix extras in Core Metadata 3.0", 30, 5) with { Presenters = ["Tzu-ping Chung"] },
            SlotRequest.Fixed("external-data", "Standardizing External Data", 25, 4) with { Presenters = ["Steven Silvester"] },
            SlotRequest.Fixed("c-extensions", "Building C Extensions without Setuptools", 25, 3) with { Presenters = ["Henry Schreiner III"] },
            SlotRequest.Fixed("vision", "Python Packaging Vision and Strategy", 20, 2) with { Presenters = ["Ee Durbin"] },
            SlotRequest.Fixed("contributors", "New Contributors in the Python Packaging Community", 20, 1) with { Presenters = ["Ee Durbin"] },
        ]);

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.True(agenda.IsProvenOptimal);
        Assert.Empty(agenda.Unplaced);
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
        var rows = agenda.Items.Select(i => (i.LocalStart.TimeOfDay.ToString("HH:mm", null), i.Title, i.Minutes)).ToArray();
        Assert.Equal(
            [
                ("13:45", "Welcome, introductions", 10),
                ("13:55", "Let's fix extras in Core Metadata 3.0", 30),
                ("14:25", "Standardizing External Data", 25),
                ("14:50", "Building C Extensions without Setuptools", 25),
                ("15:15", "Coffee break", 30),
                ("15:45", "Python Packaging Vision and Strategy", 20),
                ("16:05", "New Contributors in the Python Packaging Community", 20),
                ("16:25", "Lightning talks submitted on the day", 50),
            ],
            rows);
        Assert.Equal(Instant.FromUtc(2022, 4, 29, 19, 45), agenda.Items[0].Start);
        Assert.Equal(Instant.FromUtc(2022, 4, 29, 23, 15), agenda.Items[^1].End);
    }

    [Fact]
    public void ExactPack_2022TopicsInAnyOrder_StillThreeBeforeTheBreak()
    {
        var template = AgendaTemplates.PyConUs2022();
        var request = new PackingRequest(template,
        [
            SlotRequest.Fixed("a", "A", 20), SlotRequest.Fixed("b", "B", 25), SlotRequest.Fixed("c", "C", 30),
            SlotRequest.Fixed("d", "D", 20), SlotRequest.Fixed("e", "E", 25),
        ]);

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.Equal(3, agenda.Topics.Count(i => i.BlockId == "session-1"));
        Assert.Equal(2, agenda.Topics.Count(i => i.BlockId == "session-2"));
        Assert.All(agenda.Topics.Where(i => i.BlockId == "session-2"), i => Assert.Equal(20, i.Minutes));
    }

    [Fact]
    public void ExactPack_2023Sessions_FourTopicsOf25AndFifteenMinutesOverflowEachDay()
    {
        var template = AgendaTemplates.PyConUs2023();
        string[] day1 = ["PyPA & Conda: Past, present, future", "Framing the PyPA mission for maximum impact", "Scope and requirements for PyPA tools", "Python packaging on mobile platforms"];
        string[] day2 = ["Dynamic Metadata Plugins proposal", "Namespaces on PyPI", "New sysconfig API", "Distributing CLI tools without venvs"];
        var requests = day1.Select((t, i) => SlotRequest.Fixed("s1-" + i, t, 25) with { PinnedBlockId = "session-1" })
            .Concat(day2.Select((t, i) => SlotRequest.Fixed("s2-" + i, t, 25) with { PinnedBlockId = "session-2" }))
            .ToImmutableArray();
        var request = new PackingRequest(template, requests);

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.Empty(agenda.Unplaced);
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
        var friday = agenda.Items.Where(i => i.LocalStart.Date == new LocalDate(2023, 4, 21)).Select(i => (i.LocalStart.TimeOfDay.ToString("HH:mm", null), i.Kind, i.Minutes)).ToArray();
        Assert.Equal(
            [
                ("10:30", AgendaItemKind.Welcome, 5), ("10:35", AgendaItemKind.Topic, 25), ("11:00", AgendaItemKind.Topic, 25),
                ("11:25", AgendaItemKind.Topic, 25), ("11:50", AgendaItemKind.Topic, 25), ("12:15", AgendaItemKind.Overflow, 15),
            ],
            friday);
        var sunday = agenda.Items.Where(i => i.LocalStart.Date == new LocalDate(2023, 4, 23)).ToArray();
        Assert.Equal(6, sunday.Length);
        Assert.Equal(At(2023, 4, 23, 14, 45), sunday[^1].LocalStart);
        Assert.Equal(AgendaItemKind.Overflow, sunday[^1].Kind);
        Assert.Equal(15, agenda.Objective.OverflowMinutes / 2);
        Assert.Equal(Instant.FromUtc(2023, 4, 21, 16, 30), agenda.Items[0].Start);
        Assert.Equal(Instant.FromUtc(2023, 4, 23, 21, 0), agenda.Items[^1].End);
    }

    [Fact]
    public void ExactPack_2024Frame_MainTopicsThenParallelBreakoutsInside1345To1745NewYork()
    {
        var template = AgendaTemplates.PyConUs2024();
        var main = new[]
        {
            ("metadata", "Arbitrary package metadata: the key to enabling smaller binaries", "Michael Sarahan"),
            ("apps", "Python applications and other projects that aren't meant to generate a wheel", "Keto D. Zhang"),
            ("psf", "How Can The PSF Best Support Python Packaging?", "Deb Nicholson"),
        };
        var breakouts = new[] { "Governance", "Making Python Packaging Easier", "Symlinks in wheels", "Dynamic package metadata for GPUs", "Integrating the wheel package into setuptools" };
        var requests = main.Select((m, i) => SlotRequest.Fixed(m.Item1, m.Item2, 30, 10 - i) with { Presenters = [m.Item3], PinnedBlockId = "session-1" })
            .Concat(breakouts.Select((b, i) => SlotRequest.Fixed("breakout-" + i, b, 75, 5 - i) with { PinnedBlockId = "session-2" }))
            .ToImmutableArray();
        var request = new PackingRequest(template, requests);

        var agenda = Packers.Exact.Pack(request).Value;

        Assert.True(agenda.IsProvenOptimal);
        Assert.Empty(agenda.Unplaced);
        Assert.Empty(AgendaInvariants.Violations(request, agenda));
        Assert.Equal(240, template.Blocks.Sum(b => b.Minutes));
        Assert.All(agenda.Items, i => Assert.InRange(i.LocalStart, At(2024, 5, 18, 13, 45), At(2024, 5, 18, 17, 45)));
        Assert.All(agenda.Items, i => Assert.InRange(i.LocalEnd, At(2024, 5, 18, 13, 45), At(2024, 5, 18, 17, 45)));
        Assert.Equal(Instant.FromUtc(2024, 5, 18, 17, 45), agenda.Items.Min(i => i.Start));
        Assert.Equal(Instant.FromUtc(2024, 5, 18, 21, 45), agenda.Items.Max(i => i.End));
        Assert.Equal(["14:00", "14:30", "15:00"], agenda.Topics.Where(i => i.BlockId == "session-1").Select(i => i.LocalStart.TimeOfDay.ToString("HH:mm", null)));
        var parallel = agenda.Topics.Where(i => i.BlockId == "session-2").ToList();
        Assert.Equal(5, parallel.Count);
        Assert.All(parallel, i => Assert.Equal(At(2024, 5, 18, 16, 15), i.LocalStart));
        Assert.Equal(5, parallel.Select(i => i.Room).Distinct().Count());
        Assert.Contains(agenda.Items, i => i.Kind == AgendaItemKind.DayOf && i.LocalStart == At(2024, 5, 18, 15, 30) && i.Minutes == 15);
        var markdown = AgendaTextExport.ToMarkdown(agenda);
        Assert.Contains("| 14:00 | Room 319 | Arbitrary package metadata: the key to enabling smaller binaries | Michael Sarahan | 30 |", markdown, StringComparison.Ordinal);
    }
}
