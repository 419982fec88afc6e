using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Summit.Core.Scheduling;
using Summit.Core.Summits;
using Summit.Core.Timing;

namespace Summit.Core.Planning;

/// <summary>
/// Places the topics brought on the day (<c>day-of-topic</c> decisions) in the agenda's reserved day-of time: in the
/// order of the decisions' instants, each topic takes the start of the first <see cref="AgendaItemKind.DayOf"/> item (in
/// time order, then room order) long enough for it; the rest of that item stays reserved. Without room left, the
/// decision is refused with <see cref="ErrorCodes.Decisions.NoDayOfTime"/>. Pure: the same agenda and decisions give the same result.
/// </summary>
internal static class DayOfPlacement
{
    /// <summary>Places the day-of topics; returns the agenda with them (or the agenda unchanged when none could be placed).</summary>
    /// <param name="summit">The summit (its first day's start bounds the decisions).</param>
    /// <param name="agenda">The packed agenda, or null when there is none.</param>
    /// <param name="noAgendaReason">Why there is no agenda, when <paramref name="agenda"/> is null.</param>
    /// <param name="decisions">The <c>day-of-topic</c> decisions dated at or before the instant, in time order.</param>
    /// <param name="cancel">The cancellation in effect, if any.</param>
    /// <param name="refused">Where the refusals go.</param>
    public static Agenda? Place(SummitEvent summit, Agenda? agenda, string noAgendaReason, IEnumerable<SummitDecision> decisions, TimelineCancellation? cancel, ImmutableArray<RejectedDecision>.Builder refused)
    {
        var items = agenda?.Items.AsImmutableArray().ToList();
        var starts = summit.Intervals().ValueOrDefault is { IsDefaultOrEmpty: false } days ? days[0].Start : (Instant?)null;
        foreach (var d in decisions)
        {
            var topic = d.Topic!;
            SummitError Refuse(string code, string message) => new SummitError(code, message).WithMetadata("topic", topic.Id);
            if (cancel is not null && d.At >= cancel.At)
            {
                refused.Add(new RejectedDecision(d, Refuse(ErrorCodes.Decisions.AfterCancellation, $"day-of-topic '{topic.Id}' at {ZonedText.Utc(d.At)} comes after the cancellation at {ZonedText.Utc(cancel.At)}.")));
                continue;
            }

            if (starts is { } s && d.At < s)
            {
                refused.Add(new RejectedDecision(d, Refuse(ErrorCodes.Decisions.BeforeTheDay, $"The day-of topic '{topic.Id}' at {ZonedText.Utc(d.At)} comes before the summit starts ({ZonedText.Utc(s)}).")));
                continue;
            }

            if (items is null)
            {
                refused.Add(new RejectedDecision(d, Refuse(ErrorCodes.Decisions.NoAgenda, $"The day-of topic '{topic.Id}' has no agenda to go in: {noAgendaReason}.")));
                continue;
            }

            if (items.Any(i => i.Kind == AgendaItemKind.Topic && i.TopicId == topic.Id))
            {
                refused.Add(new RejectedDecision(d, Refuse(ErrorCodes.Decisions.NotApplicable, $"The day-of topic '{topic.Id}' is already on the agenda.")));
                continue;
            }

            var minutes = topic.DesiredDiscussionMinutes;
            var reserved = items.Select((item, index) => (item, index))
                .Where(p => p.item.Kind == AgendaItemKind.DayOf)
                .OrderBy(p => p.item.Start).ThenBy(p => p.index)
                .ToList();
            var slot = reserved.FirstOrDefault(p => p.item.Minutes >= minutes);
            if (slot.item is null)
            {
                var left = reserved.Sum(p => p.item.Minutes);
                var why = left == 0
                    ? "no reserved day-of time is left"
                    : string.Create(CultureInfo.InvariantCulture, $"{left} reserved minutes are left, the longest stretch {reserved.Max(p => p.item.Minutes)} minutes");
                refused.Add(new RejectedDecision(d, Refuse(ErrorCodes.Decisions.NoDayOfTime, string.Create(CultureInfo.InvariantCulture,
                    $"The day-of topic '{topic.Id}' ({minutes} minutes) brought at {ZonedText.Utc(d.At)} cannot be placed: {why}.")).WithMetadata("minutes", minutes)));
                continue;
            }

            var held = slot.item;
            var placed = new AgendaItem(AgendaItemKind.Topic, topic.Title, held.BlockId, held.Room, held.LocalStart, held.LocalStart.PlusMinutes(minutes), held.Start, held.Start + Duration.FromMinutes(minutes))
            {
                TopicId = topic.Id,
                Presenters = topic.Proposers,
                DiscussionMinutes = minutes,
            };
            items[slot.index] = placed;
            if (held.Minutes > minutes)
            {
                items.Insert(slot.index + 1, held with { LocalStart = placed.LocalEnd, Start = placed.End });
            }
        }

        return agenda is null || items is null ? agenda : agenda with { Items = [.. items] };
    }
}
