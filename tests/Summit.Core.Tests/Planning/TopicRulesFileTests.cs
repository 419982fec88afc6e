using NodaTime;
using Summit.Core.Planning;
using Summit.Core.Scheduling;
using Summit.Core.Summits.File;
using Summit.Core.Tests.Summits;

namespace Summit.Core.Tests.Planning;

/// <summary><c>agenda.topics</c> and <c>agenda.presenters</c> of the summit file: reading every field, and every bad rule as one coded error at its line and column.</summary>
public sealed class TopicRulesFileTests
{
    private static readonly LocalDate Day = new(2024, 5, 18);

    // pycon-us-2024 (short form, 2024-05-18): welcome 13:45, session-1 in Room 319 14:00–15:45 (15 call-outs from 15:30),
    // break 15:45–16:15, session-2 in Breakout A and Breakout B 16:15–17:30. Proposals: arbitrary-metadata (Michael Sarahan),
    // apps-not-wheels (Keto D. Zhang), psf-support (Deb Nicholson), lockfile-status (Devon Lock (invented)) and
    // symlinks-main (Blake Wheel (invented)), merged into arbitrary-metadata.
    internal static string With(string rules) =>
        SummitFileTests.Example("pycon-us-2024").Replace("\"packer\": \"exact\",", "\"packer\": \"exact\", " + rules + ",", StringComparison.Ordinal);

    // pycon-us-2023: session-1 on 2023-04-21 10:35–12:30, session-2 on 2023-04-23 13:05–15:00, both in Room 251AB.
    private static string With2023(string rules) =>
        SummitFileTests.Example("pycon-us-2023").Replace("\"grid\": 5,", "\"grid\": 5, " + rules + ",", StringComparison.Ordinal);

    private static LocalWindow Window(int fromHour, int fromMinute, int toHour, int toMinute) =>
        new(Day.At(new LocalTime(fromHour, fromMinute)), Day.At(new LocalTime(toHour, toMinute)));

    [Fact]
    public void Topics_EveryFieldIsRead_AndNoneByDefault()
    {
        var plain = SummitFile.Read(SummitFileTests.Example("pycon-us-2024")).Value.Agenda!;
        Assert.Empty(plain.Topics);
        Assert.Empty(plain.Presenters);

        var agenda = SummitFile.Read(With("""
            "topics": [
              { "id": "lockfile-status", "session": "session-2", "room": "Breakout A", "start": "16:30", "rooms": ["Breakout A", "Breakout B"],
                "available": [{ "start": "16:15", "end": "17:00" }, { "date": "2024-05-18", "start": "14:00", "end": "14:30" }],
                "conflicts": ["apps-not-wheels"], "sameSessionAs": ["psf-support"], "after": ["arbitrary-metadata", "symlinks-main"] },
              { "id": "psf-support" }
            ]
            """)).Value.Agenda!;

        Assert.Equal<TopicRules>(
            [
                new TopicRules("lockfile-status")
                {
                    PinnedBlockId = "session-2",
                    PinnedRoom = "Breakout A",
                    PinnedStart = Day.At(new LocalTime(16, 30)),
                    AllowedRooms = ["Breakout A", "Breakout B"],
                    Availability = [Window(16, 15, 17, 0), Window(14, 0, 14, 30)],
                    Conflicts = ["apps-not-wheels"],
                    SameSessionAs = ["psf-support"],
                    After = ["arbitrary-metadata", "symlinks-main"],
                },
                new TopicRules("psf-support"),
            ],
            agenda.Topics);
    }

    [Fact]
    public void Presenters_AreRead()
    {
        var agenda = SummitFile.Read(With("""
            "presenters": [
              { "name": "Deb Nicholson", "available": [{ "start": "14:30", "end": "15:30" }] },
              { "name": "Blake Wheel (invented)", "available": [{ "start": "14:00", "end": "14:30" }, { "start": "16:15", "end": "17:30" }] }
            ]
            """)).Value.Agenda!;

        Assert.Equal<PresenterRules>(
            [
                new PresenterRules("Deb Nicholson") { Availability = [Window(14, 30, 15, 30)] },
                new PresenterRules("Blake Wheel (invented)") { Availability = [Window(14, 0, 14, 30), Window(16, 15, 17, 30)] },
            ],
            agenda.Presenters);
    }

