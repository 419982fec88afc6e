namespace Summit.Core.Planning;

/// <summary>How far the attendee selection has come at the instant a plan describes.</summary>
public enum SelectionState
{
    /// <summary>No selection yet: registration is open, the summit has no capacity, or it was cancelled before one was published.</summary>
    NotRun,

    /// <summary>Registration is closed and nothing is published: the outcomes may still change (nobody has been told).</summary>
    Provisional,

    /// <summary>Confirmations were sent (a <c>selection-published</c> decision): the selected set and the standby order are frozen.</summary>
    Published,
}
