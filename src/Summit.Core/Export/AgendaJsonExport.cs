using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Summit.Core.Scheduling;

namespace Summit.Core.Export;

/// <summary>Writes an agenda as one JSON document (for <c>summit plan --json</c> and scripts).</summary>
/// <remarks>
/// Fields: <c>summit</c>, <c>name</c>, <c>zone</c>, <c>packer</c>, <c>provenOptimal</c>, <c>objective</c> (placedWeight,
/// topicMinutes, movedTopics, weightUpperBound, gap, placedTopics, overflowMinutes, searchNodes), <c>items</c> (kind,
/// title, topicId, block, room, localStart, localEnd as ISO local date-times, start and end as UTC ISO instants with
/// <c>Z</c>, minutes, presenters, lightningTalkMinutes, discussionMinutes, wrapUpMinutes) and <c>unplaced</c> (topicId,
/// title, code, reason). Property names are camelCase; numbers use the invariant culture. Deterministic.
/// </remarks>
public static class AgendaJsonExport
{
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss");

    /// <summary>Writes the agenda as indented JSON.</summary>
    /// <param name="agenda">The agenda.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agenda"/> is null.</exception>
    public static string Write(Agenda agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            WriteTo(w, agenda);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the agenda as one JSON object with <paramref name="w"/> (its options decide indentation and escaping).</summary>
    /// <param name="w">The writer.</param>
    /// <param name="agenda">The agenda.</param>
    internal static void WriteTo(Utf8JsonWriter w, Agenda agenda)
    {
        w.WriteStartObject();
        w.WriteString("summit", ExportText.Clean(agenda.Template.SummitId));
        w.WriteString("name", ExportText.Clean(agenda.Template.Name));
        w.WriteString("zone", agenda.Zone.Id);
        w.WriteString("packer", agenda.PackerName);
        w.WriteBoolean("provenOptimal", agenda.IsProvenOptimal);
        var o = agenda.Objective;
        w.WriteStartObject("objective");
        w.WriteNumber("placedWeight", o.PlacedWeight);
        w.WriteNumber("topicMinutes", o.TopicMinutes);
        w.WriteNumber("movedTopics", o.MovedTopics);
        w.WriteNumber("weightUpperBound", o.WeightUpperBound);
        w.WriteNumber("gap", o.Gap);
        w.WriteNumber("placedTopics", o.PlacedTopics);
        w.WriteNumber("overflowMinutes", o.OverflowMinutes);
        w.WriteNumber("searchNodes", o.SearchNodes);
        w.WriteEndObject();
        w.WriteStartArray("items");
        foreach (var item in agenda.Items)
        {
            w.WriteStartObject();
            w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(item.Kind.ToString()));
            w.WriteString("title", ExportText.Clean(item.Title));
            if (item.TopicId is null)
            {
                w.WriteNull("topicId");
            }
            else
            {
                w.WriteString("topicId", ExportText.Clean(item.TopicId));
            }

            w.WriteString("block", ExportText.Clean(item.BlockId));
            w.WriteString("room", ExportText.Clean(item.Room));
            w.WriteString("localStart", LocalPattern.Format(item.LocalStart));
            w.WriteString("localEnd", LocalPattern.Format(item.LocalEnd));
            w.WriteString("start", InstantPattern.General.Format(item.Start));
            w.WriteString("end", InstantPattern.General.Format(item.End));
            w.WriteNumber("minutes", item.Minutes);
            w.WriteStartArray("presenters");
            foreach (var p in item.Presenters)
            {
                w.WriteStringValue(ExportText.Clean(p));
            }

            w.WriteEndArray();
            w.WriteNumber("lightningTalkMinutes", item.LightningTalkMinutes);
            w.WriteNumber("discussionMinutes", item.DiscussionMinutes);
            w.WriteNumber("wrapUpMinutes", item.WrapUpMinutes);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("unplaced");
        foreach (var u in agenda.Unplaced)
        {
            w.WriteStartObject();
            w.WriteString("topicId", ExportText.Clean(u.TopicId));
            w.WriteString("title", ExportText.Clean(u.Title));
            w.WriteString("code", u.Code);
            w.WriteString("reason", ExportText.Clean(u.Message));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
