using System.Collections.Immutable;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Summit.Core.Scheduling;

namespace Summit.Core.Testing.Scheduling;

/// <summary>FsCheck generators of agenda templates and packing requests.</summary>
/// <remarks>
/// <para>Templates are one or two days in <c>America/New_York</c> (no DST change on the generated dates), 1..n session blocks of
/// 30–120 minutes (multiples of 5) with 1..m parallel rooms, breaks between them and sometimes reserved day-of minutes.
/// Requests draw presenters from a small pool (so people clash), integer weights 1–10, and sometimes conflicts, pins to a
/// session, availability windows and grouping. Everything is valid input; the packers' diagnostics may still find topics
/// that cannot be placed.</para>
/// <para>Naming rule of this package: a <c>…Generators</c> class has static methods that return a <see cref="Gen{T}"/>
/// (no shrinking; pass sizes, compose freely); the matching <c>…Arbitraries</c> class (<see cref="SchedulingArbitraries"/>)
/// has static properties that return an <see cref="Arbitrary{T}"/>, built from these generators plus a shrinker, ready
/// for <c>[Property(Arbitrary = [typeof(SchedulingArbitraries)])]</c>.</para>
/// </remarks>
public static class SchedulingGenerators
{
    private static readonly string[] People = ["Ada", "Bo", "Cy", "Di", "Ed"];

