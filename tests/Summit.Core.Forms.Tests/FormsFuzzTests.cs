using Summit.Core.Summits.File;
using Summit.Core.Summits;

namespace Summit.Core.Forms.Tests;

/// <summary>Seeded random mutations of the bundled example's CSV files: reading never throws, and every failure is coded with a row and a column.</summary>
public sealed class FormsFuzzTests
{
    private static readonly string Example = Path.Combine(AppContext.BaseDirectory, "Example");
    private static readonly string[] Sheets = ["registrations.csv", "proposals.csv", "ballots.csv"];
    private static readonly string[] Insertions = [",", ";", "\"", "\r\n", "\n", "\r", "\uFEFF", " ", "x", "1", "/", ":", "[", "]", "1st choice", "Yes", "\"\"", ",,,,"];

    [Fact]
    public void Read_MutatedExampleSheets_NeverThrowAndEveryErrorIsCodedWithRowAndColumn()
    {
        var summit = File.ReadAllText(Path.Combine(Example, "pycon-us-2024-forms.json"));
        var originals = Sheets.ToDictionary(s => s, s => File.ReadAllText(Path.Combine(Example, s)), StringComparer.Ordinal);
        var random = new System.Random(20240518);
        var failures = 0;
        var rejectedRows = 0;
        for (var i = 0; i < 3000; i++)
        {
            var files = new Dictionary<string, string>(originals, StringComparer.Ordinal);
            var target = Sheets[random.Next(Sheets.Length)];
            files[target] = Mutate(files[target], random, 1 + random.Next(4));
            var result = SummitFile.Read(summit, "s.json", CsvSheetSource.ForFunction(p => files.GetValueOrDefault(p)));
            if (result.IsFailed)
            {
                failures++;
                foreach (var error in result.Errors)
                {
                    var e = Assert.IsType<SummitError>(error);
                    Assert.False(string.IsNullOrEmpty(e.Code));
                    Assert.True(e.Line is not null && e.Column is not null, $"iteration {i}: {e}");
                }
            }
            else
            {
                foreach (var e in result.Value.RejectedRows)
                {
                    rejectedRows++;
                    Assert.StartsWith("sheet.", e.Code, StringComparison.Ordinal);
                    Assert.True(e.Metadata["row"] is int row && row >= 2, $"iteration {i}: {e}");
                    Assert.True(e.Metadata.ContainsKey("columnName") && e.Column is > 0, $"iteration {i}: {e}");
                    Assert.Equal(target, e.Source);
                }
            }
        }

        // The mutations must reach both kinds of outcome, or the test proves little.
        Assert.True(failures > 0 && rejectedRows > 0, $"failures {failures}, refused rows {rejectedRows}");
    }

    private static string Mutate(string text, System.Random random, int count)
    {
        for (var k = 0; k < count && text.Length > 0; k++)
        {
            var at = random.Next(text.Length);
            var from = random.Next(text.Length);
            text = random.Next(4) switch
            {
                0 => text.Remove(at, Math.Min(1 + random.Next(8), text.Length - at)),
                1 => text.Insert(at, Insertions[random.Next(Insertions.Length)]),
                2 => text.Insert(at, text.Substring(from, Math.Min(20, text.Length - from))),
                _ => text[..at] + (char)random.Next(32, 0x2FF) + text[(at + 1)..],
            };
        }

        return text;
    }
}
