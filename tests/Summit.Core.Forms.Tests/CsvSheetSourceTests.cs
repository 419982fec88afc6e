using Summit.Core.Summits.File;
using NodaTime;
using Summit.Core.Summits;

namespace Summit.Core.Forms.Tests;

public sealed class CsvSheetSourceTests
{
    private const string Avery = "3/2/2024 10:00:00,avery@example.org,Avery,PyPA,I maintain a packaging tool,pip,No";

    [Fact]
    public void Parse_ByteOrderMarkAndCrlf_ReadsTheHeaderAndRows()
    {
        var table = CsvSheetSource.Parse("\uFEFFa,b\r\n1,2\r\n3,4\r\n", "t.csv");
        Assert.True(table.IsSuccess);
        Assert.Equal(["a", "b"], table.Value.Headers.ToArray());
        Assert.Equal([2, 3], table.Value.Rows.Select(r => r.Number));
        Assert.Equal(["3", "4"], table.Value.Rows[1].Cells.ToArray());
    }

    [Fact]
    public void Parse_QuotedCommasQuotesAndNewlines_KeepsOneCell()
    {
        var table = CsvSheetSource.Parse("a,b\n\"x, y\",\"line 1\nline \"\"2\"\"\"\nz,w\n", "t.csv").Value;
        Assert.Equal("x, y", table.Rows[0].Cells[0]);
        Assert.Equal("line 1\nline \"2\"", table.Rows[0].Cells[1]);
        Assert.Equal(3, table.Rows[1].Number);
    }

    [Fact]
    public void Parse_SemicolonHeader_DetectsTheSeparator()
    {
        var table = CsvSheetSource.Parse("a;b;\"c,d\"\n1,5;2;3\n", "t.csv").Value;
        Assert.Equal(["a", "b", "c,d"], table.Headers.ToArray());
        Assert.Equal(["1,5", "2", "3"], table.Rows[0].Cells.ToArray());
    }

    [Fact]
    public void Parse_DeclaredDelimiter_Wins()
    {
        var table = CsvSheetSource.Parse("a,b;c\n1,2;3\n", "t.csv", ';').Value;
        Assert.Equal(["a,b", "c"], table.Headers.ToArray());
    }

    [Fact]
    public void Parse_Empty_IsUnreadable()
    {
        Assert.Equal([ErrorCodes.Sheets.Unreadable], CsvSheetSource.Parse(string.Empty, "t.csv").Codes());
    }

    [Fact]
    public void Read_BomCrlfSemicolonsAndQuotedNewlines_ReadsEveryField()
    {
        var csv = "\uFEFFTimestamp;Email Address;Your name;Organization;Which of these describe you?;Projects you work on;First Packaging Summit?\r\n"
            + "3/2/2024 10:00:00;avery@example.org;\"Avery\r\nTool\";\"PyPA; pip\";I maintain a packaging tool;pip, setuptools;Yes\r\n";
        var doc = Sheets.ReadRegistrations(csv).Value;
        var r = Assert.Single(doc.Intake.Registrations);
        Assert.Equal("Avery\r\nTool", r.Name);
        Assert.Equal("PyPA; pip", r.Organization);
        Assert.Equal(["pip", "setuptools"], r.Projects.ToArray());
        Assert.Equal([StakeholderRole.ToolCreator], r.Roles.ToArray());
        Assert.True(r.FirstTime);
        Assert.Equal("avery@example.org", r.Email);
        Assert.Equal(Instant.FromUtc(2024, 3, 2, 15, 0), r.SubmittedAt);
    }