    /// <summary>Generates agenda templates.</summary>
    /// <param name="maxSessions">The most session blocks (at least 1).</param>
    /// <param name="maxRooms">The most parallel rooms per session (at least 1).</param>
    /// <param name="shortestSession">The fewest minutes of a session (rounded down to a multiple of 5, at least 30). The default value is 30.</param>
    /// <param name="longestSession">The most minutes of a session. The default value is 120.</param>
    /// <returns>The generator.</returns>
    public static Gen<AgendaTemplate> Templates(int maxSessions, int maxRooms, int shortestSession = 30, int longestSession = 120) =>
        from sessions in Gen.Choose(1, Math.Max(1, maxSessions))
        from lengths in Gen.ArrayOf(Gen.Choose(Math.Max(6, shortestSession / 5), Math.Max(Math.Max(6, shortestSession / 5), longestSession / 5)).Select(x => x * 5), sessions)
        from rooms in Gen.ArrayOf(Gen.Choose(1, Math.Max(1, maxRooms)), sessions)
        from reserved in Gen.ArrayOf(Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Constant(10))), sessions)
        from twoDays in Gen.Elements(false, false, true)
        select BuildTemplate(lengths, rooms, reserved, twoDays);

    /// <summary>Generates topic requests for a template.</summary>
    /// <param name="template">The template (pins and availability refer to its sessions).</param>
    /// <param name="maxTopics">The most topics.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> is null.</exception>
    public static Gen<ImmutableArray<SlotRequest>> Requests(AgendaTemplate template, int maxTopics)
    {
        ArgumentNullException.ThrowIfNull(template);
        var sessions = template.Blocks.Where(b => b.Kind == BlockKind.Session).ToArray();
        var one =
            from lightning in Gen.Elements(0, 0, 5)
            from discussionMin in Gen.Elements(10, 15, 20)
            from stretch in Gen.Elements(0, 5, 10, 15)
            from wrap in Gen.Elements(0, 0, 5)
            from presenters in Gen.SubListOf(People).Select(p => p.Take(2).ToImmutableArray())
            from weight in Gen.Choose(1, 10)
            from pin in Gen.Frequency((6, Gen.Constant<AgendaBlock?>(null)), (1, Gen.Elements(sessions).Select(b => (AgendaBlock?)b)))
            from window in Gen.Frequency((6, Gen.Constant<AgendaBlock?>(null)), (1, Gen.Elements(sessions).Select(b => (AgendaBlock?)b)))
            from conflict in Gen.Frequency((5, Gen.Constant(-1)), (1, Gen.Choose(0, Math.Max(0, maxTopics - 1))))
            from grouping in Gen.Frequency((8, Gen.Constant(-1)), (1, Gen.Choose(0, Math.Max(0, maxTopics - 1))))
            select (lightning, discussionMin, stretch, wrap, presenters, weight, pin, window, conflict, grouping);
        return from count in Gen.Choose(0, Math.Max(0, maxTopics))
               from drafts in Gen.ArrayOf(one, count)
               select drafts.Select((d, i) => new SlotRequest("t" + i.ToString(CultureInfo.InvariantCulture), "Topic " + i.ToString(CultureInfo.InvariantCulture))
               {
                   LightningTalkMinutes = d.lightning,
                   DiscussionMinimumMinutes = d.discussionMin,
                   DiscussionMaximumMinutes = d.discussionMin + d.stretch,
                   WrapUpMinutes = d.wrap,
                   Presenters = d.presenters,
                   Weight = d.weight,
                   PinnedBlockId = d.pin?.Id,
                   Availability = d.window is null ? [] : [new LocalWindow(d.window.LocalStart.PlusMinutes(-30), d.window.LocalEnd)],
                   Conflicts = d.conflict >= 0 && d.conflict < count && d.conflict != i ? ["t" + d.conflict.ToString(CultureInfo.InvariantCulture)] : [],
                   SameSessionAs = d.grouping >= 0 && d.grouping < count && d.grouping != i ? ["t" + d.grouping.ToString(CultureInfo.InvariantCulture)] : [],
               }).ToImmutableArray();
    }

    /// <summary>Generates complete packing requests.</summary>
    /// <param name="maxTopics">The most topics.</param>
    /// <param name="maxSessions">The most session blocks.</param>
    /// <param name="maxRooms">The most parallel rooms per session.</param>
    /// <param name="longestSession">The most minutes of a session (at least 30). The default value is 120.</param>
    /// <returns>The generator.</returns>
    public static Gen<PackingRequest> PackingRequests(int maxTopics, int maxSessions, int maxRooms, int longestSession = 120) =>
        from template in Templates(maxSessions, maxRooms, 30, longestSession)
        from requests in Requests(template, maxTopics)
        select new PackingRequest(template, requests);

    private static AgendaTemplate BuildTemplate(int[] lengths, int[] rooms, int[] reserved, bool twoDays)
    {
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var blocks = ImmutableArray.CreateBuilder<AgendaBlock>();
        var date = new LocalDate(2024, 5, 18);
        var time = new LocalTime(9, 0);
        blocks.Add(new AgendaBlock("welcome", "Welcome", BlockKind.Welcome, date, time, time.PlusMinutes(10)));
        time = time.PlusMinutes(10);
        for (var s = 0; s < lengths.Length; s++)
        {
            if (twoDays && s == (lengths.Length + 1) / 2 && s > 0)
            {
                date = date.PlusDays(1);
                time = new LocalTime(9, 0);
            }
            else if (s > 0)
            {
                blocks.Add(new AgendaBlock("break-" + s.ToString(CultureInfo.InvariantCulture), "Break", BlockKind.Break, date, time, time.PlusMinutes(15)));
                time = time.PlusMinutes(15);
            }

            var roomNames = rooms[s] == 1 ? ImmutableArray<string>.Empty : [.. Enumerable.Range(1, rooms[s]).Select(r => "Room " + r.ToString(CultureInfo.InvariantCulture))];
            var end = time.PlusMinutes(lengths[s]);
            blocks.Add(new AgendaBlock("session-" + (s + 1).ToString(CultureInfo.InvariantCulture), "Session " + (s + 1).ToString(CultureInfo.InvariantCulture), BlockKind.Session, date, time, end)
            {
                Rooms = roomNames,
                ReservedMinutes = Math.Min(reserved[s], lengths[s] - 30),
            });
            time = end;
        }

        return new AgendaTemplate("generated-summit", "Generated summit", zone, "Main room") { Blocks = blocks.ToImmutable() };
    }
}
