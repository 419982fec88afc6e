using System.Text.Json;

namespace Summit.Cli.Tests;

/// <summary><c>summit plan</c> on a file whose <c>agenda.topics</c> and <c>agenda.presenters</c> pin, order, separate and limit topics.</summary>
public sealed class PlanTopicRulesTests
{
    private static readonly string File = Path.Combine(AppContext.BaseDirectory, "Fixtures", "topic-rules", "topic-rules.json");

    [Fact]
    public void Plan_FileWithTopicRules_PlacesEveryTopicAsTheRulesSay()
    {
        var (code, output, err) = CliRunner.Run("plan", File, "--at", "2024-05-10T00:00:00Z", "--json");
        Assert.True(code == 0, err);
        var agenda = JsonDocument.Parse(output).RootElement.GetProperty("agenda");
        Assert.Equal(0, agenda.GetProperty("unplaced").GetArrayLength());
        var topics = agenda.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("kind").GetString() == "topic")
            .ToDictionary(
                i => i.GetProperty("topicId").GetString()!,
                i => (Block: i.GetProperty("block").GetString(), Room: i.GetProperty("room").GetString(), Start: i.GetProperty("localStart").GetString()!, End: i.GetProperty("localEnd").GetString()!));
        Assert.Equal(["docs", "intro", "lockfiles", "pep-517", "wheel-next"], topics.Keys.Order(StringComparer.Ordinal));

        // Pinned: session-2, Breakout B, 16:45.
        Assert.Equal(("session-2", "Breakout B", "2024-05-18T16:45:00"), (topics["lockfiles"].Block, topics["lockfiles"].Room, topics["lockfiles"].Start));

        // Cy can present only 16:15–17:00.
        Assert.True(string.CompareOrdinal(topics["pep-517"].Start, "2024-05-18T16:15:00") >= 0 && string.CompareOrdinal(topics["pep-517"].End, "2024-05-18T17:00:00") <= 0, $"{topics["pep-517"]}");

        // intro after pep-517 (local times of one day compare as text).
        Assert.True(string.CompareOrdinal(topics["pep-517"].End, topics["intro"].Start) <= 0, $"pep-517 {topics["pep-517"]}, intro {topics["intro"]}");

        // wheel-next only in Breakout A, never beside pep-517.
        var wheel = topics["wheel-next"];
        var pep = topics["pep-517"];
        Assert.Equal("Breakout A", wheel.Room);
        Assert.False(string.CompareOrdinal(wheel.Start, pep.End) < 0 && string.CompareOrdinal(pep.Start, wheel.End) < 0, $"wheel-next {wheel}, pep-517 {pep}");
    }

    [Fact]
    public void Plan_FileWithAnImpossiblePin_ShowsThePackersDiagnosis()
    {
        var dir = Directory.CreateTempSubdirectory("summit-topic-rules-");
        try
        {
            // Ines is away when her topic is pinned: the packer refuses the pin, and the plan says so with its code.
            var path = Path.Combine(dir.FullName, "summit.json");
            System.IO.File.WriteAllText(path, System.IO.File.ReadAllText(File).Replace(
                "\"presenters\": [",
                "\"presenters\": [ { \"name\": \"Ines\", \"available\": [ { \"start\": \"14:00\", \"end\": \"15:00\" } ] },",
                StringComparison.Ordinal));
            var (code, output, _) = CliRunner.Run("plan", path, "--at", "2024-05-10T00:00:00Z");
            Assert.Equal(1, code);
            Assert.Contains("The agenda could not be packed:", output, StringComparison.Ordinal);
            Assert.Contains("scheduling.pin-unsatisfiable: Topic 'lockfiles' is pinned to 2024-05-18 16:45", output, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
