using System.Text.Json;

namespace Summit.Cli.Tests;

/// <summary><c>summit plan</c> and <c>summit check</c> on summit files that name CSV form exports.</summary>
public sealed class FormsCommandTests
{
    private static readonly string Inline = Path.Combine(AppContext.BaseDirectory, "Fixtures", "forms", "pycon-us-2024-inline.json");

    [Theory]
    [InlineData("2024-03-20T00:00:00Z")]
    [InlineData("2024-05-10T00:00:00Z")]
    public void Plan_BundledCsvExample_PlansLikeItsInlineEquivalent(string at)
    {
        var fromCsv = CliRunner.Run("plan", "example:pycon-us-2024-forms", "--at", at, "--json");
        var fromJson = CliRunner.Run("plan", Inline, "--at", at, "--json");
        Assert.Equal(0, fromCsv.ExitCode);
        Assert.Equal(fromJson.Out, fromCsv.Out);
        Assert.Contains("\"rejectedRows\": []", fromCsv.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_CsvExampleByPath_ReadsSheetsNextToTheFile()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "forms", "example", "pycon-us-2024-forms.json");
        var byPath = CliRunner.Run("plan", path, "--at", "2024-05-10T00:00:00Z");
        var embedded = CliRunner.Run("plan", "example:pycon-us-2024-forms", "--at", "2024-05-10T00:00:00Z");
        Assert.Equal(0, byPath.ExitCode);
        Assert.Equal(embedded.Out, byPath.Out);
    }

    [Fact]
    public void Plan_CsvExample_NeverPrintsEmailAddresses()
    {
        var run = CliRunner.Run("plan", "example:pycon-us-2024-forms", "--at", "2024-05-10T00:00:00Z", "--json");
        Assert.DoesNotContain("@example", run.Out, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Check_CleanExample_PrintsCountsAndExitsZero()
    {
        var run = CliRunner.Run("check", "example:pycon-us-2024-forms");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("registrations: 17 accepted, 1 replaced by a later submission, 1 refused by the intake", run.Out, StringComparison.Ordinal);
        Assert.Contains("sheet rows refused: 0", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BadRows_ListsEveryRowErrorAndExitsOne()
    {
        var dir = Directory.CreateTempSubdirectory("summit-check-");
        try
        {
            var example = Path.Combine(AppContext.BaseDirectory, "Fixtures", "forms", "example");
            foreach (var f in Directory.GetFiles(example))
            {
                File.Copy(f, Path.Combine(dir.FullName, Path.GetFileName(f)));
            }

            var csv = Path.Combine(dir.FullName, "registrations.csv");
            File.AppendAllText(csv, "13/45/2024 10:00:00,x@example.org,Bad Date,,,,Yes,Take part in the discussion,No\r\n3/5/2024 10:00:00,y@example.org,Bad Role,,I juggle,,Maybe,Take part in the discussion,No\r\n");
            var text = CliRunner.Run("check", Path.Combine(dir.FullName, "pycon-us-2024-forms.json"));
            Assert.Equal(1, text.ExitCode);
            Assert.Contains("sheet rows refused: 3", text.Out, StringComparison.Ordinal);
            Assert.Contains("row 21, column 'Timestamp'", text.Out, StringComparison.Ordinal);

            var json = CliRunner.Run("check", Path.Combine(dir.FullName, "pycon-us-2024-forms.json"), "--json");
            Assert.Equal(1, json.ExitCode);
            using var doc = JsonDocument.Parse(json.Out);
            var rows = doc.RootElement.GetProperty("rejectedRows").EnumerateArray().ToList();
            Assert.Equal(["sheet.invalid-cell", "sheet.unknown-label", "sheet.unknown-label"], rows.Select(r => r.GetProperty("code").GetString()));
            Assert.Equal([21, 22, 22], rows.Select(r => r.GetProperty("row").GetInt32()));
            Assert.Equal("Which of these describe you?", rows[1].GetProperty("column").GetString());
            Assert.False(doc.RootElement.GetProperty("ok").GetBoolean());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Check_MissingSheet_IsAFormatError()
    {
        var dir = Directory.CreateTempSubdirectory("summit-check-");
        try
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "forms", "example", "pycon-us-2024-forms.json"), Path.Combine(dir.FullName, "s.json"));
            var run = CliRunner.Run("check", Path.Combine(dir.FullName, "s.json"));
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("sheet.unreadable", run.Err, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
