using Summit.Core.Summits.File;
using Summit.Core.Planning;
using Summit.Core.Forms;
using Summit.Core.Summits;

namespace Summit.Core.Forms.Tests;

/// <summary>Builds small summit files that name in-memory CSV sheets.</summary>
internal static class Sheets
{
    public const string Timeline = """
        "summit": { "id": "s", "name": "S", "timeZone": "America/New_York", "days": [ { "date": "2024-05-18", "start": "13:45", "end": "17:45" } ] },
        "timeline": { "registrationOpens": "2024-03-01 AoE", "registrationCloses": "2024-04-01 AoE", "proposalsOpen": "2024-03-01 AoE", "proposalsClose": "2024-05-01 AoE",
                      "votingOpens": "2024-05-02 AoE", "votingCloses": "2024-05-05 AoE" },
        """;

    public const string Registrations = """
        "registrations": { "csv": "r.csv", "timeZone": "America/New_York", "timestampFormat": "M/d/yyyy H:mm:ss",
          "columns": { "submittedAt": "Timestamp", "email": "Email Address", "name": "Your name", "organization": "Organization",
                       "roles": "Which of these describe you?", "projects": "Projects you work on", "firstTime": "First Packaging Summit?" },
          "values": { "roles": { "I maintain a packaging tool": "tool-creator", "I maintain a library": "library-maintainer",
                                 "I build, package, and ship apps": "application-developer" },
                      "firstTime": { "Yes": true, "No": false } },
          "id": "email" }
        """;

    public const string RegistrationHeader = "Timestamp,Email Address,Your name,Organization,Which of these describe you?,Projects you work on,First Packaging Summit?\r\n";

    public static Result<SummitDocument> Read(string sheetsJson, params (string Path, string Text)[] files)
    {
        var summit = "{" + Timeline + sheetsJson + "}";
        var map = files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
        return SummitFile.Read(summit, "summit.json", CsvSheetSource.ForFunction(p => map.GetValueOrDefault(p)));
    }

    public static Result<SummitDocument> ReadRegistrations(string csv) => Read(Registrations, ("r.csv", csv));
}
