using Summit.Core.Summits.File;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using Summit.Core.Export;
using Summit.Core.Planning;
using Summit.Core.Scheduling;
using Summit.Core.Summits;
using Summit.Core.Tests.Summits;

namespace Summit.Core.Tests.Planning;

// Expected agendas are written out from shared/data/summits/packaging-summits.md: 2022 (S2), 2023 (S3, S6), 2024 (S4)
// are published agendas [F]; the 2020 block times and the 2026 blocks inside 13:45–17:45 are invented there ([I]) and
// marked so in the bundled files.
public sealed class FramePlanningTests
{
    private static SummitPlan Plan(string name, Instant at) => SummitPlanner.Plan(SummitFile.Read(Text(name)).Value, at);

    /// <summary>The bundled file; 2020 without its cancellation, so its frame can be planned as it would have run.</summary>
    private static string Text(string name) => name == "pycon-us-2020"
        ? System.Text.RegularExpressions.Regex.Replace(SummitFileTests.Example(name), @"""cancelled"": \{[^}]*\},", string.Empty)
        : SummitFileTests.Example(name);

    private static string[] Lines(Agenda agenda) =>
        [.. agenda.Items.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.LocalStart:MM'-'dd HH':'mm} {i.Minutes} {i.Kind} {i.TopicId ?? i.Title} [{i.Room}]"))];

    [Fact]
    public void Plan2022_FromTheBundledFrame_IsThePublishedAgenda()
    {
        var agenda = Plan("pycon-us-2022", Instant.FromUtc(2022, 4, 20, 0, 0)).Agenda.Value;
        string[] expected =
        [
            "04-29 13:45 10 Welcome Welcome, introductions [Room 250AB]",
            "04-29 13:55 30 Topic extras-metadata-3 [Room 250AB]",
            "04-29 14:25 25 Topic external-data [Room 250AB]",
            "04-29 14:50 25 Topic c-extensions [Room 250AB]",
            "04-29 15:15 30 Break Coffee break [Room 250AB]",
            "04-29 15:45 20 Topic vision-strategy [Room 250AB]",
            "04-29 16:05 20 Topic new-contributors [Room 250AB]",
            "04-29 16:25 50 DayOf Lightning talks (submitted on site before the coffee break, up to 3) [Room 250AB]",
        ];
        Assert.Equal(expected, Lines(agenda));
        Assert.Equal(Instant.FromUtc(2022, 4, 29, 19, 45), agenda.Items[0].Start); // MDT, not the −07:00 of the conference JSON
    }

    [Fact]
    public void Plan2023_TwoDays_FourTopicsOf25MinutesEachDay_WithOverflow()
    {
        var agenda = Plan("pycon-us-2023", Instant.FromUtc(2023, 4, 15, 0, 0)).Agenda.Value;
        string[] expected =
        [
            "04-21 10:30 5 Welcome Welcome [Room 251AB]",
            "04-21 10:35 25 Topic pypa-conda [Room 251AB]",
            "04-21 11:00 25 Topic pypa-mission [Room 251AB]",
            "04-21 11:25 25 Topic pypa-scope [Room 251AB]",
            "04-21 11:50 25 Topic mobile [Room 251AB]",
            "04-21 12:15 15 Overflow Overflow time [Room 251AB]",
            "04-23 13:00 5 Welcome Welcome [Room 251AB]",
            "04-23 13:05 25 Topic dynamic-metadata [Room 251AB]",
            "04-23 13:30 25 Topic pypi-namespaces [Room 251AB]",
            "04-23 13:55 25 Topic sysconfig [Room 251AB]",
            "04-23 14:20 25 Topic cli-tools [Room 251AB]",
            "04-23 14:45 15 Overflow Overflow time [Room 251AB]",
        ];
        Assert.Equal(expected, Lines(agenda));
        Assert.Equal(["session-1", "session-2"], agenda.Template.Blocks.Where(b => b.Kind == BlockKind.Session).Select(b => b.Id));
        Assert.Equal("Session 2: Tech Spec Proposals", agenda.Template.Blocks[3].Title);
    }

    [Fact]
    public void Plan2024_ShortFormStillWorks_ThreeThirtyMinuteTopicsAndCallOuts()
    {
        var agenda = Plan("pycon-us-2024", Instant.FromUtc(2024, 5, 10, 0, 0)).Agenda.Value;
        var lines = Lines(agenda);
        Assert.Equal("05-18 13:45 15 Welcome Welcome, introductions [Room 319]", lines[0]);
        Assert.Equal("05-18 14:00 30 Topic arbitrary-metadata [Room 319]", lines[1]);
        Assert.Matches(@"^05-18 14:30 30 Topic ", lines[2]);
        Assert.Matches(@"^05-18 15:00 30 Topic ", lines[3]);
        Assert.Equal("05-18 15:30 15 DayOf Time for quick call-outs (plugs, resources, follow-ups) [Room 319]", lines[4]);
        Assert.Equal("05-18 15:45 30 Break Coffee break [Room 319]", lines[5]);
        Assert.Equal("05-18 17:30 15 OpenTime Open time [Room 319]", lines[^1]);
    }

    [Fact]
    public void Plan2020_FullDay_HasLunchTwoCoffeeBreaksWrapUpAndADayOfReserve()
    {
        var agenda = Plan("pycon-us-2020", Instant.FromUtc(2020, 4, 10, 0, 0)).Agenda.Value;
        var lines = Lines(agenda);
        Assert.Contains("04-16 12:30 60 Break Lunch [Level 4, Room 408]", lines);
        Assert.Equal(2, lines.Count(l => l.Contains("Break Coffee break", StringComparison.Ordinal)));
        Assert.Contains("04-16 16:30 30 DayOf Topics brought on the day [Level 4, Room 408]", lines);
        Assert.Contains("04-16 17:00 60 OpenTime Open time [Level 4, Room 408]", lines);
        Assert.Equal(BlockKind.Lunch, agenda.Template.Blocks.Single(b => b.Title == "Lunch").Kind);
        Assert.All(agenda.Topics, t => Assert.Equal((5, 25, 5, 35), (t.LightningTalkMinutes, t.DiscussionMinutes, t.WrapUpMinutes, t.Minutes)));
        Assert.Equal(new LocalTime(9, 45), agenda.Topics.First().LocalStart.TimeOfDay);
    }

    [Fact]
    public void Plan2026_TalksThenDayOfLightningTalksThenSixParallelRoundtables()
    {
        var agenda = Plan("pycon-us-2026", Instant.FromUtc(2026, 5, 10, 0, 0)).Agenda.Value;
        var lines = Lines(agenda);
        Assert.Equal(
            ["05-15 14:00 30 Topic wheel-2 [Room 201A]", "05-15 14:30 30 Topic pypi-abuse [Room 201A]", "05-15 15:00 30 Topic ecosystems [Room 201A]"],
            lines.Where(l => l.Contains("Topic", StringComparison.Ordinal) && l.Contains("Room 201A", StringComparison.Ordinal)));
        Assert.Contains("05-15 16:00 45 DayOf Lightning talks [Room 201A]", lines);
        var tables = agenda.Topics.Where(t => t.BlockId == "session-2").ToList();
        Assert.Equal(6, tables.Select(t => t.Room).Distinct().Count());
        Assert.All(tables, t => Assert.Equal((new LocalTime(16, 45), 45), (t.LocalStart.TimeOfDay, t.Minutes)));
        Assert.Equal(Instant.FromUtc(2026, 5, 16, 0, 45), agenda.Items[^1].End); // the UTC date rolls over
    }

    [Fact]
    public void OneProposal_SameMinutesFromTheFileToEveryOutput()
    {
        var plan = Plan("pycon-us-2024", Instant.FromUtc(2024, 5, 10, 0, 0));
        var proposal = plan.Document.Intake.Proposals.Single(p => p.Id == "arbitrary-metadata");
        Assert.Equal((true, 5, 25), (proposal.WantsLightningTalk, proposal.LightningTalkMinutes, proposal.DesiredDiscussionMinutes));
        var length = TopicLength.For(proposal, plan.Document.Agenda!.LengthRules);
        Assert.Equal(new TopicLength(5, 15, 25, 0), length);

        var outcome = plan.Topics.Value.Outcomes.Single(o => o.Proposal.Id == "arbitrary-metadata");
        Assert.Equal(length.MinimumMinutes, outcome.Minutes);
        Assert.Contains("needs 20 min = 5 lightning talk + 15 discussion + 0 wrap-up (up to 30 min: 25 discussion)", outcome.Reason.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("placed in", outcome.Reason.Message, StringComparison.Ordinal);

        var item = plan.Agenda.Value.FindTopic("arbitrary-metadata")!;
        Assert.Equal((5, 25, 0, 30), (item.LightningTalkMinutes, item.DiscussionMinutes, item.WrapUpMinutes, item.Minutes));

        using var json = JsonDocument.Parse(AgendaJsonExport.Write(plan.Agenda.Value));
        var text = json.RootElement.ToString();
        Assert.Contains("\"lightningTalkMinutes\":5", text.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var ics = CalendarExport.Write(plan.Agenda.Value, Instant.FromUtc(2024, 5, 10, 0, 0));
        Assert.Contains("Lightning talk 5 min, discussion 25 min, action items 0 min", ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\\", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("14:00   30 min  Arbitrary package metadata", AgendaTextExport.ToPlainText(plan.Agenda.Value), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pycon-us-2020", "2020-04-10T00:00:00Z")]
    [InlineData("pycon-us-2022", "2022-04-20T00:00:00Z")]
    [InlineData("pycon-us-2023", "2023-04-15T00:00:00Z")]
    [InlineData("pycon-us-2024", "2024-05-10T00:00:00Z")]
    [InlineData("pycon-us-2026", "2026-05-10T00:00:00Z")]
    public void EveryExample_EveryOutputListsTheSameTopicsMinutesAndPlaces_OnTheFiveMinuteGrid(string name, string at)
    {
        var plan = Plan(name, NodaTime.Text.InstantPattern.General.Parse(at).Value);
        var agenda = plan.Agenda.Value;
        Assert.All(agenda.Items, i =>
        {
            Assert.Equal(0, ((i.LocalStart.Hour * 60) + i.LocalStart.Minute) % 5);
            Assert.Equal(0, i.Minutes % 5);
        });
        var selected = plan.Topics.Value.Selected.Select(t => t.Proposal.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(selected, agenda.Topics.Select(t => t.TopicId!).Order(StringComparer.Ordinal));
        using var json = JsonDocument.Parse(AgendaJsonExport.Write(agenda));
        var plain = AgendaTextExport.ToPlainText(agenda);
        foreach (var t in agenda.Topics)
        {
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{t.LocalStart:HH':'mm}  {t.Minutes,3} min  {t.Title}"), plain, StringComparison.Ordinal);
            var outcome = plan.Topics.Value.Outcomes.Single(o => o.Proposal.Id == t.TopicId);
            Assert.Equal(TopicLength.For(outcome.Proposal, plan.Document.Agenda!.LengthRules).MinimumMinutes, outcome.Minutes);
            Assert.InRange(t.Minutes, outcome.Minutes, TopicLength.For(outcome.Proposal, plan.Document.Agenda!.LengthRules).MaximumMinutes);
        }

        Assert.Contains(json.RootElement.EnumerateObject(), p => p.Value.ValueKind == JsonValueKind.Array);
    }

    [Fact]
    public void Frame_BlockAfterTheDay_IsCodedErrorAtTheBlock()
    {
        var text = SummitFileTests.Example("pycon-us-2023").Replace("Proposals\", \"end\": \"15:00\"", "Proposals\", \"end\": \"15:30\"", StringComparison.Ordinal);
        var error = SummitFile.Read(text).FirstError();
        Assert.Equal(ErrorCodes.Planning.FrameOutsideDay, error.Code);
        Assert.NotNull(error.Line);
        Assert.NotNull(error.Column);
        Assert.Contains("Session 2: Tech Spec Proposals", text.Split('\n')[error.Line!.Value - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Frame_DayNotASummitDay_IsCodedError()
    {
        var text = SummitFileTests.Example("pycon-us-2023").Replace("\"date\": \"2023-04-23\",\n        \"blocks\"", "\"date\": \"2023-04-22\",\n        \"blocks\"", StringComparison.Ordinal);
        Assert.Equal([ErrorCodes.Planning.FrameOutsideDay], SummitFile.Read(text).Codes());
    }

    [Fact]
    public void Frame_OffTheGrid_AndOverlapping_AreCodedErrors()
    {
        var offGrid = SummitFileTests.Example("pycon-us-2022").Replace("\"minutes\": 10 }", "\"minutes\": 12 }", StringComparison.Ordinal);
        Assert.Contains(ErrorCodes.Planning.FrameOffGrid, SummitFile.Read(offGrid).Codes());
        var overlap = SummitFileTests.Example("pycon-us-2023").Replace(
            "{ \"kind\": \"session\", \"title\": \"Session 1: Scope, Strategy & Synergy\", \"end\": \"12:30\" }",
            "{ \"kind\": \"session\", \"title\": \"Session 1: Scope, Strategy & Synergy\", \"start\": \"10:30\", \"end\": \"12:30\" }",
            StringComparison.Ordinal);
        Assert.Equal([ErrorCodes.Planning.FrameBlocksOverlap], SummitFile.Read(overlap).Codes());
    }

    [Fact]
    public void Changeover_IsReadBesideTheGrid_DefaultZero()
    {
        Assert.Equal(0, SummitFile.Read(SummitFileTests.Example("pycon-us-2023")).Value.Agenda!.ChangeoverMinutes);
        var text = SummitFileTests.Example("pycon-us-2023").Replace("\"grid\": 5,", "\"grid\": 5, \"changeover\": 10,", StringComparison.Ordinal);
        Assert.Equal(10, SummitFile.Read(text).Value.Agenda!.ChangeoverMinutes);
    }

    [Theory]
    [InlineData("7", ErrorCodes.Planning.ChangeoverOffGrid)]
    [InlineData("245", ErrorCodes.Summits.FileInvalidValue)]
    [InlineData("-5", ErrorCodes.Summits.FileInvalidValue)]
    [InlineData("\"ten\"", ErrorCodes.Summits.FileInvalidValue)]
    public void Changeover_OffTheGridOrOutOfRange_IsCodedErrorAtTheValue(string value, string code)
    {
        var text = SummitFileTests.Example("pycon-us-2023").Replace("\"grid\": 5,", "\"grid\": 5, \"changeover\": " + value + ",", StringComparison.Ordinal);
        var error = SummitFile.Read(text).FirstError();
        Assert.Equal(code, error.Code);
        Assert.Contains("\"changeover\"", text.Split('\n')[error.Line!.Value - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Changeover_ReachesThePackingRequestAndThePackerKeepsIt()
    {
        // Day 2 gets two parallel rooms and every topic one presenter; the agenda keeps the changeover between rooms.
        var text = System.Text.RegularExpressions.Regex.Replace(SummitFileTests.Example("pycon-us-2023"), @"""proposers"": \[[^\]]*\]", @"""proposers"": [""Ada""]")
            .Replace("\"title\": \"Session 2: Tech Spec Proposals\", \"end\": \"15:00\"", "\"title\": \"Session 2: Tech Spec Proposals\", \"end\": \"15:00\", \"rooms\": [\"A\", \"B\"]", StringComparison.Ordinal)
            .Replace("\"grid\": 5,", "\"grid\": 5, \"changeover\": 20,", StringComparison.Ordinal);
        var document = SummitFile.Read(text).Value;
        var template = AgendaFrame.Template(document.Summit, document.Agenda!).Value;

