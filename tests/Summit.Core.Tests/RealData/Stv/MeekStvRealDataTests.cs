using Summit.Core.Voting;
using Summit.Core.Voting.Formats;
using Summit.Core.Voting.Stv;

namespace Summit.Core.Tests.RealData.Stv;

// Data: droop's STV edge cases with droop v0.11's Meek reports, omega 1e-9, guarded arithmetic 18+9 digits shown
// to 18 (jklundell/droop test/blt and test/ref/report, GPL-3.0), copied to Fixtures/droop.
public sealed class MeekStvRealDataTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var report in Directory.GetFiles(Path.Combine(StvFixtures.Droop, "edge-cases-reports"), "*-meek-o9-guarded-p18-g9-d18.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(report).Replace("-meek-o9-guarded-p18-g9-d18.txt", string.Empty, StringComparison.Ordinal));
        }

        return data;
    }

    [Fact]
    public void Cases_AllNineReports_Present()
    {
        Assert.Equal(9, Cases().Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tally_DroopMeekReference_EveryActionEqualTo18Decimals(string name)
    {
        var profile = BltFormat.Read(File.ReadAllText(Path.Combine(StvFixtures.Droop, "edge-cases", name + ".blt")), name);
        Assert.True(profile.IsSuccess, profile.ToString());
        var result = new MeekStvMethod().Tally(profile.Value, new TallyOptions(profile.Value.DeclaredSeats!.Value));
        Assert.True(result.IsSuccess, result.ToString());
        var tally = result.Value;
        var text = File.ReadAllText(Path.Combine(StvFixtures.Droop, "edge-cases-reports", name + "-meek-o9-guarded-p18-g9-d18.txt"));
        var report = DroopReport.Parse(text, [.. profile.Value.Candidates.Select(DroopReport.DroopName)]);
        var reference = report.Actions.Where(a => a.Votes.Count > 0 && a.Text != "Count Complete").ToList();
        Assert.Equal(reference.Select(Describe), tally.Rounds.Select(Describe));
        for (var i = 0; i < reference.Count; i++)
        {
            var round = tally.Rounds[i];
            foreach (var (candidate, votes) in reference[i].Votes)
            {
                var mine = round.Candidates.Single(c => DroopReport.DroopName(c.Candidate) == candidate);
                Assert.True(votes == mine.Votes, $"{name} action {i + 1} ({reference[i].Text}): {candidate} has {mine.Votes}, reference {votes}");
            }

            Assert.True(reference[i].Quota == round.Quota, $"{name} action {i + 1}: quota {round.Quota}, reference {reference[i].Quota}");
            Assert.InRange(Math.Abs(reference[i].Residual!.Value - (round.Exhausted + round.Residual)), 0m, 0.000000000000000002m);
        }

        var complete = report.Actions.Last(a => a.Text == "Count Complete");
        Assert.Equal(
            complete.Status.Where(kv => kv.Value == "Elected").Select(kv => kv.Key).Order(StringComparer.Ordinal),
            tally.Winners.Select(DroopReport.DroopName).Order(StringComparer.Ordinal));
    }

    private static string Describe(DroopAction action)
    {
        var text = action.Text;
        var colon = text.LastIndexOf(": ", StringComparison.Ordinal);
        var who = colon < 0 ? string.Empty : text[(colon + 2)..];
        var kind = text switch
        {
            "Begin Count" => "first",
            _ when text.StartsWith("Elect remaining", StringComparison.Ordinal) => "elect-remaining",
            _ when text.StartsWith("Elect", StringComparison.Ordinal) => "elect",
            _ when text.StartsWith("Defeat remaining", StringComparison.Ordinal) => "defeat-remaining",
            _ when text.StartsWith("Defeat", StringComparison.Ordinal) => "defeat",
            _ => text,
        };
        return kind + ":" + who;
    }

    private static string Describe(TallyRound round)
    {
        var action = round.Action;
        var kind = action switch
        {
            "First preferences" => "first",
            _ when action.EndsWith("elected: remaining candidate", StringComparison.Ordinal) => "elect-remaining",
            _ when action.EndsWith(" elected", StringComparison.Ordinal) => "elect",
            _ when action.EndsWith("not elected: seats filled", StringComparison.Ordinal) => "defeat-remaining",
            _ when action.Contains(" excluded (", StringComparison.Ordinal) => "defeat",
            _ => action,
        };
        var who = round.Elected.Concat(round.Excluded).Select(DroopReport.DroopName).SingleOrDefault() ?? string.Empty;
        return kind + ":" + who;
    }
}