    [Fact]
    public void Topics_OnATwoDaySummit_AStartTakesItsDateFromTheSessionOrNamesIt()
    {
        var fromSession = SummitFile.Read(With2023("""
            "topics": [{ "id": "sysconfig", "session": "session-2", "start": "13:30" }]
            """)).Value.Agenda!.Topics[0];
        Assert.Equal(new LocalDateTime(2023, 4, 23, 13, 30), fromSession.PinnedStart);

        var dated = SummitFile.Read(With2023("""
            "topics": [{ "id": "sysconfig", "date": "2023-04-21", "start": "11:00" }]
            """)).Value.Agenda!.Topics[0];
        Assert.Equal(new LocalDateTime(2023, 4, 21, 11, 0), dated.PinnedStart);
        Assert.Null(dated.PinnedBlockId);

        var undated = SummitFile.Read(With2023("""
            "topics": [{ "id": "sysconfig", "start": "13:30" }]
            """));
        Assert.Equal([ErrorCodes.Summits.FileMissingField], undated.Codes());

        // A session on the other day than the date given: the start is not inside it.
        var apart = SummitFile.Read(With2023("""
            "topics": [{ "id": "sysconfig", "session": "session-1", "date": "2023-04-23", "start": "13:30" }]
            """));
        Assert.Equal([ErrorCodes.Scheduling.PinUnsatisfiable], apart.Codes());
    }

    [Fact]
    public void Topics_MayNameAProposalTheIntakeRefused()
    {
        // Every proposal of the file is known, accepted or not (this one came after proposals closed): the planner drops
        // references to topics that are not selected.
        var text = With("""
            "topics": [{ "id": "lockfile-status", "conflicts": ["late-topic"] }]
            """).Replace(
            "\"proposals\": [",
            "\"proposals\": [ { \"id\": \"late-topic\", \"title\": \"Late\", \"proposers\": [\"Zed\"], \"submittedAt\": \"2024-06-01T12:00:00Z\" },",
            StringComparison.Ordinal);
        var read = SummitFile.Read(text);
        Assert.True(read.IsSuccess, string.Join("; ", read.Errors.Select(e => e.Message)));
        Assert.Equal(["late-topic"], read.Value.Agenda!.Topics[0].Conflicts);
    }

