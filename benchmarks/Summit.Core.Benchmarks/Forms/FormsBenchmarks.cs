using Summit.Core.Summits.File;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Summit.Core.Forms;
using Summit.Core.Summits;

namespace Summit.Core.Benchmarks.Forms;

/// <summary>
/// Reading a summit file whose registrations come from a Google Forms CSV export of 10,000 rows (issue 11):
/// CSV parsing, label splitting, wall-clock timestamps in America/New_York, e-mail hashing and the intake.
/// </summary>
[MemoryDiagnoser]
public class FormsBenchmarks
{
    private const string Summit = """
        {
          "summit": { "id": "s", "name": "S", "timeZone": "America/New_York", "days": [ { "date": "2024-05-18", "start": "13:45", "end": "17:45" } ] },
          "timeline": { "registrationOpens": "2024-03-01 AoE", "registrationCloses": "2024-04-01 AoE" },
          "registrations": { "csv": "r.csv", "timeZone": "America/New_York", "timestampFormat": "M/d/yyyy H:mm:ss",
            "columns": { "submittedAt": "Timestamp", "email": "Email Address", "name": "Your name", "organization": "Organization",
                         "roles": "Which of these describe you?", "projects": "Projects you work on", "firstTime": "First Packaging Summit?" },
            "values": { "roles": { "I maintain a packaging tool (installer, builder, or resolver)": "tool-creator", "I maintain a library": "library-maintainer" },
                        "firstTime": { "Yes": true, "No": false } },
            "id": "email" }
        }
        """;

    private string _csv = null!;

    [Params(10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder("Timestamp,Email Address,Your name,Organization,Which of these describe you?,Projects you work on,First Packaging Summit?\r\n");
        for (var i = 0; i < Rows; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"3/{1 + (i % 28)}/2024 {i % 24}:{i % 60:00}:00,person{i}@example.org,\"Person {i}, Jr.\",Org {i % 50},")
                .Append(i % 3 == 0 ? "\"I maintain a packaging tool (installer, builder, or resolver), I maintain a library\"" : "I maintain a library")
                .Append(",\"pip, setuptools\",").Append(i % 2 == 0 ? "Yes" : "No").Append("\r\n");
        }

        _csv = sb.ToString();
    }

    [Benchmark]
    public int ReadCsvBackedSummitFile()
    {
        var doc = SummitFile.Read(Summit, "s.json", CsvSheetSource.ForFunction(_ => _csv)).Value;
        return doc.Intake.Registrations.Length + doc.RejectedRows.Length;
    }
}
