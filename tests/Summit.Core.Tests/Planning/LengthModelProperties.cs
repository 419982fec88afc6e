using System.Collections.Immutable;
using FsCheck;
using NodaTime;
using Summit.Core.Planning;
using Summit.Core.Scheduling;
using Summit.Core.Selection.Topics;
using Summit.Core.Summits;
using Summit.Core.TestSupport;

namespace Summit.Core.Tests.Planning;

public sealed class LengthModelProperties
{
    private static readonly LocalDate Date = new(2024, 5, 18);

    /// <summary>A random frame (1–3 sessions with 1–4 parallel rooms, 5-minute grid) and 1–12 proposals, through selection, packing and the grid.</summary>
    private static (ImmutableArray<SlotRequest> Requests, Agenda Agenda, int Grid) Run(int seed)
    {
        var random = new Random(seed);
        const int grid = 5;
        var blocks = ImmutableArray.CreateBuilder<AgendaBlock>();
        var cursor = new LocalTime(13, 0);
        var sessions = random.Next(1, 4);
        for (var s = 0; s < sessions; s++)
        {
            var minutes = grid * random.Next(6, 25);
            var rooms = Enumerable.Range(1, random.Next(1, 5)).Select(r => "Table " + r).ToImmutableArray();
            blocks.Add(new AgendaBlock("session-" + s, "Session " + s, BlockKind.Session, Date, cursor, cursor.PlusMinutes(minutes)) { Rooms = rooms.Length > 1 ? rooms : [] });
            cursor = cursor.PlusMinutes(minutes + 15);
        }

        var template = new AgendaTemplate("s", "S", DateTimeZoneProviders.Tzdb["America/New_York"], "Room") { Blocks = blocks.ToImmutable() };
        var rules = new TopicLengthRules { WrapUpMinutes = random.Next(0, 2) * 5, GridMinutes = grid };
        var proposals = Enumerable.Range(0, random.Next(1, 13)).Select(i => new TopicProposal("t" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), "T" + i, Instant.FromUtc(2024, 1, 1, 0, 0))
        {
            WantsLightningTalk = random.Next(2) == 0,
            LightningTalkMinutes = random.Next(3, 8),
            DesiredDiscussionMinutes = random.Next(10, 50),
            MinimumDiscussionMinutes = random.Next(3) == 0 ? random.Next(5, 20) : null,
        }).ToList();
        var ranking = TopicRanking.FromOrder(proposals.Select(p => p.Id));
        var selection = TopicSelection.Select(ranking, proposals, AgendaFrame.Budget(template, rules)).Value;
        var requests = selection.Selected.Select(t => SlotRequest.FromProposal(t.Proposal, ranking.Tiers.Length - t.Tier + 1, rules)).ToImmutableArray();
        var request = new PackingRequest(template, requests) { Slack = random.Next(2) == 0 ? SlackDistribution.Equal : SlackDistribution.ProportionalToWeight };
        var agenda = Packers.Exact.Pack(request).Bind(a => AgendaGrid.Align(a, request, grid)).Value;
        return (requests, agenda, grid);
    }

    [SummitProperty(Runs = 60)]
    public bool EveryStartAndLength_IsOnTheGrid(PositiveInt seed)
    {
        var (_, agenda, grid) = Run(seed.Get);
        return agenda.Items.All(i => ((i.LocalStart.Hour * 60) + i.LocalStart.Minute) % grid == 0 && i.Minutes % grid == 0);
    }

    [SummitProperty(Runs = 60)]
    public bool BetterRanked_NeverGetsLessDiscussion_WhenBothAreFlexible(PositiveInt seed)
    {
        var (requests, agenda, grid) = Run(seed.Get);
        var placed = requests.Where(r => agenda.FindTopic(r.Id) is not null).ToList();
        foreach (var better in placed)
        {
            foreach (var worse in placed.Where(w => w.Weight < better.Weight))
            {
                var b = agenda.FindTopic(better.Id)!;
                var w = agenda.FindTopic(worse.Id)!;
                var betterFlexible = b.Minutes + grid <= better.MaximumMinutes;
                var worseFlexible = w.Minutes > worse.MinimumMinutes;
                if (betterFlexible && worseFlexible && b.DiscussionMinutes < w.DiscussionMinutes)
                {
                    return false;
                }
            }
        }

        return true;
    }

    [SummitProperty(Runs = 60)]
    public bool EveryTopic_StaysWithinItsLength_AndSelectionBudgetsTheSameMinimum(PositiveInt seed)
    {
        var (requests, agenda, _) = Run(seed.Get);
        return requests.All(r => agenda.FindTopic(r.Id) is not { } i
            || (i.Minutes >= r.MinimumMinutes && i.Minutes <= r.MaximumMinutes
                && i.LightningTalkMinutes + i.DiscussionMinutes + i.WrapUpMinutes == i.Minutes));
    }
}
