using System.Collections.Immutable;
using NodaTime;
using Summit.Core.Planning;
using Summit.Core.Scheduling;
using Summit.Core.Selection.Topics;
using Summit.Core.Summits.File;
using Summit.Core.Tests.Summits;

namespace Summit.Core.Tests.Planning;

/// <summary>The planner turns <c>agenda.topics</c> and <c>agenda.presenters</c> into slot-request constraints, and the packed agenda keeps them.</summary>
public sealed class TopicRulesPlanningTests
{
    private static readonly Instant AfterTheVote = Instant.FromUtc(2024, 5, 15, 0, 0);
    private static readonly LocalDate Day = new(2024, 5, 18);

    // Four topics are selected from pycon-us-2024 (symlinks-main is merged into arbitrary-metadata, whose presenters are
    // Michael Sarahan and Blake Wheel (invented)). Without rules: Room 319 runs arbitrary-metadata 14:00, psf-support 14:30,
    // apps-not-wheels 15:00 (30 minutes each); Breakout A runs lockfile-status 16:15–16:35.
    private const string MergeLine = "\"merge\": [ { \"duplicate\": \"symlinks-main\", \"into\": \"arbitrary-metadata\" } ],";

    private static SummitDocument Document(string rules, bool excludeApps = false)
    {
        var text = TopicRulesFileTests.With(rules);
        if (excludeApps)
        {
            Assert.Contains(MergeLine, text, StringComparison.Ordinal);
            text = text.Replace(MergeLine, "\"exclude\": [ { \"id\": \"apps-not-wheels\", \"reason\": \"covered elsewhere\" } ], " + MergeLine, StringComparison.Ordinal);
        }

        var read = SummitFile.Read(text);
        Assert.True(read.IsSuccess, string.Join("; ", read.Errors.Select(e => e.Message)));
        return read.Value;
    }

    private static (Dictionary<string, SlotRequest> Requests, ImmutableArray<UnplacedTopic> Unplaceable) Requests(string rules, bool excludeApps = false)
    {
        var document = Document(rules, excludeApps);
        var plan = SummitPlanner.Plan(document, AfterTheVote);
        var ranking = TopicRanking.FromTally(plan.Tally.Value.Outcome.Value);
        var (requests, unplaceable) = SummitPlanner.RequestsFor(plan.Topics.Value, ranking, document.Agenda!, null);
        return (requests.ToDictionary(r => r.Id), unplaceable);
    }

    private static Agenda Agenda(string rules) => SummitPlanner.Plan(Document(rules), AfterTheVote).Agenda.Value;

    private static LocalDateTime At(int hour, int minute) => Day.At(new LocalTime(hour, minute));

    private static LocalWindow Window(int fromHour, int fromMinute, int toHour, int toMinute) => new(At(fromHour, fromMinute), At(toHour, toMinute));

    [Fact]
    public void SlotRequests_CarryThePinsRoomsAndReferences_ADuplicateMappedToItsTopic()
    {
        var (requests, unplaceable) = Requests("""
            "topics": [{ "id": "lockfile-status", "session": "session-2", "room": "Breakout B", "start": "16:45", "rooms": ["Breakout A", "Breakout B"],
                         "conflicts": ["apps-not-wheels"], "sameSessionAs": ["psf-support"], "after": ["symlinks-main"] }]
            """);

        var lockfile = requests["lockfile-status"];
        Assert.Equal("session-2", lockfile.PinnedBlockId);
        Assert.Equal("Breakout B", lockfile.PinnedRoom);
        Assert.Equal(At(16, 45), lockfile.PinnedStart);
        Assert.Equal(["Breakout A", "Breakout B"], lockfile.AllowedRooms);
        Assert.Equal(["apps-not-wheels"], lockfile.Conflicts);
        Assert.Equal(["psf-support"], lockfile.SameSessionAs);
        Assert.Equal(["arbitrary-metadata"], lockfile.After); // symlinks-main was merged into it
        Assert.Equal(["Devon Lock (invented)"], lockfile.Presenters);
        Assert.Empty(lockfile.Availability);
        Assert.Empty(unplaceable);

        // The other topics are as before: no pins, no references.
        Assert.All(requests.Values.Where(r => r.Id != "lockfile-status"), r =>
        {
            Assert.Null(r.PinnedBlockId);
            Assert.Null(r.PinnedStart);
            Assert.Empty(r.Conflicts);
            Assert.Empty(r.After);
        });
    }