        var request = SummitPlanner.PackingRequestFor(template, [], document.Agenda!, null);
        var agenda = SummitPlanner.Plan(document, Instant.FromUtc(2023, 4, 15, 0, 0)).Agenda.Value;

        Assert.Equal((20, 5), (request.ChangeoverMinutes, request.GridMinutes));
        var topics = agenda.Topics.OrderBy(t => t.Start).ToList();
        Assert.True(topics.Count >= 6);
        Assert.All(topics.Zip(topics.Skip(1)), p => Assert.True(p.First.Room == p.Second.Room || (p.Second.Start - p.First.End).TotalMinutes >= 20));
    }

    [Fact]
    public void Frame_MixedWithShortForm_IsFileError()
    {
        var text = SummitFileTests.Example("pycon-us-2023").Replace("\"grid\": 5,", "\"grid\": 5, \"welcome\": 10,", StringComparison.Ordinal);
        Assert.Equal([ErrorCodes.Summits.FileInvalidValue], SummitFile.Read(text).Codes());
    }

    [Fact]
    public void Budget_IsDerivedFromTheTemplate_SessionsTimesRoomsMinusReserved()
    {
        var doc = SummitFile.Read(SummitFileTests.Example("pycon-us-2026")).Value;
        var template = AgendaFrame.Template(doc.Summit, doc.Agenda!).Value;
        var budget = AgendaFrame.Budget(template, doc.Agenda!.LengthRules);
        Assert.Equal(7, budget.Sessions.Length);
        Assert.Equal(("Talks", 90), (budget.Sessions[0].Name, budget.Sessions[0].Minutes));
        Assert.All(budget.Sessions.Skip(1), s => Assert.Equal(45, s.Minutes));
        Assert.Equal("Roundtables / Table 3", budget.Sessions[3].Name);
    }
}
