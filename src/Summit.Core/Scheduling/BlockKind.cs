namespace Summit.Core.Scheduling;

/// <summary>What a block of an <see cref="AgendaTemplate"/> is for.</summary>
/// <remarks>Only <see cref="Session"/> blocks receive topics; every other kind is a fixed item copied into the agenda as it is.</remarks>
public enum BlockKind
{
    /// <summary>A session: topics are packed into its rooms.</summary>
    Session,

    /// <summary>Welcome and introductions.</summary>
    Welcome,

    /// <summary>A break (coffee, lunch).</summary>
    Break,

    /// <summary>Open time at the end of a day.</summary>
    OpenTime,

    /// <summary>Quick call-outs (plugs, resources, follow-ups).</summary>
    CallOuts,

    /// <summary>A slot reserved for topics or lightning talks brought on the day.</summary>
    DayOf,

    /// <summary>Any other fixed item.</summary>
    Other,
}
