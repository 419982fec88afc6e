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
/// session, availability windows and grouping. <see cref="RoomRules"/> and <see cref="PackingRequestsWithRooms"/> add
/// room rules (seats, availability windows) and topics' expected interest; the other generators never do, and draw the
/// same values as before they were added. Everything is valid input; the packers' diagnostics may still find topics
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

    /// <summary>Generates room rules for a template: for some of the rooms its sessions use, seats and/or availability windows.</summary>
    /// <param name="template">The template (the rules name its sessions' rooms, and windows lie around its sessions).</param>
    /// <returns>The generator: at most one rule per room, in the order the rooms first appear in the template's sessions; often empty.</returns>
    /// <remarks>
    /// About three rooms in five get a rule. A rule has seats (10, 25, 50 or 100), one to three availability windows, or
    /// both, never neither. A window lies on the 5-minute grid around one of the sessions the room is used in: it starts
    /// from 30 minutes before the session's start to its end and lasts 30–120 minutes, so it usually covers only part of
    /// the session (and windows of one room may overlap or touch). Every rule is valid input (a known room, at least 1
    /// seat, non-empty windows); topics the rules leave no room for are listed as not placed
    /// (<c>scheduling.room-unavailable</c>, <c>scheduling.room-too-small</c>).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> is null.</exception>
    public static Gen<ImmutableArray<RoomRules>> RoomRules(AgendaTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var sessions = template.Blocks.Where(b => b.Kind == BlockKind.Session).ToArray();
        var rules = Gen.Constant(ImmutableArray<RoomRules>.Empty);
        foreach (var room in sessions.SelectMany(b => template.RoomsOf(b)).Distinct(StringComparer.Ordinal))
        {
            var one = OneRoomRule(room, [.. sessions.Where(b => template.RoomsOf(b).Contains(room, StringComparer.Ordinal))]);
            rules = from before in rules
                    from rule in one
                    select rule is null ? before : before.Add(rule);
        }

        return rules;
    }

    /// <summary>Generates complete packing requests with room rules and expected interest.</summary>
    /// <param name="maxTopics">The most topics.</param>
    /// <param name="maxSessions">The most session blocks.</param>
    /// <param name="maxRooms">The most parallel rooms per session.</param>
    /// <param name="longestSession">The most minutes of a session (at least 30). The default value is 120.</param>
    /// <returns>The generator.</returns>
    /// <remarks>
    /// A template and topics as <see cref="PackingRequests"/> draws them, then <see cref="PackingRequest.Rooms"/> from
    /// <see cref="RoomRules"/> (often empty) and, for about five topics in seven, a
    /// <see cref="SlotRequest.ExpectedInterest"/> (mostly 1–60 people, sometimes 61–150, so some topics fit only the large
    /// rooms or none). Not the same requests as <see cref="PackingRequests"/> for the same seed.
    /// </remarks>
    public static Gen<PackingRequest> PackingRequestsWithRooms(int maxTopics, int maxSessions, int maxRooms, int longestSession = 120) =>
        from template in Templates(maxSessions, maxRooms, 30, longestSession)
        from requests in Requests(template, maxTopics)
        from rooms in RoomRules(template)
        from interest in Gen.ArrayOf(ExpectedInterest, requests.Length)
        select new PackingRequest(template, [.. requests.Select((r, i) => r with { ExpectedInterest = interest[i] })]) { Rooms = rooms };

    /// <summary>Adds orders (<see cref="SlotRequest.After"/>) to requests: about one topic in three must follow one earlier topic.</summary>
    /// <param name="requests">The requests (their ids must be distinct).</param>
    /// <returns>The generator: the same requests, some with one id in <see cref="SlotRequest.After"/> (always an earlier topic, so the orders never form a cycle).</returns>
    public static Gen<ImmutableArray<SlotRequest>> Orders(ImmutableArray<SlotRequest> requests) =>
        from picks in Gen.ArrayOf(Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, Math.Max(0, requests.Length - 1)))), requests.Length)
        select requests.Select((r, j) => picks[j] >= 0 && picks[j] < j ? r with { After = [requests[picks[j]].Id] } : r).ToImmutableArray();

    /// <summary>Generates complete packing requests with orders between topics.</summary>
    /// <param name="maxTopics">The most topics.</param>
    /// <param name="maxSessions">The most session blocks.</param>
    /// <param name="maxRooms">The most parallel rooms per session.</param>
    /// <param name="longestSession">The most minutes of a session (at least 30). The default value is 120.</param>
    /// <returns>The generator.</returns>
    /// <remarks>A template and topics as <see cref="PackingRequests"/> draws them, then <see cref="Orders"/>. Not the same requests as <see cref="PackingRequests"/> for the same seed.</remarks>
    public static Gen<PackingRequest> PackingRequestsWithOrders(int maxTopics, int maxSessions, int maxRooms, int longestSession = 120) =>
        from template in Templates(maxSessions, maxRooms, 30, longestSession)
        from requests in Requests(template, maxTopics)
        from ordered in Orders(requests)
        select new PackingRequest(template, ordered);

    private static Gen<int?> ExpectedInterest { get; } = Gen.Frequency(
        (2, Gen.Constant<int?>(null)),
        (4, Gen.Choose(1, 60).Select(x => (int?)x)),
        (1, Gen.Choose(61, 150).Select(x => (int?)x)));

    /// <summary>A rule for <paramref name="room"/> (or none): seats, windows around the sessions it is used in, or both.</summary>
    private static Gen<RoomRules?> OneRoomRule(string room, AgendaBlock[] sessions)
    {
        var window =
            from session in Gen.Elements(sessions)
            from start in Gen.Choose(-6, session.Minutes / 5)
            from length in Gen.Choose(6, 24)
            select new LocalWindow(session.LocalStart.PlusMinutes(start * 5), session.LocalStart.PlusMinutes((start + length) * 5));
        var windows = Gen.Frequency(
            (3, Gen.Constant(ImmutableArray<LocalWindow>.Empty)),
            (3, Gen.ArrayOf(window, 1).Select(w => w.ToImmutableArray())),
            (2, Gen.Choose(2, 3).SelectMany(n => Gen.ArrayOf(window, n)).Select(w => w.ToImmutableArray())));
        var seats = Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Elements(10, 25, 50, 100).Select(x => (int?)x)));
        return from has in Gen.Frequency((2, Gen.Constant(false)), (3, Gen.Constant(true)))
               from s in seats
               from w in windows
               select !has ? null
                   : s is null && w.IsEmpty ? new RoomRules(room) { Seats = 25 }
                   : new RoomRules(room) { Seats = s, Availability = w };
    }

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