    [Fact]
    public void Read_EmailId_IsAStableHashOfTheNormalizedAddress()
    {
        var a = Sheets.ReadRegistrations(Sheets.RegistrationHeader + Avery).Value.Intake.Registrations[0];
        var b = Sheets.ReadRegistrations(Sheets.RegistrationHeader + Avery.Replace("avery@example.org", "  Avery@Example.ORG ", StringComparison.Ordinal)).Value.Intake.Registrations[0];
        Assert.Equal(a.Id, b.Id);
        Assert.Equal(10, a.Id.Length);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("avery@example.org"u8))[..10], a.Id);
    }

    [Fact]
    public void Read_LabelWithACommaAmongOthers_SplitsOnDeclaredLabels()
    {
        var doc = Sheets.ReadRegistrations(Sheets.RegistrationHeader
            + "3/2/2024 10:00:00,a@example.org,A,,\"I build, package, and ship apps, I maintain a library\",,No").Value;
        Assert.Equal([StakeholderRole.ApplicationDeveloper, StakeholderRole.LibraryMaintainer], doc.Intake.Registrations[0].Roles.ToArray());
        Assert.Empty(doc.RejectedRows);
    }

    [Fact]
    public void Read_UnknownLabel_RefusesTheRowNamingRowColumnAndText()
    {
        var doc = Sheets.ReadRegistrations(Sheets.RegistrationHeader
            + "3/2/2024 10:00:00,a@example.org,A,,\"I maintain a library, I juggle\",,No\r\n" + Avery).Value;
        var error = Assert.Single(doc.RejectedRows);
        Assert.Equal(ErrorCodes.Sheets.UnknownLabel, error.Code);
        Assert.Equal(2, error.Metadata["row"]);
        Assert.Equal("Which of these describe you?", error.Metadata["columnName"]);
        Assert.Equal(5, error.Column);
        Assert.Contains("'I juggle'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'I maintain a library'", error.Message, StringComparison.Ordinal);
        Assert.Equal("Avery", Assert.Single(doc.Intake.Registrations).Name);
    }

    [Fact]
    public void Read_OtherFreeText_IsKeptAsAProject()
    {
        const string json = """
            "registrations": { "csv": "r.csv", "timeZone": "UTC", "timestampFormat": "M/d/yyyy H:mm:ss",
              "columns": { "submittedAt": "T", "email": "E", "name": "N", "projects": "P" },
              "values": { "projects": { "pip": "pip", "uv": "uv" } } }
            """;
        var doc = Sheets.Read(json, ("r.csv", "T,E,N,P\n3/2/2024 10:00:00,a@x.org,A,\"pip, Other: my, own tool\"\n")).Value;
        Assert.Equal(["pip", "my, own tool"], doc.Intake.Registrations[0].Projects.ToArray());
    }

    [Fact]
    public void Read_BlankRow_IsSkippedAndNumbersStay()
    {
        var doc = Sheets.ReadRegistrations(Sheets.RegistrationHeader + ",,,,,,\r\n\r\n" + "x,b@example.org,B,,,,No\r\n").Value;
        Assert.Empty(doc.Intake.Registrations);
        Assert.Equal(4, Assert.Single(doc.RejectedRows).Metadata["row"]);
    }

    [Fact]
    public void Read_DuplicateSubmission_FollowsTheIntakeDuplicatePolicy()
    {
        var doc = Sheets.ReadRegistrations(Sheets.RegistrationHeader + Avery + "\r\n" + Avery.Replace("3/2/2024", "3/9/2024", StringComparison.Ordinal)).Value;
        // The default policy: an on-time re-submission by the same person replaces the earlier answers.
        Assert.Equal(new LocalDate(2024, 3, 9), Assert.Single(doc.Intake.Registrations).SubmittedAt.InUtc().Date);
        Assert.Single(doc.Intake.Superseded);
        Assert.Empty(doc.Intake.Rejected);
    }

    [Fact]
    public void Read_EmptyOptionalColumn_GivesDefaults()
    {
        var doc = Sheets.ReadRegistrations(Sheets.RegistrationHeader + "3/2/2024 10:00:00,a@example.org,A,,,,").Value;
        var r = doc.Intake.Registrations[0];
        Assert.Null(r.Organization);
        Assert.Empty(r.Roles);
        Assert.Empty(r.Projects);
        Assert.Null(r.FirstTime);
    }

    [Theory]
    [InlineData("4/1/2024 23:30:00", true)]
    [InlineData("4/2/2024 7:59:59", true)]
    [InlineData("4/2/2024 8:00:00", false)]
    public void Read_WallTimeInTheSheetZone_MeetsTheAoEDeadline(string stamp, bool onTime)
    {
        var doc = Sheets.ReadRegistrations(Sheets.RegistrationHeader + Avery.Replace("3/2/2024 10:00:00", stamp, StringComparison.Ordinal)).Value;
        Assert.Equal(onTime, doc.Intake.Registrations.Length == 1);
    }

    [Fact]
    public void Read_DayFirstFormat_ReadsDayBeforeMonth()
    {
        var json = Sheets.Registrations.Replace("M/d/yyyy H:mm:ss", "dd/MM/yyyy HH:mm:ss", StringComparison.Ordinal).Replace("America/New_York", "Europe/London", StringComparison.Ordinal);
        var doc = Sheets.Read(json, ("r.csv", Sheets.RegistrationHeader + "03/02/2024 10:00:00,a@example.org,A,,,,")).Value;
        Assert.Equal(Instant.FromUtc(2024, 2, 3, 10, 0), doc.Intake.Registrations.Length == 0 ? doc.Intake.Rejected[0].SubmittedAt : doc.Intake.Registrations[0].SubmittedAt);
    }

    [Theory]
    [InlineData("3/10/2024 2:30:00", ErrorCodes.Sheets.SkippedTime)]
    [InlineData("11/3/2024 1:30:00", ErrorCodes.Sheets.AmbiguousTime)]
    [InlineData("2024-03-02 10:00", ErrorCodes.Sheets.InvalidCell)]
    public void Read_BadWallTime_RefusesTheRow(string stamp, string code)
    {
        var doc = Sheets.ReadRegistrations(Sheets.RegistrationHeader + Avery.Replace("3/2/2024 10:00:00", stamp, StringComparison.Ordinal)).Value;
        Assert.Equal(code, Assert.Single(doc.RejectedRows).Code);
        Assert.Equal("Timestamp", doc.RejectedRows[0].Metadata["columnName"]);
    }

    [Fact]
    public void Read_FormatWithoutOffsetAndNoZone_IsAFileError()
    {
        var json = Sheets.Registrations.Replace("\"timeZone\": \"America/New_York\",", string.Empty, StringComparison.Ordinal);
        Assert.Contains(ErrorCodes.Summits.FileMissingField, Sheets.Read(json, ("r.csv", Sheets.RegistrationHeader)).Codes());
    }

    [Fact]
    public void Read_MissingColumn_FailsTheRead()
    {
        var result = Sheets.ReadRegistrations("Timestamp,Email Address,Your name\r\n");
        Assert.Contains(ErrorCodes.Sheets.MissingColumn, result.Codes());
    }

    [Fact]
    public void Read_MissingSheetOrNoSource_IsUnreadable()
    {
        Assert.Equal([ErrorCodes.Sheets.Unreadable], Sheets.Read(Sheets.Registrations).Codes());
        var noSource = SummitFile.Read("{" + Sheets.Timeline + Sheets.Registrations + "}");
        Assert.Equal([ErrorCodes.Sheets.Unreadable], noSource.Codes());
    }

    [Fact]
    public void Read_InlineAndSheetTogether_KeepsBoth()
    {
        var json = "\"registrations\": [ { \"id\": \"inline\", \"name\": \"I\", \"submittedAt\": \"2024-03-02T00:00:00Z\" }, "
            + Sheets.Registrations["\"registrations\": ".Length..] + " ]";
        var doc = Sheets.Read(json, ("r.csv", Sheets.RegistrationHeader + Avery)).Value;
        Assert.Equal(["inline", "Avery"], doc.Intake.Registrations.Select(r => r.Id == "inline" ? "inline" : r.Name));
    }

    [Fact]
    public void Read_ProposalMinutesAndLightningTalk_AreMapped()
    {
        const string json = """
            "proposals": { "csv": "p.csv", "timeZone": "UTC", "timestampFormat": "M/d/yyyy H:mm:ss",
              "columns": { "submittedAt": "T", "title": "Title", "proposers": "Who", "lightningTalk": "LT?", "discussionMinutes": "How long?" } }
            """;
        var doc = Sheets.Read(json, ("p.csv", "T,Title,Who,LT?,How long?\n3/2/2024 10:00:00,Lock files!,\"A, B\",Yes,15-30\n3/3/2024 10:00:00,Other,C,No,20 minutes\n3/3/2024 10:00:00,Bad,C,No,a while\n")).Value;
        var p = doc.Intake.Proposals;
        Assert.Equal(["lock-files", "other"], p.Select(x => x.Id));
        Assert.Equal(["A", "B"], p[0].Proposers.ToArray());
        Assert.True(p[0].WantsLightningTalk);
        Assert.Equal([30, 20], p.Select(x => x.DesiredDiscussionMinutes));
        Assert.Equal(ErrorCodes.Sheets.InvalidCell, Assert.Single(doc.RejectedRows).Code);
    }

    [Fact]
    public void Read_BallotRankingColumn_MatchesTopicsByTitleOrId()
    {
        const string json = """
            "registrations": [ { "id": "v1", "name": "V", "submittedAt": "2024-03-02T00:00:00Z" } ],
            "proposals": [ { "id": "lock", "title": "Lock files", "submittedAt": "2024-03-02T00:00:00Z" },
                           { "id": "meta", "title": "Metadata", "submittedAt": "2024-03-02T00:00:00Z" } ],
            "vote": { "ballots": { "csv": "b.csv", "id": "column", "columns": { "castAt": "When", "voter": "Who", "ranking": "Order" } } }
            """;
        var doc = Sheets.Read(json, ("b.csv", "When,Who,Order\n2024-05-03T10:00:00Z,v1,lock files > meta\n")).Value;
        var ballot = Assert.Single(doc.Vote!.Ballots);
        Assert.Equal([["lock"], ["meta"]], ballot.Ranking.Select(t => t.ToArray()));
    }

    [Fact]
    public void Read_BallotGrid_RanksByChoiceWithTies()
    {
        const string json = """
            "proposals": [ { "id": "lock", "title": "Lock files", "submittedAt": "2024-03-02T00:00:00Z" },
                           { "id": "meta", "title": "Metadata", "submittedAt": "2024-03-02T00:00:00Z" },
                           { "id": "psf", "title": "PSF", "submittedAt": "2024-03-02T00:00:00Z" } ],
            "vote": { "ballots": { "csv": "b.csv", "timeZone": "UTC", "timestampFormat": "M/d/yyyy H:mm:ss",
                      "columns": { "castAt": "Timestamp", "email": "Email Address", "grid": "Rank" } } }
            """;
        var csv = "Timestamp,Email Address,Rank [Lock files],Rank [Metadata],Rank [psf]\n"
            + "5/3/2024 10:00:00,a@x.org,2nd choice,1st choice,2nd choice\n"
            + "5/3/2024 10:00:00,b@x.org,first,,\n"
            + "5/3/2024 10:00:00,c@x.org,,,\n";
        var doc = Sheets.Read(json, ("b.csv", csv)).Value;
        var ballot = Assert.Single(doc.Vote!.Ballots);
        Assert.Equal([["meta"], ["lock", "psf"]], ballot.Ranking.Select(t => t.ToArray()));
        Assert.Equal([ErrorCodes.Sheets.UnknownLabel, ErrorCodes.Sheets.InvalidCell], doc.RejectedRows.Select(e => e.Code));
    }

    [Fact]
    public void Read_BallotGridNamingNoProposal_FailsTheRead()
    {
        const string json = """
            "proposals": [ { "id": "lock", "title": "Lock files", "submittedAt": "2024-03-02T00:00:00Z" } ],
            "vote": { "ballots": { "csv": "b.csv", "columns": { "castAt": "T", "email": "E", "grid": "Rank" } } }
            """;
        Assert.Equal([ErrorCodes.Sheets.UnknownTopic], Sheets.Read(json, ("b.csv", "T,E,Rank [Lock files],Rank [Wheels]\n")).Codes());
    }
}
