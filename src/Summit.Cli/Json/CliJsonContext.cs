using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Summit.Cli.Json;

/// <summary>
/// The compile-time (source-generated) serialisation metadata of every JSON document the CLI prints on success, so the
/// tool needs no reflection at run time and can be published as Native AOT. Property names are the camelCase of the
/// record members, in declaration order; nulls are written; the encoder is the relaxed one the CLI always used.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(DeadlineJson))]
[JsonSerializable(typeof(PlanJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>The context with the options every printed document uses (indented, relaxed escaping).</summary>
    public static CliJsonContext Indented { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

/// <summary>A coded error inside a successful document: <c>{ "code", "message" }</c>.</summary>
internal sealed record ErrorJson(string Code, string Message)
{
    public static ErrorJson Of(FluentResults.IError error)
    {
        var e = error.AsSummitError();
        return new ErrorJson(e.Code, e.Message);
    }
}

/// <summary>A part of the plan that either failed (<see cref="FailedSectionJson"/>) or has its own shape.</summary>
[JsonDerivedType(typeof(FailedSectionJson))]
[JsonDerivedType(typeof(TopicsJson))]
[JsonDerivedType(typeof(AgendaJson))]
internal abstract record SectionJson;

/// <summary>A failed part of the plan: <c>{ "errors": [...] }</c>.</summary>
internal sealed record FailedSectionJson(IEnumerable<ErrorJson> Errors) : SectionJson;

internal sealed record DeadlineJson(string Deadline, string ClosesAt, string LastMoment, IEnumerable<DeadlineZoneJson> Zones);

internal sealed record DeadlineZoneJson(string Zone, string ClosesAt, string LastMoment, string Abbreviation);

internal sealed record PlanJson(
    SummitJson Summit,
    IEnumerable<MilestoneJson> Timeline,
    CancelledJson? Cancelled,
    PhaseJson Phase,
    IntakeJson Intake,
    JsonElement Selection,
    JsonElement Record,
    TallyJson? Tally,
    SectionJson? Topics,
    string? AgendaNotRun,
    SectionJson? Agenda);

internal sealed record SummitJson(
    string Id,
    string Name,
    string? Conference,
    string? Venue,
    string? Room,
    string TimeZone,
    int? Capacity,
    ImmutableArray<string> Organizers,
    IEnumerable<DayJson> Days,
    ImmutableArray<string> Invented);

// NodaTime values are formatted by hand (ZonedText, LocalDatePattern.Iso, LocalTimePattern.ExtendedIso), not with
// NodaTime.Serialization.SystemTextJson 1.4.0: the NodaConverters class builds all its converters at once, some of
// which call the reflection-based JsonSerializer, so a Native AOT publish fails with IL2104/IL3053 on that assembly;
// and its InstantConverter (ExtendedIso) would add the fractional seconds that InstantPattern.General leaves out.
internal sealed record DayJson(string Date, string Start, string End, string StartUtc, string EndUtc);

internal sealed record MilestoneJson(
    string Milestone,
    string? Deadline,
    string? Utc,
    string? LastMomentUtc,
    string? Aoe,
    string? Local,
    string? Approximately,
    bool Aborted);

internal sealed record CancelledJson(string At, string Reason);

internal sealed record PhaseJson(string At, IEnumerable<string> Open, string? Next, string? TimeToNext, bool Cancelled);

internal sealed record IntakeJson(int Registrations, int Proposals, IEnumerable<RejectedJson> Rejected, IEnumerable<RejectedRowJson> RejectedRows);

internal sealed record RejectedRowJson(string Code, string? File, int? Row, string? Column, string Message);

internal sealed record RejectedJson(string Id, string Kind, string Code, string Message);

internal sealed record ReasonJson(string Code, string Message);

internal sealed record TallyJson(
    string Method,
    string? AbortedAt,
    int Cast,
    int Counted,
    IEnumerable<RejectedBallotJson> Rejected,
    IEnumerable<string>? Winners,
    IEnumerable<IEnumerable<string>>? Ranking,
    IEnumerable<ErrorJson> Errors);

internal sealed record RejectedBallotJson(string Voter, string Code, string Message);

internal sealed record TopicsJson(IEnumerable<TopicOutcomeJson> Outcomes) : SectionJson;

internal sealed record TopicOutcomeJson(string Id, string Title, string Outcome, ReasonJson Reason, int Minutes, TopicLengthJson Length, string? Session, string? Placement, string? MergedInto);

internal sealed record TopicLengthJson(int LightningTalkMinutes, int MinimumDiscussionMinutes, int MaximumDiscussionMinutes, int WrapUpMinutes);

/// <summary>The packed agenda, written in place by <see cref="Summit.Core.Export.AgendaJsonExport"/>.</summary>
[JsonConverter(typeof(AgendaJsonConverter))]
internal sealed record AgendaJson(Summit.Core.Scheduling.Agenda Agenda) : SectionJson;

/// <summary>Writes the packed agenda straight into the plan document with <see cref="Summit.Core.Export.AgendaJsonExport"/>.</summary>
internal sealed class AgendaJsonConverter : JsonConverter<AgendaJson>
{
    public override AgendaJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The agenda is written, never read.");

    public override void Write(Utf8JsonWriter writer, AgendaJson value, JsonSerializerOptions options) =>
        Summit.Core.Export.AgendaJsonExport.WriteTo(writer, value.Agenda);
}
