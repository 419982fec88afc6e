namespace Summit.Core.Scheduling;

/// <summary>
/// The most minutes the topics pinned to a lane and the topics that may use no other lane can take there together. The
/// pins cut the lane into stretches (<see cref="PackingModel.Stretches"/>), each pin may grow into the stretch after it,
/// and every other topic runs inside one stretch: eight-lane instance 89 pins a 25–35-minute topic to 9:15 in a 9:00–10:30
/// room that two other topics (15–20 and 20–35 minutes) may not leave. The 15 minutes before the pin take one of them at
/// 15 at most, so the three take 85 minutes, not the 90 their longest lengths and the lane's capacity allow.
/// </summary>
/// <remarks>
/// A relaxation: availability windows, conflicts and the other topics of the lane are ignored, and a stretch's topics
/// count as filling it up to their longest lengths whenever their shortest lengths fit. Each pin's length and each topic's
/// stretch (or its absence) are enumerated; a lane whose enumeration would be too large is left out.
/// </remarks>
internal static class PinnedLaneFill
{
    /// <summary>The most choices enumerated for one lane.</summary>
    private const long EnumerationLimit = 100_000;

    /// <summary>A lane's pinned and confined topics, and the most minutes they can take there together.</summary>
    public sealed record Group(int Lane, int[] Topics, int Minutes);

    /// <summary>The groups of <paramref name="model"/> whose most minutes are below both the sum of their topics' <see cref="PackingModel.LaneMax"/> and the lane's <see cref="PackingModel.MinutesCap"/>: those a flow does not see on its own.</summary>
    public static List<Group> Binding(PackingModel model)
    {
        var groups = new List<Group>();
        foreach (var lane in model.Lanes)
        {
            var l = lane.Index;
            if (Minutes(model, l, out var topics) is { } most && most < Math.Min(model.MinutesCap(l), topics.Sum(t => model.LaneMax(t, l))))
            {
                groups.Add(new Group(l, topics, most));
            }
        }

        return groups;
    }

    /// <summary>The most minutes the topics pinned to <paramref name="lane"/> and those confined to it (<paramref name="topics"/>) can take there together; null when nothing is pinned there or the enumeration would be too large.</summary>
    public static int? Minutes(PackingModel model, int lane, out int[] topics)
    {
        // In the order of PackingModel.Stretches (by start, then as anchored), so that pin i grows into stretch i + 1.
        int[] pins = [.. model.Anchors.Where(a => a.Lane == lane).Select(a => a.Topic).OrderBy(t => model.AnchorStartMinute[t])];
        int[] confined = [.. model.PlaceableTopics.Where(t => model.AllowedLanes[t] is [var only] && only == lane)];
        topics = [.. pins, .. confined];
        var stretches = model.Stretches(lane);
        return pins.Length == 0 || !Small(model, lane, pins, confined.Length, stretches.Length)
            ? null
            : Most(model, lane, pins, confined, stretches);
    }

    private static bool Small(PackingModel model, int lane, int[] pins, int confined, int stretches)
    {
        double choices = Math.Pow(stretches + 1, confined);
        foreach (var p in pins)
        {
            choices *= ((model.LaneMax(p, lane) - model.Min(p)) / model.Grid) + 1;
        }

        return choices <= EnumerationLimit;
    }

    private static int Most(PackingModel model, int lane, int[] pins, int[] confined, (int Span, int OnGrid, int Growth)[] stretches)
    {
        var room = new int[stretches.Length];
        var sumMin = new int[stretches.Length];
        var sumMax = new int[stretches.Length];
        var best = 0;
        PinLengths(0, 0);
        return best;

        void PinLengths(int p, int minutes)
        {
            if (p == pins.Length)
            {
                room[0] = stretches[0].OnGrid;
                Assign(0, minutes);
                return;
            }

            var pin = pins[p];
            for (var grown = 0; grown <= model.LaneMax(pin, lane) - model.Min(pin); grown += model.Grid)
            {
                room[p + 1] = Math.Max(0, stretches[p + 1].OnGrid - grown);
                PinLengths(p + 1, minutes + model.Min(pin) + grown);
            }
        }

        void Assign(int i, int pinMinutes)
        {
            if (i == confined.Length)
            {
                var total = pinMinutes;
                for (var s = 0; s < room.Length; s++)
                {
                    total += Math.Min(room[s], sumMax[s]);
                }

                best = Math.Max(best, total);
                return;
            }

            var t = confined[i];
            Assign(i + 1, pinMinutes);
            for (var s = 0; s < room.Length; s++)
            {
                if (sumMin[s] + model.Min(t) <= room[s])
                {
                    (sumMin[s], sumMax[s]) = (sumMin[s] + model.Min(t), sumMax[s] + model.LaneMax(t, lane));
                    Assign(i + 1, pinMinutes);
                    (sumMin[s], sumMax[s]) = (sumMin[s] - model.Min(t), sumMax[s] - model.LaneMax(t, lane));
                }
            }
        }
    }
}
