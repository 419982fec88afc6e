using System.Collections.Immutable;
using System.Globalization;
using FluentResults;
using Summit.Core.Scheduling;
using Summit.Core.Selection.Topics;
using Summit.Core.Summits;

namespace Summit.Core.Planning;

/// <summary>The agenda frame of a summit file as the planner uses it: one template that both topic selection (its time budget) and the packer (its blocks) read.</summary>
/// <remarks>
/// There is one copy of the frame: the template. The selection's budget is derived from it (every room of every session,
/// minus its reserved minutes), so the selection can never count minutes that the packer does not have.
/// </remarks>
public static class AgendaFrame
{
    /// <summary>Builds the template of a summit's agenda: the full frame of <see cref="AgendaSettings.Frame"/>, or the standard shape on the first day.</summary>
    /// <param name="summit">The summit.</param>
    /// <param name="settings">The agenda settings.</param>
    /// <returns>The template, or <c>plan.agenda-exceeds-day</c>, <c>plan.frame-outside-day</c> or <c>plan.frame-off-grid</c> (metadata <c>block</c>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<AgendaTemplate> Template(SummitEvent summit, AgendaSettings settings)
    {
        ArgumentNullException.ThrowIfNull(summit);
        ArgumentNullException.ThrowIfNull(settings);
        AgendaTemplate template;
        if (settings.Frame.IsDefaultOrEmpty)
        {
            var day = summit.Days[0];
            var dayMinutes = (int)(day.End - day.Start).ToDuration().TotalMinutes;
            if (settings.Shape.TotalMinutes > dayMinutes)
            {
                return new SummitError(ErrorCodes.Planning.AgendaExceedsDay, $"The agenda frame takes {settings.Shape.TotalMinutes} minutes; the summit's first day has {dayMinutes}.")
                    .WithMetadata("minutes", settings.Shape.TotalMinutes);
            }

            template = AgendaTemplates.Standard(summit.Id, summit.Name, summit.Zone, day.Date, day.Start, summit.Room ?? "Main room", settings.Shape);
        }
        else
        {
            template = new AgendaTemplate(summit.Id, summit.Name, summit.Zone, summit.Room ?? "Main room") { Blocks = settings.Frame };
        }

        var grid = Math.Max(1, settings.GridMinutes);
        foreach (var block in template.Blocks)
        {
            var day = summit.Days.FirstOrDefault(d => d.Date == block.Date);
            if (day is null || block.Start < day.Start || block.End > day.End)
            {
                return new SummitError(ErrorCodes.Planning.FrameOutsideDay, $"The agenda block '{block.Id}' ({block.Date:uuuu'-'MM'-'dd} {block.Start:HH':'mm}–{block.End:HH':'mm}) lies outside the summit's days.")
                    .WithMetadata("block", block.Id).WithMetadata("date", block.Date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture));
            }

            if (MinuteOfDay(block.Start) % grid != 0 || MinuteOfDay(block.End) % grid != 0 || block.ReservedMinutes % grid != 0)
            {
                return new SummitError(ErrorCodes.Planning.FrameOffGrid, string.Create(CultureInfo.InvariantCulture, $"The agenda block '{block.Id}' is off the {grid}-minute grid."))
                    .WithMetadata("block", block.Id).WithMetadata("grid", grid);
            }
        }

        return template;
    }

    /// <summary>Derives topic selection's time budget from a template: one session per room of every session block, minus its reserved minutes.</summary>
    /// <param name="template">The template the packer will fill.</param>
    /// <param name="rules">The length rules (wrap-up, minimum discussion, grid).</param>
    /// <returns>The budget; sessions are named by block title, with <c> / room</c> when a block has parallel rooms.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TopicBudget Budget(AgendaTemplate template, TopicLengthRules rules)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(rules);
        var sessions = template.Blocks.Where(b => b.Kind == BlockKind.Session).ToList();
        var titles = sessions.GroupBy(b => b.Title, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var budget = ImmutableArray.CreateBuilder<TopicSession>();
        foreach (var block in sessions)
        {
            var name = titles.Contains(block.Title) ? $"{block.Title} ({block.Id})" : block.Title;
            var rooms = template.RoomsOf(block);
            foreach (var room in rooms)
            {
                budget.Add(new TopicSession(rooms.Length > 1 ? name + " / " + room : name, block.Minutes, block.ReservedMinutes));
            }
        }

        return new TopicBudget(budget.ToImmutable())
        {
            WrapUpMinutes = rules.WrapUpMinutes,
            MinimumDiscussionMinutes = rules.MinimumDiscussionMinutes,
            GridMinutes = rules.GridMinutes,
        };
    }

    private static int MinuteOfDay(NodaTime.LocalTime time) => (time.Hour * 60) + time.Minute;
}