    [Theory]
    [InlineData("""{ "id": "nope" }""", ErrorCodes.Planning.UnknownTopic, "\"nope\"")]
    [InlineData("""{ "id": "lockfile-status", "conflicts": ["apps-not-wheels", "wheel-next"] }""", ErrorCodes.Planning.UnknownTopic, "\"wheel-next\"")]
    [InlineData("""{ "id": "lockfile-status", "after": ["lockfile-status"] }""", ErrorCodes.Planning.TopicRefersToItself, "\"lockfile-status\"")]
    [InlineData("""{ "id": "arbitrary-metadata", "sameSessionAs": ["symlinks-main"] }""", ErrorCodes.Planning.TopicRefersToItself, "\"symlinks-main\"")]
    [InlineData("""{ "id": "symlinks-main", "conflicts": ["psf-support", "arbitrary-metadata"] }""", ErrorCodes.Planning.TopicRefersToItself, "\"arbitrary-metadata\"")]
    [InlineData("""{ "id": "psf-support" }, { "id": "psf-support", "session": "session-2" }""", ErrorCodes.Summits.FileDuplicateEntry, "\"psf-support\"")]
    [InlineData("""{ "id": "arbitrary-metadata", "session": "session-1" }, { "id": "symlinks-main", "session": "session-2" }""", ErrorCodes.Summits.FileDuplicateEntry, "\"symlinks-main\"")]
    [InlineData("""{ "id": "psf-support", "session": "session-3" }""", ErrorCodes.Scheduling.UnknownBlock, "\"session-3\"")]
    [InlineData("""{ "id": "psf-support", "session": "break" }""", ErrorCodes.Scheduling.UnknownBlock, "\"break\"")]
    [InlineData("""{ "id": "psf-support", "room": "Room 4" }""", ErrorCodes.Scheduling.UnknownRoom, "\"Room 4\"")]
    [InlineData("""{ "id": "psf-support", "session": "session-1", "room": "Breakout A" }""", ErrorCodes.Scheduling.UnknownRoom, "\"Breakout A\"")]
    [InlineData("""{ "id": "psf-support", "rooms": ["Breakout A", "Broom closet"] }""", ErrorCodes.Scheduling.UnknownRoom, "\"Broom closet\"")]
    [InlineData("""{ "id": "psf-support", "rooms": ["Breakout A", "Breakout B"], "room": "Room 319" }""", ErrorCodes.Scheduling.PinUnsatisfiable, "\"Room 319\"")]
    [InlineData("""{ "id": "psf-support", "session": "session-1", "start": "15:30" }""", ErrorCodes.Scheduling.PinUnsatisfiable, "\"15:30\"")]
    [InlineData("""{ "id": "psf-support", "start": "16:00" }""", ErrorCodes.Scheduling.PinUnsatisfiable, "\"16:00\"")]
    [InlineData("""{ "id": "psf-support", "room": "Room 319", "start": "16:30" }""", ErrorCodes.Scheduling.PinUnsatisfiable, "\"16:30\"")]
    [InlineData("""{ "id": "psf-support", "start": "14:02" }""", ErrorCodes.Planning.PinOffGrid, "\"14:02\"")]
    [InlineData("""{ "id": "psf-support", "date": "2024-05-19", "start": "14:00" }""", ErrorCodes.Planning.FrameOutsideDay, "\"2024-05-19\"")]
    [InlineData("""{ "id": "psf-support", "date": "2024-05-18" }""", ErrorCodes.Summits.FileInvalidValue, "\"2024-05-18\"")]
    [InlineData("""{ "id": "psf-support", "start": "2pm" }""", ErrorCodes.Summits.FileInvalidValue, "\"2pm\"")]
    [InlineData("""{ "id": "psf-support", "rooms": [] }""", ErrorCodes.Summits.FileInvalidValue, "[]")]
    [InlineData("""{ "id": "psf-support", "available": [] }""", ErrorCodes.Summits.FileInvalidValue, "[]")]
    [InlineData("""{ "id": "psf-support", "available": [{ "start": "15:00", "end": "14:30" }] }""", ErrorCodes.Planning.AvailabilityWindowInverted, "{ \"start\": \"15:00\"")]
    [InlineData("""{ "id": "psf-support", "available": [{ "start": "14:00", "end": "14:33" }] }""", ErrorCodes.Planning.AvailabilityWindowOffGrid, "{ \"start\": \"14:00\"")]
    [InlineData("""{ "id": "psf-support", "available": [{ "date": "2024-05-17", "start": "14:00", "end": "14:30" }] }""", ErrorCodes.Planning.FrameOutsideDay, "\"2024-05-17\"")]
    [InlineData("""{ "session": "session-1" }""", ErrorCodes.Summits.FileMissingField, "{ \"session\"")]
    [InlineData("""{ "id": "psf-support", "pinned": true }""", ErrorCodes.Summits.FileUnknownField, "true")]
    [InlineData("""{ "id": "psf-support", "conflicts": "lockfile-status" }""", ErrorCodes.Summits.FileInvalidValue, "\"lockfile-status\"")]
    public void Topics_BadRule_IsOneCodedErrorAtItsLineAndColumn(string topics, string code, string at) =>
        AssertOneErrorAt(With("\"topics\": [" + topics + "]"), code, at);