    [Fact]
    public void SlotRequests_Availability_IsTheTimeTheTopicAndEachPresenterShare()
    {
        var (requests, unplaceable) = Requests("""
            "topics": [{ "id": "arbitrary-metadata", "available": [{ "start": "14:00", "end": "15:00" }, { "start": "16:15", "end": "17:30" }] }],
            "presenters": [
              { "name": "Michael Sarahan", "available": [{ "start": "14:00", "end": "14:30" }, { "start": "14:30", "end": "16:45" }] },
              { "name": "Blake Wheel (invented)", "available": [{ "start": "14:15", "end": "17:30" }] },
              { "name": "Deb Nicholson", "available": [{ "start": "14:45", "end": "15:30" }, { "start": "14:30", "end": "15:00" }] }
            ]
            """);

        // Own windows ∩ Michael's (touching windows joined: 14:00–16:45) ∩ Blake's, who presents the merged duplicate.
        Assert.Equal([Window(14, 15, 15, 0), Window(16, 15, 16, 45)], requests["arbitrary-metadata"].Availability);
        Assert.Equal(["Michael Sarahan", "Blake Wheel (invented)"], requests["arbitrary-metadata"].Presenters);

        // A presenter alone: their windows, overlapping ones joined.
        Assert.Equal([Window(14, 30, 15, 30)], requests["psf-support"].Availability);

        // No rules: always.
        Assert.Empty(requests["apps-not-wheels"].Availability);
        Assert.Empty(unplaceable);
    }

