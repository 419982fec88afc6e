namespace Summit.Core.Scheduling;

/// <summary>What an <see cref="AgendaItem"/> is.</summary>
public enum AgendaItemKind
{
    /// <summary>A packed topic (lightning talk, discussion and action-item wrap-up).</summary>
    Topic,

    /// <summary>Welcome and introductions (a fixed block).</summary>
    Welcome,

    /// <summary>A break (a fixed block).</summary>
    Break,

    /// <summary>Open time (a fixed block).</summary>
    OpenTime,

    /// <summary>Quick call-outs (a fixed block).</summary>
    CallOuts,

    /// <summary>Time reserved for topics brought on the day: a fixed block or the reserved end of a session.</summary>
    DayOf,

    /// <summary>Session time left after every topic got its maximum: overflow for discussions that run long.</summary>
    Overflow,

    /// <summary>Any other fixed item.</summary>
    Other,
}
