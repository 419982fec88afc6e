using NodaTime;
using Summit.Core.Summits.Sheets;

namespace Summit.Core.Summits.File;

internal enum SheetKind
{
    Registrations,
    Proposals,
    Ballots,
}

/// <summary>How ids are made for a sheet's rows.</summary>
internal enum SheetIdMode
{
    /// <summary>The mapped <c>id</c> (or <c>voter</c>) column, as is.</summary>
    Column,

    /// <summary>A hash of the normalized e-mail address (see <see cref="StableId"/>).</summary>
    Email,

    /// <summary>A slug of the proposal's title.</summary>
    Title,
}

/// <summary>A sheet the summit file names, with its column mapping: what the reader records before any sheet is opened.</summary>
internal sealed class SheetSpec(
    SheetKind kind,
    JsonTreeNode at,
    SheetReference reference,
    SheetIdMode idMode,
    SheetTimestamp timestamp,
    Dictionary<string, string> columns,
    Dictionary<string, List<KeyValuePair<string, JsonTreeScalar>>> values)
{
    public SheetKind Kind { get; } = kind;

    /// <summary>The <c>csv</c> field, where errors about the whole sheet point.</summary>
    public JsonTreeNode At { get; } = at;

    public SheetReference Reference { get; } = reference;

    public SheetIdMode IdMode { get; } = idMode;

    public SheetTimestamp Timestamp { get; } = timestamp;

    /// <summary>Mapped field (for example <c>email</c>) → column header.</summary>
    public Dictionary<string, string> Columns { get; } = columns;

    /// <summary>Mapped field → (answer label → JSON value) in declaration order.</summary>
    public Dictionary<string, List<KeyValuePair<string, JsonTreeScalar>>> Values { get; } = values;
}

/// <summary>Reads a sheet's timestamp cells: ISO instants, or wall time in the sheet's zone with the declared pattern.</summary>
internal sealed class SheetTimestamp(DateTimeZone? zone, NodaTime.Text.IPattern<LocalDateTime>? local, NodaTime.Text.IPattern<OffsetDateTime>? offset, string? format)
{
    public DateTimeZone? Zone { get; } = zone;

    public NodaTime.Text.IPattern<LocalDateTime>? Local { get; } = local;

    public NodaTime.Text.IPattern<OffsetDateTime>? Offset { get; } = offset;

    public string? Format { get; } = format;
}
