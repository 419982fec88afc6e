namespace Summit.Core.Selection;

/// <summary>What happened after a selection was made.</summary>
public enum SelectionEventKind
{
    /// <summary>A selected or standby candidate gave up.</summary>
    Declined,

    /// <summary>Standby rank 1 took the place a decline freed.</summary>
    Promoted,

    /// <summary>Someone took a free place on the day.</summary>
    WalkIn,

    /// <summary>Organizers let someone in by a decision (a special or late registration), with the reason.</summary>
    Admitted,
}
