using System.Collections.Immutable;
using Summit.Core.Scheduling;

namespace Summit.Core.Tests.Export;

internal static class ExportTestAgendas
{
    public static Agenda PyConUs2024()
    {
        var requests = ImmutableArray.Create(
            SlotRequest.Fixed("metadata", "Arbitrary package metadata: the key to enabling smaller binaries", 30, 3) with { Presenters = ["Michael Sarahan"], PinnedBlockId = "session-1" },
            SlotRequest.Fixed("apps", "Python applications and other projects that aren't meant to generate a wheel", 30, 2) with { Presenters = ["Keto D. Zhang"], PinnedBlockId = "session-1" },
            SlotRequest.Fixed("psf", "How Can The PSF Best Support Python Packaging?", 30, 1) with { Presenters = ["Deb Nicholson"], PinnedBlockId = "session-1" },
            SlotRequest.Fixed("governance", "Governance; \"the biggest table\", with notes\\links", 75, 1) with { PinnedBlockId = "session-2" },
            SlotRequest.Fixed("symlinks", "Symlinks in wheels — ünïcödé 🎉 long title that needs folding across several physical lines of iCalendar output", 75, 1) with { PinnedBlockId = "session-2", Presenters = ["Zoë Ünïcödé"] });
        return Packers.Exact.Pack(new PackingRequest(AgendaTemplates.PyConUs2024(["Table 1", "Table 2"]), requests)).Value;
    }

    public static Agenda PyConUs2023()
    {
        var requests = Enumerable.Range(0, 8).Select(i => SlotRequest.Fixed("t" + i, "Topic " + i, 25) with { PinnedBlockId = i < 4 ? "session-1" : "session-2", Presenters = ["Person " + i] }).ToImmutableArray();
        return Packers.Exact.Pack(new PackingRequest(AgendaTemplates.PyConUs2023(), requests)).Value;
    }
}