    [Fact]
    public void SlotRequests_NoSharedTime_LeavesTheTopicOutWithTheReason_AndReferencesToItAreDropped()
    {
        const string Rules = """
            "topics": [{ "id": "psf-support", "conflicts": ["arbitrary-metadata", "lockfile-status"], "after": ["arbitrary-metadata"] }],
            "presenters": [
              { "name": "Michael Sarahan", "available": [{ "start": "14:00", "end": "14:30" }] },
              { "name": "Blake Wheel (invented)", "available": [{ "start": "16:15", "end": "17:30" }] }
            ]
            """;
        var (requests, unplaceable) = Requests(Rules);

        Assert.DoesNotContain("arbitrary-metadata", requests.Keys);
        Assert.Equal(["lockfile-status"], requests["psf-support"].Conflicts);
        Assert.Empty(requests["psf-support"].After);
        var never = Assert.Single(unplaceable);
        Assert.Equal("arbitrary-metadata", never.TopicId);
        Assert.Equal(ErrorCodes.Scheduling.AvailabilityMissesSessions, never.Code);
        Assert.Contains("Michael Sarahan is available 14:00–14:30 on 2024-05-18", never.Message, StringComparison.Ordinal);
        Assert.Contains("Blake Wheel (invented) is available 16:15–17:30 on 2024-05-18", never.Message, StringComparison.Ordinal);

        // In the agenda it is listed as not placed, with the packer's code; the other three are placed.
        var agenda = Agenda(Rules);
        var unplaced = Assert.Single(agenda.Unplaced);
        Assert.Equal(("arbitrary-metadata", ErrorCodes.Scheduling.AvailabilityMissesSessions), (unplaced.TopicId, unplaced.Code));
        Assert.Equal(["apps-not-wheels", "lockfile-status", "psf-support"], agenda.Topics.Select(t => t.TopicId!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SlotRequests_RulesOfAMergedDuplicate_ApplyToTheTopicItWasMergedInto()
    {
        const string Rules = """
            "topics": [{ "id": "symlinks-main", "session": "session-2", "rooms": ["Breakout B"] }, { "id": "psf-support", "sameSessionAs": ["symlinks-main"] }]
            """;
        var (requests, _) = Requests(Rules);
        Assert.Equal("session-2", requests["arbitrary-metadata"].PinnedBlockId);
        Assert.Equal(["Breakout B"], requests["arbitrary-metadata"].AllowedRooms);
        Assert.Equal(["arbitrary-metadata"], requests["psf-support"].SameSessionAs);
        Assert.DoesNotContain("symlinks-main", requests.Keys);

        var agenda = Agenda(Rules);
        var arbitrary = agenda.FindTopic("arbitrary-metadata")!;
        Assert.Equal(("session-2", "Breakout B"), (arbitrary.BlockId, arbitrary.Room));
        Assert.Equal("session-2", agenda.FindTopic("psf-support")!.BlockId);
    }

    [Fact]
    public void SlotRequests_ReferencesToTopicsNotSelected_AreDropped_AndTheirOwnRulesIgnored()
    {
        var (requests, unplaceable) = Requests(
            """
            "topics": [{ "id": "apps-not-wheels", "session": "session-1", "start": "14:00" }, { "id": "psf-support", "conflicts": ["apps-not-wheels", "lockfile-status"], "after": ["apps-not-wheels"] }]
            """,
            excludeApps: true);

        Assert.Equal(["arbitrary-metadata", "lockfile-status", "psf-support"], requests.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["lockfile-status"], requests["psf-support"].Conflicts);
        Assert.Empty(requests["psf-support"].After);
        Assert.All(requests.Values, r => Assert.Null(r.PinnedStart));
        Assert.Empty(unplaceable);
    }

    [Fact]
    public void Plan_RulesBuiltInCode_AreCheckedByThePlannerToo()
    {
        var d = SummitFile.Read(SummitFileTests.Example("pycon-us-2024")).Value;
        var agenda = d.Agenda! with
        {
            Topics = [new TopicRules("nope"), new TopicRules("arbitrary-metadata") { PinnedBlockId = "session-1" }, new TopicRules("symlinks-main"), new TopicRules("psf-support") { After = ["psf-support"] }],
            Presenters = [new PresenterRules("Ines") { Availability = [Window(14, 0, 15, 0)] }],
        };
        var programmatic = new SummitDocument(d.Summit, d.Timeline, d.Intake, d.Invented, d.Vote, agenda, d.Selection, d.RejectedRows, d.Registrations, d.Proposals, d.Decisions);

        var errors = SummitPlanner.Plan(programmatic, AfterTheVote).Agenda.Errors;

        Assert.Equal(
            [ErrorCodes.Planning.UnknownTopic, ErrorCodes.Summits.FileDuplicateEntry, ErrorCodes.Planning.TopicRefersToItself, ErrorCodes.Planning.UnknownPresenter],
            errors.Select(e => e.Code));
        Assert.Equal(["nope", "symlinks-main", "psf-support"], errors.Take(3).Select(e => (string)e.Metadata["topic"]));
        Assert.Equal("Ines", errors[3].Metadata["presenter"]);
    }

    [Fact]
    public void Plan_PinnedTopics_LandInTheirSessionRoomAndStart()
    {
        var free = Agenda("\"topics\": []");
        Assert.Equal(("session-2", "Breakout A", At(16, 15)), Placed(free, "lockfile-status"));
        Assert.Equal("session-1", free.FindTopic("psf-support")!.BlockId);

        var agenda = Agenda("""
            "topics": [{ "id": "lockfile-status", "session": "session-2", "room": "Breakout B", "start": "16:45" }, { "id": "psf-support", "session": "session-2" }]
            """);

        Assert.Equal(("session-2", "Breakout B", At(16, 45)), Placed(agenda, "lockfile-status"));
        Assert.Equal("session-2", agenda.FindTopic("psf-support")!.BlockId);
        Assert.Empty(agenda.Unplaced);
    }

    [Fact]
    public void Plan_AnAfterOrder_Holds()
    {
        var free = Agenda("\"topics\": []");
        Assert.True(free.FindTopic("arbitrary-metadata")!.LocalStart < free.FindTopic("psf-support")!.LocalStart);

        var agenda = Agenda("""
            "topics": [{ "id": "arbitrary-metadata", "after": ["psf-support", "apps-not-wheels"] }]
            """);

        var arbitrary = agenda.FindTopic("arbitrary-metadata")!;
        Assert.True(agenda.FindTopic("psf-support")!.LocalEnd <= arbitrary.LocalStart, $"psf-support ends {agenda.FindTopic("psf-support")!.LocalEnd}, arbitrary-metadata starts {arbitrary.LocalStart}");
        Assert.True(agenda.FindTopic("apps-not-wheels")!.LocalEnd <= arbitrary.LocalStart);
        Assert.Empty(agenda.Unplaced);
    }

    [Fact]
    public void Plan_ConflictingTopics_DoNotOverlap_EvenInParallelRooms()
    {
        // One topic in each breakout room: without the conflict both start at 16:15.
        const string Pins = """{ "id": "apps-not-wheels", "rooms": ["Breakout A"] }, { "id": "psf-support", "rooms": ["Breakout B"] """;
        var parallel = Agenda("\"topics\": [" + Pins + "}]");
        Assert.True(Overlap(parallel, "apps-not-wheels", "psf-support"), "without the conflict the two run side by side");

        var agenda = Agenda("\"topics\": [" + Pins + ", \"conflicts\": [\"apps-not-wheels\"] }]");

        Assert.Equal("Breakout A", agenda.FindTopic("apps-not-wheels")!.Room);
        Assert.Equal("Breakout B", agenda.FindTopic("psf-support")!.Room);
        Assert.False(Overlap(agenda, "apps-not-wheels", "psf-support"));
        Assert.Empty(agenda.Unplaced);
    }

    [Fact]
    public void Plan_APresentersWindow_IsHonoured()
    {
        var agenda = Agenda("""
            "presenters": [{ "name": "Deb Nicholson", "available": [{ "start": "16:15", "end": "17:00" }] }]
            """);

        var psf = agenda.FindTopic("psf-support")!;
        Assert.True(psf.LocalStart >= At(16, 15) && psf.LocalEnd <= At(17, 0), $"{psf.LocalStart}–{psf.LocalEnd}");
        Assert.Empty(agenda.Unplaced);
    }

    [Fact]
    public void Plan_ImpossiblePins_GiveThePackersDiagnosis()
    {
        // Two topics pinned to the same start in the same room: the lighter is left out, saying why.
        var clash = Agenda("""
            "topics": [{ "id": "apps-not-wheels", "room": "Room 319", "start": "14:00" }, { "id": "psf-support", "room": "Room 319", "start": "14:00" }]
            """);
        var left = Assert.Single(clash.Unplaced);
        Assert.Equal(ErrorCodes.Scheduling.PinnedMinutesExceedSession, left.Code);
        var kept = left.TopicId == "psf-support" ? "apps-not-wheels" : "psf-support";
        Assert.Equal(At(14, 0), clash.FindTopic(kept)!.LocalStart);

        // A pinned start outside the presenter's availability: the packer refuses the request, as a coded error of the agenda stage.
        var plan = SummitPlanner.Plan(Document("""
            "topics": [{ "id": "psf-support", "start": "14:00" }],
            "presenters": [{ "name": "Deb Nicholson", "available": [{ "start": "16:15", "end": "17:00" }] }]
            """), AfterTheVote);
        Assert.True(plan.Agenda.IsFailed);
        Assert.Equal([ErrorCodes.Scheduling.PinUnsatisfiable], plan.Agenda.Errors.Select(e => e.Code).Distinct());
    }

    private static (string BlockId, string Room, LocalDateTime Start) Placed(Agenda agenda, string id)
    {
        var item = agenda.FindTopic(id)!;
        return (item.BlockId, item.Room, item.LocalStart);
    }

    private static bool Overlap(Agenda agenda, string a, string b)
    {
        var x = agenda.FindTopic(a)!;
        var y = agenda.FindTopic(b)!;
        return x.LocalStart < y.LocalEnd && y.LocalStart < x.LocalEnd;
    }
}