    [Theory]
    [InlineData("""{ "name": "Ines Nobody", "available": [{ "start": "14:00", "end": "15:00" }] }""", ErrorCodes.Planning.UnknownPresenter, "\"Ines Nobody\"")]
    [InlineData("""{ "name": "Deb Nicholson", "available": [{ "start": "14:00", "end": "15:00" }] }, { "name": "Deb Nicholson", "available": [{ "start": "16:15", "end": "17:00" }] }""", ErrorCodes.Summits.FileDuplicateEntry, "\"Deb Nicholson\"")]
    [InlineData("""{ "name": "Deb Nicholson" }""", ErrorCodes.Summits.FileMissingField, "{ \"name\"")]
    [InlineData("""{ "name": "Deb Nicholson", "available": [] }""", ErrorCodes.Summits.FileInvalidValue, "[]")]
    [InlineData("""{ "name": "Deb Nicholson", "available": [{ "start": "15:00", "end": "15:00" }] }""", ErrorCodes.Planning.AvailabilityWindowInverted, "{ \"start\": \"15:00\"")]
    [InlineData("""{ "name": "Deb Nicholson", "available": [{ "start": "14:00", "end": "14:07" }] }""", ErrorCodes.Planning.AvailabilityWindowOffGrid, "{ \"start\": \"14:00\"")]
    [InlineData("""{ "name": "Deb Nicholson", "available": [{ "start": "14:00", "end": "15:00" }], "seats": 1 }""", ErrorCodes.Summits.FileUnknownField, "1 }")]
    public void Presenters_BadEntry_IsOneCodedErrorAtItsLineAndColumn(string presenters, string code, string at) =>
        AssertOneErrorAt(With("\"presenters\": [" + presenters + "]"), code, at);

    [Fact]
    public void TopicsAndPresenters_BadEntriesOfBoth_AreReportedTogether()
    {
        var read = SummitFile.Read(With("""
            "topics": [{ "id": "psf-support", "start": "14:02" }], "presenters": [{ "name": "Deb Nicholson", "available": [{ "start": "15:00", "end": "14:00" }] }]
            """));
        Assert.Equal([ErrorCodes.Planning.PinOffGrid, ErrorCodes.Planning.AvailabilityWindowInverted], read.Codes());
    }

    [Fact]
    public void RoomsTopicsAndPresenters_BadEntriesOfEach_AreReportedTogether()
    {
        // A bad room entry used to hide the topics' and presenters' problems until it was mended.
        var read = SummitFile.Read(With("""
            "rooms": [{ "name": "Room 319", "seats": 0 }], "topics": [{ "id": "psf-support", "start": "14:02" }], "presenters": [{ "name": "Deb Nicholson", "available": [{ "start": "15:00", "end": "14:00" }] }]
            """));
        Assert.Equal([ErrorCodes.Summits.FileInvalidValue, ErrorCodes.Planning.PinOffGrid, ErrorCodes.Planning.AvailabilityWindowInverted], read.Codes());
    }

    [Fact]
    public void Topics_WithoutAFrame_AreCheckedAgainstTheProposalsStill()
    {
        // A frame that cannot be made (off the grid) is the planner's to report; the ids are still checked.
        var text = With("""
            "topics": [{ "id": "nope", "session": "session-9" }]
            """).Replace("\"welcome\": 15,", "\"welcome\": 15, \"grid\": 10,", StringComparison.Ordinal);
        Assert.Equal([ErrorCodes.Planning.UnknownTopic], SummitFile.Read(text).Codes());
    }

    /// <summary>The file fails with exactly <paramref name="code"/>, pointing at the last occurrence of <paramref name="at"/> on the line of the rules.</summary>
    private static void AssertOneErrorAt(string text, string code, string at)
    {
        var read = SummitFile.Read(text, "topics.json");
        Assert.Equal([code], read.Codes());
        var error = read.FirstError();
        Assert.Equal("topics.json", error.Source);
        var line = text.Split('\n')[error.Line!.Value - 1];
        Assert.Contains("\"packer\": \"exact\"", line, StringComparison.Ordinal);
        Assert.Equal(line.LastIndexOf(at, StringComparison.Ordinal) + 1, error.Column);
        Assert.StartsWith($"topics.json:{error.Line}:{error.Column}: ", error.Message, StringComparison.Ordinal);
    }
}
