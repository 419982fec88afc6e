using Summit.Core.Voting;
using Summit.Core.Voting.Formats;
using Summit.Core.Voting.Stv;

namespace Summit.Core.Tests.RealData.Stv;

// Data: mggg/scot-elex blt_files (1,100 Scottish council STV elections 2007-2022, assembled by David McCune),
// read in place from ../shared/data/voting/scot-elex (no licence: never copied). Skips cleanly when absent.
// Also the other BLT-like sets of ../shared/data/voting: blt-misc (simberaj/votelib tests, MIT) and Tideman's .HIL
// files (via julien-boudry/Condorcet tests).
public sealed class ScotElexTests
{
    private static string? Voting() => StvFixtures.SharedData() is { } data ? Path.Combine(data, "voting") : null;

    [SharedDataFact("voting/scot-elex/blt_files")]
    public void Read_AllScotElexFiles_NoErrorAndScottishCountFillsEverySeat()
    {
        var folder = SharedDataFolder.Find("voting/scot-elex/blt_files")!;

        var files = Directory.GetFiles(folder, "*.blt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(1100, files.Count);
        var failures = new List<string>();
        long ballots = 0;
        var method = new ScottishStvMethod();
        foreach (var file in files)
        {
            var profile = BltFormat.Read(File.ReadAllText(file), Path.GetFileName(file));
            if (profile.IsFailed)
            {
                failures.Add(profile.ToString());
                continue;
            }

            ballots += profile.Value.TotalWeight;
            var result = method.Tally(profile.Value, new TallyOptions(profile.Value.DeclaredSeats!.Value));
            if (result.IsFailed || result.Value.Winners.Length != profile.Value.DeclaredSeats)
            {
                failures.Add(Path.GetFileName(file) + ": " + result);
            }
        }

        Assert.Empty(failures);
        Assert.InRange(ballots, 5_500_000, 5_800_000);
    }

    public static TheoryData<string> OtherFiles()
    {
        var data = new TheoryData<string>();
        if (Voting() is { } v && SharedDataFolder.Find("voting/blt-misc") is not null && SharedDataFolder.Find("voting/tideman") is not null)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(v, "blt-misc"), "*.blt").Concat(Directory.GetFiles(Path.Combine(v, "tideman"), "*.HIL")).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(v, file));
            }
        }
        else
        {
            // One row, so the theory is listed and reported Skipped (SharedDataTheory) rather than missing.
            data.Add(string.Empty);
        }

        return data;
    }

    [SharedDataTheory("voting/blt-misc", "voting/tideman")]
    [MemberData(nameof(OtherFiles))]
    public void Tally_OtherBltAndHilFiles_BothMethodsCountWithoutError(string relative)
    {
        var v = Voting()!;

        var profile = BltFormat.Read(File.ReadAllText(Path.Combine(v, relative)), relative);
        Assert.True(profile.IsSuccess, profile.ToString());
        var options = new TallyOptions(profile.Value.DeclaredSeats!.Value);
        foreach (ITallyMethod method in new ITallyMethod[] { new ScottishStvMethod(), new MeekStvMethod() })
        {
            var result = method.Tally(profile.Value, options);
            Assert.True(result.IsSuccess, method.Name + ": " + result);
            Assert.Equal(options.Seats, result.Value.Winners.Length);
        }
    }
}
