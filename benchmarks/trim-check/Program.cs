using Microsoft.Extensions.DependencyInjection;
using Summit.Core;
using Summit.Core.Timing;
using Summit.Core.Voting;
using Summit.Core.Voting.Formats;

// Touches the container, deadlines and a count, so a trimmed build that lost something fails here too.
using var services = new ServiceCollection().AddSummitCore().BuildServiceProvider();
var deadline = Deadline.Parse("2024-04-01 AoE").Value;
var profile = BltFormat.Read("3 1\n2 1 2 3 0\n1 3 2 1 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"check\"\n", "check.blt").Value;
var result = services.GetRequiredService<ITallyMethodProvider>().Get("schulze").Value.Tally(profile, new TallyOptions(1, null)).Value;
Console.WriteLine($"{deadline.ClosesAt} {string.Join(",", result.Winners)}");
return result.Winners.Length == 1 ? 0 : 1;
