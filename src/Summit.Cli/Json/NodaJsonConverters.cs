using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Summit.Cli.Json;

// NodaTime.Serialization.SystemTextJson's converters, named by a type so that [JsonConverter] can pick them for the
// source generator. They write ISO text (LocalDatePattern.Iso, LocalTimePattern.ExtendedIso): the same text the CLI
// formatted by hand before. Instants stay hand-formatted (ZonedText.Utc, InstantPattern.General): NodaConverters'
// InstantConverter uses ExtendedIso, which adds fractional seconds that `--at` may carry, so it would change the output.

/// <summary>A <see cref="LocalDate"/> as <c>2024-05-18</c>, through <see cref="NodaConverters.LocalDateConverter"/>.</summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NodaConverters.LocalDateConverter.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        NodaConverters.LocalDateConverter.Write(writer, value, options);
}

/// <summary>A <see cref="LocalTime"/> as <c>13:45:00</c>, through <see cref="NodaConverters.LocalTimeConverter"/>.</summary>
internal sealed class LocalTimeJsonConverter : JsonConverter<LocalTime>
{
    public override LocalTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NodaConverters.LocalTimeConverter.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, LocalTime value, JsonSerializerOptions options) =>
        NodaConverters.LocalTimeConverter.Write(writer, value, options);
}

/// <summary>Writes the packed agenda straight into the plan document with <see cref="Summit.Core.Export.AgendaJsonExport"/>.</summary>
internal sealed class AgendaJsonConverter : JsonConverter<AgendaJson>
{
    public override AgendaJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The agenda is written, never read.");

    public override void Write(Utf8JsonWriter writer, AgendaJson value, JsonSerializerOptions options) =>
        Summit.Core.Export.AgendaJsonExport.WriteTo(writer, value.Agenda);
}
