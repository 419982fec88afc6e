namespace Summit.Core.Selection;

/// <summary>What the default summit policy does with people who ask to attend as observers.</summary>
public enum ObserverHandling
{
    /// <summary>Observers rank after every participant (they take places only when participants leave some free).</summary>
    Last,

    /// <summary>Observers are filtered out with the reason <see cref="SelectionReasonCodes.ObserverOnly"/>.</summary>
    Exclude,
}
