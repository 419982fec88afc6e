using System.CommandLine;
using System.Text.Json;
using NodaTime;
using Summit.Cli.Json;
using Summit.Core.Timing;

namespace Summit.Cli.Commands;

/// <summary><c>summit deadline DATE [--zone IANA]... [--json]</c>: when a deadline closes, in UTC and in any zone.</summary>
internal static class DeadlineCommand
{
    public static Command Create(CliContext context)
    {
        var date = new Argument<string>("DATE")
        {
            Description = "2024-04-01 or '2024-04-01 AoE' (end of that day AoE), or '2024-04-01T17:00 America/New_York'.",
        };
        var zones = new Option<string[]>("--zone") { Description = "An IANA zone to render the deadline in (repeatable)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON document." };
        var command = new Command("deadline", "Show when a deadline closes and its last accepted second, in UTC and any zone.") { date, zones, json };
        command.SetAction(parse => Run(context, parse.GetValue(date)!, parse.GetValue(zones) ?? [], parse.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, string text, string[] zoneIds, bool json)
    {
        var deadline = Deadline.Parse(text);
        if (deadline.IsFailed)
        {
            return CliErrors.Write(context, deadline.Errors, json, ExitCodes.UsageError);
        }

        var zones = new List<DateTimeZone>();
        foreach (var id in zoneIds)
        {
            var zone = Zones.Find(id);
            if (zone.IsFailed)
            {
                return CliErrors.Write(context, zone.Errors, json, ExitCodes.UsageError);
            }

            zones.Add(zone.Value);
        }

        var d = deadline.Value;
        if (json)
        {
            var document = new DeadlineJson(
                d.ToString(),
                ZonedText.Utc(d.ClosesAt),
                ZonedText.Utc(d.LastMoment),
                zones.Select(z => new DeadlineZoneJson(
                    z.Id,
                    ZonedText.WithOffset(d.ClosesAt.InZone(z)),
                    ZonedText.WithOffset(d.LastMoment.InZone(z)),
                    d.LastMoment.InZone(z).GetZoneInterval().Name)));
            context.Out.WriteLine(JsonSerializer.Serialize(document, CliJsonContext.Indented.DeadlineJson));
            return ExitCodes.Ok;
        }

        context.Out.WriteLine($"Deadline      {d}");
        context.Out.WriteLine($"Closes at     {ZonedText.Utc(d.ClosesAt)}  (exclusive: open while now < this)");
        context.Out.WriteLine($"Last moment   {ZonedText.Utc(d.LastMoment)}");
        foreach (var z in zones)
        {
            context.Out.WriteLine($"  {z.Id,-24} closes {ZonedText.WithOffsetAndAbbreviation(d.ClosesAt.InZone(z))}, last moment {ZonedText.WithOffsetAndAbbreviation(d.LastMoment.InZone(z))}");
        }

        return ExitCodes.Ok;
    }
}
