using Summit.Core.Voting;
using Summit.Core.Voting.Formats;
using Summit.Core.Voting.Stv;

namespace Summit.Core.Tests.RealData.Stv;

// Data: Glasgow City Council 2007 (21 wards) and droop's STV edge cases, with droop v0.11's Scottish STV reports
// (jklundell/droop test/blt and test/ref/report, GPL-3.0), copied to Fixtures/droop.
public sealed class ScottishStvRealDataTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (blts, reports) in new[] { ("glasgow-2007", "glasgow-2007-reports"), ("edge-cases", "edge-cases-reports") })
        {
            foreach (var blt in Directory.GetFiles(Path.Combine(StvFixtures.Droop, blts), "*.blt").Order(StringComparer.Ordinal))
            {
                var report = Path.Combine(StvFixtures.Droop, reports, Path.GetFileNameWithoutExtension(blt) + "-scotland-fixed-p5-d5.txt");
                if (File.Exists(report))
                {
                    data.Add(Path.Combine(blts, Path.GetFileName(blt)), Path.Combine(reports, Path.GetFileName(report)));
                }
            }
        }

        return data;
    }

    [Fact]
    public void Cases_AllWardsAndEdgeCases_Present()
    {
        Assert.Equal(23 + 9, Cases().Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tally_DroopReference_EveryStageEqualToFiveDecimals(string bltFile, string reportFile)
    {
        var profile = BltFormat.Read(File.ReadAllText(Path.Combine(StvFixtures.Droop, bltFile)), bltFile);
        Assert.True(profile.IsSuccess, profile.ToString());
        var result = new ScottishStvMethod().Tally(profile.Value, new TallyOptions(profile.Value.DeclaredSeats!.Value));
        Assert.True(result.IsSuccess, result.ToString());
        var tally = result.Value;
        var report = DroopReport.Parse(File.ReadAllText(Path.Combine(StvFixtures.Droop, reportFile)), [.. profile.Value.Candidates.Select(DroopReport.DroopName)]);

        var referenceStages = report.Actions
            .Where(a => a.Text == "Begin Count" || a.Text.StartsWith("Surplus transferred: ", StringComparison.Ordinal) || a.Text.StartsWith("Transfer defeated: ", StringComparison.Ordinal))
            .ToList();
        var stages = tally.Rounds
            .Where(r => !r.Action.StartsWith("Remaining candidates", StringComparison.Ordinal) && !r.Action.StartsWith("Count complete", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(referenceStages.Count, stages.Count);
        for (var s = 0; s < stages.Count; s++)
        {
            var reference = referenceStages[s];
            var stage = stages[s];
            var subject = reference.Text.Contains(": ", StringComparison.Ordinal) ? reference.Text[(reference.Text.IndexOf(": ", StringComparison.Ordinal) + 2)..] : null;
            if (subject is not null)
            {
                var name = subject.Contains(" (", StringComparison.Ordinal) ? subject[..subject.LastIndexOf(" (", StringComparison.Ordinal)] : subject;
                Assert.StartsWith(name + " ", DroopReport.DroopName(stage.Action.StartsWith("Surplus of ", StringComparison.Ordinal) ? stage.Action["Surplus of ".Length..] : stage.Action), StringComparison.Ordinal);
            }

            foreach (var (candidate, votes) in reference.Votes)
            {
                var mine = stage.Candidates.Single(c => DroopReport.DroopName(c.Candidate) == candidate);
                Assert.True(votes == mine.Votes, $"{bltFile} stage {s + 1} ({reference.Text}): {candidate} has {mine.Votes}, reference {votes}");
            }

            Assert.True(reference.Exhausted == stage.Exhausted, $"{bltFile} stage {s + 1}: exhausted {stage.Exhausted}, reference {reference.Exhausted}");
            Assert.True(reference.Residual == stage.Residual, $"{bltFile} stage {s + 1}: residual {stage.Residual}, reference {reference.Residual}");
        }

        var complete = report.Actions.Last(a => a.Text == "Count Complete");
        var referenceElected = complete.Status.Where(kv => kv.Value == "Elected").Select(kv => kv.Key).Order(StringComparer.Ordinal);
        Assert.Equal(referenceElected, tally.Winners.Select(DroopReport.DroopName).Order(StringComparer.Ordinal));
        Assert.Equal(tally.Seats, tally.Winners.Length);
    }
}
