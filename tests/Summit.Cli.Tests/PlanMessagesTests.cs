namespace Summit.Cli.Tests;

/// <summary><c>summit plan --messages</c>: the rows the decisions owe, walk-ins included.</summary>
public sealed class PlanMessagesTests
{
    [Fact]
    public void Plan_Messages_WriteWalkInRows_AdmittedAtTheDoorAndRefusedForLackOfRoom()
    {
        var dir = Directory.CreateTempSubdirectory("summit-messages-");
        try
        {
            var file = Path.Combine(dir.FullName, "summit.json");
            File.WriteAllText(file, """
                {
                  "summit": { "id": "w", "name": "W", "timeZone": "UTC", "days": [ { "date": "2024-05-18", "start": "13:00", "end": "17:00" } ], "capacity": 2 },
                  "timeline": { "registrationOpens": "2024-03-01T00:00:00Z", "registrationCloses": "2024-04-01T00:00:00Z" },
                  "registrations": [ { "id": "a", "name": "Ann", "email": "ann@example.org", "submittedAt": "2024-03-02T00:00:00Z" } ],
                  "decisions": [
                    { "at": "2024-04-02T00:00:00Z", "kind": "selection-published" },
                    { "at": "2024-05-18T13:05:00Z", "kind": "walk-in", "registration": "w1", "name": "Walker One" },
                    { "at": "2024-05-18T13:10:00Z", "kind": "walk-in", "registration": "w2", "name": "Walker Two" }
                  ]
                }
                """);
            var csv = Path.Combine(dir.FullName, "messages.csv");
            var (code, _, err) = CliRunner.Run("plan", file, "--at", "2024-05-18T14:00:00Z", "--messages", csv);
            Assert.True(code == 0, err);
            var rows = File.ReadAllLines(csv);
            Assert.Equal("at,decision,id,name,email,template,outcome,standbyRank", rows[0]);
            Assert.Contains(rows, r => r.StartsWith("2024-05-18T13:05:00Z,walk-in,w1,Walker One,,walk-in,Selected,", StringComparison.Ordinal));
            Assert.Contains(rows, r => r.StartsWith("2024-05-18T13:10:00Z,walk-in,w2,Walker Two,,walk-in-refused,,", StringComparison.Ordinal));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
