namespace Summit.Core.Scheduling;

/// <summary>What a block of an <see cref="AgendaTemplate"/> is for.</summary>
/// <remarks>Only <see cref="Session"/> blocks receive topics; every other kind is a fixed item copied into the agenda as it is.</remarks>
public enum BlockKind
{
    /// <summary>A session: topics are packed into its rooms.</summary>
    Session,

    /// <summary>Welcome and introductions.</summary>
    Welcome,

    /// <summary>A short break (coffee); a lunch is <see cref="Lunch"/>.</summary>
    Break,

    /// <summary>Open time at the end of a day.</summary>
    OpenTime,

    /// <summary>Quick call-outs (plugs, resources, follow-ups).</summary>
    CallOuts,

    /// <summary>A slot reserved for topics or lightning talks brought on the day.</summary>
    DayOf,

    /// <summary>Any other fixed item.</summary>
    Other,

    /// <summary>A lunch break; in the agenda it is a <see cref="AgendaItemKind.Break"/> item with the block's title.</summary>
    Lunch,
}
